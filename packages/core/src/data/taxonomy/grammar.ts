import { wordSet } from '../../text/lexicon.js';

/**
 * Closed classes of English words that the meaning layer reads structure from: who speaks, who is
 * meant, whether a clause is negated, asked, wished or reported. One definition each, shared by every
 * rule (before, negation alone was defined eight times). Words are in the engine's normalised form
 * (lower case, straight apostrophes). Source: the closed word classes of English grammar (Quirk et al.,
 * A Comprehensive Grammar of the English Language, 1985; Biber et al., Longman Grammar of Spoken and
 * Written English, 1999), with the spellings people use in messages ("im", "dont", "u").
 */

export const FIRST_PERSON = wordSet(`i, i'm, im, i've, ive, i'd, id, i'll, ill, me, my, mine, myself,
  we, we're, were, we've, weve, we'll, we'd, us, our, ours, ourselves`);
/** First person as the subject of a clause (the author acting or speaking). */
export const FIRST_PERSON_SUBJECT = wordSet(`i, i'm, im, i've, ive, i'd, i'll, we, we're, we've, weve, we'll, we'd`);
/** Subject pronouns that are not the author's (the reader, or someone else acting). */
export const OTHER_SUBJECTS = wordSet(`you, u, ya, you're, youre, you've, youve, you'll, youll, you'd, youd, he, she,
  he's, hes, she's, shes, he'll, she'll, he'd, she'd, they, they're, theyre, they've, theyve, they'll, theyll, they'd`);
export const SECOND_PERSON = wordSet(`you, u, ya, ye, yer, your, ur, yours, yourself, yourselves, you're, youre, you've,
  youve, you'll, youll, you'd, youd, yall, y'all, thou, thee`);
export const THIRD_PERSON_SINGULAR = wordSet(`he, she, him, her, his, hers, himself, herself, he's, hes, she's, shes,
  he'll, she'll, he'd, she'd`);
export const THIRD_PERSON_PLURAL = wordSet(`they, them, their, theirs, themselves, they're, theyre, they've, theyve,
  they'll, theyll, they'd, em, 'em`);
/** Words that point back at a group just named ("those people", "their kind", "that lot"). */
export const GROUP_ANAPHORS = wordSet(`they, them, their, they're, theyre, they've, they'll, they'd, em, these, those,
  lot, kind, sort, type, types, ilk, people`);

export const NEGATORS = wordSet(`not, no, never, nobody, noone, nothing, none, nor, neither, without, hardly, barely,
  scarcely, cannot, can't, cant, don't, dont, doesn't, doesnt, didn't, didnt, isn't, isnt, aren't, arent, wasn't,
  wasnt, weren't, werent, won't, wont, wouldn't, wouldnt, shouldn't, shouldnt, couldn't, couldnt, mustn't, mustnt,
  haven't, havent, hasn't, hasnt, hadn't, hadnt, ain't, aint, needn't`);
/** Negators that do not deny what follows ("not only", "no wonder", "nothing but", "can't wait"). */
export const NEGATION_BREAKERS = wordSet(`only, just, wonder, doubt, but, wait, help, stop, believe`);
/**
 * Transferred negation (Quirk et al. 1985, 10.64; Horn 1989, "neg-raising"): a negated verb of opinion or
 * saying denies the clause it introduces, so "I don't think X are dangerous" says X are not, and "it's not true
 * that…" denies what follows. The verbs, and the negators that transfer ("can't believe" is surprise, not denial).
 */
export const NEG_RAISING = wordSet(`think, thinks, thought, reckon, reckons, believe, believes, suppose, say, says,
  saying, claim, claims, claiming, agree, agrees, accept, accepts, feel, feels, true`);
export const TRANSFERRING_NEGATORS = wordSet(`not, never, don't, dont, doesn't, doesnt, didn't, didnt, isn't, isnt,
  wasn't, wasnt, won't, wont, wouldn't, wouldnt, ain't, aint`);

export const DETERMINERS = wordSet(`the, a, an, this, that, these, those, all, every, each, some, any, many, most, few,
  several, such, what, which, whose, my, your, his, her, its, our, their, ur, no, both, either, half, certain, other`);
export const COPULAS =
  wordSet(`is, are, was, were, be, been, being, am, 's, 're, 'm, r, seem, seems, seemed, look, looks,
  looked, sound, sounds, become, becomes, became, remain, remains, get, gets, got, getting, act, acts`);
/** Words that may sit between a subject and what is said of it without changing who is meant. */
/**
 * Words that may stand between a person and the name they are given ("he's been a complete tool",
 * "they are all cheats", "Dr X acting like a clown"): copulas and their auxiliaries, with LINK_FILLERS.
 */
export const NAMING_LINKS =
  wordSet(`is, are, was, were, be, been, being, am, 's, 're, has, have, had, acting, act, acts,
  behaving, looks, look, looked, sounds, sound, seems, seem, seemed, became, become, becomes, proper, right, real,
  bit, such`);
export const LINK_FILLERS = wordSet(`all, just, really, truly, basically, literally, simply, clearly, obviously, always,
  generally, mostly, usually, often, too, very, so, such, a, an, the, nothing, but, more, than, like, complete,
  completely, absolute, absolutely, total, totally, utter, utterly, bloody, fucking, fuckin, effing, damn, dirty,
  filthy, little, bunch, of, pack, load, lot, herd, horde, plague, frankly, honestly, genuinely, seriously, actually,
  still, also, now, every, single, one, them, these, those, being, kind, sort, nowt, nought`);

export const MODAL_VERBS = wordSet(`should, shall, must, ought, need, needs, have, has, got, gotta, deserve, deserves,
  will, would, could, can, may, might, wanna`);
export const AUXILIARIES = wordSet(`do, does, did, is, are, was, were, am, have, has, had, will, would, shall, should,
  can, could, may, might, must`);
export const WH_WORDS = wordSet(`why, what, who, whom, whose, how, when, where, which`);
export const RELATIVE_PRONOUNS = wordSet(`who, that, which, whom, whose`);

/** Conjunctions that start a new clause (the words before and after say separate things). */
export const CLAUSE_CONJUNCTIONS = wordSet(`but, because, cos, coz, cause, although, though, whereas, while, whilst,
  yet, unless, so, however, otherwise`);
/** Conjunctions that start a condition. */
export const CONDITIONALS = wordSet(`if, unless, otherwise, until, till, til`);

/**
 * Nouns for a person by what they do wrong ("a pathetic bully", "a lying thief"): an adjective before one
 * describes the person, not a thing. Source: common English agent nouns of misconduct (Oxford Thesaurus of
 * English, "wrongdoer").
 */
export const MISCONDUCT_NOUNS =
  wordSet(`bully, bullies, thief, thieves, liar, liars, cheat, cheats, crook, crooks, fraud,
  frauds, fraudster, fraudsters, hypocrite, hypocrites, coward, cowards, troll, trolls, bigot, bigots, grifter, grifters,
  creep, creeps, snob, snobs, racist, racists, abuser, abusers, predator, predators, villain, villains`);

/** Describing words that stack before a noun ("a pathetic little thief"): the noun after them is what is described. */
export const STACKED_ADJECTIVES = wordSet(
  `little, old, young, big, fat, sad, silly, lying, nasty, greedy, lazy, selfish, miserable, dirty, smug, arrogant, stupid, useless, pathetic, bitter`,
);

/**
 * Nouns for people that make a group of an adjective before them ("Polish patients", "gay men", "older staff").
 * Not "ones": it points back to a noun already said, most often a thing ("kill off the old ones").
 */
export const PERSON_NOUNS = wordSet(`people, persons, person, men, man, women, woman, folk, folks, guys, guy, lads, lad,
  girls, girl, boys, boy, kids, kid, children, child, families, family, parents, mothers, mums, moms, fathers, dads,
  doctors, doctor, docs, gps, gp, nurses, nurse, medics, medic, consultants, consultant, surgeons, surgeon, registrars, registrar, trainees,
  trainee, juniors, students, student, colleagues, colleague, staff, workers, worker, employees, applicants, candidates,
  patients, patient, pts, pt, residents, citizens, neighbours, neighbour, community, communities, population, youths,
  youth, individuals, individual, lot, receptionists, receptionist, locums, locum, partner, manager, midwife, midwives, pharmacist, pharmacists, partners, managers, drivers, teachers, mps,
  politicians, voters, immigrants, migrants, refugees, grads, graduates, imgs, img, couples, couple, teens, teenagers,
  adults, elders, pensioners, members, member, friends, friend, mates, types, sorts, kind, bloke, blokes, lady, ladies,
  gentlemen, gents, community, communities, practitioners, clinicians, professionals, parents, carers, supporters,
  supporter, councillors, councillor, campaigners, activists, fans, cleaner, carer, builder, driver, plumber, porter,
  hca, paramedic, dentist, optician, physio, physiotherapist, therapist, teacher, lawyer, solicitor, barrister,
  officer, soldier, cabbie, shopkeeper, waiter, waitress, landlord, tenant, lecturer, scientist, engineer,
  accountant, footballer, journalist, reporter, presenter, actor, actress, boss, intern, apprentice, secretary`);

/** Verbs that report what someone else said or wrote (the words after them are theirs, not the author's). */
export const REPORTING_VERBS = wordSet(`said, says, say, saying, told, tells, tell, telling, wrote, writes, writing,
  written, posted, posts, tweeted, tweets, commented, comments, shouted, shouting, screamed, yelled, called, calls,
  calling, branded, labelled, labeled, dubbed, claimed, claims, claiming, claim, suggested, suggests, implied,
  implying, insisted, argued, argues, asked, asks, chanted, chanting, messaged, texted, emailed, replied, replies,
  heard, overheard, accused, accusing, threatened, muttered, sneered, joked, quipped, announced, declared, insinuated,
  saying, read, reads, spouting, spouted, spewing, spewed, sent, left, received, got`);

/** Words that mark a joke (which lowers confidence but never clears a threat). */
export const JOKE_WORDS = wordSet(`lol, lolz, lmao, lmfao, rofl, haha, hahaha, hahahaha, hehe, jk, jks, banter, bants,
  kidding, joking, pmsl`);

/** Pronouns and determiners that point at one person. */
export const PERSON_POINTERS = wordSet(`he, she, him, her, his, himself, herself`);

/** Buildings and places where people live, work or gather: violence against one reaches the people in it. */
export const PEOPLE_PLACES =
  wordSet(`hotel, hotels, house, houses, home, homes, building, buildings, camp, camps, hostel,
  hostels, flat, flats, estate, shop, shops, office, offices, school, schools, surgery, clinic, centre, center, boat,
  boats, van, car, cars, hq, headquarters, place, parliament, embassy, restaurant, pub, bar, club, street, streets`);

/** Words that intensify a label before it ("absolute numpty", "bloody idiot", "bunch of muppets"): part of the insult. */
export const INTENSIFIERS = wordSet(`absolute, total, complete, utter, proper,
  right, bloody, fucking, fuckin, effing, flipping, flaming, bleeding, sodding, frigging, freaking, damn, damned,
  blithering, bumbling, massive, real, such, bunch, load, pack, shower, of, an, a, pathetic, useless, stupid, clueless,
  incompetent, spineless, lazy, fat, ugly, little, jumped, up, smug, arrogant`);

/** Function words: after an adjective, these mean it is said of what came before ("lazy, and rude"), not of a noun after it. */
export const FUNCTION_WORDS =
  wordSet(`and, or, but, to, about, at, in, on, with, of, as, for, from, by, than, that, this, if,
  when, because, so, too, very, really, and, the, a, an, is, are, was, were, be, it, its, i, you, he, she, we, they, me,
  him, her, us, them, my, your, his, our, their, lol, haha, tbh, though, again, today, now, then, all, every, anyway,
  honestly, mate, x`);

/** Harms that make a blaming sentence a put-down ("…are the reason we wait three weeks"), not praise. */
export const BLAME_HARMS =
  wordSet(`drowning, drown, drowned, wait, waits, waiting, queue, queues, queuing, crisis, crises, shortage,
  shortages, overwhelmed, struggling, struggle, broken, collapse, collapsing, pressure, pressures, costs, cost, debt,
  chaos, mess, worse, suffer, suffering, sinking, bankrupt, burnout, burnt, stretched, strain, problems, problem, crime,
  short, overrun, full, lost, lose, losing, ruined, ruin, ruining, delays, delay, backlog`);

/** Adjectives that may stand between a verb and the person it is done to ("give the new registrar…"). */
export const OBJECT_MODIFIERS = wordSet(`new, current, latest, next, other, same, own, local, whole`);
/** Determiners that make a noun stand for every member of a group ("every nurse", "your typical locum"). */
export const GENERALISERS = wordSet(`every, each, any, no, typical, all`);
/** Subjects that are someone other than the author ("whoever stabbed…", "someone attacked…"). */
export const THIRD_PARTIES = wordSet(`whoever, someone, somebody, anyone, people, everyone, nobody, they, guy, man,
  woman, lad, bloke, attacker, attackers, gunman, shooter, killer`);
/** People at large as a subject ("people blame…", "everyone assumes…", "the media love…"). */
export const PEOPLE_AT_LARGE = wordSet(`people, everyone, everybody, nobody, folk, folks, society, media, press`);
/** Verbs of a routine that give away where someone can be found ("she parks behind…", "he drinks at…"). */
export const WHEREABOUTS_VERBS = wordSet(`live, lives, park, parks, work, works, sleep, sleeps, drink, drinks, stay,
  stays, go, goes, walks, jogs, runs, drops`);
/** Forms of "be", contracted or not: after one, a participle is an adjective ("you're done" is not "you're doing"). */
export const BE_FORMS =
  wordSet(`is, are, am, was, were, be, been, being, i'm, im, you're, youre, we're, they're, theyre,
  he's, hes, she's, shes, it's, its, that's, thats, who's, there's, isn't, isnt, aren't, arent, wasn't, wasnt`);
/** Words that make a statement about every member of a group ("they all…", "typical…", "always the…"). */
export const SWEEPING = wordSet(`all, every, typical, typically, always, never, none, each, whole, invariably, usual`);
/**
 * Words that limit a statement to some of a group or some of the time (Quirk et al. 1985, 8.99-8.105, hedges and
 * frequency adjuncts): "some women", "Muslim patients often…", "can't always". A hedged statement describes
 * members of a group, not the group as a whole.
 */
export const HEDGES = wordSet(`some, many, several, few, certain, often, sometimes, occasionally, usually, generally,
  tend, tends, may, might, likely, lots, plenty`);
/** Sweeping words that a negator before them turns into hedges ("can't always", "not all"). */
export const NEGATABLE_SWEEPS = wordSet(`all, always, every, everyone`);

/**
 * What follows "if you" in an offer rather than an ultimatum ("if you feel unsafe I'll call the police",
 * "if you'd like I can write to your employer"): the other person's need or wish, not their conduct.
 */
export const OFFER_CONDITIONS = wordSet(`feel, feeling, need, needed, want, wanted, like, prefer, wish, worried,
  unsure, concerned, struggling, unsafe, scared, frightened, ok, okay, happy, agree, consent, think, decide, rather`);

/**
 * Nouns of a moment, an act or a thing: a label right before one describes it, not a person
 * ("numpty move", "heartsink moment", "frequent flyer account", "muppet o'clock").
 */
export const THING_HEADS = wordSet(`move, moves, moment, moments, mistake, mistakes, error, errors, question,
  questions, idea, ideas, thing, things, behaviour, logic, tax, alert, hour, mode, account, miles, points, status,
  card, scheme, club, day, days, week, morning, afternoon, evening, feeling, vibes, energy, award, badge, inbox,
  calendar, emails, email, o'clock, oclock, level, levels, territory, season, energy, programme`);

/**
 * Words that open the consequence of a condition ("…and you'll", "…or I will", "…your car's going", "…there
 * won't be"): future and modal forms. Source: the English conditional (Quirk et al. 1985, §15.33-36).
 */
export const CONSEQUENCE_HEADS = wordSet(`i'll, you'll, youll, we'll, they'll, theyll, he'll, she'll, it'll, itll,
  there'll, who'll, will, won't, wont, shall, gonna, going, you're, youre, i'm, im`);
/** Words that make a demand a warning about doing something again ("touch it again and…", "carry on and…"). */
export const REPEAT_WORDS = wordSet(`again, more, anymore, carry, keep, keeps, continue, continues, still`);

/** Words that date what a sentence tells in the past ("yesterday", "two years ago", "last week"); a year counts too. */
export const PAST_TIME_WORDS = wordSet('yesterday, ago, last, earlier, previously');

/** Words before a group that count or pick out some of it ("two Romanians", "a few lads"): not the whole group. */
export const GROUP_COUNTERS =
  wordSet(`a, an, one, two, three, four, five, six, seven, eight, nine, ten, several, some, few,
  many, couple, pair, dozen, certain`);
/** Prepositions before a group that make it an object, not the subject ("crimes against Muslims", "for migrants"). */
export const SUBJECT_BLOCKERS =
  wordSet(`of, for, against, towards, toward, about, to, with, by, from, on, at, into, onto,
  among, amongst, between, like, unlike, than`);
/** Words just before a charge that make the group its victim or its topic ("victims of crime", "fear of"). */
export const VICTIM_MARKERS = wordSet(`victim, victims, against, from, fear, fears, afraid, targeted, target, targets,
  suffer, suffered, face, faced`);
