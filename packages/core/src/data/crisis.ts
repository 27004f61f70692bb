import { defineLexicon, type LexiconEntry } from '../text/lexicon.js';
import { patternEntries } from './red-flag.js';

/**
 * A crisis in the words people use when they write to their GP, matched on stems so that any
 * inflection meets an entry ("cut myself", "cutting myself again", "I've cut myself"). This widens
 * red-flag.ts, which holds the fixed phrases, to the indirect ways suicidal intent is said: a burden
 * ("they'd all be better off"), a means made ready ("I've saved up enough tablets"), a plan, a
 * farewell ("you won't need to worry about me any more"), self-harm now. It adds two kinds of
 * time-critical message: a possible poisoning, and emergency contraception.
 *
 * Tags: the kind (`suicide`, `overdose`, `poisoning`, `contraception`), and `farewell` on the
 * parting words that only mean a goodbye to life when nothing else explains them ("this is goodbye"
 * from someone moving away is not a crisis; the rule looks for the explanation).
 *
 * Sources: NHS, "Help for suicidal thoughts" and "Warning signs of suicide" (nhs.uk); Samaritans,
 * "Signs that someone may be struggling to cope"; NICE CKS, "Suicide risk" and "Self-harm"; NICE
 * NG225 (self-harm); NHS, "Emergency contraception" (nhs.uk); NHS, "Poisoning" and "When to call 999".
 * Entries are written from those pages' descriptions of warning signs, never copied from them.
 */

const WARNING =
  'NHS, "Help for suicidal thoughts" and "Warning signs of suicide" (nhs.uk); Samaritans, "Signs that someone may be struggling to cope"';
const SELF_HARM = 'NHS, "Self-harm" (nhs.uk); NICE CKS, "Self-harm"; NICE NG225';
const MEANS = 'NICE CKS, "Suicide risk" (access to means, planning); NHS, "Paracetamol overdose" (nhs.uk)';
const POISON = 'NHS, "Poisoning" and "When to call 999" (nhs.uk); NHS, "Swallowed button battery" alert (RCEM)';
const EC =
  'NHS, "Emergency contraception (morning after pill, IUD)" (nhs.uk): most effective the sooner it is taken, within 3 to 5 days';

const WHOSE = '(my|the|his|her|all my|all the|all of my|all of the)';
const TABLETS =
  '(tablets|pills|paracetamol|painkillers|meds|medication|sleeping pills|insulin|antidepressants|co-codamol)';

const kind = patternEntries;

export default defineLexicon({
  id: 'crisis',
  inflect: true,
  description: 'Suicidal intent said indirectly, self-harm, poisoning and time-critical contraception, in lay words.',
  entries: [
    ...kind(
      'suicide',
      [
        // A burden, or no reason to go on.
        "(everyone|everybody|they|you|the kids|my family|my kids|the world) (would|will|'d) be better off",
        "better off if i (was|were|wasn't|weren't) (gone|dead|here|around)",
        'better without me',
        '(nobody|no one|noone) (would|will) (even|really|actually|ever|) (miss|notice|care)',
        '(more money|less stress|happier|easier|safer) without me',
        '(just|such) a burden',
        'a burden (to|on) (everyone|everybody|my family|them|you|people)',
        'be a burden any more',
        "don't deserve to (live|be alive|be here)",
        "(life|living) (is not|isn't|is no longer|isnt) worth (it|living)",
        'nothing (left|) to live for',
        'no (reason|point) (to|in) (carry|go|keep) on',
        'no point (going|carrying|keeping) on',
        "(can't|cannot) (carry|go|keep) on (like this|any more|anymore)",
        "(can't|cannot) do this (any more|anymore)",
        "(can't|cannot) cope (any more|anymore)",
        'want (it|everything) (all|) to (stop|end)',
        'want (it|everything) to be over',
        'want to disappear',
        'want to (go to sleep|sleep) and (not|never) wake up',
        'wish i (was|were) dead',
        "wish i (wasn't|weren't) (here|alive|around)",
        "wish i'd never been born",
        'tired of (living|being alive|life)',
        'sick of (living|being alive)',
        // A plan, a method or a time.
        "(know|worked out|planned|decided) (how|when|where) (i'll|i will|i'd|i would|i'm going to|to) (do it|end it)",
        'have a plan to (end|do) it',
        '(end|ending|finish|finishing) (it|things|everything) (tonight|today|this weekend|soon|for good)',
        '(going to|gonna|about to) (end|finish) (it|things|everything)',
        'jump (off|in front of)',
        'step in front of (a|the) (train|bus|lorry|car|traffic)',
        'walk into the (sea|river|canal)',
        'drive (into|off) (a|the) (wall|tree|bridge|cliff)',
        'hang (myself|himself|herself|themselves)',
        '(thoughts|thinking|thought|thinks) (of|about) (ending|killing) (it|things|my life|his life|her life|their life|everything|myself|himself|herself|themselves)',
        'slit my wrists',
        'the rope (is ready|is up|ready)',
        '(bought|got|have|tied) a (rope|noose)',
        "(won't|will not|not going to) be (here|around|alive) (tomorrow|by morning|much longer|for long|next week|by the weekend)",
        // Self-harm now.
        'cut (myself|himself|herself|themselves)',
        'cut my (arms|arm|wrists|wrist|legs|leg|thighs|thigh|skin)',
        'burn myself',
        'burnt myself',
        'scratch myself (till|until)',
        'started (cutting|self harming|harming myself) again',
        'self harm again',
        'relapse with self harm',
      ],
      `${WARNING}; ${SELF_HARM}`,
      'A warning sign of suicide or of self-harm now: 999 or A&E if in danger, and the Samaritans on 116 123.',
    ),
    ...kind(
      ['suicide', 'farewell'],
      [
        'this is goodbye',
        'saying goodbye',
        'say goodbye to everyone',
        'my goodbyes',
        "(won't|will not|wont) need to worry about me",
        "(won't|will not|wont|don't|dont|do not) have to (worry about|look after|care for|deal with|put up with) me",
        "(won't|will not|wont) hear from me again",
        "(won't|will not|wont) see me again",
        "(won't|will not|wont) be a (problem|bother|nuisance|burden) (to anyone|for anyone|any more|anymore|much longer)",
        'by the time (you|anyone|someone) (read|reads|see|sees) this',
        "(when|once) (you|anyone|someone) (read|reads|see|sees|get|gets) this (i'll|ill|i will|i'd|it'll|it will) (be|have|already)",
        'this is my last message',
        'my last message',
        'written (a note|my note|letters|my letters|a letter to my)',
        '(sorted|put) my affairs in order',
        'given away my (things|stuff|belongings|cat|dog)',
        'made my peace',
        "thank you for (everything|all you have done|all you've done) (before i go|one last time)",
      ],
      WARNING,
      'Parting words that can be a goodbye before suicide: the rule first looks for an ordinary reason (moving away, a new practice).',
    ),
    ...kind(
      'overdose',
      [
        `(saved|saving|stockpiled|stockpiling|hoarded|hoarding|stashed) (up|) ${WHOSE} ${TABLETS}`,
        `(saved|saving|stockpiled|stockpiling|hoarded|hoarding|stashed|collected|collecting) (up|) enough`,
        `enough ${TABLETS} to`,
        `a stash of ${TABLETS}`,
        `take ${WHOSE} ${TABLETS} at once`,
        'take them all (tonight|at once|together|now)',
        'take the lot (tonight|at once|together|now)',
        'taken an overdose',
        'took an overdose',
      ],
      MEANS,
      'A means of overdose made ready, or one taken: A&E now, and the Samaritans on 116 123.',
    ),
    ...kind(
      'poisoning',
      [
        '(swallowed|ate|eaten|drank|drunk) (a|the|some|one of the|my) (battery|button battery|magnet|magnets|bleach|washing tablet|dishwasher tablet|liquitab|pod|pods)',
        '(swallowed|ate|eaten|got into) (some|my|his|her|the|a few|a load of) (tablets|pills|meds|medicine|paracetamol|calpol)',
      ],
      POISON,
      'Something swallowed that can poison or burn (tablets, a button battery, a magnet, a cleaning pod): A&E or 999 now.',
    ),
    ...kind(
      'contraception',
      [
        'morning after pill',
        'emergency contraception',
        'emergency pill',
        'condom (split|broke|burst|came off|slipped off)',
        'unprotected sex',
        'had sex without (a condom|protection|contraception)',
      ],
      EC,
      'Emergency contraception works best the sooner it is taken: a pharmacy or sexual health clinic today, or NHS 111.',
    ),
  ],
});

/**
 * Ordinary reasons for a goodbye ("we're moving to Cornwall, so this is goodbye"): with one of these
 * stems in the message, a parting word is read as a parting, not as a crisis.
 */
export const PARTING_REASONS: readonly string[] = [
  'mov',
  'relocat',
  'retir',
  'emigrat',
  'register',
  'new surgery',
  'new practice',
  'new gp',
  'new job',
  'leaving the area',
  'leaving the practice',
  'university',
  'abroad',
  'leaving do',
  'leaving party',
];

/** "Of embarrassment", "of boredom": a wish to die that is a figure of speech. */
export const FIGURATIVE_CAUSES: ReadonlySet<string> = new Set([
  'embarrassment',
  'shame',
  'boredom',
  'laughing',
  'laughter',
  'cringe',
  'envy',
  'jealousy',
]);

/** Works of fiction (nouns that are not also everyday verbs: not "book", "play", "show"): a crisis in one is a story, not the writer's. */
export const FICTION: ReadonlySet<string> = new Set([
  'film',
  'films',
  'movie',
  'movies',
  'episode',
  'series',
  'soap',
  'novel',
  'character',
  'storyline',
  'documentary',
  'netflix',
  'eastenders',
  'corrie',
  'emmerdale',
  'programme',
  'tv',
  'explainer',
  'article',
  'podcast',
  'survivor',
]);

/**
 * An episode told as over ("I used to cut myself", "four years ago", "as a kid", "1 year self harm
 * free", "a year since my overdose"), unless it is back (RECURRED).
 */
export const RESOLVED =
  /\b(?:used to|years? ago|months? ago|(?:a|one|two|three|four|five|six|few|\d+) (?:years?|months?) (?:ago|back|on|since|free|clean|off)|(?<!the )(?:last|this time last) (?:year|summer|winter|spring|autumn|month)|as a (?:kid|child|baby|teenager|teen|student)|when i was (?:a |an |little|young|younger|small|at school|at uni|in my|pregnant|\d)|for years as|back in (?:19|20)\d\d|in (?:19|20)\d\d|no longer|in the past|a long time ago|clean for|harm free|recovered|completely gone|gone now|all better now|settled now|in a (?:better|good|really good) place|doing (?:much |so |a lot |really )?(?:better|well)|saved my life|alive because)\b/;
/** A death by suicide told as a loss or remembered: a bereavement, not a crisis of the writer's. */
export const BEREAVEMENT =
  /\b(?:died by suicide|died of suicide|to suicide|took (?:his|her|their) own life|in memory of|in memoriam|memorial|anniversary of)\b/;
export const RECURRED = /\b(?:again|tonight|today|right now|this week|last night|relapsed|back to)\b/;

/**
 * Cues that are weak alone but a crisis together, read the way a clinician weighs a message: a
 * means or a place ("the rope in the garage", "on the bridge", "the pills lined up"), an act begun
 * ("I've done it", "they're kicking in"), a finality ("my mind's made up", "tell my mum sorry",
 * "I won't be needing the appointment"), a time ("tonight") and despair. Two different kinds in
 * one message (a time only with a means or an act) make the red flag; each is matched on stems.
 * Sources: NICE CKS "Suicide risk" (plans, means, final acts, a date set); Samaritans, "Signs that
 * someone may be struggling to cope"; NHS, "Warning signs of suicide".
 */
function cues(tag: string, patterns: readonly string[]): LexiconEntry[] {
  return kind(
    ['cue', tag],
    patterns,
    `${WARNING}; ${MEANS}`,
    `A ${tag} cue of a suicidal crisis, weighed with others.`,
  );
}

export const CRISIS_CUES = defineLexicon({
  id: 'crisis-cue',
  inflect: true,
  description: 'Means, acts, finality, time and despair: together they make a suicidal crisis.',
  entries: [
    ...cues('means', [
      'rope',
      'noose',
      'ligature',
      'belt round',
      'blade',
      'blades',
      'razor',
      'razors',
      'hosepipe',
      'gaffer tape',
      'shotgun',
      'gun',
      'the bridge',
      'the roof',
      'multi storey',
      'the edge',
      'the platform',
      'the tracks',
      'cliff',
      'cliffs',
      'beachy head',
      'reservoir',
      'the river',
      'the canal',
      'the sea',
      'into a tree',
      'into a wall',
      'chemicals',
      'everything in the cupboard',
      'empty boxes',
      'empty packets',
      'empty blister packs',
      'boxes of paracetamol',
      'packets of paracetamol',
      'got everything ready',
      'got everything i need',
      'with everything i need',
      'everything is ready',
      'cable',
      'cord',
      'razor',
      'the shed',
      'the loft',
      'blister packs',
      'engine running',
      'car running in',
      '(different|several|two|three|four|multiple) (chemists|pharmacies|shops|supermarkets)',
    ]),
    // A supply of tablets is a means only beside an act, a finality or despair ("collect my tablets tomorrow" is not).
    ...cues('supply', [`${WHOSE} ${TABLETS}`, `the ${TABLETS}`, 'the lot', 'bottle of vodka']),
    ...cues('act', [
      'planning my exit',
      'this is it',
      'just need to do it',
      'tied up',
      "(i've|ive|i have) done it",
      'already done it',
      'already started',
      'already taken',
      'kicking in',
      'taken them all',
      'took them all',
      'taken it all',
      'taking all of it',
      'taking it all',
      'took what i needed',
      'taken everything',
      'took everything',
      'on purpose',
      'planning it',
      'planning to',
      // Words that are a crisis only beside another cue ("I've got a plan" for a marathon, "picked out" a dress).
      "(got|have|i've got|ive got) a plan",
      'picked out (a|the) (place|spot|day|date|time)',
      '(planning|planned|worked out) how',
      'been planning',
      'googling ways',
      '(looked up|googled|researched|worked out|know) how (many|much) (it takes|would do it|i need|would be enough|would kill)',
      'doing it (tonight|when|after|once|tomorrow)',
      'ways to do it',
      'do it soon',
      'going to do it',
      'gonna do it',
      'do myself in',
      'doing myself in',
      'top myself',
      'topping myself',
      'not wake up',
      'painless',
      '(let|letting) (a|the) (train|bus|lorry) (go past|pass|go by)',
      'wrote my last',
      'writing my last',
      'written the letters',
      'written letters',
    ]),
    // A goodbye is a crisis cue only beside a means, an act or despair: "goodbye, see you tomorrow" is not.
    // Thanks that look back over the whole relationship ("you were the only one who listened") part like a goodbye.
    ...cues('parting', [
      'goodbye',
      'bye',
      'love you all',
      'love you',
      'thank you for (listening|trying|everything|being there|being kind|your patience|looking after me)',
      'thanks for (listening|trying|everything|being there)',
      'you did your best',
      'you were the only one',
      "(you've|you have) been (so good|so kind|a good doctor|good to me|kind to me)",
      'you were all kind',
      "(it's|its|it has) been a pleasure",
      'been a good run',
      'one last time',
    ]),
    ...cues('finality', [
      'last post',
      'last message',
      'last comment',
      'last night on earth',
      'my last night',
      "won't be here",
      "(don't|dont|do not) think (i'll|ill|i will) be here",
      'my last night',
      'last night on earth',
      "won't be around",
      "won't be needing",
      // Possessions, plans and days the writer says they will not need or see (NICE CKS "Suicide risk":
      // final acts; Samaritans: giving things away, putting affairs in order).
      "(won't|wont|will not|not going to|not gonna) need (it|them|any of it|any of this|anything|my stuff|my things) (after|any more|anymore|again)",
      '(not going to|not gonna|never going to) be (around|here)',
      "(don't|dont|do not) plan on (seeing|being here|being around|making it)",
      "(if i'm|if im|if i am) not (here|on here|around) (tomorrow|by|after)",
      '(left|leaving|written|writing|wrote) (a|the|my) (note|notes|letters|cards) (for|to) (mum|dad|my|the kids|everyone|you|them)',
      '(left|leaving) a note',
      'written the (cards|letters|notes)',
      '(wrote|written|writing) you a (letter|note)',
      "(it|nothing) (won't|wont|will not) matter (any more|anymore|by then|now)",
      'by the time (it|this|the letter) (gets to you|arrives|reaches you)',
      '(sorted|sorting|made|making|written|writing|updated) (my|a) will',
      'tying up loose ends',
      '(cancelled|cancelling|canceled) (the|my) (gas|electric|electricity|milk|milkman|phone|contract|direct debits|subscriptions)',
      '(can have|can keep) (all|) my (stuff|things|belongings|clothes|room)',
      '(giving|gave|given|selling|sold) (away|) (everything|all my stuff|all my things|my stuff|my things|all my belongings)',
      "won't need the",
      "don't think i'll be here",
      'other side',
      'tell my (mum|dad|kids|wife|husband|family|son|daughter)',
      'look after (mum|dad|my|the kids|the dog|the cat)',
      'sorry for (everything|the mess|being difficult|being a burden|wasting your time|all the drama)',
      "the mess i'm leaving",
      'made my mind up',
      'mind is made up',
      "i've decided",
      'chosen (my|our|a|the) date',
      'date in my head',
      "tonight's the night",
      'tonight is the night',
      "tonight('s| is) the (one|day|time)",
      'after tonight',
      'peace out',
      'at peace',
      'the right thing',
      'my funeral',
      "(it will|it'll|itll) all be over",
      'finally be at peace',
      '(notes|letters|a note|a letter) for my (kids|children|family|mum|dad|wife|husband|partner|son|daughter|girls|boys)',
      "don't try and call",
      "don't try to call",
      "don't ring",
      'dont ring',
      "don't call",
      'dont call',
      'pls dont call',
      "don't tell my",
      'nothing you could have done',
      'left the dog with',
      'giving my dog to',
      'by then',
      "i'm going too",

      '(cleared|clearing|sorted|sorting) (out|) (my|all my) (things|stuff|belongings|room|flat|loft)',
      '(giving|gave|given) away (my|all my) (things|stuff|belongings|clothes)',
      'given away',
      'arranged for the (cat|dog)',
      // Absolving others in advance (NICE CKS "Suicide risk": final acts, notes).
      "(it's|its|it is|it was|it wasn't|it wasnt) not (anyone's|anyones|anybody's|their|her|his|your) fault",
      "(it's|its|it) (isn't|isnt|wasn't|wasnt) (anyone's|anyones|anybody's|their|her|his|your) fault",
      "(nobody's|nobodys|no one's) fault",
      "(wasn't|wasnt|isn't|isnt|not) anything anyone (did|did wrong|could have done)",
      // Making oneself no trouble to others, and saying the last things.
      'make (it|things|life) easier for everyone',
      '(better|easier) this way',
      'said what i (needed|wanted|had) to say',
      '(got|have) what i need',
      "you don't have to bother",
      "don't bother ringing",
      "won't be answering",
    ]),
    // Someone who has gone quiet after a goodbye or with a means: "isn't answering", "phone's off".
    ...cues('missing', [
      "(isn't|isnt|is not|not) answering",
      "(isn't|isnt|is not|not|stopped) replying",
      'not picking up',
      '(phone|phones) (is|has been|been|) (off|switched off|going to voicemail)',
      "(can't|cannot|cant) find (him|her|them)",
      'nobody knows where (he|she|they) (is|are)',
      'gone missing',
    ]),
    ...cues('time', ['today', 'tomorrow', 'this weekend', 'soon']),
    // Tonight and right now are nearer: with a means at hand they are a crisis ("the rope's ready, tonight").
    ...cues('tonight', ['tonight', 'right now']),
    ...cues('despair', [
      'no point',
      'had enough',
      "can't do it anymore",
      "can't do it any more",
      'done asking',
      'nobody listens',
      'nobody cares',
      'weight round',
      'want this to be over',
      'want it all to stop',
      'thoughts',
      '(the|my) (tablets|pills|rope|bridge) it is',
      'voice telling me',
      'not right',
      "can't do another",
      'tired of being here',
      'failed again',
      'not even a joke',
      'voices telling me',
    ]),
  ],
});

/**
 * A question or a statement about how much of a medicine would be lethal ("how many would make you not
 * wake up", "is it painless if you take all your insulin"): NICE CKS "Suicide risk" lists researching
 * methods among the signs of a plan. With a medicine in the same sentence, an overdose risk.
 */
export const LETHALITY: readonly string[] = [
  'lethal',
  'fatal',
  'deadly',
  'painless',
  'kill me',
  'kill you',
  'kill someone',
  'kill a person',
  'not wake up',
  'never wake up',
  "wouldn't wake up",
  'enough to die',
  'to end it',
];

/**
 * A medicine gathered for later ("saving my sertraline", "stockpiling the zopiclone"): access to means
 * (NICE CKS "Suicide risk"). Read before any medicine the analysis knows, not only the common words.
 * Not "collect" or "keep": people collect prescriptions and keep tablets in a cupboard.
 */
export const STOCKPILING: readonly string[] = [
  'saving',
  'saved',
  'stockpiling',
  'stockpiled',
  'hoarding',
  'hoarded',
  'stashing',
  'stashed',
  'squirrelling',
  'squirrelled',
  'counting',
];

/**
 * A supply set out to hand ("pills are counted out", "all my tablets in front of me"): beside a medicine,
 * a means made ready, which still needs a second cue (a finality, despair, a goodbye) to be a crisis.
 */
export const SET_OUT: readonly string[] = ['counted out', 'lined up', 'laid out', 'set out', 'in front of me'];

/**
 * Words that say a symptom is settling ("it has eased", "the rash fades", "she's feeding fine"): a
 * message that says so is not read as an emergency by the learned model, which reads words and not
 * their direction. Source: NHS, "When to call 999" and NICE CKS feverish illness in children (a child
 * feeding and responding normally is reassuring).
 */
export const SETTLING = new Set([
  'eased',
  'easing',
  'settled',
  'settling',
  'fades',
  'faded',
  'fading',
  'cleared',
  'clearing',
  'improving',
  'improved',
  'subsided',
  'subsiding',
  'better',
]);
/** Doing an everyday thing normally ("feeding fine", "breathing ok", "otherwise well"). */
export const DOING = new Set(['feeding', 'eating', 'drinking', 'breathing', 'sleeping', 'otherwise', 'playing']);
export const NORMALLY = new Set(['fine', 'well', 'ok', 'okay', 'normally', 'normal']);

/** The words of a sign-off ("bye for now", "thanks, see you soon x"): a closing formula, not a farewell. */
export const SIGN_OFF: ReadonlySet<string> = new Set([
  'bye',
  'for',
  'now',
  'thanks',
  'thank',
  'you',
  'cheers',
  'see',
  'soon',
  'later',
  'x',
  'xx',
  'xxx',
  'ta',
  'speak',
  'talk',
  'then',
]);
