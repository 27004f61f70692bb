import type { Analysis } from '../../analysis/analyse.js';
import { PerAnalysis } from '../../analysis/memo.js';
import { placeSize } from '../../data/uk-places.js';
import { POINTS_PER_WEIGHT } from '../../data/quasi-identifier.js';
import { defineRule, type RuleHit } from '../../rule.js';
import type { LexiconHit } from '../../text/matcher.js';
import type { Draft, Suggestion } from '../../types.js';
import { matchesOf } from '../../text/prefilter.js';
import { anonymisedOrConsented } from '../../analysis/case-basis.js';
import { AUTHOR_FAMILY, type Cue, type Kind, ageCues, withArticle } from '../../analysis/ages.js';
import { singlingOut } from '../../analysis/singling-out.js';
import { careEncounters } from '../../analysis/care-encounter.js';

/*
 * How the rule decides (the k-anonymity idea, scored like Presidio: cues, weights, a threshold).
 *
 * 1. Find the patient: a sentence that describes a person (an age, a sex word, a job) within a
 *    sentence of something that makes it about care (a patient word, a clinical word, an encounter
 *    or act of care such as "saw", "came in", "treated", "I'm her GP" (analysis/care-encounter.ts).
 * 2. In that window (the sentence before, the sentence, the sentence after) collect quasi-identifiers
 *    and keep the strongest of each kind:
 *       age          exact ("34-year-old", "aged 9")             1.0   band ("in her 60s", "elderly")  0.5
 *       sex          "woman", "boy", "he"                        0.3
 *       occupation   ordinary 1.0 · one-or-two-a-town (vicar, head teacher) 1.5 · public figure 2.0
 *       place        unlisted small place or street or school 1.5 · listed town 1.0 · unnamed village 1.0
 *                    city or county 0.5 · ward, or an unnamed estate or street 0.6–0.7 · abroad 0.3
 *                    a full postcode 2.0
 *       condition    rare (Orphanet) 1.0 · notifiable or outbreak 0.7
 *       time         "this morning", "last Tuesday", a date 0.5 · a clock time 0.7
 *       event        unusual ("widowed", "twins", "collapsed at the carnival", "our only patient with") 1.5
 *                    death or pregnancy 1.0
 * 3. Fire when at least three kinds are present, at least one of them is a strong cue (a place, a rare
 *    condition, an unusual event or a role a town has one of: weight ≥ 1 outside age and time, or a
 *    rare condition), and the sum reaches the threshold for the setting: 2.5 for public posts, replies,
 *    comments and group chats (read by many, some of whom know the patient), 3.5 for a direct message or
 *    an email (one reader, who is usually a colleague).
 *
 * Stays silent where the author says the details were changed or the patient agreed, where the draft
 * names the patient (confidentiality.direct-identifier already stops it), and on news reports.
 */

const KIND_LABEL: Record<Kind, string> = {
  age: 'age',
  sex: 'sex',
  occupation: 'occupation',
  place: 'place',
  condition: 'condition',
  time: 'date or time',
  event: 'unusual event',
};

// ---------------------------------------------------------------------------------------------
// Patterns (linear, compiled once)

const CLOCK = /\b(?:at )?(?:[01]?\d|2[0-3])[.:][0-5]\d(?: ?[ap]m)?\b|\b(?:at )?(?:1[0-2]|[1-9]) ?[ap]m\b/gi;

const PLACE_PREFIX = String.raw`(?:St\.? |Great |Little |Upper |Lower |North |South |East |West |Old |New |Market |Long |Much |King's |Kings |Bishop's )?`;
const CAP = String.raw`[A-Z][a-z]+(?:-[a-z]+-[A-Z][a-z]+)?`;
const PREP_PLACE = new RegExp(
  String.raw`\b(in|from|at|near|outside|out at|up at|over at|down at|round at)\s+(${PLACE_PREFIX}${CAP}(?: (?:upon|on|under|le)(?: [A-Z][a-z]+)| ${CAP})?)`,
  'g',
);
const STREET = new RegExp(
  String.raw`\b(?:${CAP} ){1,2}(?:Lane|Road|Street|Avenue|Close|Drive|Crescent|Terrace|Gardens|Grove|Row|Walk|Mews|Square|Rise|Estate|Rd|Ave|Ln|St(?!\.? [A-Z]))\b`,
  'g',
);
const SCHOOL = new RegExp(
  String.raw`\b(?:St\.? ${CAP}(?:'s)?|${CAP}(?: ${CAP})?) (?:[Pp]rimary|[Ii]nfants?|[Jj]uniors?|Academy|High School|Grammar|School|College|[Cc]hurch|[Cc]hapel|[Mm]osque|[Tt]emple|Gurdwara|[Ss]ynagogue)\b`,
  'g',
);
const SAINT = /\bSt\.? [A-Z][a-z]+(?:'s)?/g;
const ROAD = /\b[AM]\d{1,4}\b/g;
const WARD = /\bward \d{1,2}\b|\b[A-Z][a-z]+ [Ww]ard\b/g;
const NAMED_EVENT = new RegExp(
  String.raw`\bthe (${CAP}(?: ${CAP})?) (?:carnival|show|fete|fête|fair|festival|marathon|half marathon|10k|gala|races|regatta|parade)\b`,
  'g',
);
/** "our only heart transplant recipient", "the youngest ever mayor", "the last surviving member of the crew". */
const UNIQUE_ONE =
  /(?<!\b(?:i'm|im|i am|as|was) )\b(?:the|our|my|his|her|their) (?:only|sole|youngest|oldest|longest[- ](?:registered|serving|standing)|last surviving|first ever)(?: ever)?(?: [^\s.!?]+){0,3}? (?:patient|recipient|person|man|woman|lady|gent|gentleman|family|child|boy|girl|lad|member|mum|dad|resident|[a-z]{3,}(?:er|or|ist|ian))\b/gi;
/** "the crash on the A340", "last week's level crossing incident", "the Castle Park bonfire incident". */
const KNOWN_INCIDENT =
  /\b(?:the|that|last (?:night|week)'s|yesterday's|this morning's|[a-z]+day's)(?: [^\s.!?]+){0,3}? (?:crash|accident|incident|collision|explosion|stabbing|drowning|rescue|pile-up|house fire|fire at)\b(?! (?:log|form|report|number|book|policy|reporting))/gi;
/** "the man in the red Transit", "the lady with the parrot", "the family who moved into the old vicarage". */
const DESCRIBED_ONE =
  /\bthe (?:man|woman|lady|gentleman|gent|lad|girl|boy|family|couple|bloke|guy|chap|fella) (?:in the|with the|w the|who (?:lives|parks|runs|moved|won|drives|sells)|from the|above the|at the end)\b/gi;
const SINGLING_SHAPES: readonly [RegExp, number][] = [
  [UNIQUE_ONE, 1.5],
  [KNOWN_INCIDENT, 1.5],
  [DESCRIBED_ONE, 1],
];
/** A role held at a named place ("landlord of the Red Lion", "frontman of the covers band at the Fox & Hounds"). */
const ROLE_AT_PLACE =
  /\bthe (?:[a-z]+ )?[a-z]+(?:er|or|man|lord|lady|ist|ess|master|keeper) (?:of|from|at) the (?:[a-z]+ ){0,3}?[A-Z][a-z]+\b/g;
const PLACE_SHAPE =
  /(?:ton|ley|ly|ham|ford|by|bury|borough|brough|burgh|field|wick|worth|chester|caster|cester|mouth|pool|well|stead|minster|thorpe|combe|coombe|dale|den|don|hurst|port|bridge|church|cliffe|cliff|wood|moor|more|gate|head|holme|keld|thwaite|beck|wich|ing|ings|hill|green|marsh|haven|ness|toft|bourne|burn|lea|leigh|low|sea)$/;
const NOT_PLACES = new Set(
  (
    'i the a an this that these those my our your his her their its it we you he she they there here what when who which january february ' +
    'march april may june july august september october november december monday tuesday wednesday thursday friday saturday ' +
    'sunday christmas easter ramadan eid diwali hanukkah passover advent lent year resus majors minors reception english ' +
    'polish urdu punjabi bengali arabic french spanish welsh gaelic teams zoom whatsapp facebook twitter instagram tiktok ' +
    'linkedin google tesco asda aldi lidl sainsbury morrisons boots costa greggs dr mr mrs ms miss mx prof professor nurse sister ' +
    'god church surgery practice clinic hospital ward primary general nhs covid flu ae gp'
  ).split(' '),
);
const ORG_AFTER =
  /^(?:'s)? ?(?:Surgery|Practice|Medical|Health|Hospital|Infirmary|Clinic|Centre|Center|PCN|ICB|Trust|University|Council|Group|Pharmacy|Ltd|Hospice|Partnership|Conference|Road Practice|House Surgery)\b/;

const NEWS =
  /\b(?:according to (?:the )?(?:bbc|police|reports|news|a report)|(?:bbc|itv|sky news|the guardian|the times|local paper|the paper) (?:reports|reported|says)|(?:news|police) (?:reports|report) that|an inquest (?:heard|was told)|the coroner)\b/i;
const SELF_OR_COLLEAGUE_BEFORE =
  /\b(?:our|my|your|as an?|i'm an?|i am an?|i was an?|i work as an?|fellow|colleague|colleagues|the practice|the school|the district|a practice)\s+(?:[a-z'-]+\s+)?$/i;

const STAFF_TAG = 'staff';
const INNER_CAPITAL = /[^\s.!?]\s+[A-Z]/;
const LOCAL_BEFORE = /\b(?:local|village|town's|village's|city's|only|our local|the new|the old)\s+$/i;
/** Clinical words that happen to anyone (a death in a colleague's family, a fall): not by themselves a sign of care. */
const NOT_CARE = new Set([
  'died',
  'death',
  'dying',
  'passed away',
  'fall',
  'falls',
  'condition',
  'illness',
  'poorly',
  'unwell',
]);
const TIME_TAIL = /^ (?:morning|afternoon|evening|night|lunchtime)\b/i;

/** The range to delete with a place: the preposition before it ("from Keld", "at the end of Beck Lane"). */
const PLACE_LEAD =
  /(?:,\s*)?\b(?:in|from|at|near|outside|on|out at|up at|over at|down at)(?: the(?: (?:end|top|bottom|corner) of(?: the)?)?)?\s+$/i;
function dropPlace(text: string, start: number, end: number): { start: number; end: number; text: string } {
  const from = Math.max(0, start - 32);
  const lead = PLACE_LEAD.exec(text.slice(from, start));
  const s = lead ? from + lead.index : start;
  return { start: s, end, text: '' };
}

function collectCues(a: Analysis): Cue[] {
  const text = a.text;
  const cues: Cue[] = [];
  const q = a.hits('quasi-identifier');
  const people = a.targets.namedPeople;

  const digits = /\d/.test(text);
  if (digits || /ties\b|teens\b/.test(text)) cues.push(...ageCues(text));

  // Lexicon cues.
  for (const h of q) {
    const tags = h.entry.tags ?? [];
    const w = (h.entry.weight ?? 1 / POINTS_PER_WEIGHT) * POINTS_PER_WEIGHT;
    const kind = tags[0];
    if (kind === 'occupation') {
      if (!occupationCounts(a, h, tags.includes(STAFF_TAG))) continue;
      const said = text.slice(h.start, h.end);
      const possessive = /'s$/.test(said);
      const noun = tags.includes('plural') ? 'professionals' : 'professional';
      const retired = /\bretired $/i.exec(text.slice(Math.max(0, h.start - 8), h.start));
      // "the local butcher", "the town's only dentist", "the village postman": one person, not a trade.
      const local = LOCAL_BEFORE.test(text.slice(Math.max(0, h.start - 16), h.start));
      const weight = local ? Math.max(w + 0.5, 1.5) : w;
      cues.push({
        kind: 'occupation',
        start: h.start,
        end: h.end,
        weight,
        strong: weight >= 1.5,
        ...(possessive
          ? {}
          : { replace: withArticle(text, retired ? h.start - 8 : h.start, h.end, retired ? `retired ${noun}` : noun) }),
      });
    } else if (kind === 'rare-condition') {
      cues.push({
        kind: 'condition',
        start: h.start,
        end: h.end,
        weight: w,
        strong: true,
        replace: generaliseCondition(text, h.start, h.end),
      });
    } else if (kind === 'event' || kind === 'unique') {
      cues.push({ kind: 'event', start: h.start, end: h.end, weight: w, strong: w >= 1.5 });
    } else if (kind === 'locality') {
      cues.push({
        kind: 'place',
        start: h.start,
        end: h.end,
        weight: w,
        strong: w >= 1,
        replace: dropPlace(text, h.start, h.end),
      });
    } else if (kind === 'time') {
      const tail = TIME_TAIL.exec(text.slice(h.end, h.end + 12));
      const r =
        h.entry.phrase === 'this term' || h.entry.phrase === 'this week' || h.entry.phrase === 'bank holiday'
          ? undefined
          : { start: h.start, end: h.end + (tail ? tail[0].length : 0), text: 'recently' };
      cues.push({ kind: 'time', start: h.start, end: h.end, weight: w, strong: false, ...(r ? { replace: r } : {}) });
    } else if (kind === 'age-band') {
      cues.push({ kind: 'age', start: h.start, end: h.end, weight: w, strong: false });
    } else if (kind === 'sex') {
      cues.push({ kind: 'sex', start: h.start, end: h.end, weight: w, strong: false });
    }
  }

  // An ordinary diagnosis: weak, but it is what makes the rest health information.
  for (const h of a.hits('clinical')) {
    if (h.entry.tags?.[0] !== 'condition' || NOT_CARE.has(h.entry.phrase)) continue;
    cues.push({ kind: 'condition', start: h.start, end: h.end, weight: 0.3, strong: false });
  }

  // Clock times and dates of the encounter.
  if (digits)
    for (const m of matchesOf(CLOCK, text))
      cues.push({
        kind: 'time',
        start: m.index,
        end: m.index + m[0].length,
        weight: 0.7,
        strong: false,
        replace: { start: m.index, end: m.index + m[0].length, text: 'recently' },
      });
  if (digits) {
    for (const id of a.identifiers) {
      if (id.kind === 'date') cues.push({ kind: 'time', start: id.start, end: id.end, weight: 0.5, strong: false });
      // A full postcode covers about fifteen addresses (Royal Mail): nearly an address by itself.
      if (id.kind === 'postcode')
        cues.push({
          kind: 'place',
          start: id.start,
          end: id.end,
          weight: 2,
          strong: true,
          replace: dropPlace(text, id.start, id.end),
        });
    }
  }
  // Places.
  const place = (start: number, end: number, weight: number) => {
    if (people.some((p) => start < p.end && end > p.start)) return;
    cues.push({ kind: 'place', start, end, weight, strong: weight >= 1, replace: dropPlace(text, start, end) });
  };
  if (/\bward\b/i.test(text)) {
    for (const m of matchesOf(WARD, text)) place(m.index, m.index + m[0].length, 0.7);
  }
  // Shapes that single one person out whatever the words: the only or youngest one, a known incident, a
  // description only one person fits ("the man in the red van who parks by the Co-op").
  for (const [re, weight] of SINGLING_SHAPES)
    for (const m of matchesOf(re, text)) {
      const end = m.index + m[0].length;
      // A listed cue over the same words is the better reading (and carries its own replacement).
      if (!cues.some((c) => c.start < end && c.end > m.index))
        cues.push({
          kind: 'event',
          start: m.index,
          end,
          weight,
          strong: weight >= 1.5,
          ...(re === KNOWN_INCIDENT ? { incident: true } : {}),
        });
    }
  // Named places have capital letters: without one after the first word there is nothing more to look for.
  if (!INNER_CAPITAL.test(text)) return cues;
  // "the landlord of the Red Lion", "the drummer from the band that headlined Boardmasters": a role at a named place.
  for (const m of matchesOf(ROLE_AT_PLACE, text)) {
    const end = m.index + m[0].length;
    if (!cues.some((c) => c.start < end && c.end > m.index))
      cues.push({ kind: 'event', start: m.index, end, weight: 1.5, strong: true });
  }

  for (const m of matchesOf(PREP_PLACE, text)) {
    const prep = m[1] as string;
    const name = m[2] as string;
    const start = m.index + m[0].length - name.length;
    const end = start + name.length;
    const first = (name.split(/[ -]/)[0] ?? '').toLowerCase();
    if (NOT_PLACES.has(first) && !/^st\.?$/.test(first)) continue;
    if (ORG_AFTER.test(text.slice(end, end + 20))) continue;
    const size = placeSize(name) ?? placeSize(name.split(' ')[0] ?? '');
    if (size === 'city') place(start, end, 0.5);
    else if (size === 'town') place(start, end, 1);
    else if (size === 'abroad') place(start, end, 0.3);
    else {
      const shaped =
        PLACE_SHAPE.test(name.toLowerCase()) ||
        /^(?:St\.?|Great|Little|Upper|Lower|North|South|East|West|Old|New|Market|Long|Much|King's|Kings|Bishop's) /.test(
          name,
        );
      const tokenAfter = text.slice(end, end + 3);
      if (/^'s/.test(tokenAfter)) continue; // "at Helen's leaving do"
      if (shaped || prep === 'in' || prep === 'near' || prep.includes(' ')) place(start, end, 1.5);
    }
  }
  for (const re of [STREET, SCHOOL]) {
    for (const m of matchesOf(re, text)) {
      const end = m.index + m[0].length;
      if (ORG_AFTER.test(text.slice(end, end + 20))) continue;
      place(m.index, end, 1.5);
    }
  }
  // "the Wexley carnival": a named local event, generalised rather than dropped.
  for (const m of matchesOf(NAMED_EVENT, text)) {
    const end = m.index + m[0].length;
    if (people.some((p) => m.index < p.end && end > p.start)) continue;
    cues.push({
      kind: 'place',
      start: m.index + 4,
      end,
      weight: 1.5,
      strong: true,
      replace: { start: m.index, end, text: /^T/.test(m[0]) ? 'A local event' : 'a local event' },
    });
  }
  for (const m of matchesOf(SAINT, text)) {
    const end = m.index + m[0].length;
    if (ORG_AFTER.test(text.slice(end, end + 20))) continue;
    place(m.index, end, 1);
  }
  if (digits) for (const m of matchesOf(ROAD, text)) place(m.index, m.index + m[0].length, 1);
  return cues;
}

/** Whether an occupation word describes the patient, not the author or a named colleague. */
function occupationCounts(a: Analysis, h: LexiconHit, staff: boolean): boolean {
  const before = a.text.slice(Math.max(0, h.start - 40), h.start);
  if (SELF_OR_COLLEAGUE_BEFORE.test(before)) return false;
  // Next to a named person ("Dr Glenys Pugh, our senior partner", "Mr Yates, the consultant"): that person's role.
  if (a.targets.namedPeople.some((p) => Math.abs(p.end - h.start) < 16 || Math.abs(h.end - p.start) < 16)) return false;
  if (a.targets.roles.some((r) => r.start === h.start && /\b(?:our|my|your)\b/i.test(before.slice(-12)))) return false;
  if (staff) {
    // A health role counts only as "the nurse who…", "a paramedic from…": someone described, not a colleague at work.
    const next = a.text.slice(h.end, h.end + 12);
    return /\b(?:the|a|an)\s+(?:[a-z]+\s+)?$/i.test(before) && /^\s+(?:who|from|at|in|whose|with)\b/i.test(next);
  }
  return true;
}

/** "with Wilson's disease" → "with a rare condition"; "the same rare porphyria" → "the same rare condition". */
function generaliseCondition(
  text: string,
  start: number,
  rawEnd: number,
): { start: number; end: number; text: string } {
  const noun = /^ (?:disease|syndrome|disorder)\b/i.exec(text.slice(rawEnd, rawEnd + 10));
  const end = rawEnd + (noun ? noun[0].length : 0);
  const before = text.slice(Math.max(0, start - 24), start);
  const rare = /\brare $/i.exec(before);
  const det = /\b(?:a|an|the|same|this|that|his|her|their|of|my)\s+(?:rare\s+)?$/i.exec(before);
  if (det) return { start: rare ? start - rare[0].length : start, end, text: rare ? 'rare condition' : 'condition' };
  return { start: rare ? start - rare[0].length : start, end, text: 'a rare condition' };
}

/** Sentences that are about someone's care: a patient word, a clinical word, or an encounter. */
const CARE = new PerAnalysis<Set<number>>();

/** Sentences about care (computed once per draft: the gate asks first). */
function careSentences(a: Analysis): Set<number> {
  let out = CARE.get(a);
  if (!out) CARE.set(a, (out = findCareSentences(a)));
  return out;
}

function findCareSentences(a: Analysis): Set<number> {
  const out = new Set<number>();
  for (const id of ['patient-ref', 'clinical', 'patient-slang']) {
    for (const h of a.hits(id)) if (!NOT_CARE.has(h.entry.phrase)) out.add(a.sentenceAt(h.start));
  }
  for (const h of a.hits('quasi-identifier'))
    if (h.entry.tags?.[0] === 'rare-condition') out.add(a.sentenceAt(h.start));
  for (const c of careEncounters(a)) out.add(a.sentenceAt(c.start));
  return out;
}

/** Whether the draft names the patient outright (the direct-identifier rule's job). */
function namesPatient(a: Analysis): boolean {
  if (!/\d|[A-Z][a-z]+ [A-Z]|@/.test(a.text)) return false;
  return a.identifiers.some(
    (id) =>
      id.confidence >= 0.5 &&
      (id.subject === 'patient' || id.subject === 'person') &&
      (id.kind === 'name' ||
        id.kind === 'nhs-number' ||
        id.kind === 'date-of-birth' ||
        id.kind === 'hospital-number' ||
        id.kind === 'address' ||
        // A postcode the direct-identifier rule takes as the patient's (theirs, in a draft about care).
        (id.kind === 'postcode' && id.subject === 'patient')),
  );
}

interface Cluster {
  cues: Cue[];
  top: Map<Kind, Cue>;
  score: number;
  kinds: Set<Kind>;
  strong: boolean;
}

function bestCluster(a: Analysis, cues: Cue[], care: Set<number>): Cluster | undefined {
  const bySentence = new Map<number, Cue[]>();
  for (const c of cues) {
    const si = a.sentenceAt(c.start);
    const list = bySentence.get(si);
    if (list) list.push(c);
    else bySentence.set(si, [c]);
  }
  let best: Cluster | undefined;
  for (const [si, list] of bySentence) {
    // The anchor: a sentence describing a person (age, sex, occupation) near care.
    if (
      !list.some(
        (c) =>
          c.kind === 'age' ||
          c.kind === 'sex' ||
          c.kind === 'occupation' ||
          // A known incident describes an event, not a person: "the fire at the chippy" alone is no patient.
          (c.kind === 'event' && c.weight >= 1.5 && !c.incident),
      )
    )
      continue;
    if (!care.has(si) && !care.has(si - 1) && !care.has(si + 1)) continue;
    const window = [...(bySentence.get(si - 1) ?? []), ...list, ...(bySentence.get(si + 1) ?? [])];
    const s = a.sentences[si];
    if (s && AUTHOR_FAMILY.test(a.text.slice(s.start, s.end))) continue;
    const top = new Map<Kind, Cue>();
    for (const c of window) {
      const t = top.get(c.kind);
      if (!t || c.weight > t.weight) top.set(c.kind, c);
    }
    let score = 0;
    let strong = false;
    for (const c of top.values()) {
      score += c.weight;
      if (c.strong) strong = true;
    }
    const cluster: Cluster = { cues: window, top, score, kinds: new Set(top.keys()), strong };
    if (!best || score > best.score) best = cluster;
  }
  return best;
}

const DIRECT = new Set(['direct-message', 'email']);

export default defineRule({
  id: 'confidentiality.indirect-identification',
  category: 'confidentiality',
  severity: 'stop',
  guidance: 'Confidentiality',
  readers: ['patient', 'gmc', 'judge'],
  description:
    'Enough quasi-identifiers together (age, sex, place, occupation, rare condition, date, unusual event) to single a patient out.',
  rationale:
    'The Confidentiality section of "The pitfalls of social media usage and how to avoid them" (Londonwide LMCs) warns that a patient can be recognised from what is shared even when no name is given. ' +
    'An age, a job, a village, a rare diagnosis and the day they were seen each look harmless, but together they can leave only one person who fits, and neighbours, colleagues and journalists will work it out. ' +
    'The patient would object first; the GMC and a court would treat it as a breach of confidence. The fix is to generalise: an age band instead of an age, no place, "a rare condition" instead of its name.',
  examples: {
    flagged: [
      "Saw a 34-year-old pregnant primary school teacher from Little Whitcombe today with Wilson's disease. Fascinating case.",
      {
        text: 'Twin brothers in their 40s, both dentists in Ilkley, both with the same rare porphyria. Any tips?',
        channel: 'group-chat',
      },
      "The lollipop lady outside St Mary's primary came in yesterday with TB.",
    ],
    clean: [
      'Over-65s are eligible for the flu jab: book on the NHS App or ring reception.',
      'Teaching point: a patient with chest pain that comes on when walking uphill is angina until proven otherwise.',
      'After 31 years at Marsh Road Practice, our senior partner Dr Glenys Pugh retires on Friday. She has delivered hundreds of babies.',
      'Teaching case (a composite, details changed): a 52-year-old farmer from a small village with painless jaundice.',
    ],
  },
  // A finding needs a sentence about care, or a description that singles a patient out beside their health.
  gate: ({ draft, analysis }) => careSentences(analysis).size > 0 || singlingOut(draft, analysis) !== undefined,
  detect({ draft, analysis: a }): RuleHit[] {
    // Cheapest tests first: no strong cue, no finding; the wording checks run only on a would-be finding.
    const cues = collectCues(a);
    const care = careSentences(a);
    const cluster = cues.some((c) => c.strong) && care.size > 0 ? bestCluster(a, cues, care) : undefined;
    const direct = DIRECT.has(draft.channel);
    const threshold = direct ? 3.5 : 2.5;
    if (!cluster || cluster.kinds.size < 3 || !cluster.strong || cluster.score < threshold) {
      const described = singled(draft, a);
      return described ? [described] : [];
    }
    if (anonymisedOrConsented(a.text) || NEWS.test(a.text) || namesPatient(a)) return [];

    const cs = [...cluster.cues].sort((x, y) => x.start - y.start);
    const tops = [...cluster.top.values()];
    const start = Math.min(...tops.map((c) => c.start));
    const end = Math.max(...tops.map((c) => c.end));
    const order: Kind[] = ['age', 'sex', 'occupation', 'place', 'condition', 'time', 'event'];
    const kinds = order.filter((k) => cluster.kinds.has(k));
    const shown = kinds.map((k) => {
      const top = cs.filter((c) => c.kind === k).sort((x, y) => y.weight - x.weight)[0];
      return top ? `${KIND_LABEL[k]} ("${a.text.slice(top.start, top.end)}")` : KIND_LABEL[k];
    });

    // Generalisations: one per cue, never overlapping, strongest kinds first.
    const suggestions: Suggestion[] = [];
    const taken: Array<[number, number]> = [];
    const replaceable = cluster.cues
      .filter((c) => c.replace && c.kind !== 'sex')
      .sort((x, y) => y.weight - x.weight || y.end - y.start - (x.end - x.start) || x.start - y.start);
    for (const c of replaceable) {
      const r = c.replace as { start: number; end: number; text: string };
      if (taken.some(([s, e]) => r.start < e && r.end > s)) continue;
      taken.push([r.start, r.end]);
      suggestions.push({ kind: 'replace', start: r.start, end: r.end, text: capitaliseAtSentenceStart(a, r) });
    }
    suggestions.sort((x, y) => (x.start ?? 0) - (y.start ?? 0));
    mergeAdjacent(a.text, suggestions);
    suggestions.push({
      kind: 'advice',
      text: 'Keep only what the point needs: an age band rather than an age, no place or workplace, "a rare condition" rather than its name, no day or time, and leave out unusual events. If the patient has agreed to be described, record their consent and say so.',
    });

    const confidence = Math.min(0.95, (direct ? 0.35 : 0.45) + 0.1 * cluster.score);
    return [
      {
        start,
        end,
        confidence,
        why: [
          `${kinds.length} kinds of detail about one person: ${kinds.map((k) => KIND_LABEL[k]).join(', ')}`,
          `score ${cluster.score.toFixed(1)} (threshold ${threshold} for ${draft.channel})`,
        ],
        message:
          `Don't send this as it stands: together, the ${shown.join(', ')} could let people who know the patient recognise them, even without a name. ` +
          'That is a breach of confidentiality a patient, the GMC or a court would object to (guidance: Confidentiality). ' +
          'Generalise the details (an age band, no place, "a rare condition") or leave them out.',
        suggestions,
      },
    ];
  },
});

/**
 * A patient singled out by a description rather than a set of details: "the landlord of the Red Lion
 * came in with gout", "the lad from the crash on the A614… broken femur" (analysis/singling-out.ts).
 */
function singled(draft: Draft, a: Analysis): RuleHit | undefined {
  if (draft.direction === 'inbound') return undefined;
  const found = singlingOut(draft, a);
  if (!found || anonymisedOrConsented(a.text) || namesPatient(a)) return undefined;
  const said = a.text.slice(found.health.start, found.health.end);
  return {
    start: found.start,
    end: found.end,
    confidence: 0.7,
    why: [`a description that fits one person ("${found.what}")`, `beside their health ("${said}")`],
    message:
      `Don't send this as it stands: "${found.what}" points to one person as surely as a name, and it sits beside their health ("${said}"). ` +
      'People who know the place or the story will know who it is, which is a breach of confidentiality a patient, the GMC or a court would object to (guidance: Confidentiality). ' +
      'Leave out the role, the place or the event, or leave out the health details.',
    suggestions: [
      {
        kind: 'advice',
        text: 'Describe the person so that nobody local could recognise them (no role, workplace, place or event that is theirs alone), or say nothing about their health.',
      },
    ],
  };
}

/** "at 7.15 this morning" gives two "recently"s side by side: keep one, covering both. */
function mergeAdjacent(text: string, list: Suggestion[]): void {
  for (let i = list.length - 1; i > 0; i--) {
    const x = list[i - 1] as Suggestion;
    const y = list[i] as Suggestion;
    if (x.kind !== 'replace' || y.kind !== 'replace' || x.end === undefined || y.start === undefined) continue;
    if (x.text.toLowerCase() === 'recently' && y.text === 'recently' && /^\s*$/.test(text.slice(x.end, y.start))) {
      list.splice(i - 1, 2, { ...x, end: y.end });
    }
  }
}

function capitaliseAtSentenceStart(a: Analysis, r: { start: number; text: string }): string {
  if (r.text === '') return r.text;
  const s = a.sentences[a.sentenceAt(r.start)];
  if (s && s.start === r.start) return r.text[0]?.toUpperCase() + r.text.slice(1);
  return r.text;
}
