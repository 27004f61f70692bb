import { defineLexicon, type LexiconEntry } from '../text/lexicon.js';
import { expandPattern } from './red-flag.js';

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

function kind(
  tags: string | readonly string[],
  patterns: readonly string[],
  source: string,
  note: string,
): LexiconEntry[] {
  const tagList = typeof tags === 'string' ? [tags] : tags;
  const seen = new Set<string>();
  const out: LexiconEntry[] = [];
  for (const p of patterns) {
    for (const phrase of expandPattern(p)) {
      if (seen.has(phrase)) continue;
      seen.add(phrase);
      out.push({ phrase, tags: tagList, source, note });
    }
  }
  return out;
}

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
        '(nobody|no one|noone) would (miss|notice|care)',
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
        'step in front of a (train|bus|lorry|car)',
        'walk into the (sea|river|canal)',
        'drive (into|off) (a|the) (wall|tree|bridge|cliff)',
        'hang myself',
        'slit my wrists',
        'the rope (is ready|is up|ready)',
        '(bought|got|have|tied) a (rope|noose)',
        "(won't|will not|not going to) be (here|around|alive) (tomorrow|by morning|much longer|for long|next week|by the weekend)",
        // Self-harm now.
        'cut myself',
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
        "(won't|will not|wont) have to worry about me",
        "(won't|will not|wont) hear from me again",
        "(won't|will not|wont) see me again",
        "(won't|will not|wont) be a (problem|bother|nuisance|burden) (to anyone|any more|anymore|much longer)",
        'by the time (you|anyone|someone) (read|reads|see|sees) this',
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
        `(saved|saving|stockpiled|stockpiling|hoarded|hoarding|stashed|collected|collecting|kept) (up|) ${WHOSE} ${TABLETS}`,
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
        '(swallowed|eaten|eat|drunk|drank|drink) (a|the|some|one of the|one of my|my|his|her) (battery|button battery|magnet|magnets|bleach|washing tablet|dishwasher tablet|liquitab|pod|pods)',
        '(swallowed|eaten|eat|got into) (some|my|his|her|the|a few|a load of|a couple of) (tablets|pills|meds|medicine|paracetamol|calpol)',
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

/** Works of fiction and reports: a crisis in one is a plot or a story, not the writer's. */
export const FICTION: ReadonlySet<string> = new Set([
  'film',
  'films',
  'movie',
  'movies',
  'episode',
  'series',
  'soap',
  'novel',
  'book',
  'character',
  'storyline',
  'plot',
  'documentary',
  'drama',
  'netflix',
  'eastenders',
  'corrie',
  'emmerdale',
  'play',
]);

/** A self-harm episode told as resolved ("I used to cut myself", "years ago"), unless it is back. */
export const RESOLVED =
  /\b(?:used to|years ago|when i was (?:younger|a teenager|a teen|at school|at uni|little)|back in (?:19|20)\d\d|no longer|in the past|a long time ago|clean for|recovered|in a better place|doing (?:much |so |a lot )?better)\b/;
export const RECURRED = /\b(?:again|tonight|today|right now|this week|last night|relapsed|back to)\b/;
