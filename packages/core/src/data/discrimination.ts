import { defineLexicon, type LexiconEntry, many } from '../text/lexicon.js';

/**
 * Data for content.discrimination.
 *
 * The default export is the shared lexicon the analysis matches for every rule: slurs and a few
 * phrases that are demeaning whatever surrounds them. Its hits count as hostility in thread heat,
 * so it holds nothing neutral.
 *
 * The named exports (protected groups, predicates, counter-speech cues) are neutral on their own:
 * "women", "Muslims", "older people" occur in a great many kind and clinical drafts. The rule
 * matches them privately and only reports where a group and a demeaning predicate meet in one
 * sentence.
 *
 * Characteristic tags follow the nine protected characteristics of the Equality Act 2010 s.4:
 * age, disability, gender-reassignment, marriage, pregnancy, race, religion, sex, sexual-orientation.
 */

export type Characteristic =
  | 'age' | 'disability' | 'gender-reassignment' | 'marriage' | 'pregnancy' | 'race' | 'religion' | 'sex' | 'sexual-orientation';

export const CHARACTERISTIC_NAMES: Record<Characteristic, string> = {
  age: 'age',
  disability: 'disability',
  'gender-reassignment': 'gender identity (gender reassignment)',
  marriage: 'marriage or civil partnership',
  pregnancy: 'pregnancy or maternity',
  race: 'race, nationality or ethnic origin',
  religion: 'religion or belief',
  sex: 'sex',
  'sexual-orientation': 'sexual orientation',
};

const OFCOM = "Ofcom 2021 'Public attitudes to offensive language on TV and radio' (discriminatory words)";
const EA = 'Equality Act 2010 s.4 (protected characteristics)';
const UK = 'common UK usage';
const ED = 'Pause editorial';

// Slur guards, as tags:
//   needs-det: the word has an everyday meaning too ("a chink in the armour", "a fag break",
//     "Offa's Dyke", "the strike cripples services"); it counts only after a determiner, "you",
//     a swear word or an insulting adjective, or as the subject of a generalisation.
//   clinical: clinical use exists ("spastic diplegia"); not a slur before a clinical noun.

export const SLUR_ENTRIES: LexiconEntry[] = [
  ...many(
    ['nigger', 'niggers', 'nigga', 'niggas', 'niggah', 'paki', 'pakis', 'wog', 'wogs', 'golliwog', 'golliwogs', 'gollywog',
      'spic', 'spics', 'wetback', 'wetbacks', 'gook', 'gooks', 'chinky', 'chinkies', 'ching chong', 'raghead', 'ragheads',
      'towelhead', 'towelheads', 'sand nigger', 'sand niggers', 'camel jockey', 'camel jockeys', 'pikey', 'pikeys', 'gyppo',
      'gyppos', 'gypo', 'gypos', 'gippo', 'gippos', 'darkie', 'darkies', 'darky', 'nig nog', 'nig nogs', 'sambo', 'sambos',
      'jungle bunny', 'jungle bunnies', 'porch monkey', 'porch monkeys', 'kaffir', 'kaffirs', 'kraut', 'krauts', 'dago',
      'dagos', 'polack', 'polacks', 'beaner', 'beaners', 'zipperhead', 'zipperheads', 'slant eye', 'slant eyes',
      'slanty eyed', 'half caste', 'half castes', 'coloureds', 'abo', 'abos', 'boong', 'boongs',
      'africoon', 'africoons', 'abeed', 'bog trotter', 'bog trotters', 'mulatto'],
    ['slur', 'race'], OFCOM, 'Racial or ethnic slur; offensive whatever the intent.'),
  ...many(['coon', 'coons', 'chink', 'chinks', 'jap', 'japs', 'negro', 'negroes', 'wop', 'wops', 'redskin', 'redskins'], ['slur', 'race', 'needs-det'], OFCOM,
    'Racial slur that is also an everyday word or a dated term; counts as a slur only where it names a person.'),
  ...many(['kike', 'kikes', 'yid', 'yids', 'muzzie', 'muzzies', 'muzrat', 'muzrats', 'christ killer', 'christ killers',
    'taig', 'taigs', 'goat shagger', 'goat shaggers', 'goat fucker', 'goat fuckers', 'bible basher', 'bible bashers'],
  ['slur', 'religion'], OFCOM, 'Slur aimed at a religion or its followers.'),
  ...many(['faggot', 'faggots', 'poofter', 'poofters', 'poofta', 'pooftah', 'batty boy', 'batty boys', 'batty man',
    'batty men', 'bum boy', 'bum boys', 'bumboy', 'bumboys', 'chi chi man', 'lesbo', 'lesbos', 'lezza', 'lezzas', 'lezzer',
    'lezzers', 'lezzie', 'lezzies', 'carpet muncher', 'carpet munchers', 'shirt lifter', 'shirt lifters', 'uphill gardener',
    'nancy boy', 'nancy boys', 'sodomite', 'sodomites', 'no homo', "that's so gay"],
  ['slur', 'sexual-orientation'], OFCOM, 'Homophobic slur or put-down.'),
  ...many(['fag', 'fags', 'poof', 'poofs', 'dyke', 'dykes', 'homo', 'homos', 'queers'], ['slur', 'sexual-orientation', 'needs-det'], OFCOM,
    'Homophobic slur that is also an everyday word ("a fag break", "Offa\'s Dyke") or a reclaimed term; counts only where it names a person.'),
  ...many(['tranny', 'trannies', 'trannie', 'shemale', 'shemales', 'she male', 'she males', 'he she', 'ladyboy', 'ladyboys',
    'troon', 'troons', 'trannys'], ['slur', 'gender-reassignment'], OFCOM, 'Transphobic slur.'),
  ...many(['retard', 'retards', 'retarded', 'tard', 'tards', 'retardo', 'spaz', 'spazz', 'spazzy', 'spacker', 'spackers',
    'spakka', 'mong', 'mongs', 'mongoloid', 'mongoloids', 'mongo', 'window licker', 'window lickers', 'midget', 'midgets',
    'deaf and dumb', 'schizo', 'schizos', 'psycho cripple'],
  ['slur', 'disability'], OFCOM, 'Ableist slur: uses a disability, or an old label for one, as an insult.'),
  ...many(['spastic', 'spastics'], ['slur', 'disability', 'clinical'], OFCOM,
    'Ableist slur; the clinical adjective ("spastic diplegia") is left alone.'),
  ...many(['cripple', 'cripples'], ['slur', 'disability', 'needs-det'], OFCOM,
    'Ableist slur as a noun; the verb ("strikes cripple services") is left alone.'),
  ...many(['feminazi', 'feminazis', 'femoid', 'femoids', 'foid', 'foids', 'roastie', 'roasties'], ['slur', 'sex'], UK,
    'Misogynist slur from online "manosphere" usage.'),
  ...many(['coffin dodger', 'coffin dodgers', 'wrinklies', 'crumblies'], ['slur', 'age'], UK, 'Ageist put-down for older people.'),
];

/** Phrases demeaning on their own: a group and a put-down in one fixed expression. */
export const FIXED_ENTRIES: LexiconEntry[] = [
  ...many(['trans women are men', 'trans women are not women', "trans women aren't women", "trans women aren't real women",
    'trans women are not real women', 'trans men are women', "trans men aren't men", 'trans men are not men',
    'men in dresses', 'man in a dress', 'blokes in dresses', 'gender confused', 'trenders'],
  ['fixed', 'gender-reassignment'], ED, 'Denies trans people their identity; demeaning under the Equality Act.'),
  ...many(['typical woman', 'typical women', 'typical female', 'typical bloody woman', 'women drivers', 'woman driver',
    'get back in the kitchen', 'back to the kitchen', 'belong in the kitchen', 'make me a sandwich', 'time of the month',
    'hormonal women', 'know their place', 'know her place'],
  ['fixed', 'sex'], ED, 'Sexist stock phrase.'),
  ...many(['gay lobby', 'homosexual lobby', 'lgbt lobby', 'alphabet people', 'alphabet mafia'],
    ['fixed', 'sexual-orientation'], ED, 'Casts gay people as an organised threat: a homophobic stock phrase.'),
  ...many(['trans lobby', 'trans cult', 'gender cult', 'trans ideology'],
    ['fixed', 'gender-reassignment'], ED, 'Casts trans people as a cult or a lobby: a transphobic stock phrase.'),
  ...many(['gay agenda', 'lgbt agenda', 'gay lifestyle choice', 'pray the gay away', 'pray away the gay'],
    ['fixed', 'sexual-orientation'], ED, 'Homophobic stock phrase.'),
  ...many(['go back where you came from', 'go back to where you came from', 'go back where they came from',
    'go back to where they came from', 'go back where she came from', 'go back where he came from', 'go back to your own country',
    'go back to their own country', 'send them all back', 'send them back', 'not one of us', 'fresh off the boat',
    'playing the race card', 'play the race card', 'plays the race card', 'the race card', 'back on the boats',
    'put them back on the boat', 'put them on a plane', 'deport the lot', 'deport them all'],
  ['fixed', 'race'], ED, 'Racist stock phrase telling people they do not belong.'),
  ...many(['women of childbearing age', 'of child bearing age', 'childbearing age'], ['fixed-context', 'pregnancy', 'sex'], ED,
    'Neutral alone; with a hiring decision it signals pregnancy discrimination.', 0.5),
  ...many(['too old to be a', 'too old to work', 'too old to practise', 'too old for the job', 'past their sell by date',
    'past his sell by date', 'past her sell by date', 'past it'],
  ['fixed', 'age'], ED, 'Ageist dismissal of a person\'s ability.', 0.8),
  ...many(["i'm not racist but", 'im not racist but', 'i am not racist but', "i'm not sexist but", "i'm not homophobic but",
    'not being racist but', "i'm not being racist"],
  ['disclaimer'], ED, 'A disclaimer that usually introduces a generalisation; raises confidence, never fires alone.', 0.3),
];

export default defineLexicon({
  id: 'discrimination',
  description: 'Slurs and demeaning generalisations about protected characteristics (Equality Act 2010).',
  entries: [...SLUR_ENTRIES, ...FIXED_ENTRIES],
});

// ---------------------------------------------------------------------------------------------
// Protected groups (neutral: matched privately by the rule)
// Tags: characteristic; "adj" = an adjective that names a group only before a person noun or
// when written with a capital ("Polish patients", "Polish", not "nail polish").

export const GROUP_ENTRIES: LexiconEntry[] = [
  // sex
  ...many(['women', 'woman', 'females', 'girls', 'ladies', 'feminists', 'men', 'males', 'blokes', 'female doctors',
    'female gps', 'women doctors', 'women gps', 'lady doctors', 'male nurses', 'mothers', 'mums', 'fathers', 'dads'],
  ['sex'], EA, 'People grouped by sex (s.11).'),
  ...many(['female', 'male'], ['sex', 'adj'], EA, 'Sex as an adjective before a person noun.'),
  // gender reassignment
  ...many(['trans', 'transgender', 'transsexual', 'transsexuals', 'non binary', 'nonbinary', 'enby', 'trans women', 'trans woman',
    'trans men', 'trans man', 'trans people', 'trans patients', 'transgenders', 'trans kids', 'gender fluid', 'trans folk'],
  ['gender-reassignment'], EA, 'Trans and non-binary people (s.7).'),
  // sexual orientation
  ...many(['gays', 'gay men', 'gay man', 'gay people', 'gay couples', 'lesbians', 'lesbian', 'homosexuals', 'homosexual',
    'bisexuals', 'bisexual', 'bi people', 'lgbt', 'lgbtq', 'lgbt people', 'queer people'],
  ['sexual-orientation'], EA, 'People grouped by sexual orientation (s.12).'),
  ...many(['gay'], ['sexual-orientation', 'adj'], EA, 'As an adjective before a person noun.'),
  // age
  ...many(['old people', 'older people', 'elderly people', 'the elderly', 'pensioners', 'oaps', 'old folk',
    'old folks', 'boomers', 'baby boomers', 'old men', 'old women', 'old ladies', 'young people', 'youngsters', 'millennials',
    'gen z', 'teenagers', 'older doctors', 'older gps', 'older patients', 'older staff', 'over 60s', 'over 65s', 'over 70s',
    'over 75s', 'over 80s', 'the over 60s', 'the over 70s'],
  ['age'], EA, 'People grouped by age (s.5).'),
  ...many(['old', 'older', 'elderly', 'young', 'younger', 'aged', 'boomer'], ['age', 'adj'], EA, 'Age as an adjective before a person noun.'),
  // disability
  ...many(['disabled', 'the disabled', 'disabled people', 'wheelchair users', 'in a wheelchair', 'in wheelchairs', 'the deaf',
    'deaf people', 'the blind', 'blind people', 'autistic people', 'autistics', 'people with autism', 'people with adhd',
    'people with learning disabilities', 'someone with autism', 'someone with adhd', 'someone with a disability',
    'someone with a learning disability', 'someone in a wheelchair', 'someone with mental health problems', 'learning disabled', 'mentally ill', 'the mentally ill', 'people with mental illness',
    'people with depression', 'schizophrenics', 'amputees', 'dyslexics', 'cripples'],
  ['disability'], EA, 'Disabled people (s.6).'),
  ...many(['autistic', 'deaf', 'blind', 'dyslexic'], ['disability', 'adj'], EA, 'Disability as an adjective before a person noun.'),
  // pregnancy and maternity
  ...many(['pregnant', 'pregnant women', 'pregnant woman', 'pregnant staff', 'pregnant doctors', 'pregnant registrars',
    'pregnant registrar', 'pregnant colleagues', "she's pregnant", 'she is pregnant', 'on maternity leave', 'maternity leave',
    'new mums', 'new mothers', 'breastfeeding mothers', 'working mums', 'working mothers', 'expectant mothers', 'mat leave',
    'having a baby', 'planning a family', 'start a family', 'starting a family', 'have kids', 'has kids', 'having kids'],
  ['pregnancy'], EA, 'Pregnancy and maternity (s.18, s.4).'),
  // marriage and civil partnership
  ...many(['married women', 'married woman', 'married men', 'civil partners', 'civil partnership', 'newlyweds', 'just married',
    'getting married', 'married couples', 'wives'], ['marriage'], EA, 'Marriage and civil partnership (s.8).'),
  // religion or belief
  ...many(['muslims', 'moslems', 'islam', 'jews', 'jewish people', 'the jews', 'christians', 'catholics', 'protestants',
    'hindus', 'sikhs', 'buddhists', 'atheists', 'mormons', 'jehovahs witnesses', "jehovah's witnesses", 'jehovah witnesses',
    'religious people', 'immigrant muslims'],
  ['religion'], EA, 'People grouped by religion or belief (s.10).'),
  ...many(['muslim', 'jewish', 'jew', 'christian', 'catholic', 'hindu', 'sikh', 'buddhist', 'islamic', 'orthodox jewish'],
    ['religion', 'adj'], EA, 'Religion as an adjective before a person noun, or capitalised.'),
  ...many(['mosque', 'mosques', 'synagogue', 'synagogues', 'gurdwara', 'temple'], ['religion', 'place'], EA,
    'A place of worship, as a target of hostility.', 0.6),
  // race, colour, nationality, ethnic or national origin
  ...many(['black people', 'blacks', 'black men', 'black women', 'white people', 'whites', 'brown people', 'asians',
    'south asians', 'asian people', 'africans', 'caribbeans', 'arabs', 'chinese people', 'the chinese', 'indians', 'pakistanis',
    'bangladeshis', 'nigerians', 'somalis', 'eritreans', 'afghans', 'albanians', 'poles', 'romanians', 'bulgarians', 'lithuanians',
    'eastern europeans', 'europeans', 'irish people', 'the irish', 'scots', 'the scots', 'the welsh', 'the english', 'gypsies',
    'gipsies', 'travellers', 'irish travellers', 'roma', 'romany', 'immigrants', 'migrants', 'illegal immigrants', 'illegals',
    'asylum seekers', 'refugees', 'foreigners', 'new arrivals', 'overseas patients', 'foreign doctors', 'foreign nurses',
    'international medical graduates', 'imgs', 'ethnic minorities', 'minorities', 'bame people', 'people of colour',
    'people from that part of the world', 'people from those countries', 'people like that', 'that lot', 'their sort', 'their kind',
    'your lot', 'your kind'],
  ['race'], EA, 'People grouped by race, colour, nationality or ethnic origin (s.9).'),
  ...many(['black', 'white', 'brown', 'asian', 'african', 'caribbean', 'arab', 'chinese', 'indian', 'pakistani', 'bangladeshi',
    'nigerian', 'somali', 'afghan', 'albanian', 'polish', 'bulgarian', 'lithuanian', 'eastern european', 'foreign',
    'immigrant', 'migrant', 'irish', 'scottish', 'welsh', 'english', 'gypsy', 'traveller', 'ethnic', 'mexican',
    'turkish', 'kurdish', 'syrian', 'iraqi', 'iranian', 'jamaican', 'ghanaian', 'russian', 'ukrainian', 'overseas'],
  ['race', 'adj'], EA, 'Race or nationality as an adjective before a person noun, or capitalised.'),
  ...many(['romanian', 'pole', 'immigrant', 'migrant', 'foreigner', 'refugee', 'asylum seeker'], ['race', 'singular'], EA,
    'One person named by nationality or origin, used as a stand-in for the group ("every Romanian").'),
];

/** Nouns for people: an "adj" group word names a group only before one of these. */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'people', 'persons', 'person', 'men', 'man', 'women', 'woman', 'folk', 'folks', 'patients', 'patient', 'staff', 'colleagues',
  'colleague', 'doctors', 'doctor', 'gps', 'gp', 'nurses', 'nurse', 'registrars', 'registrar', 'trainees', 'trainee', 'partners',
  'partner', 'locums', 'locum', 'kids', 'children', 'child', 'families', 'family', 'lads', 'lad', 'guys', 'guy', 'girls', 'girl',
  'boys', 'boy', 'mums', 'mothers', 'dads', 'fathers', 'community', 'communities', 'workers', 'worker', 'students', 'student',
  'applicants', 'applicant', 'candidates', 'candidate', 'drivers', 'neighbours', 'ladies', 'lady', 'blokes', 'bloke', 'lot',
  'types', 'ones', 'immigrants', 'citizens', 'pensioners', 'youths', 'teenagers', 'surgeons', 'surgeon', 'consultants',
  'consultant', 'receptionists', 'receptionist', 'managers', 'manager', 'employees', 'residents', 'adults', 'parents', 'couples',
  'members', 'voters', 'tenants', 'refugees', 'migrants', 'nationals', 'population', 'households', 'gentleman', 'gentlemen',
  'chap', 'chaps', 'colleagues', 'physios', 'pharmacists', 'medics', 'juniors', 'cleaners', 'carers',
]);

// ---------------------------------------------------------------------------------------------
// Predicates: what is said about the group.
// Tags: "post" = must come after the group in the sentence ("X are lazy"); "pre" = just before it
// ("typical X", "I hate X", "lazy X"); "neg" = already carries its own negation, so a "not" in
// front is part of the put-down ("aren't real"); "employ" = an exclusion from work or care.

const DEMEANING_ADJ = [
  'lazy', 'stupid', 'thick', 'dirty', 'filthy', 'smelly', 'disgusting', 'useless', 'worthless', 'pathetic', 'inferior',
  'backward', 'primitive', 'uncivilised', 'savage', 'vile', 'repulsive', 'revolting', 'gross', 'evil', 'nasty', 'unnatural',
  'abnormal', 'degenerate', 'perverted', 'hysterical', 'incompetent', 'unreliable', 'untrustworthy', 'dishonest', 'greedy',
  'ungrateful', 'entitled', 'dumb', 'ignorant', 'brainless', 'idiots', 'morons', 'scum', 'trash', 'garbage', 'rubbish',
  'criminals', 'thieves', 'liars', 'scroungers', 'spongers', 'freeloaders', 'benefit scroungers', 'perverts', 'freaks',
  'deviants', 'degenerates', 'predators', 'paedophiles', 'paedos', 'groomers', 'rapists', 'terrorists', 'drama queens',
  'attention seekers', 'snowflakes', 'a burden', 'a drain', 'a liability', 'liabilities', 'a nightmare', 'a menace', 'a disgrace',
  'a joke', 'a waste of space', 'waste of space', 'a waste of time', 'the problem', 'to blame',
  'a danger to', 'a threat to', 'a cancer on', 'too emotional', 'sick in the head',
  'not right in the head', 'delusional', 'useless at', 'bad at', 'no good at', 'good for nothing',
  'only good for', 'all the same', 'all alike', 'a pain', 'nuisance', 'a nuisance', 'parasitic', 'moaners', 'whingers',
  'ruining', 'destroying', 'invading', 'overrunning', 'taking our jobs', 'stealing our jobs', 'breed like',
  'breeding like', 'clog up', 'clogging up', 'clogged up', 'block beds', 'blocking beds', 'bed blocking', 'bed blockers',
  // Common stereotype predicates (Equality and Human Rights Commission, "Is Britain Fairer?" prejudice survey themes).
  'promiscuous', 'aggressive', 'violent', 'sly', 'devious', 'sneaky', 'manipulative', 'irrational', 'hormonal', 'bossy',
  'shrill', 'uneducated', 'unhygienic', 'workshy', 'work shy', 'feckless', 'unemployable', 'cowards', 'arrogant',
  'drunks', 'alcoholics', 'junkies', 'dangerous', 'a danger',
  // Dismissing a group as out of date or their identity as a passing whim.
  'dinosaurs', 'relics', 'over the hill', 'just confused', 'just a phase', 'going through a phase', 'just a fad',
  'just a trend', 'just attention seeking',
];

const DEMEANING_VERBS = [
  'exaggerate', 'exaggerates', 'exaggerating', 'moan', 'moans', 'moaning', 'whinge', 'whinges', 'whinging', 'whine', 'whining',
  'fake it', 'faking it', 'faking', 'put it on', 'putting it on', 'play the victim', 'playing the victim', 'love being victims',
  'love playing the victim', 'milk the system', 'milking the system', 'abuse the system', 'abusing the system', 'game the system',
  'gaming the system', 'scrounge', 'scrounging', 'sponge off', 'sponging off', 'leech off', 'brought it on themselves',
  'bring it on themselves', 'on themselves', 'asked for it', 'had it coming',
  'expect everything', 'expect handouts', 'expect something for nothing', 'want everything for free', 'control the media',
  'control the banks', 'control the world', 'control the government', 'control the pharma', 'control everything', 'run the world', 'run the media', 'run the banks', 'own the banks', 'own the media', 'behind everything',
  'behind it all', 'are ruining', 'is ruining', 'ruin everything',
  'ruin it', 'cause all the problems', 'wasting my time', 'wasting our time', 'waste my time',
  'waste of my time', 'waste of resources', 'waste of money', 'nonsense', 'pronoun nonsense', 'stupid pronouns', 'agenda',
  'shove it down', 'ram it down', 'push it on', 'indoctrinate', 'indoctrinating', 'recruit children', 'grooming',
  'make me sick', 'makes me sick', 'disgust me', 'disgusts me', 'repulse me', 'turn my stomach', 'have no place',
  'has no place', 'should be banned', 'should be ashamed',
  'shouldn\'t be allowed', 'should not be allowed', 'shouldnt be allowed', 'mustn\'t be allowed',
  'can\'t be trusted', 'cannot be trusted', 'can not be trusted', 'not to be trusted', 'never be trusted',
  'should stay at home', 'should be at home', 'should stay in the kitchen',
  'should be forced out', 'should be pushed out', 'should be kicked out', 'should be thrown out', 'should be put out to pasture',
  'need forcing out', 'needs forcing out', 'should be got rid of',
  'always late', 'always off sick', 'always pregnant', 'only care about', 'drive me mad', 'drive me up the wall', 'do my head in', 'does my head in',
];

const NEG_PREDICATES = [
  "aren't real", 'are not real', 'not real women', 'not real men', "aren't proper", 'are not proper', 'not proper doctors',
  "aren't human", 'are not human', 'not human', "aren't people", 'not people', "aren't welcome", 'are not welcome',
  'not welcome', "don't belong", 'do not belong', "doesn't belong", "don't value", 'do not value', "don't appreciate",
  "don't integrate", 'do not integrate', "won't integrate", 'will not integrate', 'never integrate', 'refuse to integrate',
  "can't integrate", "don't contribute", 'never contribute', 'contribute nothing', "don't work", 'never work',
  "don't pay", 'never paid', "don't deserve", 'do not deserve', "shouldn't be doctors", "shouldn't be surgeons",
  "shouldn't be gps", "shouldn't be nurses", "shouldn't be partners", "shouldn't be in charge", "shouldn't be working",
  "shouldn't be in medicine", "shouldn't be around children", "shouldn't be near children", "shouldn't be allowed near",
  'should not be doctors', 'should not be surgeons', 'should not be in charge', 'should not be working',
  "shouldn't have children", "shouldn't have kids", "shouldn't adopt", "shouldn't marry", "shouldn't get married",
  'should not have children', "shouldn't vote", "shouldn't drive", "can't do the job", 'cannot do the job',
  "don't have the skills", "don't have the communication skills", "don't have the people skills", 'lack the skills',
  'lack the communication skills', "can't cope", "can't hack it", "can't handle", "can't think", "can't lead", "can't be doctors", 'never be real',
  'no place in', 'not fit to', 'unfit to', 'not cut out for', 'no use to', 'not capable', "aren't capable",
  "aren't as good", 'not as good as', "aren't equal", 'not equal to', 'not normal', "aren't normal", 'not natural',
];

export const PREDICATE_ENTRIES: LexiconEntry[] = [
  ...many(DEMEANING_ADJ, ['post', 'adjective'], ED, 'A put-down said of a whole group ("X are lazy"); needs a group before it.'),
  ...many(DEMEANING_VERBS, ['post', 'verb'], ED, 'A stereotype or blame said of a whole group; needs a group before it.'),
  // Blame is a put-down only when what follows is a harm ("…is why the rest of us are drowning"); "older patients are the
  // reason we do this job" is praise. The rule checks the rest of the sentence.
  ...many(['are why', 'is why', 'are the reason', 'is the reason', 'the reason'], ['post', 'verb', 'blame'], ED,
    'Blames a group for a harm; needs a group before it and a harm after it.'),
  ...many(NEG_PREDICATES, ['post', 'neg'], ED, 'A denial of worth, belonging or ability said of a group; carries its own "not".'),
  ...many(['typical', 'bloody', 'lazy', 'stupid', 'thick', 'dirty', 'filthy', 'smelly', 'disgusting', 'useless', 'worthless',
    'pathetic', 'vile', 'ungrateful', 'entitled', 'scrounging', 'greedy', 'ignorant', 'backward', 'hysterical', 'militant',
    'damn', 'bleeding', 'hate', 'despise', 'detest', 'loathe', "can't stand",
    'cannot stand', 'sick of', 'sick to death of', 'fed up with', 'fed up of', 'had enough of',
    'ban', 'get rid of', 'keep out', 'down with'],
  ['pre'], ED, 'A put-down or hostile wish placed before a group ("typical X", "I hate X", "too many X").'),
];

/** Exclusion from work or care ("don't hire", "book them with someone else"). */
export const EXCLUSION = /\b(?:don'?t|do not|shouldn'?t|should not|won'?t|will not|wouldn'?t|would not|never|not|avoid|stop)\s+(?:\w+\s+){0,4}?(?:hire|hiring|hired|employ|employing|appoint|appointing|recruit|recruiting|shortlist|shortlisting|offer|offering|give|giving|promote|promoting|take on|taking on|book|booking|wasting|waste)\b/;

/** Work and care words that make an exclusion an employment or service decision. */
export const WORK_NOUNS: ReadonlySet<string> = new Set([
  'post', 'job', 'jobs', 'role', 'roles', 'position', 'partnership', 'salaried', 'contract', 'promotion', 'sessions', 'session',
  'shifts', 'shift', 'rota', 'clinic', 'clinics', 'candidate', 'candidates', 'applicant', 'applicants', 'registrar', 'registrars',
  'locum', 'locums', 'trainee', 'trainees', 'hire', 'hiring', 'employ', 'appoint', 'interview', 'vacancy', 'training', 'time',
  'list', 'patients', 'appointment', 'appointments', 'partner', 'colleague', 'staff', 'team', 'nurse', 'gp', 'doctor',
]);

/** Burdens pinned on someone for a protected characteristic ("a nightmare covering her leave"). */
export const BURDEN = /\b(?:nightmare|liability|burden|hassle|headache|more trouble than|not worth|pain in the|inconvenien|cover (?:her|his|their) leave|covering (?:her|his|their) leave|off (?:all the time|again)|disappear (?:on|for))/;

// ---------------------------------------------------------------------------------------------
// Counter-speech and reporting: the sentence talks ABOUT a prejudice rather than voicing it.

export const COUNTER_ENTRIES: LexiconEntry[] = [
  ...many(['racist', 'racism', 'sexist', 'sexism', 'misogyny', 'misogynist', 'misogynistic', 'homophobic', 'homophobia',
    'transphobic', 'transphobia', 'biphobia', 'ableist', 'ableism', 'ageist', 'ageism', 'islamophobia', 'islamophobic',
    'antisemitism', 'antisemitic', 'anti semitic', 'anti semitism', 'bigoted', 'bigotry', 'bigot', 'bigots', 'prejudice',
    'prejudiced', 'discrimination', 'discriminatory', 'discriminate', 'hateful', 'hate speech', 'hate crime', 'unacceptable',
    'not acceptable', 'not ok', 'not okay', 'never ok', 'never okay', 'disgraceful', 'appalling', 'offensive', 'hurtful',
    'harmful', 'dehumanising', 'dehumanizing', 'slur', 'slurs', 'stereotype', 'stereotypes', 'stereotyping', 'trope', 'tropes',
    'myth', 'myths', 'not true', 'untrue', 'nonsense to say', 'wrong to say', 'will not be tolerated', "won't be tolerated",
    'not be tolerated', 'zero tolerance', 'stand with', 'stand against', 'call it out', 'call out', 'speak up', 'reported', 'report it',
    'pride month', 'black history month', 'history month', 'awareness week', 'unconscious bias', 'edi training',
    'equality act', 'protected characteristic', 'protected characteristics', 'abuse of our', 'abuse towards', 'abused'],
  ['counter'], ED, 'Names or condemns a prejudice; a sentence with it is usually about discrimination, not discriminating.'),
  ...many(['saying', 'say that', 'said that', 'says that', 'claiming', 'claim that', 'claims that', 'calling', 'called a',
    'called an', 'was called', 'been called', 'got called', 'calling me', 'calls me', 'called me',
    'called her', 'called him', 'called them', 'call people', 'call someone', 'call a', 'statements like', 'statement',
    'comments like', 'comments', 'comment', 'remarks', 'remark', 'words like', 'language like', 'posts like', 'tweets like',
    'people who say', 'anyone who says', 'if you say', 'if you think', 'the idea that', 'the notion that', 'the belief that',
    'the claim that', 'the myth that', 'the stereotype that', 'the trope that', 'assumption that', 'assume that', 'assuming',
    'was told', 'were told', 'been told', 'told to', 'told me', 'told her', 'told him', 'shouted', 'yelled', 'heard someone',
    'overheard', 'still hear', 'hear people', 'people still', 'not all', 'stop saying', 'stop calling', 'stop treating',
    'stop blaming', 'never say', 'never call', 'no one should', 'nobody should', 'just because'],
  ['report'], ED, 'Reports or questions what someone else said; with quotes or a condemnation it marks counter-speech.'),
];
