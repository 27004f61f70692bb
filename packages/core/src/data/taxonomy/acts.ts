import { defineLexicon, separable, terms, wordSet } from '../../text/lexicon.js';

/**
 * What a clause does to its target: the acts of the meaning layer. Each lexicon is one kind of act,
 * written from the definitions named on its entries (never from test cases). A word here proves
 * nothing alone: "shoot", "plague", "trust" and "report" are everyday words, and the meaning layer
 * binds an act to a target, a speaker, a modality and a polarity before any rule reads it.
 *
 * Form tags say how the act attaches to its target:
 *   verb: the target is the object ("kill them", "deport them", "hate them");
 *   pp: a past participle, the target is the subject ("they should be shot", "should be deported");
 *   noun / adj: said of the target ("they are vermin", "filthy X", "X are disgusting");
 *   phrase: a fixed expression that carries its own structure ("watch your back");
 *   stimulus: the target is the subject and the author feels it ("X disgust me", "X make me sick").
 */

const HC = 'Röttger et al. 2021, HateCheck functional definitions (derogation, threats, dehumanisation)';
const CPS = 'Crown Prosecution Service, hate crime and Public Order Act 1986 Parts 3 and 3A (stirring up hatred)';
const MCA =
  'Malicious Communications Act 1988 s.1 and Communications Act 2003 s.127 (threatening or grossly offensive messages)';
const OAPA = 'Offences Against the Person Act 1861 s.16 (threats to kill) and Protection from Harassment Act 1997';
const TA =
  'Terrorism Act 2006 s.1-2 (encouragement and glorification of terrorism, dissemination of terrorist publications)';
const EA = 'Equality Act 2010 ss.13, 26 (less favourable treatment; harassment related to a protected characteristic)';
const GMC =
  'GMC Good medical practice 2024 (treating colleagues and patients fairly, with respect; no bullying or harassment)';
const ACAS = 'Acas, bullying and harassment at work (definitions and examples)';
const SOA = 'Sexual Offences Act 2003 and GMC guidance on maintaining personal and professional boundaries';
const OED = 'Oxford English Dictionary senses (insulting and derogatory uses), with common UK usage';

export const VIOLENCE = defineLexicon({
  id: 'act-violence',
  inflect: true,
  description: 'Violent acts done to people.',
  entries: [
    ...terms(
      `kill, murder, shoot, stab, knife, hang, lynch, gas, bomb, nuke, burn, torch, behead, decapitate, slaughter,
       massacre, exterminate, eradicate, annihilate, execute, butcher, strangle, throttle, drown, poison, rape,
       beat, batter, punch, kick, slap, smack, thump, deck, floor, glass, headbutt, stamp on, lamp, chin, twat,
       bash, bludgeon, maim, cripple, hurt, harm, attack, assault, injure, brutalise,   
        gun down,   firebomb, petrol bomb,    
       kneecap, waterboard, torture, cull, purge, smash,   kick in,   
       set fire to, set alight, tear apart, rip apart, curb stomp, put down, neck, stomp`,
      ['violence', 'verb'],
      CPS,
      'A violent act (base form): aimed at people when its object is a person, a group or a place of a group.',
    ),
    ...terms(
      separable(`run over, mow down, beat up, string up, shoot up, blow up, wipe out, round up, line up, hunt down,
       knock out, lay out, do in, take out, finish off, beat down, burn out, smoke out, drive out, run out`),
      ['violence', 'verb'],
      CPS,
      'A violent phrasal verb, with the person inside it or after it ("run them over").',
    ),
    ...terms(
      `killing, murdering, shooting, stabbing, hanging, lynching, gassing, bombing, nuking, burning, torching,
       beheading, slaughtering, massacring, exterminating, eradicating, executing, strangling, drowning, raping,
       beating, battering, punching, kicking, slapping, smacking, thumping, decking, glassing, bashing, maiming,
       hurting, attacking, assaulting, running over, mowing down, beating up, stringing up, gunning down, blowing up,
       wiping out, rounding up, hunting down, torturing, culling, purging, smashing, knocking out, finishing off,
       setting fire to, stamping on, lamping`,
      ['violence', 'ing'],
      CPS,
      'A violent act (-ing form).',
    ),
    ...terms(
      `killed, murdered, shot, stabbed, knifed, hanged, hung, lynched, gassed, bombed, nuked, burned, burnt, torched,
       beheaded, slaughtered, massacred, exterminated, eradicated, annihilated, executed, strangled, drowned,
       poisoned, raped, beaten, battered, punched, kicked, slapped, smacked, thumped, decked, glassed, bashed, maimed,
       crippled, hurt, harmed, attacked, assaulted, injured, run over, mown down, beaten up, strung up, gunned down,
       blown up, wiped out, rounded up, lined up, hunted down, tortured, culled, purged, smashed, knocked out,
       taken out, finished off, put down, put against a wall, sterilised, castrated, neutered`,
      ['violence', 'pp'],
      CPS,
      'A violent act (past participle): in "they should be ___" the subject suffers it.',
    ),
    ...terms(
      `break your nose, break his nose, break her nose, break your legs, break his legs, break your jaw,
       break his jaw, break your neck, break his neck, smash your face, smash his face, smash her face,
       kick your head in, kick his head in, punch your lights out, punch his lights out, knock your block off,
       rearrange your face, wring your neck, wring his neck, wring her neck, put you in hospital,
       put him in hospital, put her in hospital, put you in the ground, give you a slap, give him a slap,
       give her a slap, give you a kicking, give him a kicking, give you a hiding, give him a hiding,
       teach you a lesson, teach him a lesson, teach her a lesson, sort you out, sort him out, sort her out,
       sort them out, deal with you, deal with him, deal with her, have a go at you, see you outside,
       wait for you in the car park, meet you in the car park, what's coming to you, bury you, end you`,
      ['violence', 'phrase', 'person'],
      OAPA,
      'Violence to one person in a set expression.',
    ),
    ...terms(
      `make you bleed, make him bleed, make her bleed, end up in hospital, end up in a&e, end up in the ground,
       end up in a wheelchair, eating through a straw, eat through a straw, need a dentist, need an ambulance,
       won't be able to walk, won't walk again, put you in a wheelchair, deal with them, deal with them properly,
       sort them out properly, run them out, ran them out, drive them out, burn them out, smoke them out,
       meet them there, pay them a visit, a visit from, get what they deserve, give them what they deserve,
       show them whose country, what they deserve, what's coming to them, teach them a lesson, make them pay, make them regret, take them out, take care of them,
       finish them, finish the job, wipe the lot out, clear them out, clean them out, cleanse`,
      ['violence', 'phrase'],
      OAPA,
      'Violence promised or urged in a veiled expression.',
    ),
    ...terms(
      `baseball bat, bat, bats, brick, bricks, knife, knives, machete, machetes, gun, guns, shotgun, petrol, petrol can,
       petrol bomb, molotov, molotovs, crowbar, hammer, acid, pitchforks, torches, something heavy, a bat, tools`,
      ['violence', 'weapon'],
      OAPA,
      'A weapon: violence when the author brings it or urges others to, against people.',
    ),
  ],
});

export const HARM = defineLexicon({
  id: 'act-harm',
  inflect: true,
  description: 'Harm befalling someone: what a wish or a curse asks for.',
  entries: [
    ...terms(
      `die, dies, died, dead, drop dead, rot, rot in hell, burn in hell, suffer, suffers, croak, perish, starve,
       get cancer, gets cancer, catch covid, get covid, get sick, fall ill, get ill, get hit by a bus, hit by a bus,
       get run over, crash, crashes, choke, choke on it, get what's coming, get what they deserve,
       get what he deserves, get what she deserves, get what you deserve, go bankrupt, lose everything,
       lose their job, lose his job, lose her job, lose your job, get sacked, get the sack, get fired, get struck off,
       be struck off, die slowly, die alone, die in a fire, get raped, get beaten, get stabbed, get shot,
       get attacked, get hurt, end up in a&e, end up in hospital, end up in intensive care, end up in a wheelchair,
       never walk again, break a leg, get ebola, get aids, catch something, be miserable, suffer like, karma,
       drown, disappear, vanish, go away forever, be wiped out, become extinct`,
      ['harm'],
      MCA,
      'Harm or misfortune: hostile when wished on someone ("I hope you ___").',
    ),
  ],
});

export const EXCLUSION = defineLexicon({
  id: 'act-exclusion',
  inflect: true,
  description: 'Expelling, excluding or denying rights to people.',
  entries: [
    ...terms(
      `deport,         
        get rid of,  ban, bar,  intern, segregate, sterilise, expel, remove, evict,
       round up, strip of citizenship, deport them, deport them all, deport the lot, take away their rights, turn back the boats, stop letting in,
       close the borders to, stop hiring, stop employing, refuse to treat, refuse to employ, stop treating, don't give, shouldn't give, won't give,
       don't offer, shouldn't offer, don't think we should offer, don't think we should hire, don't think we should appoint,
       don't think we should give, wouldn't recommend hiring, book them with someone else, book them in with someone else, not wasting my time on,
       not wasting my clinic time on, refuse to see, won't see, stop seeing`,
      ['exclusion', 'verb'],
      EA,
      'Expelling or excluding people (base form).',
    ),
    ...terms(
      separable(`send back, send home, ship back, ship out, kick out, throw out, chuck out, boot out, force out, keep out,
       lock up, get out`),
      ['exclusion', 'verb'],
      EA,
      'Expelling people with a phrasal verb, the people inside it or after it ("kick them out").',
    ),
    ...terms(
      `deported, sent back, sent home, shipped back, kicked out, thrown out, chucked out, booted out, driven out,
       kept out, banned, barred, locked up, interned, segregated, sterilised, expelled, removed, evicted,
       rounded up, stripped of citizenship, struck off the register, refused entry, not allowed in, not let in`,
      ['exclusion', 'pp'],
      EA,
      'Expelling or excluding people (past participle: "they should be ___").',
    ),
    ...terms(
      `go back, go back home, go home, get out, get out of our country, get out of my country, fuck off home,
       piss off home, go back to where they came from, go back where they came from, go back to your country,
       go back to their country, don't belong, doesn't belong, do not belong, not welcome, aren't welcome,
       are not welcome, no place in, have no place, has no place, no right to be here, shouldn't be here,
       should not be here, shouldn't be allowed, should not be allowed, shouldn't be let, not be allowed to,
       never be allowed to, shouldn't have rights, should have no rights, don't deserve rights,
       shouldn't be able to vote, shouldn't vote, shouldn't have children, shouldn't breed, stop them breeding,
       shouldn't be doctors, shouldn't be nurses, shouldn't be surgeons, shouldn't be consultants, shouldn't be partners,
       shouldn't be gps, shouldn't be in charge, shouldn't be leaders, shouldn't be managers, shouldn't be pilots, shouldn't be in medicine, shouldn't be teaching,
       shouldn't work with children, don't hire, don't employ, never hire, never employ, wouldn't hire,
       wouldn't employ, won't hire, won't employ, not hiring, avoid hiring, think twice before hiring,
       off the list, out of our country, out of our nhs, out of the nhs, out of this country, out of britain,
       out of the uk, out of europe, out of our streets, off our streets, leave the country,
       leave our country`,
      ['exclusion', 'phrase'],
      EA,
      'Telling people to leave, or saying they have no place or rights.',
    ),
  ],
});

export const DEHUMANISE = defineLexicon({
  id: 'act-dehumanise',
  description: 'Likening people to vermin, animals, disease, dirt or objects.',
  entries: [
    ...terms(
      `vermin, rats, rat, cockroaches, cockroach, roaches, parasites, parasite, leeches, leech, lice, maggots,
       insects, bugs, locusts, termites, pests, animals, beasts, savages, apes, monkeys, baboons, gorillas, pigs,
       swine, dogs, mongrels, hyenas, snakes, vipers, rodents, filth, scum, scumbags, trash, garbage,
       sewage, subhumans, subhuman, sub human, sub humans, untermenschen, creatures,
       breeders, plague, a plague, pestilence, disease, a disease, diseases, cancer, a cancer, tumour, virus,
       a virus, infection, contagion, infestation, infestations, swarm, swarms, horde, hordes, invaders, invasion,
       an invasion, cattle, livestock, barbarians, degenerates, abominations, an abomination, mutants,
       freaks of nature, walking petri dishes, breeding grounds, sewer rats, gutter rats, zoo animals`,
      ['dehumanise', 'noun'],
      HC,
      'A noun that makes people vermin, animals, disease, dirt or things (HateCheck F3, dehumanisation).',
    ),
    ...terms(
      `subhuman, inhuman, animalistic, verminous, infested, infesting, swarming, breed like rats,
       breed like rabbits, breeding like rats, breeding like rabbits, breed like flies, multiply like,
       spreading like a disease, spreading like a cancer, spread like a virus, spreading like a virus,
       crawling with, overrun, overrun by, overrun with, flooding in, pouring in, infest, infests, not human,
       barely human, less than human, not even human, like animals, like rats, like cockroaches, like vermin,
       like a plague, like a disease, like a virus, like dogs, like pigs, belong in a zoo, belong in cages,
       should be in a zoo, should be in cages, should be caged, kept in cages, need to be put down`,
      ['dehumanise', 'adj'],
      HC,
      'Said of people: they are not human, they infest or breed, they belong in cages.',
    ),
    ...terms(
      `flooding our, flood our, floods our, flooded our, flooding into, pouring into, swarming into, swarming our,
       swarm our, invading our, invade our, invaded our, overrunning our, overran our`,
      ['dehumanise', 'predicate', 'invasion'],
      'Musolff 2015, "Dehumanizing metaphors in UK immigrant debates" (Journal of Language and Politics 3:1)',
      'People said to flood, swarm or invade "our" towns: the invasion metaphor, said of its subject.',
    ),
  ],
});

export const CONTEMPT = defineLexicon({
  id: 'act-contempt',
  description: 'Contempt: a very negative attribute said of a person or group.',
  entries: [
    ...terms(
      `disgusting, vile, repulsive, revolting, repugnant, despicable, contemptible, loathsome, odious, detestable,
       abhorrent, pathetic, worthless, useless, stupid, thick, dim, dense, dumb, brainless, mindless, idiotic,
       moronic, retarded, lazy, idle, bone idle, dirty, filthy, smelly, stinking, stinky, unwashed, greasy, minging,
       evil, wicked, sinister, primitive, backward, barbaric, savage, uncivilised, uncivilized,  
        dishonest, deceitful, sly, sneaky, shifty, untrustworthy, greedy, grasping, money grabbing,
       inferior, ignorant, incompetent, hopeless, clueless, inept, nasty, horrible, horrid, rude, arrogant,
       entitled, spoilt,  spineless, gutless, cowardly,  ugly, hideous, gross, grotesque,
       degenerate, deviant, perverted, perverse, twisted,  warped, depraved, abnormal, unnatural, freakish,
       ungrateful, parasitic, scrounging, thieving, treacherous, fanatical, extremist,
       brainwashed, inbred, feral, rabid, dozy, gormless, feckless, witless, pig ignorant, thick as mince,
       thick as two short planks, a waste of space, a waste of oxygen, a drain, a burden, a joke, a disgrace,
       an embarrassment, a  a liability, a nuisance,   to blame, ruining,
       ruining this country,  destroying this country,  sponging, bleeding us dry,
       bleeding the nhs dry, a drain on the nhs, a drain on society, a strain on the nhs, too emotional,
       too stupid, too lazy, too thick,  psycho,   deranged, unhinged, nutty, loopy, weird,
       creepy, trashy, chavvy,  low class, lowlife,  skanky, slutty, whorish`,
      ['contempt', 'adj'],
      OED,
      'A very negative attribute: derogation when said of people (HateCheck F2, negative attributes).',
    ),
    ...terms(
      `exaggerate, exaggerates, exaggerating, moan, moans, moaning, whinge, whinges, whinging, whine, whines, whining,
       fake it, faking it, put it on, putting it on, play the victim, playing the victim, love being victims,
       milk the system, milking the system, abuse the system, abusing the system, game the system, gaming the system,
       scrounge, sponge off, sponging off, leech off, leeching off, live off benefits, living off benefits,
       expect handouts, expect everything, expect something for nothing, want everything for free,
       brought it on themselves, bring it on themselves, breed, breeding, take our jobs, taking our jobs,
       steal our jobs, stealing our jobs, clog up, clogging up, block beds, blocking beds, bed blocking,
       are ruining, is ruining, ruin everything, ruin it for everyone, cause all the problems, causing all the problems,
       shove it down, shoving it down, ram it down, ramming it down, push it on, indoctrinate, indoctrinating,
       recruit children, recruiting children, prey on, preying on, all the same, all alike, always late,
       always off sick, always pregnant, only care about, only out for themselves, can't drive, cannot drive,
       can't park, can't speak english, won't learn english, refuse to learn english, stink the place out,
       stink of curry, smell of curry, have too many kids, have too many children, pop out babies, popping out babies,
       drive me mad, do my head in, does my head in, get on my nerves, are the reason you can't, are the reason we can't,
       are the reason there are no, are the reason there's no, is why you can't, are why we can't, are why you can't,
       are to blame for, to blame for the, on themselves, pronoun nonsense, pronouns nonsense`,
      ['contempt', 'stereotype'],
      'Equality and Human Rights Commission, "Is Britain Fairer?" (stereotypes and prejudice); HateCheck F2 and F4 definitions',
      'A stereotype or blame said of a group ("X always moan", "X milk the system").',
    ),
    ...terms(
      `is why, are why, is the reason, are the reason, is the reason why, are the reason why, are to blame, is to blame,
       to blame for, the reason we, the reason you, thanks to them, because of them, all their fault, their fault`,
      ['contempt', 'blame'],
      'Equality and Human Rights Commission, "Is Britain Fairer?" (stereotypes and prejudice)',
      'Blame pinned on a group: a put-down only when a harm follows ("…is why we are drowning").',
    ),
  ],
});

export const NAME_CALLING = defineLexicon({
  id: 'act-insult',
  description: 'Name-calling nouns: a label that demeans the person it is given to.',
  entries: [
    ...terms(
      `idiot, idiots, moron, morons, imbecile, imbeciles, cretin, cretins, halfwit, halfwits, half wit, nitwit,
       nitwits, dimwit, dimwits, nincompoop, numbskull, numbskulls, numskull, bonehead, boneheads, pea brain,
       airhead, airheads, dunce, dunces, buffoon, buffoons, ignoramus, simpleton, simpletons, dumbo, dingbat,
       numpty, numpties, pillock, pillocks, plonker, plonkers, prat, prats, twit, twits, berk, berks, wazzock,
       wazzocks, divvy, dipstick, dipsticks, eejit, eejits, gobshite, gobshites, jobsworth, jobsworths, chump,
       chumps, bellend, bellends, knobhead, knobheads, dickhead, dickheads, twat, twats, tosser, tossers, wanker,
       wankers, arsehole, arseholes, asshole, assholes, dumbass, dumbasses, bastard, bastards, cunt, cunts,
       shithead, shitheads, knobend, knobends, scrote, scrotes, toerag, toerags, nutter, nutters, nutjob, nutjobs,
       nutcase, nutcases, headcase, loony, loonies, psycho, psychos, basket case, fruitcake, fruitloop, space cadet,
       loser, losers, coward, cowards, hypocrite, hypocrites, creep, creeps, weirdo, weirdos, lowlife, lowlifes,
       scumbag, scumbags, slacker, slackers, layabout, layabouts, waster, wasters, freeloader, freeloaders,
       scrounger, scroungers, charlatan, charlatans, bean counter, bean counters, pen pusher, pen pushers,
       busybody, busybodies, know it all, little hitler, jumped up little, muppet, muppets, bitch, bitches, slag,
       slags, slut, sluts, whore, whores, skank, skanks, harpy, harridan, battleaxe, old bag, old bat, old trout, hag,
       chav, chavs, pleb, plebs, oik, oiks, yob, yobs, lout, louts, slob, slobs, fatso, lardarse, lard arse,
       beached whale, munter, minger, degenerate, degenerates, saddo, sad act, waste of space, waste of oxygen,
       waste of skin, pond life, snake oil salesman, con artist`,
      ['insult', 'noun'],
      OED,
      'A name that demeans whoever it is given to (name-calling).',
    ),
    ...terms(
      `clown, clowns, fool, fools, donkey, donkeys, sheeple, wally, wallies, dopes, crank, cranks, quack,
       quacks, dinosaur, dinosaurs, snowflake, snowflakes, gammon, git, gits, sod, sods,
       prick, pricks, knob, knobs, weasel, weasels, dead wood,
       deadwood, tart, tarts, hoe, hoes, witch, diva, drama queen, princess, karen, karens, scally,
       scallies, peasant, peasants, thug, thugs, whale, heifer, blob, porker, troll, trolls, freak, freaks, weirdo,
       geek, nerd, menace, parasite, leech, vermin, scum, filth,
       cowboy, cowboys, snob, snobs, liar, liars, fraud,
       frauds, crook, crooks, conman, con man, fraudster, fraudsters`,
      ['insult', 'needs-target'],
      OED,
      'A name with an everyday sense too: name-calling only where it labels someone ("you clown", "what a clown", "these clowns").',
    ),
    ...terms(
      `tool, tools, cheat, cheats, trash, dead weight, animal, animals, sheep, pig, pigs, cow, cows,
       rat, rats, snake, snakes, plank, planks, turnip, melt, melts, dope, amateur, amateurs, lightweight, fatty`,
      ['insult', 'needs-target', 'everyday'],
      OED,
      'A word whose everyday sense is a thing, an act or a quality ("the FeverPAIN tool", "a cheat sheet", "a dead weight to lift", "a fatty liver"): a name only where it is given to someone ("you tool", "he\'s a complete tool").',
    ),
    ...terms(
      `joke, jokes, liability, liabilities, disgrace, disgraces, embarrassment, embarrassments`,
      ['insult', 'needs-target', 'everyday', 'situation'],
      OED,
      'Said as often of a situation as of a person ("this rota is a joke"): a name only where it is given to someone ("you\'re a joke", "he\'s a liability"), not by an exclamation or an intensifier alone.',
    ),
  ],
});

export const HOSTILE_FEELING = defineLexicon({
  id: 'act-emotion',
  inflect: true,
  description: 'Strong negative feeling towards someone (hatred, disgust, contempt).',
  entries: [
    ...terms(
      `hate, hates, hated, hating, despise, despises, despised, loathe, loathes, loathed, detest, detests, detested,
       abhor, abhors, can't stand, cannot stand, cant stand, can't bear, cannot bear, can't abide, sick of,
       sick to death of, sick and tired of, tired of, fed up with, fed up of, had enough of, have no time for,
       no time for, disgusted by, repulsed by, revolted by, sickened by, nauseated by, want nothing to do with,
       want rid of, don't want, do not want, don't need, wish there were no, wish there were fewer, rather die than,
       would rather die than, no respect for, have no respect for, zero respect for, contempt for, hatred of,
       hatred for, hatred towards`,
      ['emotion', 'verb'],
      HC,
      'The author feels hatred or disgust for the object (HateCheck F1, strong negative emotions).',
    ),
    ...terms(
      `disgust me, disgusts me, make me sick, makes me sick, make me want to vomit, make me want to puke,
       make my skin crawl, makes my skin crawl, repulse me, repulses me, revolt me, revolts me, turn my stomach,
       turns my stomach, sicken me, sickens me, nauseate me, get on my nerves, give me the creeps`,
      ['emotion', 'stimulus'],
      HC,
      'The subject stirs hatred or disgust in the author ("X disgust me").',
    ),
  ],
});

export const CONSPIRACY = defineLexicon({
  id: 'act-conspiracy',
  inflect: true,
  description: 'Conspiracy tropes: a group said to secretly control institutions or plot against others.',
  entries: [
    ...terms(
      `control, controls, controlled, controlling, run, runs, running, own, owns, rule, rules, bought, buy off, bankroll,
       bankrolling, funded by, paid off, in the pocket of, in charge of, have a grip on, have their hands on, taken over,
       taking over, take over`,
      ['conspiracy', 'weak'],
      CPS,
      'Control or ownership: a conspiracy trope only when an institution is named with it.',
    ),
    ...terms(
      `pull the strings,
       pulls the strings, pulling the strings, are behind, is behind, were behind, behind it all, behind everything,
       puppet masters, puppeteers, infiltrated, infiltrating, infiltrate, replace, replacing, replacement,
       the great replacement, agenda, their agenda, plot, plotting, cabal, secretly, stitched up, rigged, rigging,
       orchestrated, engineered`,
      ['conspiracy', 'verb'],
      CPS,
      'Secret control or plotting (antisemitic and other conspiracy tropes: IHRA working definition examples).',
    ),
    ...terms(
      `media, the media, press, the press, banks, the banks, finance, money, hollywood, the courts, courts, judges,
       the judiciary, government, the government, parliament, westminster, the bbc, the news, the gmc, the bma,
       the nmc, the nhs, the royal colleges, the colleges, royal college, the system, the world, the country,
       big pharma, the economy, wall street, the city, the un, the eu, tech, social media, the police, the law,
       universities, the education system, schools, the health service, deaneries, medical schools, the regulator,
       regulators, the establishment, the elites, pharma, the pharma industry, pharmaceutical industry, drug companies,
       industry, the vaccine rollout, vaccines, hospitals, the hospitals, the trusts, politics, politicians, the unions,
       education, the schools, the internet, the tech giants, the weather, the food supply`,
      ['conspiracy', 'institution'],
      CPS,
      'An institution a conspiracy trope says a group controls.',
    ),
  ],
});

export const CRIME = defineLexicon({
  id: 'act-crime',
  description: 'Crime, dirt or disease pinned on people.',
  entries: [
    ...terms(
      `criminals, criminal, crooks, thieves, thief, rapists, rapist, paedophiles, paedophile, paedos, paedo, pedos,
       pedo, groomers, groomer, grooming gangs, rape gangs, terrorists, terrorist, jihadis, jihadists, suicide bombers,
       bombers, murderers, murderer, killers, gangsters, gang members, drug dealers, dealers, fraudsters, fraudster,
       benefit cheats, cheats, scroungers, spongers, illegals, crime, crimes, criminality, knife crime, stabbings,
       thieving, stealing, steal, stole, rape, raping, grooming, scamming, scammers, smugglers, traffickers,
       pickpockets, shoplifters, rioters, thugs, violent criminals, sex offenders, predators, perverts, a danger to
       children, a threat, a danger, dangerous`,
      ['crime', 'noun'],
      CPS,
      'Crime pinned on people (pairing a group with crime is a stock hate trope: CPS guidance).',
    ),
    ...terms(
      `dirty, filthy, unclean, unhygienic, smelly, stink, stinks, stinking, reek, reeks, diseased, disease ridden,
       riddled with disease, carry disease, carry diseases, spread disease, spread diseases, bring disease,
       bring diseases, full of disease, full of lice, covered in lice, flea ridden, infected, unwashed`,
      ['dirt', 'adj'],
      CPS,
      'Dirt or disease pinned on people.',
    ),
  ],
});

export const INFERIORITY = defineLexicon({
  id: 'act-inferiority',
  inflect: true,
  description: 'People said to be lesser, unfit or not really what they are.',
  entries: [
    ...terms(
      `inferior, second class, second rate, lesser, less intelligent, less capable, less competent, unfit,
       not fit to, unfit to, incapable, incapable of, can't be trusted, cannot be trusted, cant be trusted,
       not to be trusted, never be trusted, shouldn't be trusted, can't do the job, can't do the job properly,
       can't cope, can't handle, not cut out for, not up to it, not up to the job, belong in the kitchen,
       should stay in the kitchen, should stick to, only good for, only fit for, good for nothing,
       not real doctors, not real women, not real men, not proper doctors, not a real, aren't real, are not real,
       isn't real, a mental illness, mentally ill, a phase, a fad, a trend, a lifestyle choice, confused, delusional,
       mutilated, an ideology, a cult, grooming kids, brainwashing kids, a danger to children, predatory,
       hired to fill a quota, diversity hire, diversity hires, token, tokens, box ticking, only got the job because,
       got the job because, can't speak english, can't speak proper english, can't even speak english,
       don't speak english, bought their degree, bought their degrees, fake degrees, fake qualifications`,
      ['inferiority'],
      HC,
      'Lesser, unfit or not real: derogation by inferiority (HateCheck F2/F4, implicit derogation).',
    ),
  ],
});

export const POSITIVE = defineLexicon({
  id: 'act-positive',
  description: 'Respect, trust, worth and equal standing: hostile when denied of a group.',
  entries: [
    ...terms(
      `respect, respected, trust, trusted, trustworthy, value, valued, like, love, admire, appreciate, welcome,
       support, accept, tolerate, human, humans, human beings, people, equal, equals, equally, deserve, deserves,
       deserving, worth, worthy, belong, belongs, capable, competent, intelligent, smart, clever, bright, good,
       decent, honest, real, valid, normal, safe, fit to, qualified, welcome here, part of society, part of this country,
       contribute, contributes, matter, matters, count, deserve respect, deserve rights, deserve to live,
       deserve to be here, deserve the same, be trusted, be respected, be allowed, have rights, have the right,
       be treated equally, be employed, be hired, be doctors, be nurses, be in charge, in charge, integrate, fit in,
       assimilate, contribute anything, pay tax, pay taxes, pay their way, work hard, learn english,
       speak english, communication skills, the communication skills, people skills, the skills, english skills, wash,
       respect our culture, respect our values, share our values, follow the rules`,
      ['positive'],
      HC,
      'Positive standing: denying it of a group is derogation (HateCheck F14, negated positive statements).',
    ),
  ],
});

export const GLORIFY = defineLexicon({
  id: 'act-glorify',
  inflect: true,
  description: 'Praise or approval that, beside an attack or an attacker, glorifies it.',
  entries: [
    ...terms(
      `hero, heroes, legend, legends, martyr, martyrs, saint, icon, patriot, true patriot, inspiration,
       inspirational, inspired, brave, bravery, courage, courageous, did the right thing, done the right thing,
       was right, were right, got it right, had a point, has a point, had the right idea, has the right idea,
       deserves a medal, deserve a medal, deserves a knighthood, respect to, respect for, well done, good job,
       nice one, bravo, about time, about time someone, someone had to, someone had to do it, finally someone,
       more of this, more of that, more like him, need more like him, we need more like him, we need more of,
       finish the job, finish what he started, finished the job, what he started, did what we all, said what we all,
       only doing what, should be proud, thank you, thank god, good riddance, serves them right, they had it coming,
       had it coming, asked for it, deserved it, they deserved it, deserved what they got, long live, salute,
       praise, celebrate, celebrating, celebrated, cheer, cheering, glad, happy, justified, a good start,
       not enough, not enough of them, better luck next time, high score, new high score, saint tarrant,
       freedom fighter, freedom fighters, resistance, legitimate resistance, resistance fighters, not terrorists,
       i support, we support, solidarity with, stand with, i stand with, we stand with, victory to, glory to`,
      ['glorify'],
      TA,
      'Approval: glorification when it meets an attack on people or its perpetrator.',
    ),
    ...terms(
      `worth a read, worth reading, must read, read it, read his, read the whole thing, give it a read, share this,
       sharing this, spread this, link below, link in bio, link in comments, download, pdf, full text, copy of`,
      ['glorify', 'share'],
      TA,
      "Recommending or passing on an attacker's writings or footage (Terrorism Act 2006 s.2, dissemination).",
    ),
  ],
});

/**
 * Praise beside an attack is something else when it is given to other people between them ("well done
 * to the staff who treated the Southport victims"); sympathy and justice are read from the news stance
 * (stance.ts). Medical and everyday senses of an attack word ("asthma attack", "personal attacks", "these
 * puns are killing me") are no attack at all.
 */
export const ATTACK_PRAISED_OTHERS = wordSet(`staff, paramedics, police, officers, officer, aiders, responders,
  nurses, doctors, team, everyone, community, volunteers, crews, crew, firefighters, medics, colleagues, people,
  families, public, locals, surgeons, hospital, nhs, ambulance, services, neighbours, victims, victim, survivors,
  hostages, hostage, children, residents`);
/** Words before an attack word that make it an illness or an everyday sense ("heart attack", "personal attacks"). */
export const NOT_AN_ATTACK_BEFORE = wordSet(`heart, asthma, asthmatic, panic, anxiety, angina, gout, migraine,
  allergic, allergy, hayfever, sickle, epileptic, seizure, vertigo, personal, verbal, cyber, ransomware, phishing,
  sneak, counter, chess, heat, dog`);
/** Words after an attack word that make it figurative ("killing me", "killing it", "a massacre at the quiz"). */
export const NOT_AN_ATTACK_AFTER = wordSet(`me, us, myself, it`);
/** Words opening a sentence that carry the attack or attacker of the one before ("He was a hero."). */
export const CARRIED_SUBJECTS = wordSet(`he, she, they, it, this, that, he's, she's, they're, it's, that's, hes, shes,
  theyre, its, thats`);

export const ATTACK_EVENT = defineLexicon({
  id: 'act-attack-event',
  description: 'Attacks on people, their perpetrators and their writings.',
  entries: [
    ...terms(
      `attack, attacks, attacker, attackers, shooting, shootings, shooter, gunman, gunmen, bombing, bombings, bomber,
       bombers, massacre, massacres, rampage, stabbing, stabbings, killing, killings, slaughter, terror attack,
       terrorist attack, atrocity, atrocities, pogrom, pogroms, genocide, holocaust, the holocaust, ethnic cleansing,
       lynching, lynchings, arson attack, firebombing, van attack, car attack, riot, riots, what he did, what they did,
       his actions`,
      ['attack'],
      TA,
      'An attack on people or its perpetrator.',
    ),
    ...terms(
      `manifesto, his manifesto, the manifesto, livestream, the livestream, the video`,
      ['attack', 'record'],
      TA,
      "An attacker's record (writings, footage): an attack only beside a named attack or attacker.",
    ),
    ...terms(
      `breivik, anders breivik, tarrant, brenton tarrant, christchurch, christchurch shooter, dylann roof, roof,
       payton gendron, gendron, buffalo shooter, thomas mair, darren osborne, finsbury park, robert bowers,
       tree of life, pittsburgh synagogue, el paso shooter, patrick crusius, timothy mcveigh, mcveigh,
       oklahoma city, elliot rodger, unabomber, ted kaczynski, jo cox murder, salman abedi, manchester arena,
       7/7, 7 7 bombers, lee rigby, october 7, october 7th, 7 october, 7th october, oct 7, oct 7th, 7 oct,
       hamas attack, bataclan, nice truck attack, charlie hebdo, utoya, halle synagogue, hanau, southport,
       southport attacker`,
      ['attack', 'named'],
      'Wikipedia lists of terrorist incidents and far-right and Islamist attacks in Europe, the UK and North America (public record)',
      'A named attack or attacker: praise of it glorifies terrorism (Terrorism Act 2006 s.1).',
    ),
    ...terms(
      `hamas, al qassam, qassam brigades, hezbollah, hizballah, islamic state, isis, isil, daesh, al qaeda, al qaida,
       al shabaab, boko haram, national action, sonnenkrieg division, atomwaffen, atomwaffen division, the base,
       feuerkrieg division, terrorgram, palestine action, wagner group, pkk, lashkar e taiba, jaish e mohammed,
       hizb ut tahrir, palestinian islamic jihad, new ira, real ira, continuity ira, provisional ira, the ira, uvf,
       uda, ulster volunteer force, ulster defence association, the ra`,
      ['attack', 'named', 'proscribed'],
      'Home Office, Proscribed terrorist groups or organisations (GOV.UK, updated 2025); Terrorism Act 2000 ss.11-13',
      'An organisation proscribed in the UK: inviting support for it is an offence (Terrorism Act 2000 s.12).',
    ),
  ],
});

export const CAREER_THREAT = defineLexicon({
  id: 'act-career',
  inflect: true,
  description: 'Harm to someone’s job, registration or reputation.',
  entries: [
    ...terms(
      `report you, report him, report her, reporting you, reporting him, reporting her, complain about you, raise a complaint about you, put in a complaint about you,
       make a complaint about you, tell your boss, tell your employer, tell your manager, tell your partners,
       tell your trust, tell your medical director, tell your practice manager, tell your educational supervisor,
       tell your trainer, tell the deanery, tell his boss, tell her boss, tell his employer, tell her employer,
       contact your employer, contact your practice, ring your practice, email your practice, email your boss,
       write to your employer, write to your trust, go to your boss, go to your employer, go over your head,
       go to the papers, go to the press, go to the media, go public, tell the papers, tell the daily mail,
       post your name, post his name, post her name, name you, name and shame, naming and shaming,
       publish your name, put your name out there, share your details, expose you, expose him, expose her,
       screenshot this, screenshots will go, everyone will know, the whole practice will know,
       the whole town will know, tell everyone, make it public`,
      ['career', 'report'],
      GMC,
      'Reporting or exposing someone: legitimate as a plain statement, a threat when it is the price of a demand.',
    ),
    ...terms(
      `get you sacked, get you fired, get you struck off, get you suspended, get you removed, get you thrown out,
       have you sacked, have you fired, have you struck off, have you suspended, get him sacked, get her sacked,
       get him struck off, get her struck off, have him struck off, have her struck off, have your job,
       have your registration, have your licence, end your career, end his career, end her career, finish your career,
       ruin your career, ruin his career, ruin her career, destroy your career, wreck your career,
       ruin your reputation, ruin his reputation, ruin her reputation, destroy your reputation, ruin you, ruin him,
       ruin her, destroy you, destroy him, destroy her, finish you, bury you, take you down, take everything you have,
       never work again, never work in this town again, never work in medicine again, never work as a gp again,
       never work in the nhs again, never work round here again, never get another job, never get a job,
       never get a reference, make your life hell, make his life hell, make her life hell, make your life a misery,
       make his life a misery, make her life a misery, make your life difficult, make things difficult for you,
       your career is over, your career will be over, your career's over, you're finished, you are finished,
       you're done, you'll be out, you will be out, you'll be struck off, you will be struck off, until you're struck off,
       until you are struck off, drag your name through the mud, drag you through the courts`,
      ['career', 'ruin'],
      OAPA,
      'Ruin promised to someone: a threat whatever follows (Protection from Harassment Act 1997).',
    ),
    ...terms(
      `tell the whole practice, tell the partners about, tell the whole team, tell your mum, tell your wife, tell your husband,
       tell your partner, tell your kids, tell your family, send your mum, send your wife, send your husband,
       send the screenshots, send them the screenshots, post the screenshots, share the screenshots, post your address,
       post your home address, share your address, put your address, put a review on every site, review on every site,
       leave a review everywhere, sue you, sue you personally, take you to court, see you in court, bankrupt you,
       bankrupt the lot of you, key your car, scratch your car, slash your tyres, slash his tyres, let your tyres down,
       put a brick through, brick through your window, dump it on your drive, come round your house, turn up at your work,
       turn up at your house, naming them, name them on here, name and shame them, find themselves on, you won't like which,
       your card is marked, friends at the, make things very difficult, make things difficult, make it very difficult,
       see who comes off worse, so will everyone, and so will everyone, they might find interesting, make sure the gmc, make sure the nmc, make sure the cqc,
       make sure your employer, make sure your boss, make sure the partners, make sure everyone knows, hears about,
       hear about, finds out about, find out about, will know about, everyone will know about, might find interesting, would be a shame if they found out,
       be a shame if they found out, if they found out about`,
      ['career', 'retaliation'],
      OAPA,
      'A harm the author can do to someone (exposing them, their property, their reputation): a threat when it is the price of a demand or said to intimidate.',
    ),
  ],
});

export const INTIMIDATION = defineLexicon({
  id: 'act-intimidation',
  inflect: true,
  description: 'Veiled threats and intimidation.',
  entries: [
    ...terms(
      `watch your back, watch your backs, better watch your back, better watch yourself, better watch it,
       better watch out, know where you live, knows where you live, know where you work, know where you park,
       know where your kids, know where your children, know where he lives, know where she lives, know where they live,
       know where your family, know which car is yours, know what car you drive, sleep with one eye open,
       i'm coming for you, i am coming for you,
       coming for you, you won't see it coming, don't make me come, be a shame if something happened,
       shame if something happened, accidents happen, accidents can happen, it would be a shame if,
       you'll regret this, you will regret this, you'll regret it, you will regret it, you'll regret that,
       you're going to regret, you are going to regret, you're gonna regret, you'll live to regret, regret the day,
       rue the day, you'll be sorry, you will be sorry, you're going to be sorry, you'll pay for this,
       you will pay for this, you'll pay for that, i'll make you pay, i will make you pay, you've been warned,
       you have been warned, consider yourself warned, consider this a warning, consider this your warning,
       this is your last warning, this is your final warning,
       don't say i didn't warn you, you don't know who you're dealing with, messed with the wrong,
       picked a fight with the wrong, you'll get what's coming, you'll get yours, or else,
       keep it up and see, try it and see, carry on and see,
       wait till i get my hands on you, wait until i get my hands on you, when i get hold of you,
       when i get my hands on, you're dead, you are dead, dead meat, you're a dead man, pay you a visit,
       pay him a visit, pay her a visit, pay them a visit, come round to yours, come round your house,
       turn up at your house, turn up at your door, on your doorstep, outside your house, i know your address, waiting in the car park, waiting outside,
       be waiting outside, waiting for you outside, see you in the car park, see you outside, outside your work,
       wants to watch himself, wants to watch herself, watch himself, watch herself, your card is marked, and see what happens, and see what you get, see what happens to you,
       your career is finished, your career's finished, career round here is finished, your career here is over,
       your career is done, your days are numbered,
       i know who you are, i'll find you, i will find you, track you down, hunt you down, have a word with you`,
      ['intimidation'],
      OAPA,
      'A threat left unstated or an implied ability to reach the person.',
    ),
  ],
});

export const COERCION = defineLexicon({
  id: 'act-coercion',
  inflect: true,
  description: 'Levers of power at work that can be traded for compliance.',
  entries: [
    ...terms(
      `sign off, sign you off, signoff, sign your, arcp, your arcp, portfolio, your portfolio, esr, wpba,
       cct, your cct, reference, your reference, references, contract, your contract, renewal, your renewal,
       probation, your probation, appraisal, your appraisal, revalidation, your revalidation, rota, the rota,
       your rota, shifts, your shifts, sessions, your sessions, leave, your leave, annual leave, study leave,
       training post, your training, your post, your placement, placement, promotion, partnership, your partnership,
       profit share, your bonus, bonus, your hours, your job, job, your pay, pay rise, your pay rise, your visa,
       visa sponsorship, sponsorship, your sponsorship, your place, your job here, your future here`,
      ['coercion', 'lever'],
      ACAS,
      'A lever a senior colleague holds over a junior one (training sign-off, contract, rota, visa).',
    ),
    ...terms(
      `you owe me, if you know what's good for you, you'll cover, you'll swap, you'll do my, you'll take my, you'll work,
       you'll have to cover, you'll be covering, if you value your, unless you,
       or you won't, or you don't, or else your, won't sign, will not sign, not signing, refuse to sign,
       won't be signing, won't happen, doesn't happen, will not happen, might not happen, depends on,
       depend on, could be affected, might be affected, remember who, remember who signs, who signs your,
       think about your, think carefully about your, i'd hate for your, it would be a shame for your`,
      ['coercion', 'condition'],
      ACAS,
      'The condition that turns a lever into pressure.',
    ),
  ],
});

export const HARASSMENT = defineLexicon({
  id: 'act-harass',
  inflect: true,
  description: 'Bullying, pile-ons, persistent pressure and exclusion of a person.',
  entries: [
    ...terms(
      `why are you ignoring me, stop ignoring me, you keep ignoring, i know you've read, i can see you've read,
       i can see you're online, i know you're online, why won't you answer, why won't you reply, answer your phone,
       pick up your phone, answer me, reply to me, i'm not stopping until, i won't stop until, i will not stop until,
       i'll keep messaging, i'll keep calling, i'll keep texting, i'll keep emailing, until you answer,
       until you reply, until you respond, i won't take no for an answer, not taking no for an answer,
       nobody likes you, no one likes you, nobody wants you, no one wants you here, nobody wants you here,
       everyone's talking about you, everyone is talking about you, you're a laughing stock, laughing stock,
       let's all laugh at, don't invite her, don't invite him, nobody invite her, nobody invite him,
       leave her out, leave him out, freeze her out, freeze him out, send her to coventry, send him to coventry,
       push her out, push him out, get rid of her, get rid of him, the sooner she leaves, the sooner he leaves,
       let's make her, let's make him, make her cry, make him cry, see how she likes it, see how he likes it,
       everyone tag, mass report, report her account, report his account, flood her inbox, flood his inbox,
       give her hell, give him hell, pile on, stop inviting, don't invite, nobody invite, stop including, leave her off,
       leave him off, let's all reply, everyone reply all, reply all to, here's where she lives, here's where he lives,
       her address is, his address is, here's her address, here's his address, keep reporting,
       you know what to do, don't bother applying, don't bother coming back, not cut out for this, useless lump,
       let's all ignore, everyone ignore, ignore her emails, ignore his emails, ignore her messages, ignore his messages,
       until he gets the message, until she gets the message, until they get the message, until he gets the hint,
       until she gets the hint, the sooner you leave, the sooner you go, the sooner they leave, make an example of,
       everyone is talking about how, everyone's talking about how, keep tagging, screenshot and share`,
      ['harass'],
      ACAS,
      'Persistent pressure, ridicule, exclusion or a pile-on aimed at a person (Acas examples of bullying).',
    ),
  ],
});

export const SEXUAL_ACTS = defineLexicon({
  id: 'act-sexual',
  description: 'Sexual content: propositions, image requests, explicit description, innuendo.',
  entries: [
    ...terms(
      `shag, shagging, shagged, bang, banging, screw, screwing, bonk, bonking, hump, humping, fuck me, fuck you senseless,
       sleep with me, sleep with you, sleep with her, sleep with him, slept with, have sex, had sex, having sex,
       sex with, make love, get laid, get you into bed, get her into bed, get him into bed, take you to bed,
       in bed with, come to bed, a quickie, hook up, hookup, one night stand, friends with benefits, fwb, booty call,
       netflix and chill, blowjob, blow job, bj, head, oral, handjob, hand job, go down on, eat you out,
       sixty nine, 69, doggy, doggy style, missionary, threesome, orgy, bdsm, spank you, spank me, tie you up,
       whip you, dominate you, ride you, ride me, sit on my face, on your knees, suck, sucking, lick, licking,
       cum, come all over, jizz, orgasm, climax, wet for you, hard for you, rock hard, boner, erection for,
       horny, randy, turned on, turns me on, gagging for it, up for it, dtf, kinky, dirty thoughts,
       fantasise about you, fantasize about you, fantasies about you, thinking about you naked, picture you naked`,
      ['sexual', 'explicit'],
      SOA,
      'Sexual acts, desire or a proposition.',
    ),
    ...terms(
      `send nudes, send me nudes, send a nude, send me a nude, nudes, nude, naked, topless, bottomless, in the nude,
       send pics, send me pics, send me a pic, send a pic, send me a picture, send me a photo, send a photo of you,
       pic of you in, picture of you in, photo of you in, show me your, show me what you're wearing,
       what are you wearing, what you wearing, in your underwear, in your lingerie, in your bikini, in the shower,
       in the bath, pics for me, a pic for me, something for me to look at, a little show, strip, strip for me,
       undress, take it off, take them off, dick pic, dick pics, boob pic, sexy pic, sexy pics, saucy pic,
       saucy pics, private pics, private photos, onlyfans`,
      ['sexual', 'image'],
      SOA,
      'Asking for or offering sexual images (sending unsolicited sexual images is an offence: Online Safety Act 2023 s.66A).',
    ),
    ...terms(
      `tits, titties, boobs, boobies, knockers, jugs, rack, cleavage, arse, ass, bum, booty, backside, butt, cock,
       dick, knob, willy, todger, penis, balls, bollocks, pussy, fanny, vagina, clit, nipples, nips, crotch, groin,
       package, bulge, legs, thighs, lips, body, figure, curves, physique, six pack, abs`,
      ['sexual', 'body'],
      SOA,
      'A body part: sexual only beside attraction or a proposition (clinical use is not).',
    ),
    ...terms(
      `back to mine, back to my place, come over tonight, spend the night, my bed, your bed, sexy, stunning, looked stunning, look stunning, fittest, hottest, sexiest, lie back and think of england,
       wear that skirt, wear that dress, wear those leggings, wear that top, fittie, fitty, hottie, stunner, gorgeous, peng, buff, tasty, fanciable, shaggable, fuckable,
       doable, bangable, milf, dilf, eye candy, easy on the eye, phwoar, phoar, hubba hubba, wouldn't mind, would not mind,
       wouldn't say no, i'd do her, i'd do him, i would do her, i would do him, i'd give her one, i'd give him one,
       i'd tap that, tap that, i'd smash, smash it, wouldn't kick her out of bed, wouldn't kick him out of bed,
       get my hands on, hands all over, all over her, all over him, undress her with, undressing her,
       can't keep my eyes off, couldn't keep my eyes off, drooling over, checking her out, checking him out,
       perving, perve, perv, letch, leching, leering, ogling, wink wink, nudge nudge, if you know what i mean,
       that's what she said, thats what she said, ooh er, ooer, matron, lucky speculum, lucky stethoscope,
       lucky me, enjoyed that examination, enjoyed that exam, enjoyed examining, any excuse to examine,
       examine me, examine me any time, examine her any day, examine him any day, examine her any time,
       happy to examine, volunteer to examine, i'll examine, took my time, best part of my day, made my day, brightened my day, in those scrubs,
       in that uniform, in those trousers, in that dress, in that skirt, in those leggings, bend over, bending over,
       on her knees, on his knees, hands on, touch her, touch him, touching, feel her up, grope, groped, groping,
       play with, cheeky, saucy, frisky, flirty, flirting, seduce, seduction, sugar daddy, sugar baby`,
      ['sexual', 'innuendo'],
      SOA,
      'Attraction and innuendo: sexual when aimed at a colleague or a patient.',
    ),
  ],
});

/**
 * An invitation home ("back to mine", "come over tonight") is an advance only when it says no other
 * purpose: with an everyday one after it ("back to mine for a cuppa", "come over tonight to watch the
 * match") it is hospitality. Source: Sexual Offences Act 2003 guidance (CPS) on propositions read in
 * context; ACAS guidance on sexual harassment (conduct judged by its context).
 */
export const INVITATIONS_HOME = wordSet('back to mine, back to my place, come over tonight');
export const EVERYDAY_PURPOSES =
  wordSet(`cuppa, coffee, tea, brew, dinner, lunch, breakfast, food, takeaway, pizza, curry,
  debrief, chat, catch-up, catchup, meeting, match, game, football, rugby, film, films, quiz, party, barbecue, bbq,
  birthday, kids, dog, dogs, cake, bake, practice, revision, study, studying, notes, rota, paperwork`);

export const PATIENT_CONTEMPT = defineLexicon({
  id: 'act-patient',
  description: 'Derision of patients: their reasons for coming, their bodies, their minds and their complaints.',
  entries: [
    ...terms(
      `time waster, time wasters, timewaster, timewasters, wasting my time, wasted my time, waste of my time,
       waste of an appointment, waste of a slot, dr google, doctor google, googled it, googled his symptoms,
       googled her symptoms, read it on facebook, read it on tiktok, tiktok diagnosis, man flu, nothing wrong with,
       nothing wrong with him, nothing wrong with her, attention seeking, attention seeker, attention seekers,
       drama queen, hypochondriac, hypochondriacs, whinger, whingers, whinging, moaner, moaners, moaning,
       professional patient, professional patients, repeat offenders, usual suspects, entitled, clingy,
       serial complainer, serial complainers, complainer, complainers, revolving door, for a sniffle, with a sniffle,
       with a hangnail, for a hangnail, for a splinter, for a verruca, a paper cut, for a paper cut, 3 days of,
       three days of, wants a sick note, after a sick note, wanted antibiotics for, wants antibiotics for,
       demanded antibiotics, shopping list, list as long as, brought a list, another list, benefit scrounger,
       scrounger, scroungers, council estate, chav, chavs, scally, scallies, pikey, feral, feral family, junkie,
       junkies, druggie, druggies, crackhead, crackheads, smackhead, smackheads, alkie, alkies, alky, drunk, drunks,
       pisshead, pissheads, wino, winos, dosser, dossers, tramp, tramps, nutter, nutters, loony, loonies, psycho,
       psychos, crazy, mad, thick, dim, stupid, clueless, gormless, fat, obese, morbidly obese, whale, whales, hippo,
       heifer, lard, lardy, lard arse, blob, beached whale, fatty, fatties, landwhale, land whale, gross, disgusting,
       minging, smelly, smelt, stank, stunk, stinks, stinking, reeked, reeks, pong, pongs, hummed, honking, bo,
       body odour, unwashed, crusty, filthy, grubby, skid marks, poor hygiene, no teeth, toothless, ugly, hideous,
       old dear, old biddy, old codger, old git, coffin dodger, coffin dodgers, bed blocker, bed blockers, crumble,
       crumblies, wrinklies, gomer, gomers, dementia case, away with the fairies, lights are on but nobody's home,
       the state of, the state of him, the state of her, wanted a miracle, thinks she's dying, thinks he's dying,
       thought she was dying, thought he was dying, diagnosed herself, diagnosed himself, self diagnosed, knows best,
       knows better, thinks she knows better, thinks he knows better, wants everything`,
      ['patient'],
      GMC,
      'Derision of patients by their reasons for coming, bodies, minds, class or complaints (GMC: treat patients with respect).',
    ),
    ...terms(
      `lol, lmao, haha, hilarious, priceless, you couldn't make it up, couldn't make it up, you'll never guess,
       guess what, give me strength, why do they bother, why do they come, why did he come, why did she come,
       what do they expect, what did she expect, what did he expect, some people, people like that, wants it all,
       free stuff, freebies, the taxpayer, my taxes, on benefits, eye roll, facepalm, seriously, unbelievable,
       googled, regulars, demanding, needy, frequent attender, frequent attenders, for a cold, with a cold,
       for a sore throat, list of problems, benefits, jobseeker, mental, simple, couldn't understand,
       can't understand, no idea, massive, enormous, huge, feet, toenails, hygiene`,
      ['patient', 'weak'],
      GMC,
      'Ridicule, exasperation and words that only describe (a frequent attender, benefits, hygiene): derision of a patient only beside a stronger cue.',
      0.4,
    ),
  ],
});

export const IDIOMS = defineLexicon({
  id: 'act-idiom',
  inflect: true,
  description: 'Fixed expressions whose words only look hostile.',
  entries: [
    ...terms(
      `shoot you an email, shoot you a message, shoot you a text, shoot you a line, shoot me an email, shoot him an email,
       shoot her an email, fire you an email, fire off an email, drop you a line, drop you an email, ping you an email,
       kill two birds, kill time, killing time, killing it, killed it, smashing it, smashed it, smash it, nailed it,
       nail it, you killed it, absolutely killed it, break a leg, break the news, break the ice, break it to, kick off,
       kicked off, kick off the meeting, beat the rush, beat the queue, beat the traffic, shot in the arm, take a shot,
       give it a shot, shoot for, shoot the breeze, hit the ground running, hit the road, hit the gym, hit me up, hit you up,
       knock it out of the park, knocked it out of the park, knock yourselves out, knock yourself out, punch above,
       strike a balance, bury the hatchet, slay, slayed it, you're killing me, killing me softly, dead easy, dead good,
       drop dead gorgeous, to die for, dying to, dying for a, i could kill for, i'd kill for, would kill for,
       kill for a, shoot you a, shoot me a, murder a, murder a pint, murder a curry,
       murder a coffee, a killer, killer app, killer feature, beat you to it, beat me to it, stab at, have a stab,
       take a stab, attack of the, heart attack, panic attack, asthma attack, gout attack, sickle cell crisis,
       shooting pain, shooting pains, stabbing pain, burning pain, burning sensation, sun burn, sunburn, gunshot wound,
       self harm, kill switch, kill the process, kill the app, kill a process, burn out, burnt out, burned out,
       blow off steam, blown away, blow you away, blew me away, smash your targets, smash the target, crush it,
       crushing it, crushed it, destroy the competition, murdered that song, hang in there, hang on in there,
       flu shot, booster shot, covid shot, a shot of, big shot, long shot, parting shot, worth a shot`,
      ['idiom'],
      'Common UK idioms (Collins English Dictionary)',
      'An idiom: the violent word in it is figurative or clinical.',
    ),
  ],
});

export const HOSTILE_ACTS = [
  VIOLENCE,
  HARM,
  EXCLUSION,
  DEHUMANISE,
  CONTEMPT,
  NAME_CALLING,
  HOSTILE_FEELING,
  CONSPIRACY,
  CRIME,
  INFERIORITY,
  POSITIVE,
  GLORIFY,
  ATTACK_EVENT,
  CAREER_THREAT,
  INTIMIDATION,
  COERCION,
  HARASSMENT,
  SEXUAL_ACTS,
  PATIENT_CONTEMPT,
  IDIOMS,
] as const;

export const SOURCES = { HC, CPS, MCA, OAPA, TA, EA, GMC, ACAS, SOA, OED };

/**
 * Verbs of violence that also mean winning ("we'll beat them", "thrashed the pharmacists 5-0"), in their
 * forms, and the words of a contest that select that sense. Source: Collins English Dictionary, the
 * sporting senses of beat, thrash, hammer, smash, destroy, slaughter, knock out.
 */
export const CONTEST_VERBS = wordSet(`beat, beats, beating, beaten, thrash, thrashed, thrashing, hammer, hammered,
  hammering, smash, smashed, smashing, crush, crushed, crushing, destroy, destroyed, destroying, annihilate,
  annihilated, slaughter, slaughtered, murder, murdered, batter, battered, floor, floored, deck, decked, knock,
  knocked, knockout, take, taking, wipe, wiped, kill, killed, shot, shoot, whip, whipped, trounce, trounced, fight`);
export const CONTEST_WORDS =
  wordSet(`team, teams, match, matches, game, games, rematch, quiz, league, cup, final, finals,
  semi, tournament, score, scored, won, win, wins, winning, lost, points, goals, goal, wickets, innings, fixture,
  race, opponents, opposition, champions, championship, season, trophy, cricket, football, netball, rugby, hockey,
  darts, bowling, boxing, boxer, knockout, bout, round, ufc, mma, parkrun, marathon, chess, scrabble, monopoly,
  trivia, tennis, squash, badminton, golf, rounders, 5-a-side, sports, sport, pitch, referee, ref, penalty,
  penalties, striker, keeper, leaderboard, medal, podium, competition, contest, scoreline`);

/**
 * Misfortunes a curse asks for, one word each: illness, injury, accident, disaster, loss of work or
 * money ("hope you catch every bug going", "hope your clinic floods"). With a wish and a person as
 * its subject, a wish of harm (Malicious Communications Act 1988; CPS guidance on communications
 * offences). Source: the WHO ICD-11 chapter headings for injury and illness, plus the common losses.
 */
export const MISFORTUNES = wordSet(`ill, illness, sick, sickness, disease, cancer, tumour, bug, bugs, virus, covid,
  noro, norovirus, infection, infections, shingles, stroke, crash, crashes, crashed, accident, flood, floods,
  flooded, fire, burns, burn, burned, burnt, lapse, lapses, lapsed, bankrupt, injured, injury, hurt, hurts, pain,
  agony, suffer, suffers, suffering, miserable, misery, die, dies, dead, death, wreck, wrecks, wrecked, keyed,
  smashed, trapped, sacked, struck, suspended, sued, arrested, jailed, prison, karma, disaster, lamppost, rot,
  rots, choke, chokes, drown, drowns, homeless, nightmare, boils, diarrhoea, diarrhea, shits, runs, piles`);
/**
 * Misfortunes by kind, in the forms a wish takes ("snaps", "collapses", "fails"): the body harmed, a
 * livelihood or standing lost, suffering, and a thing of theirs destroyed. With a
 * hope and a person they are harm wished on that person. Source: CPS guidance on communications
 * offences (messages wishing harm); Malicious Communications Act 1988 s.1.
 */
export const MISFORTUNE_KINDS = {
  body: `snap, snaps, snapped, broken, fracture, fractures, fractured, bleed, bleeds, bleeding, collapse, collapses,
    collapsed, poisoning, paralysed, paralyzed, maimed, crippled, choking, perish, perishes, infected, festers,
    septic`,
  livelihood: `fail, fails, failed, failing, redundant, unemployed, unemployable, bust, evicted, repossessed, folds,
    folded, revoked, jobless, penniless, ruined, ruin, demoted, disqualified, deregistered, erased`,
  suffering: `worst, hell, torment, tormented, painful, agonising, excruciating, wretched, humiliated, humiliation,
    regret, regrets, comeuppance, payback, karma, nightmare, awful, horrible, terrible`,
  destruction: `caves, explodes, exploded, combusts, combust, combusted, sinks, sank, burgled, robbed, stolen,
    destroyed, wrecked, torched, vandalised, vandalized, totalled`,
} as const;
/** What a person can lose that is a misfortune to lose ("hope you lose your licence"); weight and sleep are not. */
export const LOSSES = wordSet(`job, jobs, licence, license, registration, practice, contract, contracts, career, house,
  home, everything, pension, partnership, livelihood, business, clinic, sessions, funding`);
/** Verbs of losing, before one of LOSSES. */
export const LOSE_VERBS = wordSet('lose, loses, losing, lost');
/**
 * Frames of wishing besides "hope": deserving ("people like you deserve to…"), delight or impatience to
 * see it ("I'd love to see you fail"), and justice invoked ("if there's any justice he…").
 */
export const DESERVE = wordSet('deserve, deserves, deserved, deserving');
export const GLAD_TO_SEE = wordSet('love, delighted, pleased, happy, thrilled, like, enjoy');
/**
 * Words of getting better or of care that make a hope kind ("hope you feel better after the bug",
 * "hope the pain settles"), whatever misfortune is named.
 */
export const RECOVERY = wordSet(`better, recover, recovers, recovered, recovery, recovering, well, improve, improves,
  improving, safe, safely, ok, okay, fine, heal, heals, healing, mend, mends, settle, settles, settled, eases, ease,
  jab, vaccine, vaccinated, booster, avoid, avoids, escape, escapes, dodge, dodges, survive, survives, free, clear,
  gone, over, passes, pass, quick, speedy, rest, cover, insured, peaceful, peacefully, comfortable, comfortably,
  dignified, dignity, painless, gently, gentle`);

/**
 * Verbs of taking what someone did to a body that can act on it ("write to the GMC", "forward it to
 * your HR", "it goes straight to your appraiser"), in their inflected forms. With an authority after
 * them they read as a report: plain, it is a proper route; as the price of a demand, a threat.
 * Source: Protection from Harassment Act 1997; Acas guidance on bullying (threats about job security).
 */
export const DISCLOSE_VERBS = wordSet(`report, reports, reporting, reported, tell, tells, telling, write, writes,
  writing, email, emails, emailing, ring, ringing, phone, phoning, call, calling, contact, contacting, inform,
  informing, forward, forwarding, send, sending, copy, copying, cc, ccing, escalate, escalating, complain,
  complaining, go, goes, going, take, taking, refer, referring, flag, flagging, pass, passing, hand, handing,
  let, letting, alert, alerting, notify, notifying, show, showing, post, posting, leak, leaking`);
/**
 * Bodies and people with power over a clinician's job, registration or standing: regulators, employers,
 * training bodies, commissioners, the press. Source: GMC, NMC, HCPC, GPhC, GDC, CQC registers; NHS
 * England and HEE structures; IPSO (the press).
 */
export const AUTHORITIES = wordSet(`gmc, nmc, hcpc, gphc, gdc, cqc, regulator, regulators, employer, employers,
  boss, bosses, manager, managers, hr, trust, partners, appraiser, appraisers, supervisor, supervisors, tpd,
  deanery, lmc, icb, nhse, ombudsman, agency, agencies, police, press, papers, paper, newspaper, newspapers,
  media, journalists, journalist, ro, medical director, clinical director, programme director, bma, lpc,
  coroner, solicitor, solicitors, lawyer, lawyers, union, council, indemnity, mdu, mps, mp, councillor`);

/**
 * Verbs of wrecking, in their forms: with a person's career asset as the object ("destroy your business",
 * "wreck his training", "end her career") they promise ruin. Source: Protection from Harassment Act 1997;
 * Acas guidance on bullying (threats about job security).
 */
export const RUIN_VERBS = wordSet(`destroy, destroying, ruin, ruining, wreck, wrecking, end, ending, finish, finishing,
  bury, burying, kill, killing, sink, sinking, tank, tanking, torpedo, torpedoing, trash, trashing, shred, shredding`);
/**
 * Verbs of finding out, after "a shame if": "would be a shame if your partners found out…" (a veiled
 * threat of exposure). Source: CPS guidance on blackmail and malicious communications.
 */
export const FIND_OUT_VERBS = wordSet(`found, find, heard, hear, learned, learnt, learn, knew, know, saw, see, got,
  discovered, discover, happened, happen`);

/**
 * What a doctor's working life hangs on: a promise that one of these "won't happen" or "is finished" is a
 * threat of ruin ("I'll make sure your CCT doesn't happen"), where the same words about an inhaler are advice.
 * Source: GMC registration and revalidation; HEE training (ARCP, CCT); Acas on threats to job security.
 */
export const CAREER_ASSETS = wordSet(`career, careers, job, jobs, post, registration, licence, license, cct, training,
  signoff, arcp, arcps, contract, contracts, practice, surgery, partnership, reference, references,
  sign, reputation, name, livelihood, business, appraisal, revalidation, portfolio, probation, visa, placement, rotation,
  application, promotion, progression, exams, membership, fellowship, number, pin, shifts, sessions, locum, locums`);

/**
 * An ultimatum (meaning/ultimatums.ts) puts a demand or a condition to someone and names a consequence.
 * It threatens when the consequence is adverse to them: one of these words of menace ("you'll regret
 * it", "see what happens"), a position lost, exposure to an audience, or violence. Source: CPS guidance
 * on communications offences and blackmail (a demand with menaces); Acas on threats about job security.
 */
export const MENACE_WORDS = wordSet(`regret, regrets, sorry, consequences, consequence, happens, warned, warning,
  trouble, pay, payback, reckoning`);
/** Positions and goods a working life hangs on, whose loss is a threatened consequence ("you'll be looking for a new job"). */
export const POSITIONS = wordSet(`job, jobs, post, role, sessions, shifts, contract, registration, career,
  fellowship, reference, references, signoff, sign, signature, portfolio, esr, arcp, cct, training, licence, pin,
  partnership, promotion, salary, bonus`);
/** Words that take a position away ("no sessions", "you won't get", "looking for a new job"). */
export const LOSS_WORDS = wordSet(`no, not, never, won't, wont, can't, cant, cannot, lose, losing, lost, new, removed,
  struck, sacked, fired, finished, over, without, last, gone`);
/** Verbs of making something known. With an audience in the consequence: exposure threatened. */
export const EXPOSE_VERBS = wordSet(`post, posting, publish, publishing, name, naming, share, sharing, tag, tagging,
  expose, exposing, screenshot, screenshotting, forward, forwarding, send, sending, report, reporting, raise, raising,
  tell, telling, write, writing, email, emailing, complain, complaining, leak, leaking`);
/** Who would learn of it: the bodies of AUTHORITIES plus the heads of an employer and the public. */
export const AUDIENCES = wordSet(`ceo, chief, dean, director, directors, head, work, workplace, everyone, everybody,
  public, online, internet, here, twitter, facebook, instagram, tiktok, followers, world, village, borough, area,
  county, press, paper, papers, trust, hr`);
/**
 * What a senior colleague grants a junior one at work: with a demand that serves the author ("cover my
 * on-call and…"), offering or withholding one of these trades on power. Source: Acas on bullying and
 * harassment (misuse of power or position); HEE and RCGP training (ESR, CSR, WPBA, ARCP, sign-off).
 */
export const GATEKEPT = wordSet(`signoff, sign, signature, signed, reference, references, esr, csr, wpba, wpbas, cbd,
  cbds, arcp, portfolio, review, reviews, fellowship, promotion, partnership, contract, session, sessions, placement,
  post, report, appraisal, leave, holiday, holidays, grade, grades, distinction`);

/**
 * A senior colleague's own share of the work, which a junior one can be made to take on ("do my visits",
 * "cover my Thursday"): with "my" before it, the price of a favour at work serves the author. Source: Acas
 * on bullying and harassment (misuse of power: unreasonable demands); the RCGP's list of GP sessions and
 * duties. Weekdays count too ("my Saturdays").
 */
export const DUTIES = wordSet(`visit, visits, on-call, oncall, call, calls, clinic, clinics, shift, shifts, session,
  sessions, list, lists, queue, queues, audit, audits, admin, paperwork, bloods, cover, rota, weekend, weekends,
  night, nights, late, lates, extras, work, workload, job, jobs, prescriptions, repeats, repeat, letters, results,
  referrals, triage, duty, duties, tasks, inbox, docman, surgery, surgeries, half-day, afternoon, afternoons,
  morning, mornings, evening, evenings, monday, mondays, tuesday, tuesdays, wednesday, wednesdays, thursday,
  thursdays, friday, fridays, saturday, saturdays, sunday, sundays`);

/**
 * The two dimensions stereotypes deny a group (Fiske, Cuddy, Glick and Xu 2002, the Stereotype Content
 * Model): competence (able, skilled, clever) and warmth or morality (honest, trustworthy, clean). With a
 * whole group denied one of them ("not one of them could write a decent letter", "never met an X who
 * could be trusted") the group is called lesser.
 */
export const VIRTUES = wordSet(`honest, honestly, trustworthy, trusted, trust, reliable, competent, capable, able,
  skilled, clever, intelligent, smart, decent, good, clean, hardworking, contribute, contributed, contributes,
  integrate, integrated, integrates, useful, proper, properly, safe, safely, fair, loyal, polite, respectful`);

/**
 * Derogatory similes and comparisons (OED, "simile" and the derogatory uses it lists; common UK usage):
 * a person's qualities likened to a thing's ("the personality of a spreadsheet", "the brains of a
 * rocking horse"), their use likened to a useless thing's ("about as useful as a chocolate teapot"),
 * their size to a vehicle's or a building's, or the person called "the human equivalent of" something.
 * Said of a person they are name-calling without a name; said of a thing ("the new system is about as
 * useful as…") they are not.
 */
export const SIMILE_TRAITS = wordSet(`personality, personalities, brains, brain, charisma, iq, intelligence, memory,
  wit, warmth, charm, empathy, manners, tact, sense, awareness, skills, judgement, judgment, competence, spine,
  backbone, sex appeal, looks, face, figure, physique, manner, communication, intellect, insight, leadership,
  compassion, humility, grasp, patience, span, imagination, diplomacy, subtlety, sensitivity, finesse, reasoning,
  logic, knowledge, understanding, literacy, organisation, organization, timing, temperament`);
/** Figures a quality is likened to in praise ("the patience of a saint", "the memory of an elephant"). */
export const SIMILE_PRAISE =
  wordSet(`saint, saints, angel, angels, hero, god, goddess, genius, lion, ox, elephant, horse,
  diplomat, champion, tiger, bull, owl, machine, surgeon, pro, professional, olympian, athlete, model`);
export const SIMILE_QUALITIES = wordSet(`useful, use, helpful, sharp, bright, clever, competent, reliable, effective,
  welcome, quick, smart, good, intelligent, fun, pleasant, warm, interesting, attractive, appealing, charming`);
export const SIMILE_SIZES = wordSet(`size, width, build, shape, weight`);

/**
 * Persistent targeting (Acas, bullying and harassment at work: persistent criticism, overbearing
 * supervision, picking on someone; Protection from Harassment Act 1997, a course of conduct). Verbs of
 * keeping watch on a person ("I'm keeping a note of every day", "screenshotting every comment you
 * make"), and what pressure is kept up until ("…until you admit it", "…till she resigns").
 */
export const SURVEIL_VERBS = wordSet(`note, noting, noted, log, logging, logged, record, recording, recorded, track,
  tracking, tracked, monitor, monitoring, monitored, watch, watching, screenshot, screenshotting, screenshotted,
  document, documenting, count, counting, tally, tallying`);
export const GIVING_IN = wordSet(`admit, admits, apologise, apologises, apologize, apologizes, resign, resigns,
  quit, quits, crack, cracks, cry, cries, withdraw, withdraws, retract, retracts, grovel, grovels, beg, begs`);

/**
 * What a pile-on asks of others against one person (Acas examples of bullying: exclusion, ignoring,
 * ganging up; "mobbing"): with a call on others ("let's all", "everyone", "I say we") and the person
 * in the clause, a call to ignore, freeze out, report, mock or flood them.
 */
export const PILE_ON_VERBS = wordSet(`ignore, ignoring, blank, blanking, shun, shunning, freeze, freezing, exclude,
  excluding, ostracise, ostracize, mute, muting, block, blocking, unfollow, unfollowing, report, reporting, spam,
  spamming, flood, flooding, mock, mocking, roast, roasting, ratio, dogpile, snub, snubbing, silent, troll,
  trolling, hound, hounding`);
/**
 * What a person is left to when help is withheld on purpose (Acas, bullying and harassment at work:
 * withholding help or information, setting someone up to fail, freezing them out): with "let" or
 * "leave" and the person ("let her drown", "leave him to stew"). Verbs of struggling, not of resting
 * ("let her rest", "leave him to sleep").
 */
export const ABANDONED_TO = wordSet(`sweat, stew, sink, drown, flounder, rot, squirm, suffer, struggle, fester`);
/** How long a person holds out under it ("see how long she lasts", "…sticks it"). */
export const HOLDING_OUT = wordSet(`last, lasts, survive, survives, stick, sticks, cope, copes`);
/** What a life is made when someone sets out to make it so ("make her life hell", "…a misery"). */
export const LIFE_HARMS = wordSet(`hell, hard, harder, difficult, miserable, misery, unbearable, impossible, awful,
  torture, nightmare`);

/**
 * Praise that is a put-down: a quality said to be surprising for someone of a group ("very articulate
 * for a Pakistani girl", "surprisingly tidy for someone who trained in Pakistan", "one of the good
 * ones"). HateCheck F5 (derogation by implication) and the EHRC on stereotypes: the praise assumes the
 * group lacks it. The qualities are VIRTUES plus the ones such praise names.
 */
/**
 * Words that mark something as better than expected of whoever it is said of ("must have had help",
 * "wonders never cease"; "did a good job for once"): said of someone named by a protected characteristic,
 * the low expectation is of the group (HateCheck F5, derogation by implication, by its definition). "For
 * once" and "for a change" also mean "on this occasion" ("join us for once"), so they count only beside
 * praise (PRAISED_QUALITIES). Each as its tokens; "must've" is one token.
 */
export const LOW_EXPECTATION: ReadonlyArray<{ readonly words: string; readonly withPraise?: boolean }> = [
  { words: 'for once', withPraise: true },
  { words: 'for a change', withPraise: true },
  { words: 'wonders never cease' },
  { words: 'must have had help' },
  { words: "must've had help" },
  { words: 'who would have thought' },
  { words: "who'd have thought" },
  { words: 'believe it or not' },
  { words: 'pleasantly surprised' },
  { words: 'not bad for' },
];

export const PRAISED_QUALITIES = wordSet(`articulate, eloquent, tidy, neat, well, spoken, sharp, bright, hardworking,
  punctual, organised, organized, polite, clean, intelligent, clever, smart, competent, capable, good, decent,
  professional, reliable, honest, normal, civilised, civilized, educated, fluent`);

/**
 * Insinuation: words that leave the reader to supply an accusation ("draw your own conclusions", "we all know
 * which…", "funny how…", "not surprised…", "I'm not racist but…"). Beside a group named by a protected
 * characteristic, the conclusion left unsaid is about the group: HateCheck F5 (derogation by implication) and
 * the Equality and Human Rights Commission on stereotypes; the disclaimer before a generalisation ("I'm not
 * racist but") is the apophasis described by van Dijk, "Discourse and the Denial of Racism" (1992). Each as its
 * tokens, in the normal form the tokeniser gives them ("i'm", "we've").
 */
export const INSINUATIONS: readonly string[] = [
  'draw your own conclusions',
  'draw your own conclusion',
  'make of that what you will',
  'make of that what you want',
  'make of it what you will',
  'let you work out',
  "i'll let you work out",
  'work it out for yourself',
  'join the dots',
  'connect the dots',
  'we all know which',
  'we all know who',
  "we've all seen how that goes",
  'we all know how that goes',
  'you know the type',
  'wonder why',
  'i wonder why',
  'ask yourself why',
  'funny how',
  'interesting how',
  'notice how',
  'ever noticed how',
  'strange how',
  'odd how',
  'not saying anything but',
  "i'm not saying anything but",
  'just saying',
  'just asking questions',
  'follow the money',
  'look at the surnames',
  'look at the names',
  'tell me i am wrong',
  "tell me i'm wrong",
  'not surprised',
  "i'm not surprised",
  'no surprise',
  'no surprises there',
  'surprise surprise',
  'not allowed to say it',
  "you're not allowed to say",
  'not allowed to say that',
  'nobody else will say it',
  'not racist but',
  "i'm not racist but",
  'not being racist but',
  'not homophobic but',
  "i'm not homophobic but",
  'not transphobic but',
  'nothing against them but',
  'not being funny but',
  "i'm not being funny but",
  'no offence but',
  'call me racist but',
  "i'm not prejudiced but",
  'not a stereotype if',
  "it's not a stereotype if",
];

/**
 * Groups named in code ("the religion of peace" said in scorn, "certain communities"): a group by a protected
 * characteristic that the writer will not name. Source: ADL, "Hate on Display" and Tell MAMA reports on
 * anti-Muslim coded language; Pause editorial.
 */
export const CODED_GROUPS: ReadonlyArray<{ readonly words: string; readonly characteristic: 'religion' | 'race' }> = [
  { words: 'religion of peace', characteristic: 'religion' },
  { words: 'certain communities', characteristic: 'race' },
  { words: 'a certain community', characteristic: 'race' },
  { words: 'certain cultures', characteristic: 'race' },
];

/**
 * The tropes of hostility to trans, non-binary, gay and lesbian people, as GLAAD's Media Reference Guide
 * ("Terms to avoid", "Defamatory language") and Stonewall's glossary describe them: an identity denied ("still a
 * man", "biology doesn't care"), pathologised ("mentally ill", "unnatural", "just a phase"), or cast as a danger to
 * children ("groomers", "keep it away from our kids"); a same-sex family called lacking ("a child needs a mum").
 * They count only where the draft is about trans or gay people (IDENTITY_CONTEXT, or a group named by gender
 * identity or sexual orientation). Each as its tokens, in the tokeniser's normal form.
 */
export const IDENTITY_TROPES: readonly string[] = [
  'still a man',
  'still a bloke',
  'still a woman',
  'still male',
  'still female',
  'bloke in a',
  'man in a wig',
  'men in wigs',
  'man in a skirt',
  "biology doesn't care",
  'biology doesnt care',
  "biology isn't a feeling",
  'biology is not a feeling',
  'whatever your chromosomes',
  'chromosomes say',
  'only two genders',
  'no cervix',
  "adam's apple",
  "five o'clock shadow",
  "5 o'clock shadow",
  '5 oclock shadow',
  'pretend all you like',
  'play along',
  'playing along',
  'pandering to a fantasy',
  'mentally ill',
  'mental illness',
  'delusion',
  'delusional',
  'unnatural',
  'not normal',
  "isn't normal",
  'perversion',
  'perverts',
  'just a phase',
  'groomers',
  'groomer',
  'access to kids',
  'access to children',
  'near my kids',
  'near our kids',
  'away from our kids',
  'away from our daughters',
  'away from children',
  'protect the kids',
  'protect our kids',
  'pushing it on kids',
  'pushing it on children',
  'needs a mum',
  'need a mum',
  'needs a mother',
  'need a mother',
  'needs a dad',
  'needs a father',
];

/**
 * Words that make trans or gay people the subject of a draft where no group is named ("pronouns", "Pride", "two
 * dads"). Source: Stonewall glossary, Pause editorial.
 */
export const IDENTITY_CONTEXT: ReadonlyArray<{
  readonly words: string;
  readonly characteristic: 'gender-reassignment' | 'sexual-orientation';
}> = [
  ...['pronouns', 'pronoun', 'misgender', 'misgendering', 'misgendered', 'they them', 'she her', 'he him'].map(
    (words) => ({ words, characteristic: 'gender-reassignment' as const }),
  ),
  ...['pride', 'rainbow', 'two dads', 'two mums', 'two mothers', 'two fathers', 'drag queen', 'drag queens'].map(
    (words) => ({ words, characteristic: 'sexual-orientation' as const }),
  ),
];

/**
 * Gender words that, in scare quotes of their own ("a 'she' with a beard", "her 'husband'"), mock someone's
 * gender or marriage (misgendering; GLAAD Media Reference Guide).
 */
export const GENDER_WORDS: readonly string[] = [
  'she',
  'her',
  'he',
  'him',
  'they',
  'them',
  'woman',
  'women',
  'female',
  'male',
  'lady',
  'girl',
  'man',
  'husband',
  'wife',
  'non binary',
  'nonbinary',
];
