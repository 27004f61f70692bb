import { defineLexicon, type LexiconEntry, many } from '../text/lexicon.js';
import { RARE_CONDITIONS } from './rare-conditions.js';

/**
 * Quasi-identifiers: details that do not name anyone on their own but, put together, can single a
 * patient out to people who know them (the k-anonymity idea: each detail shrinks the crowd the patient
 * hides in). The indirect-identification rule counts the kinds found near a patient reference.
 *
 * Tags (the first tag is the kind):
 *   occupation      a job or role ("teacher", "farmer", "lollipop lady"); weight is how few people hold it
 *                   locally: 1 ordinary, 1.5 a role a place has one or two of (the vicar, the head teacher),
 *                   2 a public figure. A second tag says how the rewrite generalises it: `professional`
 *                   or `worker`. `staff` marks health and care roles, usually a colleague, counted only when
 *                   the wording makes them the patient.
 *   rare-condition  a rare or locally conspicuous condition (data/rare-conditions.ts)
 *   event           an unusual event or circumstance that people locally will have heard about
 *                   ("widowed", "twins", "fell off a horse", "collapsed at the carnival")
 *   unique          wording that says the patient is the only one ("our only patient with…")
 *   locality        an unnamed but small setting ("the village", "our small town", "the estate")
 *   time            the time of the encounter ("this morning", "last Tuesday"): with other details it
 *                   tells those who were there who it was
 *   age-band        an age without a number ("elderly", "toddler", "teenager")
 *   sex             a word giving the person's sex ("woman", "boy", "mum")
 */

const ONS_SOC = 'ONS Standard Occupational Classification 2020 (SOC 2020), unit group titles';
const LOCAL = 'Pause editorial: roles a town or village has one or two of, so the role names the person (common UK usage)';
const PUBLIC = 'Pause editorial: public roles whose holders are known by name (common UK usage)';
const ICO = 'ICO, "Anonymisation: managing data protection risk" code of practice (2012) and its 2021-22 draft guidance: rare events and small groups as re-identification risks';
const GMC = 'GMC, "Confidentiality: good practice in handling patient information" (2017), on information that could identify a patient when combined';
const USAGE = 'Common UK usage';

/** Each occupation and its possessive ("the vicar's wife"): the relative of a known role is as easy to place. */
function occupations(phrases: readonly string[], tags: readonly string[], source: string, note: string, weight: number): LexiconEntry[] {
  return [
    ...many(phrases.flatMap((p) => [p, `${p}'s`]), ['occupation', ...tags], source, note, weight),
    ...many(phrases.map(plural), ['occupation', ...tags, 'plural'], source, note, weight),
  ];
}

/** "dentist" → "dentists", "policeman" → "policemen", "lollipop lady" → "lollipop ladies". */
function plural(p: string): string {
  if (/man$/.test(p)) return `${p.slice(0, -3)}men`;
  if (/[^aeiou]y$/.test(p)) return `${p.slice(0, -1)}ies`;
  if (/(?:s|sh|ch|x)$/.test(p)) return `${p}es`;
  return `${p}s`;
}

/** One entry a phrase (the first listing wins). */
/**
 * The rule scores quasi-identifiers in points (1 ordinary, 1.5 telling, 2 near-unique); lexicon
 * weights are 0..1, so entries store half the points and the rule reads them back with POINTS_PER_WEIGHT.
 */
export const POINTS_PER_WEIGHT = 2;

/** One entry per phrase (the first wins), with its points stored as a 0..1 weight. */
function unique(...lists: LexiconEntry[][]): LexiconEntry[] {
  const byPhrase = new Map<string, LexiconEntry>();
  for (const e of lists.flat()) {
    const key = e.phrase.replace(/-/g, ' ');
    if (!byPhrase.has(key)) byPhrase.set(key, { ...e, weight: (e.weight ?? 1) / POINTS_PER_WEIGHT });
  }
  return [...byPhrase.values()];
}

export default defineLexicon({
  id: 'quasi-identifier',
  description: 'Occupations, rare conditions, unusual events and other quasi-identifiers of a patient.',
  entries: unique(
    // ---- occupations: a role a place has one or two of
    occupations([
      'vicar', 'curate', 'rector', 'parish priest', 'priest', 'rabbi', 'imam', 'minister', 'bishop', 'headteacher', 'head teacher',
      'headmaster', 'headmistress', 'head of the school', 'lollipop lady', 'lollipop man', 'school crossing patrol', 'mayor',
      'lady mayoress', 'mayoress', 'councillor', 'parish councillor', 'postmistress', 'postmaster', 'village postman', 'publican',
      'landlady', 'village shop', 'church warden', 'churchwarden', 'scout leader', 'brownie leader', 'cub leader', 'school caretaker',
      'dinner lady', 'village butcher', 'local butcher', 'local vicar', 'local shopkeeper', 'local farmer', 'local mp',
    ], ['professional'], LOCAL, 'A role one or two people hold in a town or village: it names the person to locals.', 1.5),
    // ---- public figures
    occupations([
      'mp', 'member of parliament', 'footballer', 'premier league footballer', 'professional footballer', 'premier league',
      'championship footballer', 'rugby player', 'international rugby player', 'cricketer', 'county cricketer', 'jockey', 'olympian',
      'paralympian', 'athlete', 'celebrity', 'local celebrity', 'tv presenter', 'presenter', 'newsreader', 'actor', 'actress',
      'soap star', 'singer', 'pop star', 'musician', 'influencer', 'youtuber', 'author', 'novelist', 'journalist', 'reporter',
      'judge', 'magistrate', 'chief constable', 'police chief', 'chief executive', 'ceo', 'business owner', 'local businessman',
      'local businesswoman', 'millionaire', 'lottery winner',
    ], ['professional'], PUBLIC, 'A public role: a few words of detail are enough for a reader to put a name to the patient.', 2),
    // ---- ordinary occupations
    occupations([
      'teacher', 'primary school teacher', 'secondary school teacher', 'maths teacher', 'pe teacher', 'music teacher',
      'teaching assistant', 'lecturer', 'professor', 'solicitor', 'barrister', 'lawyer', 'accountant', 'architect', 'engineer',
      'vet', 'dentist', 'optician', 'police officer', 'policeman', 'policewoman', 'detective', 'firefighter', 'fireman',
      'soldier', 'army officer', 'sailor', 'pilot', 'airline pilot', 'air steward', 'air stewardess', 'flight attendant',
      'social worker', 'civil servant', 'librarian', 'banker', 'estate agent', 'surveyor', 'scientist', 'student', 'pupil',
      'sixth former', 'apprentice', 'chef', 'restaurant owner', 'shopkeeper', 'shop owner', 'hairdresser', 'barber', 'beautician',
      'florist', 'butcher', 'baker', 'fishmonger', 'grocer', 'farmer', 'dairy farmer', 'sheep farmer', 'farm worker', 'farmhand',
      'shepherd', 'gamekeeper', 'gardener', 'groundsman', 'fisherman', 'trawlerman', 'miner', 'builder', 'bricklayer', 'plumber',
      'electrician', 'joiner', 'carpenter', 'roofer', 'painter and decorator', 'decorator', 'mechanic', 'taxi driver', 'cabbie',
      'bus driver', 'lorry driver', 'hgv driver', 'delivery driver', 'train driver', 'postman', 'postwoman', 'postie', 'milkman',
      'binman', 'refuse collector', 'cleaner', 'caretaker', 'security guard', 'bouncer', 'barman', 'barmaid', 'bartender', 'waiter',
      'waitress', 'factory worker', 'warehouse worker', 'labourer', 'scaffolder', 'lifeguard', 'swimming instructor',
      'personal trainer', 'fitness instructor', 'dance teacher', 'driving instructor', 'nanny', 'childminder', 'au pair',
      'carer', 'care worker', 'care assistant', 'support worker', 'prison officer', 'traffic warden', 'dog walker', 'window cleaner',
    ], ['professional'], ONS_SOC, 'An occupation: with an age and a place it narrows the field to very few people.', 1),
    // ---- health and care staff: usually a colleague; the rule counts these only when they are the patient
    occupations([
      'nurse', 'ward nurse', 'staff nurse', 'midwife', 'paramedic', 'health visitor', 'district nurse', 'school nurse',
      'receptionist', 'doctor', 'junior doctor', 'gp', 'consultant', 'surgeon', 'pharmacist', 'physio', 'physiotherapist',
      'healthcare assistant', 'hca', 'porter', 'radiographer', 'ambulance driver', 'nursing student', 'medical student',
    ], ['professional', 'staff'], ONS_SOC, 'A health or care role: identifying when it is the patient\'s own job, since colleagues will know who it is.', 1),
    // ---- rare and conspicuous conditions
    RARE_CONDITIONS.map((c) => ({ phrase: c.phrase, tags: ['rare-condition'], weight: c.weight ?? 1, source: c.source, note: c.note })),
    many([
      'rare condition', 'rare disease', 'rare disorder', 'rare syndrome', 'rare cancer', 'rare tumour', 'rare form of', 'rare genetic',
      'one in a million', 'orphan disease',
    ], ['rare-condition'], USAGE, 'Says outright that the condition is rare: few people will share it.', 1),
    // ---- unusual events
    many([
      'widowed', 'recently widowed', 'was widowed', 'newly widowed', 'lost her husband', 'lost his wife', 'lost his husband',
      'lost her wife', 'lost their son', 'lost their daughter', 'lost her son', 'lost his son', 'lost her baby',
      'twins', 'twin', 'twin brother', 'twin sister', 'twin brothers', 'twin sisters', 'triplets', 'quads', 'quadruplets', 'conjoined',
      'delivered a baby', 'delivered the baby', 'gave birth in', 'gave birth at', 'gave birth on', 'born in the car', 'born in the car park',
      'born in an ambulance', 'born at home', 'born on the', 'fell off a horse', 'fell off her horse', 'fell off his horse',
      'fell from a horse', 'thrown from a horse', 'fell off a ladder', 'fell from a ladder', 'fell off a roof', 'fell from a roof',
      'fell off the roof', 'fell off his bike', 'fell off her bike', 'fell down the stairs', 'collapsed at', 'collapsed on the',
      'collapsed during', 'crashed his car', 'crashed her car', 'crashed their car', 'crashed into', 'car crash', 'car accident',
      'motorbike accident', 'road traffic accident', 'hit by a car', 'hit by a bus', 'hit by a train', 'hit by a lorry',
      'knocked down', 'knocked off', 'house fire', 'caught in a fire', 'stabbed', 'stabbing', 'was shot', 'shooting', 'assaulted',
      'attacked by a dog', 'dog attack', 'bitten by a dog', 'struck by lightning', 'drowned', 'nearly drowned', 'near drowning',
      'found dead', 'found collapsed', 'died suddenly', 'sudden death', 'took his own life', 'took her own life', 'arrested',
      'in prison', 'released from prison', 'in court', 'court case', 'in the papers', 'in the local paper', 'on the news',
      'made the news', 'won the lottery', 'lottery win', 'county show', 'village fete', 'the carnival', 'the marathon',
      'ran the marathon', '100th birthday', 'turned 100', 'centenarian', 'plays for the county', 'county under', 'captain of the',
      'plays hockey for', 'plays football for', 'plays rugby for', 'plays cricket for', 'new arrival to the village',
      'just moved to the village', 'refugee', 'asylum seeker',
    ], ['event'], ICO, 'An unusual event or circumstance: people nearby will have heard about it and know who it was.', 1.5),
    many([
      'died', 'passed away', 'has died', 'sadly died', 'pregnant', 'expecting',
    ], ['event'], GMC, 'A death or a pregnancy: news in a small community, so it helps single the patient out.', 1),
    // ---- the only one
    many([
      'our only patient', "practice's only patient", 'only patient with', 'the only patient', 'only case', 'first case', 'only person',
      "town's only", "village's only", 'the only one in', 'only child in', 'oldest patient', 'youngest patient', 'our oldest',
      'first in our town', 'first in the village', 'first baby of the year',
    ], ['unique'], ICO, 'Says the patient is the only one of their kind: that is identification by another name.', 1.5),
    // ---- small unnamed settings
    many([
      'the village', 'our village', 'a village', 'small village', 'tiny village', 'the hamlet', 'a hamlet', 'small town', 'our small town',
      'a small town', 'the island', 'the sixth form', 'the farm', 'the local school', 'the village school', 'the primary school',
      'the secondary school', 'the high school',
    ], ['locality'], ICO, 'A small setting, even unnamed: in a local post everyone knows which village or school it is.', 1),
    many([
      'market town', 'our town', 'the town', 'the estate', 'our estate', 'the school gates', 'the close', 'our street', 'the street',
      'round the corner', 'next door', 'the flats', 'the high street', 'the care home', 'the church',
    ], ['locality'], ICO, 'A setting that narrows things a little: it counts, but does not single anyone out alone.', 0.6),
    // ---- the time of the encounter
    many([
      'today', 'tonight', 'this morning', 'this afternoon', 'this evening', 'yesterday', 'last night', 'this week', 'last week',
      'last month', 'at the weekend', 'over the weekend', 'this weekend', 'last weekend', 'this term', 'earlier today', 'just now',
      'on monday', 'on tuesday', 'on wednesday', 'on thursday', 'on friday', 'on saturday', 'on sunday', 'last monday',
      'last tuesday', 'last wednesday', 'last thursday', 'last friday', 'last saturday', 'last sunday', 'on christmas day',
      'on boxing day', "on new year's eve", "on new year's day", 'bank holiday',
    ], ['time'], GMC, 'When the patient was seen: whoever was in the waiting room, or the ward, can put it together.', 0.5),
    // ---- age without a number
    many([
      'elderly', 'teenage', 'teenager', 'teen', 'toddler', 'baby', 'newborn', 'infant', 'little one',
      'child', 'kid', 'schoolboy', 'schoolgirl', 'pensioner', 'octogenarian', 'nonagenarian', 'middle-aged', 'middle aged',
    ], ['age-band'], USAGE, 'An age band in words: a weaker cue than an exact age.', 0.5),
    // ---- sex
    many([
      'man', 'woman', 'lady', 'gentleman', 'gent', 'chap', 'bloke', 'lad', 'lass', 'boy', 'girl', 'male', 'female', 'mum', 'mother',
      'dad', 'father', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'brothers', 'sisters', 'grandmother', 'grandfather',
      'grandma', 'grandad', 'granny', 'nan', 'widow', 'widower', 'he', 'she', 'his', 'her', 'him', "he's", "she's",
    ], ['sex'], USAGE, 'A word that gives the person\'s sex: halves the field.', 0.3),
  ),
});
