import { defineLexicon, type LexiconEntry, many } from '../text/lexicon.js';

/**
 * Data for content.hate-incitement.
 *
 * The default export is the shared lexicon: only phrases that are calls to violence or
 * dehumanisation whatever surrounds them ("kill them all", "ethnic cleansing"). Its hits count as
 * hostility in thread heat, so it holds nothing ambiguous.
 *
 * The named exports are ambiguous alone ("shoot", "attack", "hero", "parasites", "let's") and are
 * matched privately by the rule, which needs them to meet a human target, a call to act, or an
 * attack in the same sentence.
 */

const CPS = 'Crown Prosecution Service, Hate crime and Public Order Act 1986 Part 3 / 3A (stirring up hatred)';
const TA = 'Terrorism Act 2006 s.1 (encouragement, including glorification, of terrorism)';
const DEHUM = 'Dehumanising language, as described in research on hate speech (e.g. Röttger et al. 2021 taxonomy; Vidgen et al.)';
const ED = 'Pause editorial';

export default defineLexicon({
  id: 'hate',
  description: 'Incitement to hatred, violence or terrorism; glorifying attacks.',
  entries: [
    ...many(['kill them all', 'kill all', 'kill every', 'kill the lot', 'gas them', 'gas them all', 'gas the', 'hang them',
      'hang them all', 'string them up', 'string em up', 'shoot them all', 'shoot the lot', 'shoot them', 'burn them all',
      'burn them', 'bomb them', 'nuke them', 'death to', 'lined up and shot', 'line them up and shoot', 'lined up against a wall',
      'put them against a wall', 'up against the wall', 'ethnic cleansing', 'final solution', 'race war', 'wipe them out',
      'wipe them all out', 'should all die', 'should all be killed', 'should all be shot', 'should all be gassed',
      'should all be hanged', 'deserve to die', 'deserves to die', 'need to die', 'needs to die', 'hope they all die',
      'hope they die', 'better off dead', 'exterminate them', 'eradicate them', 'round them up', 'round them all up', 'round em up', 'round em all up', 'rounded up and',
      'sink the boats', 'sink their boats', 'burn down the mosque', 'burn the mosque', 'burn down the synagogue',
      'torch the mosque', 'bomb the mosque', 'bomb the synagogue', 'run them out of town', 'drive them out', 'burn them out',
      'smoke them out', 'hunt them down', 'clear them out', 'kick their heads in', 'teach them a lesson',
      'taught them a lesson', 'by any means necessary', 'bring something heavy',
      'tool up', 'tooled up', 'bring weapons', 'bring a bat', 'bring bats', 'take matters into our own hands',
      'take it into our own hands', 'make their lives hell', 'find out where they live', 'we know where you live',
      'let\'s all go round', 'lets all go round', 'go round there', 'pay them a visit'],
    ['incite'], CPS, 'A call to violence, expulsion or harassment, or a wish for a group\'s death.'),
    ...many(['subhuman', 'subhumans', 'sub human', 'sub humans', 'untermensch', 'cockroaches', 'infestation of', 'infested with',
      'breed like rabbits', 'breeding like rabbits', 'breed like rats', 'like rats', 'like cockroaches', 'like vermin',
      'like animals', 'like a plague', 'plague of', 'swarm of', 'swarms of', 'hordes of'],
    ['dehumanise'], DEHUM, 'Likens people to vermin, pests or disease: the step that makes violence against them seem acceptable.'),
  ],
});

/** Nouns that dehumanise when said of people; each has an innocent use (pests, clinical parasites). */
export const DEHUMANISING_NOUNS: LexiconEntry[] = many(
  ['vermin', 'cockroaches', 'roaches', 'rats', 'animals', 'parasites', 'leeches', 'savages', 'subhuman', 'subhumans',
    'sub human', 'plague', 'a plague', 'a disease', 'a cancer', 'an infestation', 'infestation', 'swarm', 'filth', 'scum',
    'apes', 'monkeys', 'beasts', 'mongrels', 'lice', 'maggots', 'germs', 'pests', 'a virus', 'invaders', 'an invasion',
    'invasion', 'barbarians', 'insects', 'cattle', 'dogs', 'swine', 'rodents', 'locusts', 'bacteria'],
  ['dehumanise-noun'], DEHUM, 'Dehumanising when said of a group of people ("X are vermin"); innocent of pests, microbes and animals.');

/** Violent acts. Tags: "human" = only ever done to people (passive use implies people); "place" = done to buildings. */
export const VIOLENCE_ENTRIES: LexiconEntry[] = [
  ...many(['shot', 'gassed', 'hanged', 'lynched', 'deported', 'exterminated', 'executed', 'beheaded', 'slaughtered', 'massacred',
    'butchered', 'murdered', 'strung up', 'lined up', 'rounded up', 'gunned down', 'wiped out', 'stabbed', 'beaten', 'beaten up',
    'battered', 'killed', 'put down', 'sterilised', 'castrated', 'burned', 'burnt', 'drowned', 'tortured', 'whipped',
    'flogged', 'stoned', 'culled', 'eliminated', 'purged', 'run over', 'burned alive', 'burnt alive'],
  ['violence', 'passive'], CPS, 'A violent act in the passive ("should be shot"); said of people it is a call to violence.'),
  ...many(['kill', 'shoot', 'gas', 'hang', 'lynch', 'deport', 'exterminate', 'execute', 'behead', 'slaughter', 'massacre',
    'murder', 'stab', 'beat up', 'batter', 'punch', 'attack', 'assault', 'hurt', 'harm', 'string up', 'round up', 'wipe out',
    'eradicate', 'eliminate', 'cull', 'purge', 'drown', 'run over', 'knife', 'glass', 'kneecap', 'kick in', 'get rid of',
    'deal with', 'sort out', 'cleanse'],
  ['violence', 'active', 'human'], CPS, 'A violent act done to someone; a call when said with "someone should", "let\'s" or as a command.'),
  ...many(['torch', 'burn down', 'burn', 'firebomb', 'petrol bomb', 'bomb', 'blow up', 'smash up', 'set fire to', 'set alight',
    'attack', 'storm', 'raid', 'trash'],
  ['violence', 'active', 'place'], CPS, 'An attack on a building or gathering ("torch that hotel", "burn down the mosque").'),
  ...many(['torched', 'burned down', 'burnt down', 'firebombed', 'petrol bombed', 'blew up'],
    ['violence', 'place', 'past'], CPS, 'A past-tense attack on a building: a call only after a wish ("time someone torched that mosque"); otherwise news.'),
];

/** Calls to act: the author urges someone to do something. */
export const CALL_ENTRIES: LexiconEntry[] = many(
  ['someone should', 'somebody should', 'someone needs to', 'somebody needs to', 'someone ought to', 'someone must',
    'someone has to', 'someone wants to', 'somebody ought to', 'we should', 'we need to', 'we must', 'we have to', 'we ought to',
    'we will', "we'll", "let's", 'lets', 'let us', 'time to', "it's time", 'time we', 'time someone', 'about time someone',
    'i hope someone', 'hope someone', 'i wish someone', 'wish someone would', 'why doesn\'t someone', 'why does nobody',
    'should', 'should all', 'should be', 'should all be', 'should just', 'need to be', 'needs to be', 'ought to be',
    'must be', 'deserve to be', 'deserves to be', 'want them', 'get them', 'go and', 'go out and', 'everyone should',
    'people should', 'you should', 'go round and', 'round and', 'gonna', 'going to',
    'wanna'],
  ['call'], ED, 'Words that urge or announce an act; with a violent verb and a human target they make a call to violence.');

/** Mobilising calls: harmless alone ("fight back against the cuts"), incitement beside hostility to a group. */
export const MOBILISE_ENTRIES: LexiconEntry[] = many(
  ['take to the streets', 'took to the streets', 'taking to the streets', 'fight back', 'rise up', 'stand up and fight',
    'wake up', 'what they deserve', 'what they deserved', 'what they have coming', 'what\'s coming to them',
    'by any means', 'by force', 'we\'ll do it', 'do it ourselves', 'if the government won\'t', 'if the police won\'t',
    'if nobody else will', 'clear them out', 'drive them out', 'run them out', 'get them out', 'kick them out', 'send them back',
    'before it\'s too late', 'save our', 'protect our women', 'protect our children', 'defend our'],
  ['mobilise'], ED, 'A mobilising phrase; incitement only beside a demeaning statement about a group.');

/** Praise that glorifies when aimed at an attack or attacker. */
export const PRAISE_ENTRIES: LexiconEntry[] = many(
  ['hero', 'heroes', 'heroic', 'martyr', 'martyrs', 'legend', 'legends', 'respect to', 'respect for', 'full respect',
    'well done', 'fair play', 'good on', 'good for him', 'good for them', 'deserves a medal', 'deserve a medal', 'give him a medal',
    'give them a medal', 'courage', 'courageous', 'brave', 'bravery', 'champion', 'salute', 'i salute', 'proud of', 'inspiring',
    'inspiration', 'justified', 'was justified', 'were justified', 'is justified', 'got what they deserved',
    'got exactly what they deserved', 'got what he deserved', 'got what she deserved', 'got what was coming',
    'had it coming', 'deserved it', 'hope there are more', 'hope there\'s more', 'more of this', 'more of that',
    'more people like', 'need more people', 'more like him', 'do it again', 'more to come', 'about time someone did',
    'finally someone did', 'someone finally did', 'nobody will miss', 'no loss', 'good riddance', 'serves them right',
    'did the world a favour', 'done the world a favour', 'doing the world a favour', 'did us all a favour', 'done us all a favour',
    'did everyone a favour', 'a public service',
    'serves him right', 'couldn\'t happen to', 'made my day'],
  ['praise'], TA, 'Praise, approval or a wish for more: glorification when it is about an attack.');

/** Attacks and attackers (a medical "heart attack" is screened out by the rule). */
export const ATTACK_ENTRIES: LexiconEntry[] = many(
  ['attack', 'attacks', 'attacked', 'attacker', 'attackers', 'attacking', 'bombing', 'bombings', 'bomber', 'bombers', 'bombed',
    'shooting', 'shootings', 'shooter', 'gunman', 'gunmen', 'stabbing', 'stabbings', 'stabbed', 'massacre', 'terror attack',
    'terrorist attack', 'terrorist', 'terrorists', 'punched', 'assault', 'assaulted', 'assaulting', 'beat up', 'beaten up',
    'rampage', 'killings', 'killed', 'murdered', 'murders', 'arson', 'arson attack', 'riot', 'riots', 'rioters', 'rioting',
    'beheading', 'blew himself up', 'ran them over', 'ploughed into', 'set fire to', 'firebombed', 'torched', 'shot dead',
    'who punched', 'who attacked', 'who shot', 'who stabbed', 'who killed', 'who bombed', 'glassed'],
  ['attack'], TA, 'An attack or its perpetrator.');

/** Words before "attack" that make it medical, not violent. */
export const MEDICAL_ATTACK: ReadonlySet<string> = new Set([
  'heart', 'asthma', 'panic', 'anxiety', 'migraine', 'gout', 'angina', 'sickle', 'ischaemic', 'transient', 'tia', 'hypo',
  'acute', 'vasovagal', 'allergic', 'porphyria', 'hay', 'fever', 'cardiac', 'epileptic', 'seizure', 'colic', 'immune',
  'autoimmune', 'cyber', 'ransomware', 'phishing', 'drone',
]);

/** Human targets (beyond protected groups): pronouns, generic people, roles. */
export const HUMAN_TARGETS: ReadonlySet<string> = new Set([
  'them', 'they', 'him', 'her', 'he', 'she', 'everyone', 'everybody', 'people', 'person', 'lot', 'all', 'those', 'these',
  'anyone', 'whoever', 'men', 'women', 'kids', 'children', 'managers', 'politicians', 'mps', 'tories', 'labour', 'lefties',
  'leftists', 'liberals', 'remoaners', 'protesters', 'protestors', 'activists', 'journalists', 'reporters', 'doctors', 'nurses',
  'gps', 'consultants', 'landlords', 'bankers', 'councillors', 'police', 'coppers', 'cops', 'antivaxxers', 'anti', 'vaxxers',
  'vaxers', 'paedos', 'paedophiles', 'nonces', 'scum', 'traitors', 'bastards', 'idiots', 'morons', 'you', 'u', 'ya', 'guy',
  'bloke', 'lad', 'woman', 'man', 'family', 'families', 'members', 'staff', 'patients', 'protesters', 'crowd', 'mob',
  'boats', 'hotel', 'hotels', 'house', 'houses', 'home', 'homes', 'mosque', 'mosques', 'synagogue', 'synagogues', 'church',
  'churches', 'temple', 'gurdwara', 'camp', 'camps', 'centre', 'clinic', 'surgery', 'office', 'offices', 'building', 'shop',
  'shops', 'school', 'flat', 'flats', 'estate', 'van', 'car', 'parliament', 'headquarters', 'hq', 'lot',
]);

/** Words after "vermin", "parasites"... that show pests or microbes are meant ("vermin control"). */
export const PEST_CONTEXT: ReadonlySet<string> = new Set([
  'control', 'controller', 'infestation', 'treatment', 'in', 'such', 'like', 'cause', 'causing', 'live', 'that', 'which',
  'found', 'spread', 'carry', 'carrying', 'and', 'or', 'test', 'tests', 'medication', 'medicine', 'tablets',
]);

/** Words that put an attack in news, grief or condemnation, not praise. */
export const CONDEMN_ATTACK: ReadonlySet<string> = new Set([
  'horrific', 'horrifying', 'tragic', 'tragedy', 'sickening', 'appalling', 'shocking', 'heartbreaking', 'condolences',
  'thoughts', 'prayers', 'victims', 'victim', 'survivors', 'injured', 'condemn', 'condemns', 'condemned', 'senseless',
  'cowardly', 'bystander', 'bystanders', 'paramedics', 'firefighters', 'responders', 'police', 'officers', 'staff', 'nurses',
  'tackled', 'saved', 'helped', 'rescued', 'treated', 'rip', 'mourn', 'mourning', 'vigil', 'solidarity', 'nhs', 'team',
]);
