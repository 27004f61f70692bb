import { defineLexicon, type LexiconEntry, many } from '../text/lexicon.js';

/**
 * The shared insult lexicon: name-calling nouns, demeaning adjectives and stock put-downs.
 *
 * Other rules read these hits (heightened emotion, group banter, patient disparagement, thread heat),
 * so every entry is a word that demeans a PERSON when it is aimed at one. Whether it is aimed at one
 * is the rule's job (content.insult): a hit here is a cue, not a finding.
 *
 * Tags (a rule may filter on them):
 *   name-calling        a noun that labels a person ("idiot", "numpty", "jobsworth")
 *   demeaning-adjective an adjective that belittles a person ("useless", "clueless"); innocent about
 *                       things ("the new IT system is useless"), so it needs a person target
 *   put-down            a stock phrase that belittles on its own ("waste of space")
 *   dehumanising        likens people to vermin or parasites
 *   needs-target        has an everyday innocent sense ("April fool", "class clown", "a useful tool",
 *                       "fraud investigation"); counts only with a person target or a determiner
 *                       that makes it a label ("you fool", "is a fool", "these clowns")
 *   allegation          also a factual allegation ("liar", "fraud"); content.defamation may judge it too
 *   profane             also a swear word; content.profanity reports the swearing separately
 *   not-he-she          has a clinical sense ("brain dead"): only a second-person, named, role or
 *                       group target counts, never a bare he/she
 */

const OFCOM = "Ofcom 2021 'Public attitudes to offensive language on TV and radio' (mild/moderate general words)";
const UK = 'common UK usage';
const ED = 'Pause editorial';
const HC = 'HateCheck (Röttger et al. 2021) functional tests: dehumanisation';

export const NAME_CALLING: LexiconEntry[] = [
  ...many(['idiot', 'idiots', 'moron', 'morons', 'imbecile', 'imbeciles', 'cretin', 'cretins', 'halfwit', 'halfwits', 'half wit',
    'half wits', 'nitwit', 'nitwits', 'dimwit', 'dimwits', 'nincompoop', 'nincompoops', 'numbskull', 'numbskulls', 'numskull',
    'bonehead', 'boneheads', 'pea brain', 'pea brains', 'airhead', 'airheads', 'dunce', 'dunces', 'buffoon', 'buffoons',
    'ignoramus', 'ignoramuses', 'simpleton', 'simpletons', 'dumbo', 'dingbat', 'dingbats'],
  ['name-calling'], OFCOM, 'Calls a person stupid; rarely innocent when used of someone.'),
  ...many(['numpty', 'numpties', 'pillock', 'pillocks', 'plonker', 'plonkers', 'prat', 'prats', 'twit', 'twits', 'berk', 'berks',
    'wazzock', 'wazzocks', 'divvy', 'dipstick', 'dipsticks', 'eejit', 'eejits',
    'gobshite', 'gobshites', 'jobsworth', 'jobsworths', 'jobsworthy', 'chump', 'chumps', 'goon', 'goons', 'bellend',
    'bellends', 'knobhead', 'knobheads', 'dickhead', 'dickheads', 'twat', 'twats', 'tosser', 'tossers', 'wanker', 'wankers',
    'arsehole', 'arseholes', 'dumbass', 'dumbasses', 'numpty heads'],
  ['name-calling'], UK, 'British name-calling, from the playful ("numpty") to the coarse ("tosser").'),
  ...many(['bastard', 'bastards', 'cunt', 'cunts', 'shithead', 'shitheads', 'asshole', 'assholes', 'knobend', 'knobends',
    'scrote', 'scrotes', 'toerag', 'toerags'],
  ['name-calling', 'profane'], OFCOM, 'A swear word used as a label for a person ("the absolute bastards"); content.profanity reports the swearing too.'),
  ...many(['nutter', 'nutters', 'nutjob', 'nutjobs', 'nutcase', 'nutcases', 'headcase', 'headcases', 'loony', 'loonies',
    'looney', 'psycho', 'psychos', 'basket case', 'fruitcake', 'fruitloop', 'space cadet'],
  ['name-calling'], "Ofcom 2021 'Public attitudes to offensive language' (mental health related words); Time to Change 'language' guide",
    'Mental-health slang used to belittle a person.'),
  ...many(['fool', 'fools', 'clown', 'clowns', 'dinosaur', 'dinosaurs', 'tool', 'donkey', 'donkeys', 'sheep', 'sheeple', 'wally',
    'wallies', 'dope', 'dopes', 'crank', 'cranks', 'quack', 'quacks', 'joke', 'disgrace', 'embarrassment', 'snowflake',
    'snowflakes', 'gammon', 'turnip', 'git', 'gits', 'sod', 'sods', 'plank', 'planks', 'muppet', 'muppets', 'nugget', 'doughnut', 'div', 'divs', 'melt', 'prick', 'pricks', 'cow', 'cows', 'knob', 'knobs', 'pig', 'pigs', 'snake', 'weasel', 'rat', 'liability', 'dead wood', 'deadwood', 'dead weight'],
  ['name-calling', 'needs-target'], UK,
    'Has an innocent sense ("April fool", "class clown", "a useful tool", "a finger prick", "chicken nugget"); counts only as a label for a person.'),
  ...many(['loser', 'losers', 'coward', 'cowards', 'hypocrite', 'hypocrites', 'creep', 'creeps', 'weirdo', 'weirdos', 'lowlife',
    'lowlifes', 'low life', 'scumbag', 'scumbags', 'slacker', 'slackers', 'layabout', 'layabouts', 'waster', 'wasters',
    'freeloader', 'freeloaders', 'scrounger', 'scroungers', 'benefit scrounger', 'benefit scroungers', 'charlatan',
    'charlatans', 'snake oil salesman', 'snake oil salesmen', 'bean counter', 'bean counters', 'pen pusher', 'pen pushers',
    'penpusher', 'penpushers', 'busybody', 'busybodies', 'know it all', 'jumped up', 'little hitler', 'little hitlers'],
  ['name-calling'], UK, 'Contemptuous label for a person\'s character or worth.'),
  ...many(['liar', 'liars', 'fraud', 'frauds', 'con artist', 'con artists', 'crook', 'crooks', 'conman', 'con man'],
    ['name-calling', 'needs-target', 'allegation'], UK,
    'A label that is also an allegation: "Dr X is a liar and a fraud" both names and accuses; "fraud" alone ("NHS fraud") is not a label.'),
  ...many(['vermin', 'parasite', 'parasites', 'leech', 'leeches', 'cockroach', 'cockroaches', 'scum', 'animals', 'pond life',
    'subhuman', 'sub human', 'subhumans'],
  ['name-calling', 'dehumanising', 'needs-target'], HC, 'Likens people to vermin or parasites: dehumanising when aimed at people.'),
];

export const DEMEANING_ADJECTIVES: LexiconEntry[] = [
  ...many(['useless', 'incompetent', 'clueless', 'hopeless', 'pathetic', 'spineless', 'gutless', 'brainless', 'witless',
    'gormless', 'feckless', 'worthless', 'inept', 'stupid', 'thick', 'dense', 'dim', 'dumb', 'dozy', 'idiotic', 'moronic',
    'imbecilic', 'cretinous', 'dim witted', 'dimwitted', 'half witted', 'thick headed', 'pig headed', 'pig ignorant',
    'deluded', 'delusional', 'brain dead', 'lazy', 'bone idle', 'ignorant', 'arrogant', 'talentless', 'pitiful', 'spiteful',
    'dopey', 'daft', 'clownish',
    // Superlatives ("the dimmest GP I have ever worked with").
    'dimmest', 'thickest', 'stupidest', 'dumbest', 'laziest', 'most incompetent', 'most useless', 'most clueless',
    'most arrogant'].filter((p, i, a) => a.indexOf(p) === i),
  ['demeaning-adjective'], OFCOM, 'Belittles a person; about a thing or a policy it is fair criticism, so it needs a person target.'),
];

export const PUT_DOWNS: LexiconEntry[] = [
  ...many(['waste of space', 'waste of oxygen', 'waste of skin', 'waste of a salary', 'waste of a degree', 'excuse for a doctor',
    'excuse for a gp', 'excuse for a human being', 'excuse for a human', 'excuse for a manager', 'excuse for a man',
    'excuse for a woman', 'excuse for a colleague', 'excuse for a professional', 'thick as two short planks',
    'thick as mince', 'thick as a plank', 'not the sharpest tool', 'not the sharpest knife', 'a few sandwiches short',
    'one sandwich short', 'lights are on but nobody', "couldn't organise a piss up", 'could not organise a piss up',
    "couldn't run a bath", 'more money than sense', 'two brain cells', 'one brain cell', 'single brain cell', 'shower of shite',
    'shower of shit', 'bunch of idiots', 'bunch of clowns', 'bunch of muppets', 'bunch of amateurs', 'embarrassment to the profession',
    'disgrace to the profession', 'bought your degree', 'did you even go to medical school',
    'did you actually go to medical school', 'read a paper since', 'read a journal since', 'opened a textbook since',
    'read a book since', 'absolute shower',
    // "Imagine being this thick": a stock social-media jibe at the person replied to.
    ...['thick', 'stupid', 'dense', 'dim', 'dumb', 'clueless', 'ignorant', 'incompetent', 'useless', 'arrogant', 'deluded']
      .flatMap((w) => [`imagine being this ${w}`, `imagine being that ${w}`, `imagine being so ${w}`]), "haven't a clue", "hasn't a clue", "doesn't have a clue", "don't have a clue", 'not a clue'],
  ['put-down'], UK, 'Stock British put-down that belittles a person\'s intelligence or competence.'),
];

export default defineLexicon({
  id: 'insult',
  description: 'Name-calling and demeaning words aimed at a person or group.',
  entries: [...NAME_CALLING, ...DEMEANING_ADJECTIVES, ...PUT_DOWNS],
});
