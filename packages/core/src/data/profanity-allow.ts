/**
 * Profanity data, kept apart from the matcher (as obscenity keeps its word data apart from its
 * transformers):
 *
 * - PROFANITY_ALLOW: innocent words and names that contain a swear word (clinical terms, UK
 *   places, people, birds, foods). Merged into obscenity's own whitelist, never replacing it.
 * - PROFANITY_TERMS: how strong each word is and what kind of word it is, for obscenity's own
 *   words and for the British swearing its English data set lacks.
 * - MASKED_FORMS and ACRONYMS: words written with asterisks ("f***ing") and abbreviations ("ffs").
 *
 * Strength follows the four bands of Ofcom's 2021 research "Public attitudes to offensive language
 * on TV and radio" (mild, medium, strong, strongest). Where that research does not list a word,
 * the note says so and the band is Pause's own reading of it.
 */
export interface AllowEntry {
  readonly phrase: string;
  readonly source: string;
  readonly note: string;
}

export const PROFANITY_ALLOW: readonly AllowEntry[] = [
  // Places
  {
    phrase: 'scunthorpe',
    source: 'Ordnance Survey place names',
    note: 'Town in Lincolnshire; the classic false positive.',
  },
  { phrase: 'penistone', source: 'Ordnance Survey place names', note: 'Town in South Yorkshire.' },
  { phrase: 'sussex', source: 'Ordnance Survey place names', note: 'County.' },
  { phrase: 'essex', source: 'Ordnance Survey place names', note: 'County.' },
  { phrase: 'middlesex', source: 'Ordnance Survey place names', note: 'Historic county; Middlesex University.' },
  { phrase: 'wessex', source: 'Ordnance Survey place names', note: 'Historic region; NHS and ambulance trust names.' },
  { phrase: 'cockermouth', source: 'Ordnance Survey place names', note: 'Town in Cumbria.' },
  { phrase: 'cumbria', source: 'Ordnance Survey place names', note: 'County.' },
  { phrase: 'cumbernauld', source: 'Ordnance Survey place names', note: 'Town in North Lanarkshire.' },
  // People, characters, titles
  {
    phrase: 'dick whittington',
    source: 'English folklore; Lord Mayor of London',
    note: 'A name and a pantomime, not an insult.',
  },
  { phrase: 'dick turpin', source: 'English history', note: 'Highwayman; a name.' },
  { phrase: 'moby dick', source: 'Herman Melville, 1851', note: 'Novel title.' },
  { phrase: 'dick van dyke', source: 'Common knowledge', note: 'Actor; a name.' },
  { phrase: 'dickinson', source: 'Common UK surname', note: 'Surname containing "dick".' },
  { phrase: 'dickson', source: 'Common UK surname', note: 'Surname containing "dick".' },
  // Clinical terms
  { phrase: 'anal fissure', source: 'NHS conditions A to Z', note: 'Clinical term.' },
  { phrase: 'anal fistula', source: 'NHS conditions A to Z', note: 'Clinical term.' },
  { phrase: 'anal cancer', source: 'NHS conditions A to Z', note: 'Clinical term.' },
  { phrase: 'anal canal', source: 'Anatomy', note: 'Clinical term.' },
  { phrase: 'anal sphincter', source: 'Anatomy', note: 'Clinical term.' },
  { phrase: 'anal abscess', source: 'NHS conditions A to Z', note: 'Clinical term.' },
  { phrase: 'finger prick', source: 'NHS blood test guidance', note: 'Capillary blood test.' },
  { phrase: 'finger-prick', source: 'NHS blood test guidance', note: 'Capillary blood test.' },
  { phrase: 'heel prick', source: 'NHS newborn blood spot test', note: 'Newborn screening.' },
  { phrase: 'skin prick', source: 'NHS allergy testing', note: 'Allergy test.' },
  { phrase: 'prick test', source: 'NHS allergy testing', note: 'Allergy test.' },
  { phrase: 'needle prick', source: 'Common clinical usage', note: 'Sharps injury or injection.' },
  { phrase: 'sharp prick', source: 'Common clinical usage', note: 'What clinicians say before an injection.' },
  { phrase: 'pin prick', source: 'Common clinical usage', note: 'Sensation testing.' },
  { phrase: 'pinprick', source: 'Common clinical usage', note: 'Sensation testing.' },
  { phrase: 'bloody diarrhoea', source: 'NHS conditions A to Z', note: 'Symptom, not swearing.' },
  { phrase: 'bloody diarrhea', source: 'NHS conditions A to Z', note: 'Symptom (US spelling).' },
  { phrase: 'bloody stool', source: 'Common clinical usage', note: 'Symptom.' },
  { phrase: 'bloody poo', source: 'NHS conditions A to Z', note: 'Symptom.' },
  { phrase: 'bloody nose', source: 'Common usage', note: 'Nosebleed.' },
  { phrase: 'bloody discharge', source: 'Common clinical usage', note: 'Symptom.' },
  { phrase: 'bloody sputum', source: 'Common clinical usage', note: 'Symptom.' },
  { phrase: 'bloody urine', source: 'Common clinical usage', note: 'Symptom.' },
  { phrase: 'bloody vomit', source: 'Common clinical usage', note: 'Symptom.' },
  { phrase: 'bloody mucus', source: 'Common clinical usage', note: 'Symptom.' },
  { phrase: 'bloody show', source: 'Obstetric usage', note: 'Sign of labour.' },
  { phrase: 'bloody tap', source: 'Clinical usage', note: 'Lumbar puncture term.' },
  { phrase: 'bloody mary', source: 'Common usage', note: 'Cocktail; historical figure.' },
  { phrase: 'bloody sunday', source: 'UK history', note: 'Historical event.' },
  // Birds, foods, plants, things
  { phrase: 'blue tit', source: 'RSPB bird guide', note: 'Bird.' },
  { phrase: 'great tit', source: 'RSPB bird guide', note: 'Bird.' },
  { phrase: 'coal tit', source: 'RSPB bird guide', note: 'Bird.' },
  { phrase: 'marsh tit', source: 'RSPB bird guide', note: 'Bird.' },
  { phrase: 'willow tit', source: 'RSPB bird guide', note: 'Bird.' },
  { phrase: 'crested tit', source: 'RSPB bird guide', note: 'Bird.' },
  { phrase: 'tailed tit', source: 'RSPB bird guide', note: 'Long-tailed tit, a bird.' },
  { phrase: 'blue tits', source: 'RSPB bird guide', note: 'Birds.' },
  { phrase: 'coal tits', source: 'RSPB bird guide', note: 'Birds.' },
  { phrase: 'marsh tits', source: 'RSPB bird guide', note: 'Birds.' },
  { phrase: 'willow tits', source: 'RSPB bird guide', note: 'Birds.' },
  { phrase: 'crested tits', source: 'RSPB bird guide', note: 'Birds.' },
  { phrase: 'tailed tits', source: 'RSPB bird guide', note: 'Long-tailed tits, birds.' },
  { phrase: 'tit for tat', source: 'Common English idiom', note: 'Retaliation in kind.' },
  { phrase: 'titbit', source: 'Common English', note: 'A morsel.' },
  { phrase: 'titmouse', source: 'Common English', note: 'Bird.' },
  { phrase: 'tittle', source: 'Common English', note: 'Tittle-tattle.' },
  { phrase: 'pussy willow', source: 'RHS plant names', note: 'Plant.' },
  { phrase: 'pussycat', source: 'Common English', note: 'Cat.' },
  { phrase: 'spotted dick', source: 'British puddings', note: 'Pudding.' },
  { phrase: 'shiitake', source: 'Common food name', note: 'Mushroom.' },
  { phrase: 'cumin', source: 'Common food name', note: 'Spice.' },
  { phrase: 'cum laude', source: 'Latin academic honour', note: 'Degree classification.' },
  { phrase: 'cocktail', source: 'Common English', note: 'Drink; also "a cocktail of drugs".' },
  { phrase: 'cockpit', source: 'Common English', note: 'Aircraft cabin.' },
  { phrase: 'cockle', source: 'Common English', note: 'Shellfish.' },
  { phrase: 'cock and bull', source: 'Common English idiom', note: 'An unlikely story.' },
  { phrase: 'feckless', source: 'Common English', note: 'Irresponsible; not a swear word.' },
  // Words obscenity already whitelists, listed so our tests pin them
  { phrase: 'assessment', source: 'Common English', note: 'Contains "ass"; obscenity also whitelists it.' },
  { phrase: 'analysis', source: 'Common English', note: 'Contains "anal"; obscenity also whitelists it.' },
  { phrase: 'cumulative', source: 'Common English', note: 'Contains "cum"; obscenity also whitelists it.' },
];

/** Ofcom's four bands, weakest first. */
export type SwearStrength = 'mild' | 'medium' | 'strong' | 'strongest';

/**
 * swear: general swearing (the profanity rule); sexual: explicit sexual slang (the sexual rule);
 * slur: discriminatory words (the discrimination rules).
 */
export type ProfanityKind = 'swear' | 'sexual' | 'slur';

export interface ProfanityTerm {
  /** The dictionary word, as obscenity's `originalWord` or our own. */
  readonly word: string;
  readonly strength: SwearStrength;
  readonly kind: ProfanityKind;
  /**
   * Extra patterns in obscenity's syntax (`|` = word boundary, `[x]` = optional) for words its
   * English data set lacks. Patterns meet text after obscenity has collapsed repeated letters (all
   * but b, e, o, l, s, g, which may stay doubled), so "dammit" is written "damit".
   */
  readonly patterns?: readonly string[];
  /** How sure a match of this word is swearing, 0..1 (default by strength). */
  readonly weight?: number;
  readonly source: string;
  readonly note: string;
}

const OFCOM = "Ofcom 2021 'Public attitudes to offensive language on TV and radio'";
const OFCOM_NOT_LISTED = `${OFCOM} does not list it; band is Pause editorial`;

export const PROFANITY_TERMS: readonly ProfanityTerm[] = [
  // obscenity's English data set: the band of each of its words
  { word: 'fuck', strength: 'strongest', kind: 'swear', source: OFCOM, note: 'Strongest band.' },
  { word: 'cunt', strength: 'strongest', kind: 'swear', source: OFCOM, note: 'Strongest band.' },
  { word: 'twat', strength: 'strong', kind: 'swear', source: OFCOM, note: 'Strong band.' },
  { word: 'prick', strength: 'strong', kind: 'swear', source: OFCOM, note: 'Strong band.' },
  { word: 'cock', strength: 'strong', kind: 'swear', source: OFCOM, note: 'Strong band.' },
  { word: 'dick', strength: 'strong', kind: 'swear', source: OFCOM, note: 'Strong band (also "dickhead").' },
  { word: 'pussy', strength: 'strong', kind: 'swear', source: OFCOM, note: 'Strong band.' },
  { word: 'bastard', strength: 'strong', kind: 'swear', source: OFCOM, note: 'Strong band.' },
  { word: 'wank', strength: 'strong', kind: 'swear', source: OFCOM, note: 'Strong band (wanker).' },
  { word: 'whore', strength: 'strong', kind: 'swear', source: OFCOM_NOT_LISTED, note: 'Sexual insult aimed at women.' },
  { word: 'slut', strength: 'strong', kind: 'swear', source: OFCOM_NOT_LISTED, note: 'Sexual insult aimed at women.' },
  { word: 'shit', strength: 'medium', kind: 'swear', source: OFCOM, note: 'Medium band (also shite, bullshit).' },
  { word: 'bollocks', strength: 'medium', kind: 'swear', source: OFCOM, note: 'Medium band.' },
  { word: 'bitch', strength: 'medium', kind: 'swear', source: OFCOM, note: 'Medium band.' },
  { word: 'piss', strength: 'medium', kind: 'swear', source: OFCOM, note: 'Medium band (pissed, pissed off).' },
  { word: 'tit', strength: 'medium', kind: 'swear', source: OFCOM, note: 'Medium band.' },
  {
    word: 'arse',
    strength: 'mild',
    kind: 'swear',
    source: OFCOM,
    note: 'Mild band (arsehole is medium but shares the pattern).',
  },
  { word: 'ass', strength: 'mild', kind: 'swear', source: OFCOM_NOT_LISTED, note: 'US form of arse.' },
  { word: 'turd', strength: 'mild', kind: 'swear', source: OFCOM_NOT_LISTED, note: 'Crude, mild.' },
  {
    word: 'boob',
    strength: 'mild',
    kind: 'sexual',
    source: OFCOM_NOT_LISTED,
    note: 'Casual word for breast; also "a mistake".',
    weight: 0.4,
  },
  {
    word: 'hooker',
    strength: 'medium',
    kind: 'sexual',
    source: OFCOM_NOT_LISTED,
    note: 'Also a rugby position, so weak.',
    weight: 0.3,
  },
  {
    word: 'scat',
    strength: 'medium',
    kind: 'sexual',
    source: OFCOM_NOT_LISTED,
    note: 'Also jazz singing and animal droppings, so weak.',
    weight: 0.3,
  },
  { word: 'cum', strength: 'strong', kind: 'sexual', source: OFCOM_NOT_LISTED, note: 'Explicit sexual slang.' },
  { word: 'jizz', strength: 'strong', kind: 'sexual', source: OFCOM_NOT_LISTED, note: 'Explicit sexual slang.' },
  { word: 'blowjob', strength: 'strong', kind: 'sexual', source: OFCOM_NOT_LISTED, note: 'Explicit sexual act.' },
  { word: 'handjob', strength: 'strong', kind: 'sexual', source: OFCOM_NOT_LISTED, note: 'Explicit sexual act.' },
  { word: 'lubejob', strength: 'strong', kind: 'sexual', source: OFCOM_NOT_LISTED, note: 'Explicit sexual act.' },
  { word: 'deepthroat', strength: 'strong', kind: 'sexual', source: OFCOM_NOT_LISTED, note: 'Explicit sexual act.' },
  { word: 'doggystyle', strength: 'strong', kind: 'sexual', source: OFCOM_NOT_LISTED, note: 'Explicit sexual act.' },
  {
    word: 'double penetration',
    strength: 'strong',
    kind: 'sexual',
    source: OFCOM_NOT_LISTED,
    note: 'Explicit sexual act.',
  },
  { word: 'felch', strength: 'strong', kind: 'sexual', source: OFCOM_NOT_LISTED, note: 'Explicit sexual act.' },
  { word: 'fellatio', strength: 'medium', kind: 'sexual', source: OFCOM_NOT_LISTED, note: 'Sexual act (formal word).' },
  { word: 'finger bang', strength: 'strong', kind: 'sexual', source: OFCOM_NOT_LISTED, note: 'Explicit sexual act.' },
  { word: 'fisting', strength: 'strong', kind: 'sexual', source: OFCOM_NOT_LISTED, note: 'Explicit sexual act.' },
  { word: 'gangbang', strength: 'strong', kind: 'sexual', source: OFCOM_NOT_LISTED, note: 'Explicit sexual act.' },
  { word: 'jerk off', strength: 'strong', kind: 'sexual', source: OFCOM_NOT_LISTED, note: 'Explicit sexual act.' },
  { word: 'dildo', strength: 'strong', kind: 'sexual', source: OFCOM_NOT_LISTED, note: 'Sex toy.' },
  { word: 'buttplug', strength: 'strong', kind: 'sexual', source: OFCOM_NOT_LISTED, note: 'Sex toy.' },
  { word: 'hentai', strength: 'strong', kind: 'sexual', source: OFCOM_NOT_LISTED, note: 'Pornography genre.' },
  { word: 'porn', strength: 'medium', kind: 'sexual', source: OFCOM_NOT_LISTED, note: 'Pornography.' },
  { word: 'orgy', strength: 'medium', kind: 'sexual', source: OFCOM_NOT_LISTED, note: 'Group sex.' },
  ...['abo', 'abeed', 'africoon', 'arabush', 'boonga', 'chingchong', 'chink', 'kike', 'negro', 'nigger'].map(
    (word): ProfanityTerm => ({
      word,
      strength: 'strongest',
      kind: 'slur',
      source: `${OFCOM} (discriminatory language)`,
      note: 'Racial slur: for the discrimination rules.',
    }),
  ),
  ...['dyke', 'fag', 'tranny', 'retard', 'spastic', 'cuck'].map(
    (word): ProfanityTerm => ({
      word,
      strength: 'strong',
      kind: 'slur',
      source: `${OFCOM} (discriminatory language)`,
      note: 'Slur on sexuality, gender identity or disability: for the discrimination rules.',
    }),
  ),

  // British swearing obscenity's English data set lacks
  {
    word: 'nigga',
    strength: 'strongest',
    kind: 'swear',
    patterns: ['|nigga', '|niggah', '|niggaz'],
    source: OFCOM,
    note: 'In-group form of a racial slur: the strongest band of offensive language (discrimination where hostility is said of the people it names).',
  },
  {
    word: 'bloody',
    strength: 'mild',
    kind: 'swear',
    patterns: ['|bloody|'],
    weight: 0.7,
    source: OFCOM,
    note: 'Mild band; the intensifier in "bloody idiot". Clinical uses (bloody diarrhoea) are allow-listed.',
  },
  {
    word: 'bugger',
    strength: 'mild',
    kind: 'swear',
    patterns: ['|bugger'],
    source: OFCOM,
    note: 'Mild band (bugger off, bugger all).',
  },
  {
    word: 'sod',
    strength: 'mild',
    kind: 'swear',
    patterns: ['|sod of|', '|sod it|', '|sod all|', '|sod this|', '|sod that|', '|soding|', '|soded|'],
    source: OFCOM,
    note: 'Mild band ("sod off"). "Sod\'s law" and turf are left alone.',
  },
  {
    word: 'crap',
    strength: 'mild',
    kind: 'swear',
    patterns: ['|crap|', '|craps|', '|crapy|', '|craping|', '|crapest|'],
    weight: 0.6,
    source: OFCOM,
    note: 'Mild band.',
  },
  {
    word: 'damn',
    strength: 'mild',
    kind: 'swear',
    patterns: ['|damn|', '|damit|', '|damnit|', '|godamn', '|godam|'],
    weight: 0.55,
    source: OFCOM,
    note: 'Mild band; "damning" and "damnation" are left alone.',
  },
  {
    word: 'git',
    strength: 'mild',
    kind: 'swear',
    patterns: ['|git|', '|gits|'],
    weight: 0.45,
    source: OFCOM,
    note: 'Mild band; also the software tool, so shown only at strict sensitivity.',
  },
  {
    word: 'tosser',
    strength: 'medium',
    kind: 'swear',
    patterns: ['|tosser'],
    source: OFCOM_NOT_LISTED,
    note: 'British insult, a milder relative of wanker.',
  },
  {
    word: 'bellend',
    strength: 'strong',
    kind: 'swear',
    patterns: ['|bellend'],
    source: OFCOM,
    note: 'Strong band. "Bell end" with a space is left alone (stethoscope bell).',
  },
  {
    word: 'feck',
    strength: 'medium',
    kind: 'swear',
    patterns: ['|feck|', '|fecking|', '|feckin|', '|fecked|', '|fecker'],
    source: OFCOM,
    note: 'Medium band; Irish form of fuck. "Feckless" is allow-listed.',
  },
  {
    word: 'knob',
    strength: 'strong',
    kind: 'swear',
    patterns: ['|knobhead', '|knobend', '|knob jockey'],
    source: OFCOM,
    note: 'Strong band; a bare "knob" (door knob, knob of butter) is left alone.',
  },
  {
    word: 'balls',
    strength: 'medium',
    kind: 'swear',
    patterns: ['|balls up|', '|balls-up|', '|ballsed'],
    source: OFCOM,
    note: 'Medium band, as "balls-up"; a bare "balls" (sport, anatomy) is left alone.',
  },
  { word: 'minger', strength: 'mild', kind: 'swear', patterns: ['|minger'], source: OFCOM, note: 'Mild band.' },
  {
    word: 'effing',
    strength: 'mild',
    kind: 'swear',
    patterns: ['|efing|', '|efin|', '|ef of|'],
    weight: 0.55,
    source: OFCOM_NOT_LISTED,
    note: 'Minced form of fucking.',
  },
  {
    word: 'frigging',
    strength: 'mild',
    kind: 'swear',
    patterns: ['|frigging|', '|friggin|'],
    weight: 0.55,
    source: OFCOM_NOT_LISTED,
    note: 'Minced form of fucking.',
  },
  {
    word: 'bleeding',
    strength: 'mild',
    kind: 'swear',
    patterns: ['|bleeding hell|'],
    weight: 0.55,
    source: OFCOM_NOT_LISTED,
    note: 'Only in "bleeding hell": bleeding is usually a symptom.',
  },
  {
    word: 'cock-up',
    strength: 'mild',
    kind: 'swear',
    weight: 0.45,
    source: OFCOM_NOT_LISTED,
    note: 'A blunder; British idiom most readers accept, so shown only at strict sensitivity.',
  },
  {
    word: 'hell',
    strength: 'mild',
    kind: 'swear',
    weight: 0.55,
    source: OFCOM_NOT_LISTED,
    note: 'Only as an expletive (what the hell, bloody hell, go to hell); "hell of a week" and "living hell" are left alone.',
  },
];

/** Abbreviations of swearing, matched as whole words (obscenity would collapse "ffs" to "fs"). */
export const ACRONYMS: ReadonlyArray<{
  readonly acronym: string;
  readonly word: string;
  readonly strength: SwearStrength;
  readonly source: string;
  readonly note: string;
}> = [
  {
    acronym: 'ffs',
    word: 'fuck',
    strength: 'medium',
    source: 'Common UK usage',
    note: '"For fuck\'s sake"; abbreviated, so medium rather than strongest.',
  },
  { acronym: 'wtf', word: 'fuck', strength: 'medium', source: 'Common UK usage', note: '"What the fuck".' },
  { acronym: 'wtaf', word: 'fuck', strength: 'medium', source: 'Common UK usage', note: '"What the actual fuck".' },
  { acronym: 'stfu', word: 'fuck', strength: 'medium', source: 'Common UK usage', note: '"Shut the fuck up".' },
  { acronym: 'gtfo', word: 'fuck', strength: 'medium', source: 'Common UK usage', note: '"Get the fuck out".' },
  { acronym: 'fml', word: 'fuck', strength: 'medium', source: 'Common UK usage', note: '"Fuck my life".' },
  { acronym: 'omfg', word: 'fuck', strength: 'medium', source: 'Common UK usage', note: '"Oh my fucking god".' },
  { acronym: 'mofo', word: 'fuck', strength: 'strong', source: 'Common UK usage', note: '"Motherfucker".' },
  {
    acronym: 'sfa',
    word: 'fuck',
    strength: 'mild',
    source: 'Common UK usage',
    note: '"Sweet FA" (sweet fuck all); only after "sweet", since SFA is also the Scottish FA.',
  },
];

/**
 * Whole words written with masking characters (f***ing, sh*te, b*llocks) are compared letter by
 * letter with these forms; the first form that fits, in this order, names the word.
 */
export const MASKED_FORMS: ReadonlyArray<readonly [form: string, word: string]> = [
  ['fuck', 'fuck'],
  ['fucks', 'fuck'],
  ['fucking', 'fuck'],
  ['fuckin', 'fuck'],
  ['fucked', 'fuck'],
  ['fucker', 'fuck'],
  ['fuckers', 'fuck'],
  ['motherfucker', 'fuck'],
  ['clusterfuck', 'fuck'],
  ['shit', 'shit'],
  ['shite', 'shit'],
  ['shits', 'shit'],
  ['shitty', 'shit'],
  ['shitting', 'shit'],
  ['bullshit', 'shit'],
  ['cunt', 'cunt'],
  ['cunts', 'cunt'],
  ['twat', 'twat'],
  ['twats', 'twat'],
  ['wanker', 'wank'],
  ['wankers', 'wank'],
  ['bollocks', 'bollocks'],
  ['bastard', 'bastard'],
  ['bastards', 'bastard'],
  ['bitch', 'bitch'],
  ['bitches', 'bitch'],
  ['arsehole', 'arse'],
  ['asshole', 'ass'],
  ['arse', 'arse'],
  ['piss', 'piss'],
  ['pissed', 'piss'],
  ['pissing', 'piss'],
  ['prick', 'prick'],
  ['dickhead', 'dick'],
  ['bellend', 'bellend'],
  ['tosser', 'tosser'],
  ['bloody', 'bloody'],
  ['bugger', 'bugger'],
  ['feck', 'feck'],
  ['fecking', 'feck'],
  ['cock', 'cock'],
  ['dick', 'dick'],
  ['crap', 'crap'],
];
