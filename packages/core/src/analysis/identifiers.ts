import { MONTH_NAMES, WEEKDAY_NAMES } from '../data/taxonomy/calendar.js';
/**
 * Identifiers in a draft: NHS numbers, hospital numbers, dates of birth (and other dates), UK
 * postcodes and street addresses, phone numbers, email addresses, National Insurance numbers and
 * people's names, each with its span in the original text, a confidence and the cues behind it.
 *
 * Scoring follows Presidio's idea: a pattern gives a base score, validation (the NHS mod-11 check
 * digit, the HMRC NI rules, the postcode and phone numbering plans) confirms it or drops it, and
 * context words (data/identifier-context.ts) raise it or say it belongs to something else (an order
 * reference, the practice's own phone number, a colleague). `why` lists the cues.
 *
 * Cost: the scans run once per draft and only when a cheap prefilter says there may be something
 * (a digit, an '@', a title or a cue word); the parsers (chrono-node, libphonenumber-js) only see
 * the short candidates the scans found, never the whole draft.
 */
import { TITLES as ADDRESS_TITLES } from '../data/address-words.js';
import { GB as chronoGB } from 'chrono-node/en';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { isValid as isPostcodeShape } from 'postcode';
import { ANALYTES, CAPITAL_ANALYTES, CLINICAL_SHORT_WORDS } from '../data/clinical-shorthand.js';
import { FAMILY_NOUNS, FIRST_NAMES, SURNAMES, WORD_FIRST_NAMES } from '../data/first-names.js';
import {
  BUSINESS_NOUNS,
  CONDOLENCE_CUES,
  CREATION_WORDS,
  HOUSEHOLD_CUES,
  PLACE_NAME_WORDS,
  PLACE_PREFIXES,
  STAFFING_CUES,
  WORK_NOUNS,
} from '../data/name-context.js';
import type { LexiconHit } from '../text/matcher.js';
import type { Token } from '../text/tokens.js';
import { fastPaths } from '../fast-path.js';
import { AUTHOR_FAMILY } from './ages.js';
import { matchesOf } from '../text/prefilter.js';

export type IdentifierKind =
  | 'nhs-number'
  | 'hospital-number'
  | 'date-of-birth'
  | 'date'
  | 'postcode'
  | 'address'
  | 'phone'
  | 'email'
  | 'ni-number'
  | 'name';

/**
 * Whose the identifier looks like, from its context:
 *   patient       tied to a patient or to someone's care (a patient cue or clinical words around it)
 *   person        someone's, but nothing says whose
 *   organisation  the practice's or a service's, published on purpose
 *   colleague     a colleague or public figure named in their role
 *   addressee     the person the message greets
 *   thing         a reference for a thing (order, invoice, parcel)
 */
/** `public`: an author, a public figure or someone quoted, named for what they made or said. */
/** The end of a sentence between two words. */
const SENTENCE_BREAK = /[.!?](?:\s|$)/;

export type IdentifierSubject = 'patient' | 'person' | 'organisation' | 'colleague' | 'addressee' | 'public' | 'thing';

export interface Identifier {
  readonly kind: IdentifierKind;
  /** Half-open UTF-16 range of the original text. */
  readonly start: number;
  readonly end: number;
  /** The identifier as written. */
  readonly value: string;
  /** 0..1, Presidio-style: base score, validation, context. */
  readonly confidence: number;
  readonly why: readonly string[];
  readonly subject: IdentifierSubject;
}

export interface IdentifierInput {
  readonly text: string;
  readonly tokens: readonly Token[];
  hits(lexicon: string): readonly LexiconHit[];
  /** Reference time for partial dates (the engine never reads the clock). */
  readonly composedAtMs?: number;
  readonly author?: { readonly name?: string; readonly practiceNames?: readonly string[] };
}

// ---------------------------------------------------------------------------------------------
// Validators (exported for tests and the benchmark)

/** NHS Number check digit (NHS Data Dictionary): weights 10..2, 11 − (sum mod 11); 11 → 0, 10 → invalid. */
export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits) || /^(\d)\1{9}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (digits.charCodeAt(i) - 48) * (10 - i);
  let check = 11 - (sum % 11);
  if (check === 11) check = 0;
  if (check === 10) return false;
  return check === digits.charCodeAt(9) - 48;
}

// HMRC NIM39110: first letter not D F I Q U V; second not D F I Q U V O; some prefixes never issued.
const NI_BAD_PREFIX = new Set(['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ']);
export function isValidNiNumber(value: string): boolean {
  const v = value.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{6}[A-D]$/.test(v)) return false;
  const a = v[0] as string;
  const b = v[1] as string;
  return !'DFIQUV'.includes(a) && !'DFIQUVO'.includes(b) && !NI_BAD_PREFIX.has(v.slice(0, 2));
}

// Royal Mail postcode areas (Postcode Address File), plus BF (BFPO), BX (non-geographic) and GIR.
const POSTCODE_AREAS = new Set(
  (
    'AB AL B BA BB BD BF BH BL BN BR BS BT BX CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX FK FY G GL ' +
    'GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE ' +
    'PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE'
  ).split(' '),
);

/** A full UK postcode: the `postcode` package's shape check plus the Royal Mail area list and unit letters. */
export function isValidPostcode(value: string): boolean {
  const v = value.replace(/\s+/g, '').toUpperCase();
  if (v === 'GIR0AA') return true;
  if (!isPostcodeShape(v)) return false;
  const outward = v.slice(0, -3);
  const area = /^[A-Z]+/.exec(outward)?.[0] ?? '';
  // Unit letters never use C I K M O V (Royal Mail, "Postcode formats").
  return POSTCODE_AREAS.has(area) && !/[CIKMOV]/.test(v.slice(-2));
}

/** An outward code alone ("LS6"): area from the list and a district number. */
export function isValidOutwardCode(value: string): boolean {
  const m = /^([A-Z]{1,2})(\d[A-Z\d]?)$/.exec(value);
  return m !== null && POSTCODE_AREAS.has(m[1] as string);
}

// ---------------------------------------------------------------------------------------------
// Patterns: all linear (no nested quantifiers over overlapping classes), compiled once.

// ASCII classes and no /u flag: V8 runs these several times faster than \p{…} lookarounds.
const NHS_PREFILTER = /\d{3}[ -]?\d{3}[ -]?\d{4}/;
const NHS_RE = /(?<![A-Za-z0-9+/.:-])(\d{3})([ -]?)(\d{3})\2(\d{4})(?![A-Za-z0-9/-]|[.:]\d)/g;
const NI_PREFILTER = /\d\d ?\d\d ?\d\d ?[A-Da-d]/;
const NI_RE = /(?<![A-Za-z0-9])([A-Za-z]{2}) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([A-Da-d])(?![A-Za-z0-9])/g;
const POSTCODE_PREFILTER = /\d[A-Z]{2}/;
const POSTCODE_RE = /(?<![A-Za-z0-9])(?:[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|GIR ?0AA)(?![A-Za-z0-9])/g;
const OUTWARD_RE = /^[A-Z]{1,2}\d[A-Z\d]?$/;
const PHONE_PREFILTER = /(?:\+|\b0)\d/;
const PHONE_RE =
  /(?<![A-Za-z0-9+])(?:\+\d{1,3}[ .-]?(?:\(\d{1,4}\)[ .-]?)?|\(0\d{1,4}\)[ .-]?|0)\d(?:[ .-]?\d){6,12}(?![A-Za-z0-9])/g;
const EMAIL_LOCAL = /[A-Za-z0-9._%+-]/;
const EMAIL_DOMAIN =
  /[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}\.)+[A-Za-z][A-Za-z0-9-]{0,23}[A-Za-z0-9](?![A-Za-z0-9@-]|\.[A-Za-z0-9])/y;
const NUM_DATE_PREFILTER = /\d[/.-]\d/;
const NUM_DATE_RE =
  /(?<![A-Za-z0-9/.:-])(?:\d{4}-\d{1,2}-\d{1,2}(?:T\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?|\d{1,2}([/.-])\d{1,2}\1\d{2,4}|\d{1,2}\/\d{2,4})(?![A-Za-z0-9]|[/-]\d)/g;
const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const NAMED_DATE_RE = new RegExp(
  `(?<![A-Za-z0-9])(?:\\d{1,2}(?:st|nd|rd|th)?[ -](?:of )?)?(?:${MONTHS})(?![A-Za-z])\\.?(?:[ -]\\d{1,2}(?:st|nd|rd|th)?(?![A-Za-z0-9]))?(?:,? ?[ -]?\\d{4}(?!\\d)|-\\d{2}(?!\\d))?`,
  'gi',
);
const MONTH_PREFILTER = new RegExp(`\\b(?:${MONTHS})\\b`, 'i');
const ADDRESS_PREFILTER = /\d[A-Za-z]?,? [A-Z]/;
const ADDRESS_RE =
  /(?<![A-Za-z0-9])(?:(?:Flat|Apartment|Apt|Unit) \d{1,4}[A-Za-z]?,? )?\d{1,4}[A-Za-z]?,? (?:[A-Z][a-z'’-]+ ){1,3}(?:Street|Road|Rd|Lane|Avenue|Ave|Close|Drive|Way|Crescent|Terrace|Place|Gardens|Grove|Court|Hill|Row|Walk|Square|View|Rise|Mews|Green|Parade|Vale|Fold|Gate|Estate)(?![A-Za-z0-9])/g;
/** At most this many candidates of one kind are parsed in a draft (keeps pathological input cheap). */
const MAX_CANDIDATES = 40;
const AGE_AFTER =
  /^\s*(?:\(\s*(?:aged?\s*)?\d{1,3}\s*(?:y(?:rs?|ears?)?(?: old)?|yo)?\s*\)|,?\s*aged?\s+\d{1,3}\b|,?\s*\d{1,3}\s*(?:yo|y\/o|years? old)\b)/i;
const NAME_AGE_AFTER =
  /^\s*(?:,\s*(?:aged\s+)?\d{1,3}(?:\s*(?:,|\.|\)|yo\b|y\/o|years?\b|-year)|\s*$)|\(\s*\d{1,3}\s*\)|\s+aged\s+\d{1,3}\b)/;
const GENERIC_MAILBOX =
  /^(?:info|reception|admin|administration|enquiries|enquiry|contact|hello|appointments?|prescriptions?|practice|surgery|office|team|no-?reply|support|help|mail|general|accounts|referrals?|secretaries|secretary|complaints|feedback|manager|practicemanager|press|media|news|bookings?|recruitment|jobs|careers)(?:[._-]?\w+)?$/i;

const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'master']);
const CLINICIAN_TITLES = new Set([
  'dr',
  'doctor',
  'prof',
  'professor',
  'nurse',
  'sister',
  'matron',
  'rev',
  'revd',
  'cllr',
  'sir',
  'dame',
  'lord',
  'lady',
]);
const CAPITAL = /^\p{Lu}/u;
const NAME_TOKEN = /^\p{Lu}(?:\p{Ll}|['’]\p{Lu}|\p{Lu}(?=\p{Ll}{2}))*\p{Ll}$/u;
const INITIAL = /^\p{Lu}$/u;
// Capitalised words that start sentences or name things, never a person's name.
const NOT_NAME = new Set([
  'the',
  'a',
  'an',
  'and',
  'or',
  'but',
  'if',
  'in',
  'on',
  'at',
  'to',
  'of',
  'for',
  'with',
  'from',
  'by',
  'as',
  'so',
  'no',
  'yes',
  'not',
  'i',
  'it',
  'he',
  'she',
  'they',
  'we',
  'you',
  'this',
  'that',
  'these',
  'those',
  'there',
  'here',
  'his',
  'her',
  'their',
  'our',
  'my',
  'your',
  'what',
  'who',
  'why',
  'when',
  'where',
  'how',
  'which',
  'is',
  'was',
  'are',
  'has',
  'had',
  'have',
  'can',
  'could',
  'would',
  'should',
  'will',
  'just',
  'also',
  'then',
  'now',
  'today',
  'tomorrow',
  'yesterday',
  'tonight',
  'please',
  'thanks',
  'thank',
  'sorry',
  'hi',
  'hello',
  'dear',
  ...WEEKDAY_NAMES,
  ...MONTH_NAMES,
  'christmas',
  'easter',
  'happy',
  'well',
  'good',
  'great',
  'new',
  'old',
  'type',
  'stage',
  'grade',
  'ward',
  'bay',
  'bed',
  'room',
  'nhs',
  'gp',
  'app',
  'anyone',
  'someone',
  'everyone',
  'nobody',
  'all',
  'any',
  'some',
  'one',
  'two',
  'three',
  'four',
  'five',
  'after',
  'before',
  'since',
  'until',
  'while',
  'about',
  'over',
  'under',
  'again',
  'still',
  'very',
  // Titles and forms of address (data/address-words.ts) stand before names; they are not names.
  ...ADDRESS_TITLES,
  'patient',
  'patients',
  'pt',
  'background',
  'plan',
  'questions',
  'question',
  'results',
  'result',
  'update',
  'note',
  'notes',
  're',
  'fwd',
  'subject',
  'heads',
  'morning',
  'evening',
  'afternoon',
  // The first words of place names ("Much Wenlock", "Great Ayton", "Market Harborough").
  'much',
  'great',
  'little',
  'upper',
  'lower',
  'north',
  'south',
  'east',
  'west',
  'market',
  'long',
]);
// Words that make a run of capitalised words a place, a service or an organisation.
const ORG_WORDS = new Set([
  'surgery',
  'practice',
  'centre',
  'center',
  'hospital',
  'clinic',
  'group',
  'road',
  'street',
  'lane',
  'avenue',
  'close',
  'drive',
  'way',
  'medical',
  'health',
  'healthcare',
  'trust',
  'ward',
  'unit',
  'house',
  'ltd',
  'limited',
  'plc',
  'pharmacy',
  'school',
  'college',
  'university',
  'council',
  'church',
  'park',
  'hall',
  'court',
  'station',
  'infirmary',
  'hospice',
  'club',
  'team',
  'service',
  'services',
  'foundation',
  'partnership',
  'primary',
  'care',
  'general',
  'royal',
  'city',
  'county',
  'square',
  'gardens',
  'participation',
  'association',
  'society',
  'committee',
  'board',
  'institute',
  'network',
  'alliance',
  'federation',
  'therapies',
  'talking',
  'screening',
  'programme',
  'appeal',
  'charity',
  'fund',
  'award',
  'awards',
  'day',
  'week',
  'month',
  'year',
  'run',
  'walk',
  'marathon',
  'ltd.',
  'limited.',
  'inc',
]);

/**
 * chrono-node's British English parser cut down to the date formats we look for. The full parser
 * also reads times, weekdays, relative phrases and time-zone names, and compiles those patterns on
 * its first call (hundreds of milliseconds): a cold `pause check` should not pay for that.
 */
const DATE_PARSERS = new Set([
  'ISOFormatParser',
  'SlashDateFormatParser',
  'ENYearMonthDayParser',
  'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser',
  'ENMonthNameParser',
  'ENSlashMonthFormatParser',
]);
const dateParser = (() => {
  const parser = chronoGB.clone();
  const parsers = parser.parsers.filter((p) => DATE_PARSERS.has(p.constructor.name));
  // Should a release rename its classes, keep the full parser rather than none.
  if (parsers.length < 3) return parser;
  parser.parsers = parsers;
  parser.refiners = parser.refiners.filter((r) => !/Timezone|Abbr/.test(r.constructor.name));
  return parser;
})();

const DATE_FALLBACK_MS = Date.UTC(2025, 0, 1);
/** What stands before a date set down on its own: a colon, a dash, a bracket or the start of a line. */
const NOTE_OPENING = /(?:^|[:(\n\u2013\u2014-]\s?|^\s+)$/;
const ADULT_MS = 16 * 365.25 * 24 * 3600 * 1000;

/** Priority when two identifiers overlap: the more specific one wins. */
const PRIORITY: Record<IdentifierKind, number> = {
  'nhs-number': 9,
  'ni-number': 8,
  'hospital-number': 8,
  email: 7,
  'date-of-birth': 6,
  postcode: 5,
  address: 5,
  phone: 4,
  name: 3,
  date: 2,
};

const tagged = (h: LexiconHit, tag: string) => h.entry.tags?.includes(tag) === true;
const clamp = (x: number) => Math.max(0, Math.min(1, Math.round(x * 100) / 100));

const SHORTHAND_ENTRY = {
  phrase: 'analyte',
  tags: ['test'],
  source: 'data/clinical-shorthand.ts',
  note: 'a lab analyte or clinical abbreviation as clinicians write it',
};
/**
 * Tests and results in clinicians' shorthand ("Hb", "K+", "B12", "2WW", "BCC") that the clinical
 * lexicon leaves out, as test hits: a name or a number beside them is beside clinical content.
 * Analytes that are also words ("K", "temp") count only in capitals.
 */
function shorthandTests(tokens: readonly Token[]): LexiconHit[] {
  const out: LexiconHit[] = [];
  tokens.forEach((t, i) => {
    const norm = t.norm.replace(/['’]s$/, '');
    const known = ANALYTES.has(norm) || CLINICAL_SHORT_WORDS.has(norm);
    if (!known || (CAPITAL_ANALYTES.has(norm) && !/^\p{Lu}/u.test(t.raw))) return;
    out.push({
      lexicon: 'clinical',
      entry: { ...SHORTHAND_ENTRY, phrase: norm },
      start: t.start,
      end: t.end,
      tokenStart: i,
      tokenEnd: i + 1,
    });
  });
  return out;
}

/** Context around spans, measured in tokens. */
class Context {
  readonly ctx: readonly LexiconHit[];
  readonly care: readonly LexiconHit[];
  readonly colleague: readonly LexiconHit[];

  constructor(readonly input: IdentifierInput) {
    this.ctx = input.hits('identifier-context');
    // Numbers in these lists ("111") are services, not patients, and would match inside an identifier.
    this.care = [
      ...input.hits('clinical'),
      ...input.hits('patient-ref'),
      ...input.hits('patient-slang'),
      ...shorthandTests(input.tokens),
    ]
      // "article", "the term" (talk about a label) and "apple crumble" (an innocent phrase) are no one's care.
      .filter((h) => !/^[\d\s]+$/.test(h.entry.phrase) && !tagged(h, 'meta') && !tagged(h, 'not'))
      .sort((a, b) => a.tokenStart - b.tokenStart);
    this.colleague = [
      ...this.ctx.filter((h) => tagged(h, 'colleague')),
      ...input.hits('person-role').filter((h) => tagged(h, 'role')),
    ];
  }

  /** Index of the first token that ends after `offset` (tokens.length if none). */
  tokenAt(offset: number): number {
    const t = this.input.tokens;
    let lo = 0;
    let hi = t.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((t[mid] as Token).end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Token range [first, after) covering a character range. */
  span(start: number, end: number): [number, number] {
    return [this.tokenAt(start), this.tokenAt(end - 1) + 1];
  }

  /** The nearest context hit with the tag that ends within `window` tokens before token `at`. */
  before(tag: string, at: number, window: number, from: readonly LexiconHit[] = this.ctx): LexiconHit | undefined {
    let best: LexiconHit | undefined;
    for (const h of from) {
      if (h.tokenEnd <= at && h.tokenEnd >= at - window && tagged(h, tag) && (!best || h.tokenEnd > best.tokenEnd))
        best = h;
    }
    return best;
  }

  /** A context hit with the tag that starts within `window` tokens after token `after`. */
  after(tag: string, after: number, window: number, from: readonly LexiconHit[] = this.ctx): LexiconHit | undefined {
    return from.find((h) => h.tokenStart >= after && h.tokenStart < after + window && (tag === '*' || tagged(h, tag)));
  }

  /** A clinical / patient / care word within `window` tokens of the range. */
  careNear(first: number, after: number, window = 12, strict = false): LexiconHit | undefined {
    return this.care.find(
      (h) =>
        h.tokenEnd > first - window &&
        h.tokenStart < after + window &&
        (h.tokenEnd <= first || h.tokenStart >= after) &&
        // Strict: a condition alone is often news of a public figure ("Chris Hoy's prostate cancer"), and
        // a setting ("waiting room", "surgery") is where anyone may be; a test, a medicine, an episode of
        // care or a patient word is someone's care.
        (!strict ||
          (!h.entry.tags?.every((t) => t === 'condition' || t === 'symptom') &&
            !(h.lexicon === 'patient-slang' && tagged(h, 'service')))),
    );
  }
}

interface Draftable {
  kind: IdentifierKind;
  start: number;
  end: number;
  confidence: number;
  why: string[];
  subject: IdentifierSubject;
}

/** Finds every identifier in a draft, once. */
export function findIdentifiers(input: IdentifierInput): Identifier[] {
  const { text } = input;
  const hasDigit = /\d/.test(text);
  const hasAt = text.includes('@');
  // Without digits or "@" only names can be found (findNames: the age beside a full name is a digit),
  // and a name needs a title (Mr, Mrs…), a name cue followed by a capitalised word, or a first name
  // with a possessive surname ("Gary Whitfield's bloods").
  if (
    fastPaths() &&
    !hasDigit &&
    !hasAt &&
    !input.tokens.some(
      (t) =>
        TITLES.has(t.norm) ||
        FAMILY_NOUNS.has(t.norm) ||
        FIRST_NAMES.has(bareNorm(t)) ||
        WORD_FIRST_NAMES.has(bareNorm(t)) ||
        SURNAMES.has(bareNorm(t)),
    ) &&
    !input
      .hits('identifier-context')
      .some(
        (h) => (tagged(h, 'name-cue') || tagged(h, 'name-verb')) && CAPITAL.test(input.tokens[h.tokenEnd]?.raw ?? ''),
      )
  )
    return [];
  const c = new Context(input);
  const found: Draftable[] = [];

  findNames(c, found);
  if (hasDigit) {
    findNhsNumbers(c, found);
    findNiNumbers(c, found);
    findHospitalNumbers(c, found);
    findDates(c, found);
    findPostcodes(c, found);
    findAddresses(c, found);
    findPhones(c, found);
  }
  if (hasAt) findEmails(c, found);

  // Overlaps: the more specific identifier wins, then the longer.
  found.sort((a, b) => a.start - b.start || PRIORITY[b.kind] - PRIORITY[a.kind] || b.end - a.end);
  const kept: Draftable[] = [];
  for (const f of found) {
    const clash = kept.findIndex((k) => f.start < k.end && k.start < f.end);
    if (clash === -1) {
      kept.push(f);
      continue;
    }
    const k = kept[clash] as Draftable;
    if (
      PRIORITY[f.kind] > PRIORITY[k.kind] ||
      (PRIORITY[f.kind] === PRIORITY[k.kind] && f.end - f.start > k.end - k.start)
    )
      kept[clash] = f;
  }
  linkToPeople(c, kept);
  return kept
    .sort((a, b) => a.start - b.start)
    .map((f) => ({
      kind: f.kind,
      start: f.start,
      end: f.end,
      value: text.slice(f.start, f.end),
      confidence: clamp(f.confidence),
      why: f.why,
      subject: f.subject,
    }));
}

// ---------------------------------------------------------------------------------------------

/** The first `MAX_CANDIDATES` matches of a global regex. */
function* matches(re: RegExp, text: string): Generator<RegExpMatchArray> {
  let n = 0;
  for (const m of matchesOf(re, text)) {
    if (++n > MAX_CANDIDATES) return;
    yield m;
  }
}

function findNhsNumbers(c: Context, out: Draftable[]): void {
  if (!NHS_PREFILTER.test(c.input.text)) return;
  for (const m of matches(NHS_RE, c.input.text)) {
    const digits = `${m[1]}${m[3]}${m[4]}`;
    if (!isValidNhsNumber(digits)) continue; // an invalid check digit never makes an NHS number
    const start = m.index as number;
    const end = start + m[0].length;
    const [first, after] = c.span(start, end);
    const why = ['10 digits with a valid NHS mod-11 check digit'];
    let confidence = 0.4;
    let subject: IdentifierSubject = 'person';
    if (m[2]) {
      confidence += 0.05;
      why.push('laid out 3-3-4 as NHS numbers are');
    }
    const label = c.before('nhs', first, 5);
    const other = c.before('not-nhs', first, 4) ?? c.before('organisation', first, 3) ?? c.before('phone', first, 2);
    // A label wins over another cue before it or inside it ("NHS number": "number" alone labels phones).
    if (
      label &&
      (!other ||
        other.tokenEnd <= label.tokenStart ||
        (other.tokenStart >= label.tokenStart && other.tokenEnd <= label.tokenEnd))
    ) {
      confidence = 0.95;
      why.push(`labelled "${c.input.text.slice(label.start, label.end)}"`);
    } else if (other) {
      confidence = 0.1;
      subject = tagged(other, 'organisation') ? 'organisation' : 'thing';
      why.push(`labelled "${c.input.text.slice(other.start, other.end)}": a reference, not a patient's number`);
    } else {
      const care = c.careNear(first, after, 12);
      // "check 3657267085 on ICE": a number looked up in a clinical record system is a patient's.
      const system = c.before('record-system', first, 6) ?? c.after('record-system', after, 4);
      if (care) {
        confidence = 0.75;
        subject = 'patient';
        why.push(`next to clinical content ("${c.input.text.slice(care.start, care.end)}")`);
      } else if (system) {
        confidence = 0.75;
        subject = 'patient';
        why.push(`looked up in a clinical system ("${c.input.text.slice(system.start, system.end)}")`);
      } else why.push('no NHS or clinical context: could be any reference number');
    }
    out.push({ kind: 'nhs-number', start, end, confidence, why, subject });
  }
}

function findNiNumbers(c: Context, out: Draftable[]): void {
  if (!NI_PREFILTER.test(c.input.text)) return;
  for (const m of matches(NI_RE, c.input.text)) {
    const start = m.index as number;
    const end = start + m[0].length;
    const [first] = c.span(start, end);
    // A prefix HMRC never issues ("QQ", "NT", "UV") is no NI number, labelled or not (validation drops it).
    if (!isValidNiNumber(m[0])) continue;
    const label = c.before('ni', first, 6);
    const why = ['matches the HMRC National Insurance number format'];
    let confidence = 0.6;
    if (m[0] !== m[0].toUpperCase()) {
      confidence -= 0.1;
      why.push('written in lower case');
    }
    if (label) {
      confidence = 0.95;
      why.push(`labelled "${c.input.text.slice(label.start, label.end)}"`);
    }
    out.push({ kind: 'ni-number', start, end, confidence, why, subject: 'person' });
  }
}

const MRN_VALUE = /^(?=[A-Za-z]{0,4}\d)[A-Za-z]{0,4}\d{5,12}[A-Za-z]?$/;
const MRN_FILLER = new Set(['no', 'number', 'num', 'is', 'nbr']);
const MRN_PREFIX = /^[A-Z]{1,4}$/;

function findHospitalNumbers(c: Context, out: Draftable[]): void {
  const { tokens, text } = c.input;
  for (const h of c.ctx) {
    if (!tagged(h, 'mrn')) continue;
    let i = h.tokenEnd;
    while (i < tokens.length && i < h.tokenEnd + 2 && MRN_FILLER.has((tokens[i] as Token).norm)) i++;
    const t = tokens[i];
    if (!t) continue;
    if (!/^[\s:.#=-]*$/.test(text.slice((tokens[i - 1] as Token | undefined)?.end ?? h.end, t.start))) continue;
    // A trust code written apart from the digits ("RXF 2240187", "K 123456"): one number.
    const digits = tokens[i + 1];
    const split =
      MRN_PREFIX.test(t.raw) &&
      digits !== undefined &&
      /^\d{5,12}$/.test(digits.raw) &&
      text.slice(t.end, digits.start) === ' ';
    if (!split && !MRN_VALUE.test(t.raw)) continue;
    out.push({
      kind: 'hospital-number',
      start: t.start,
      end: split ? (digits as Token).end : t.end,
      confidence: 0.9,
      subject: 'person',
      why: [`labelled "${text.slice(h.start, h.end)}"`, 'letters and digits like a trust patient number'],
    });
  }
}

function chronoRef(c: Context): Date {
  return new Date(c.input.composedAtMs ?? DATE_FALLBACK_MS);
}

function findDates(c: Context, out: Draftable[]): void {
  const { text } = c.input;
  // [offset, text, numeric]: a numeric candidate keeps its own span when chrono reads it from its start
  // (chrono stops ISO times at milliseconds, "…30.123456Z").
  const candidates: Array<[number, string, boolean]> = [];
  if (NUM_DATE_PREFILTER.test(text))
    for (const m of matches(NUM_DATE_RE, text)) candidates.push([m.index as number, m[0], true]);
  if (MONTH_PREFILTER.test(text)) {
    for (const m of matches(NAMED_DATE_RE, text)) {
      if (!/\d/.test(m[0])) continue;
      // "may" and "march" are also everyday words: only their capitalised forms count as months.
      const month = /(?:^|[^\p{L}])(may|mar(?:ch)?)(?![\p{L}])/iu.exec(m[0]);
      if (month && !/^\p{Lu}/u.test(month[1] as string)) continue;
      candidates.push([m.index as number, m[0], false]);
    }
  }
  if (candidates.length === 0) return;
  candidates.length = Math.min(candidates.length, MAX_CANDIDATES);
  const ref = chronoRef(c);
  const refMs = ref.getTime();
  for (const [at, candidate, numeric] of candidates) {
    const parsed = dateParser.parse(candidate, ref)[0];
    if (!parsed || !/\d/.test(parsed.text)) continue;
    const start = at + parsed.index;
    const end = numeric && parsed.index === 0 ? at + candidate.length : start + parsed.text.length;
    if (out.some((f) => f.kind === 'date' && f.start === start)) continue;
    const [first, after] = c.span(start, end);
    const when = parsed.start.date().getTime();
    const hasYear = parsed.start.isCertain('year');
    const why = ['a date (chrono-node, en-GB day/month order)'];
    const label = c.before('dob', first, 3);
    const age = AGE_AFTER.exec(text.slice(end, end + 24));
    const nameBefore = out.find(
      (f) => f.kind === 'name' && f.end <= start && /^[\s,:(–-]{0,4}$/.test(text.slice(f.end, start)),
    );
    if (label) {
      out.push({
        kind: 'date-of-birth',
        start,
        end,
        confidence: 0.9,
        subject: 'person',
        why: [...why, `labelled "${text.slice(label.start, label.end)}"`],
      });
    } else if (age && hasYear) {
      out.push({
        kind: 'date-of-birth',
        start,
        end,
        confidence: 0.8,
        subject: 'person',
        why: [...why, `followed by an age ("${age[0].trim()}")`],
      });
    } else if (nameBefore && hasYear && refMs - when > ADULT_MS) {
      out.push({
        kind: 'date-of-birth',
        start,
        end,
        confidence: 0.65,
        subject: 'person',
        why: [...why, 'a date long past written straight after a name'],
      });
    } else if (
      hasYear &&
      refMs - when > ADULT_MS &&
      NOTE_OPENING.test(text.slice(Math.max(0, start - 3), start)) &&
      c.careNear(first, after, 8)
    ) {
      // "code this pls: 03/07/1956, new dx AF": a date decades past, set down on its own at the head of
      // a clinical note, is whose note it is.
      out.push({
        kind: 'date-of-birth',
        start,
        end,
        confidence: 0.6,
        subject: 'person',
        why: [...why, 'a date long past set down on its own beside clinical notes'],
      });
    } else {
      const care = c.careNear(first, after, 8);
      out.push({
        kind: 'date',
        start,
        end,
        confidence: hasYear ? 0.35 : 0.25,
        subject: care ? 'patient' : 'thing',
        why: [...why, 'not described as a birth date'],
      });
    }
  }
}

function findPostcodes(c: Context, out: Draftable[]): void {
  const { text, tokens } = c.input;
  for (const m of POSTCODE_PREFILTER.test(text) ? matches(POSTCODE_RE, text) : []) {
    if (!isValidPostcode(m[0])) continue;
    const start = m.index as number;
    const end = start + m[0].length;
    const [first] = c.span(start, end);
    const why = ['a valid UK postcode (postcode package, Royal Mail areas)'];
    let confidence = 0.5;
    let subject: IdentifierSubject = 'person';
    const label = c.before('residence', first, 4);
    const org = c.before('organisation', first, 10);
    if (label) {
      confidence = 0.85;
      why.push(`labelled "${text.slice(label.start, label.end)}"`);
    }
    if (label && tagged(label, 'home-visit')) {
      subject = 'patient';
      why.push("where a home visit took place: the patient's home");
    }
    if (org && (!label || org.tokenEnd > label.tokenEnd)) {
      confidence = 0.3;
      subject = 'organisation';
      why.push(`part of an organisation's address ("${text.slice(org.start, org.end)}")`);
    }
    out.push({ kind: 'postcode', start, end, confidence, why, subject });
  }
  // Outward codes alone ("lives in LS6") only where the words say it is where someone lives.
  for (const h of c.ctx) {
    if (!tagged(h, 'residence')) continue;
    let i = h.tokenEnd;
    if ((tokens[i] as Token | undefined)?.norm === 'the') i++;
    const t = tokens[i];
    if (!t || !OUTWARD_RE.test(t.raw) || !isValidOutwardCode(t.raw)) continue;
    if (out.some((f) => f.kind === 'postcode' && f.start <= t.start && f.end >= t.end)) continue;
    out.push({
      kind: 'postcode',
      start: t.start,
      end: t.end,
      confidence: 0.6,
      subject: 'person',
      why: ['a UK postcode district (outward code)', `where someone lives ("${text.slice(h.start, h.end)}")`],
    });
  }
}

function findAddresses(c: Context, out: Draftable[]): void {
  const { text } = c.input;
  if (!ADDRESS_PREFILTER.test(text)) return;
  for (const m of matches(ADDRESS_RE, text)) {
    const start = m.index as number;
    const end = start + m[0].length;
    const [first] = c.span(start, end);
    const why = ['a house number and street name'];
    let confidence = 0.6;
    let subject: IdentifierSubject = 'person';
    const label = c.before('residence', first, 3);
    if (label) {
      confidence = 0.85;
      why.push(`labelled "${text.slice(label.start, label.end)}"`);
    }
    if (label && tagged(label, 'home-visit')) {
      subject = 'patient';
      why.push("where a home visit took place: the patient's home");
    } else if (!label && /\bfrom\s$/i.test(text.slice(Math.max(0, start - 5), start))) {
      confidence = 0.75;
      why.push('where someone is from ("from")');
    }
    const org = c.before('organisation', first, 8);
    if (org) {
      confidence = 0.3;
      subject = 'organisation';
      why.push(`part of an organisation's address ("${text.slice(org.start, org.end)}")`);
    }
    out.push({ kind: 'address', start, end, confidence, why, subject });
  }
}

function findPhones(c: Context, out: Draftable[]): void {
  const { text } = c.input;
  if (!PHONE_PREFILTER.test(text)) return;
  for (const m of matches(PHONE_RE, text)) {
    const raw = m[0];
    const phone = parsePhoneNumberFromString(raw, 'GB');
    if (!phone) continue;
    const uk = phone.countryCallingCode === '44';
    // UK numbers from Ofcom's drama ranges (07700 900xxx…) are possible but not "valid": still a number.
    if (!(phone.isValid() || (uk && phone.isPossible()))) continue;
    const start = m.index as number;
    const end = start + raw.length;
    const [first] = c.span(start, end);
    const why = [`a ${uk ? 'UK' : 'international'} phone number (libphonenumber-js)`];
    let confidence = 0.5;
    let subject: IdentifierSubject = 'person';
    if (/^(?:\+44\s?|0)7/.test(raw)) {
      confidence += 0.1;
      why.push('a mobile number');
    }
    const label = c.before('phone', first, 4);
    if (label) {
      confidence += 0.15;
      why.push(`labelled "${text.slice(label.start, label.end)}"`);
    }
    const personal = c.before('personal-phone', first, 8);
    const org = c.before('organisation', first, 8);
    if (org && (!personal || org.tokenEnd > personal.tokenEnd)) {
      confidence = 0.3;
      subject = 'organisation';
      why.push(`the number of a practice or service ("${text.slice(org.start, org.end)}")`);
    } else if (personal) {
      confidence += 0.2;
      subject = 'patient';
      why.push(`belongs to a person ("${text.slice(personal.start, personal.end)}")`);
    }
    out.push({ kind: 'phone', start, end, confidence, why, subject });
  }
}

/** Email addresses, found from each '@' outwards (a regex tried at every position would cost 64 steps a character). */
function* emailSpans(text: string): Generator<[number, number]> {
  let n = 0;
  for (let at = text.indexOf('@'); at !== -1 && n < MAX_CANDIDATES; at = text.indexOf('@', at + 1)) {
    let s = at;
    while (s > 0 && at - s < 64 && EMAIL_LOCAL.test(text[s - 1] as string)) s--;
    while (s < at && !/[A-Za-z0-9]/.test(text[s] as string)) s++;
    if (s === at || (s > 0 && /[\p{L}\p{N}]/u.test(text[s - 1] as string))) continue;
    EMAIL_DOMAIN.lastIndex = at + 1;
    const m = EMAIL_DOMAIN.exec(text);
    if (!m) continue;
    n++;
    yield [s, at + 1 + m[0].length];
  }
}

function findEmails(c: Context, out: Draftable[]): void {
  const { text } = c.input;
  for (const [start, end] of emailSpans(text)) {
    const value = text.slice(start, end);
    const local = value.slice(0, value.indexOf('@'));
    const why = ['an email address'];
    let confidence = 0.7;
    let subject: IdentifierSubject = 'person';
    const [first] = c.span(start, end);
    if (GENERIC_MAILBOX.test(local)) {
      confidence = 0.3;
      subject = 'organisation';
      why.push(`a shared mailbox ("${local}@")`);
    } else if (c.before('organisation', first, 6)) {
      confidence = 0.35;
      subject = 'organisation';
      why.push("the practice's or a service's address");
    } else if (/[a-z]{2}[._-][a-z]{2}/i.test(local) || /\d/.test(local)) {
      confidence += 0.1;
      why.push('a personal address (a name or number in it)');
    }
    out.push({ kind: 'email', start, end, confidence, why, subject });
  }
}

// ---------------------------------------------------------------------------------------------
// Names

/** "Okafor's" → "Okafor": a name owning something is still the name. */
const POSSESSIVE = /['’]s$/;
const bareRaw = (t: Token) => t.raw.replace(POSSESSIVE, '');
const bareNorm = (t: Token) => t.norm.replace(POSSESSIVE, '');

function isNameToken(t: Token | undefined): boolean {
  if (t === undefined) return false;
  const norm = bareNorm(t);
  return (
    NAME_TOKEN.test(bareRaw(t)) &&
    !NOT_NAME.has(norm) &&
    !ORG_WORDS.has(norm) &&
    !PLACE_NAME_WORDS.has(norm) &&
    !TITLES.has(norm) &&
    !CLINICIAN_TITLES.has(norm)
  );
}

/** Whether a token is written as owning what follows: "Okafor's ECG", "Tonks' Hb". */
function owns(text: string, t: Token): boolean {
  return POSSESSIVE.test(t.raw) || /^['’](?:\s|$)/.test(text.slice(t.end, t.end + 2));
}

/** Capitalised name tokens from token i on (up to 3, initials allowed before a surname), joined by single spaces. */
function nameRun(c: Context, i: number, allowInitial: boolean): number {
  const { tokens, text } = c.input;
  let j = i;
  while (j < tokens.length && j - i < 3) {
    const t = tokens[j] as Token;
    const ok = isNameToken(t) || (allowInitial && INITIAL.test(t.raw) && t.norm !== 'i' && isNameToken(tokens[j + 1]));
    if (!ok) break;
    const prev = tokens[j - 1] as Token;
    const gap = j > i ? text.slice(prev.end, t.start) : ' ';
    // A full stop joins an initial to a surname ("J. Smith"), never two words ("Helen Farr. Favourite").
    if (!/^(?: |-)$/.test(gap) && !(/^\. ?$/.test(gap) && INITIAL.test(prev.raw))) break;
    j++;
    // A possessive ends the name: "Mrs Okafor's ECG" is Mrs Okafor.
    if (owns(text, t)) break;
  }
  // A run followed by an organisation word is a place or a service ("Oakfield Medical Centre").
  const next = tokens[j];
  if (
    j > i &&
    next &&
    (ORG_WORDS.has(next.norm) || PLACE_NAME_WORDS.has(next.norm)) &&
    /^ $/.test(text.slice((tokens[j - 1] as Token).end, next.start))
  )
    return i;
  return j;
}

function selfNames(c: Context): Set<string> {
  const names = new Set<string>();
  const { author } = c.input;
  for (const s of [author?.name, ...(author?.practiceNames ?? [])]) {
    if (!s) continue;
    for (const w of s.toLowerCase().split(/[^\p{L}'’-]+/u))
      if (w.length > 2 && !TITLES.has(w) && !CLINICIAN_TITLES.has(w)) names.add(w);
  }
  return names;
}

function findNames(c: Context, out: Draftable[]): void {
  const { tokens, text } = c.input;
  const own = selfNames(c);
  const slang = c.input.hits('patient-slang');
  const seen = new Set<number>();
  const push: Push = (titleAt, from, to, confidence, why, patientCue, window = 12, strict = false) => {
    if (to <= from || seen.has(from) || seen.size >= MAX_CANDIDATES) return;
    const runTokens = tokens.slice(from, to);
    if (runTokens.some((t) => own.has(t.norm))) return;
    // "Mrs Frequent Flyer", "Mr Heartsink": a slang nickname (content.patient-disparagement's), not a name.
    if (slang.some((h) => h.tokenStart <= from && h.tokenEnd >= to)) return;
    seen.add(from);
    const start = (tokens[titleAt] as Token).start;
    const lastTok = tokens[to - 1] as Token;
    const end = lastTok.start + bareRaw(lastTok).length;
    let subject: IdentifierSubject = patientCue ? 'patient' : 'person';
    const greet = c.before('salutation', titleAt, 1);
    // "our nurse Jane", "locum GP: Sam Hill" name the role's holder; in "can a GP call back Rebecca
    // Thornley" a verb of contact stands between, and Rebecca is who is to be called.
    const role = c.before('colleague', titleAt, 3, c.colleague);
    const roleBefore =
      role &&
      !tokens.slice(role.tokenEnd, titleAt).some((t) => CONTACT_VERBS.has(t.norm)) &&
      !SENTENCE_BREAK.test(text.slice(role.end, start))
        ? role
        : undefined;
    const apposition = /^\s*(?:,|\(|–|-|\bis our\b|\bour\b|\bwho is\b|\bfrom the\b|\bof the\b)/.test(
      text.slice(end, end + 12),
    );
    const after = apposition ? c.after('*', to, 6, c.colleague) : undefined;
    // Not past the end of the sentence: "Mr Boateng, 44, ?ACS. Supervisor please sign off", "Violet
    // Ambrose, 100 today!! Been her GP for 20 years".
    const roleAfter = after && !SENTENCE_BREAK.test(text.slice(end, after.start)) ? after : undefined;
    if (greet) {
      return void out.push({
        kind: 'name',
        start,
        end,
        confidence: 0.25,
        subject: 'addressee',
        why: [...why, `greeted ("${text.slice(greet.start, greet.end)}"): the reader, not someone discussed`],
      });
    }
    if (roleBefore || roleAfter) {
      const r = (roleBefore ?? roleAfter) as LexiconHit;
      return void out.push({
        kind: 'name',
        start,
        end,
        confidence: 0.2,
        subject: 'colleague',
        why: [...why, `named in a role ("${text.slice(r.start, r.end)}")`],
      });
    }
    const made = publicName(c, titleAt, to, start);
    if (made) {
      return void out.push({
        kind: 'name',
        start,
        end,
        confidence: 0.2,
        subject: made.subject,
        why: [...why, made.why],
      });
    }
    if (to - from >= 2) {
      confidence += 0.1;
      why.push('a full name');
    }
    const care = c.careNear(titleAt, to, window, strict);
    if (care) {
      confidence += 0.15;
      subject = 'patient';
      why.push(`next to clinical content ("${text.slice(care.start, care.end)}")`);
    }
    out.push({ kind: 'name', start, end, confidence, why, subject });
  };

  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i] as Token;
    if (!TITLES.has(t.norm) || !/^\p{Lu}/u.test(t.raw)) continue;
    // "MS" in capitals is multiple sclerosis, not the title Ms ("diagnosed MS. Heartbreaking.").
    if (t.raw === 'MS') continue;
    // "our practice cat Mr Biscuits": a pet's name.
    if (c.before('animal', i, 2)) continue;
    const to = nameRun(c, i + 1, true);
    if (to > i + 1 && /^\.? $/.test(text.slice(t.end, (tokens[i + 1] as Token).start))) {
      push(i, i + 1, to, 0.6, [`a title and a name ("${t.raw}")`], false);
      i = to - 1;
    }
  }
  for (const h of c.ctx) {
    const cue = tagged(h, 'name-cue');
    if (!cue && !tagged(h, 'name-verb')) continue;
    if (h.tokenEnd >= tokens.length || seen.has(h.tokenEnd)) continue;
    const first = tokens[h.tokenEnd] as Token;
    if (TITLES.has(first.norm)) continue; // the title scan has it
    if (!/^(?: |: |:|, | called | named )$/.test(text.slice(h.end, first.start))) continue;
    const to = nameRun(c, h.tokenEnd, false);
    const words = to - h.tokenEnd;
    const cueText = text.slice(h.start, h.end);
    const patientCue = /\b(?:patient|pt|client|service user|resident)\b/i.test(cueText);
    if (cue && words >= 1 && (patientCue || words >= 2 || /called|named|name/i.test(cueText))) {
      push(h.tokenEnd, h.tokenEnd, to, patientCue ? 0.75 : 0.6, [`introduced by "${cueText}"`], patientCue);
    } else if (!cue && words >= 2) {
      push(h.tokenEnd, h.tokenEnd, to, 0.5, [`named after "${cueText}"`], false);
    }
  }
  // "Dave Kershaw, 68, …": a full name with an age beside it.
  for (let i = 0; i < tokens.length - 1; i++) {
    if (seen.has(i) || !isNameToken(tokens[i]) || !isNameToken(tokens[i + 1])) continue;
    const to = nameRun(c, i, false);
    if (to - i < 2) continue;
    const end = (tokens[to - 1] as Token).end;
    const age = NAME_AGE_AFTER.exec(text.slice(end, end + 16));
    if (!age) continue;
    const n = Number(/\d{1,3}/.exec(age[0])?.[0]);
    if (!(n > 0 && n <= 110)) continue;
    push(i, i, to, 0.6, [`a full name with an age ("${age[0].trim()}")`], false);
    i = to - 1;
  }
  untitledNames(c, push, seen);
}

/** Phrase sets indexed by their first word, so that a phrase is tried only where its first word stands. */
const PHRASE_INDEX = new WeakMap<ReadonlySet<string>, Map<string, string[][]>>();

/** The number of tokens of the longest phrase of `set` starting at token i (0 if none). */
function phraseAt(tokens: readonly Token[], i: number, set: ReadonlySet<string>): number {
  let index = PHRASE_INDEX.get(set);
  if (!index) {
    index = new Map();
    for (const p of set) {
      const words = p.split(' ');
      const list = index.get(words[0] as string) ?? [];
      list.push(words);
      index.set(words[0] as string, list);
    }
    PHRASE_INDEX.set(set, index);
  }
  let best = 0;
  for (const words of index.get(tokens[i]?.norm ?? '') ?? [])
    if (words.length > best && words.every((w, k) => tokens[i + k]?.norm === w)) best = words.length;
  return best;
}

function hasPhrase(tokens: readonly Token[], set: ReadonlySet<string>): boolean {
  return tokens.some((_, i) => phraseAt(tokens, i, set) > 0);
}

/** Closing quotation marks after the end of a quoted sentence, then perhaps a dash: "…patient.' Francis Peabody". */
const AFTER_QUOTATION = /[.!?,\u2026]\s?['"\u2019\u201d]\s?[-\u2013\u2014~]?\s?$/;
/** A title or a quotation closing just before "by": "'The Ten-Minute Art' by Helen Farr". */
const TITLE_BEFORE_BY = /['"\u2019\u201d)]\s?$/;

/**
 * A name that is not a patient's by what is said of it: the author or maker of a work ("a book by
 * Helen Farr", "painted by Sam Green", "'The Inner Consultation' by Roger Neighbour"), the speaker of a
 * quotation ("'…caring for the patient.' Francis Peabody"), the maker of a programme or a piece
 * ("Michael Mosley's documentary"), or a business named after its owner ("Mrs Pearce's sweet shop").
 * Word lists: data/name-context.ts.
 */
function publicName(
  c: Context,
  titleAt: number,
  to: number,
  start: number,
): { subject: IdentifierSubject; why: string } | undefined {
  const { tokens, text } = c.input;
  const by = tokens[titleAt - 1];
  if (by?.norm === 'by') {
    const before = tokens[titleAt - 2];
    if (
      TITLE_BEFORE_BY.test(text.slice(Math.max(0, by.start - 3), by.start)) ||
      (before && (CREATION_WORDS.has(before.norm) || WORK_NOUNS.has(before.norm)))
    )
      return { subject: 'public', why: 'named as the author or maker of a work' };
  }
  if (AFTER_QUOTATION.test(text.slice(Math.max(0, start - 6), start)))
    return { subject: 'public', why: 'named as the speaker of a quotation' };
  const last = tokens[to - 1];
  if (last && owns(text, last)) {
    // "Michael Mosley's old documentary": one word may stand between the owner and the work.
    for (let k = to; k < to + 2 && k < tokens.length; k++) {
      if (phraseAt(tokens, k, BUSINESS_NOUNS) > 0)
        return { subject: 'organisation', why: 'a business named after its owner' };
      if (phraseAt(tokens, k, WORK_NOUNS) > 0) return { subject: 'public', why: 'named as the maker of a work' };
    }
  }
  return undefined;
}

/**
 * Why a given name owning a health word ("Ella's inhaler", "Sophie's unwell") is not a patient's, in a
 * draft with no patient word: the author's own children or household, a colleague off sick in a request
 * for cover, or someone remembered in words of sympathy to the family.
 */
function notAPatient(c: Context, owned: LexiconHit): string | undefined {
  const { tokens, text } = c.input;
  if (c.input.hits('patient-ref').length > 0) return undefined;
  if (AUTHOR_FAMILY.test(text) || hasPhrase(tokens, HOUSEHOLD_CUES)) return 'the author\u2019s own household';
  if (hasPhrase(tokens, CONDOLENCE_CUES)) return 'words of sympathy';
  if (tagged(owned, 'symptom') && hasPhrase(tokens, STAFFING_CUES)) return 'a colleague in a request for cover';
  return undefined;
}

type Push = (
  titleAt: number,
  from: number,
  to: number,
  confidence: number,
  why: string[],
  patientCue: boolean,
  window?: number,
  strict?: boolean,
) => void;

const PLACE_PREPOSITIONS = new Set(['at', 'in', 'into', 'near', 'outside', 'opposite', 'towards']);
/** Verbs of contacting or seeing someone: a role before one acts on the name after it ("a GP to ring Ann Lee"). */
const CONTACT_VERBS = new Set([
  'call',
  'ring',
  'phone',
  'text',
  'email',
  'contact',
  'see',
  'visit',
  'review',
  'chase',
  'book',
  'examine',
]);

/** Words right after an owned name that make it a health detail of that person ("Irene's bloods"). */
const OWNED_TAGS = ['test', 'medicine', 'condition', 'symptom'];

/**
 * Names written without a title, read by their position (data/first-names.ts is the name-vs-word check):
 *   - a given name and a surname: "Marjorie Penhaligon INR 4.2", "ring Leonard Ashby on…"; a given name
 *     that is also a word ("Grace", "Mark") counts only with a surname after it;
 *   - an unlisted given name before a listed surname: "Tunde Bakare";
 *   - a given name alone owning a health detail: "Irene's bloods", "Bev's INR";
 *   - a family by its surname: "the Morris children", "the Okafor twins".
 * Close clinical content (the same stretch of a sentence) makes the person a patient; without it they
 * stay someone unknown, below the confidence a finding needs.
 */
function untitledNames(c: Context, push: Push, seen: Set<number>): void {
  const { tokens, text } = c.input;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (seen.has(i) || !isNameToken(t)) continue;
    const prev = tokens[i - 1];
    if (prev && (TITLES.has(prev.norm) || CLINICIAN_TITLES.has(prev.norm))) continue;
    // "at James Cook", "in Ashton Keynes", "St Mary's": after a preposition of place or a saint's title it is
    // a hospital, a street or a town.
    if (prev && (PLACE_PREPOSITIONS.has(prev.norm) || PLACE_PREFIXES.has(prev.norm))) continue;
    // "Councillor Holt", "local artist Sam Green": a role word is not a given name.
    if (c.ctx.some((h) => tagged(h, 'colleague') && h.tokenStart <= i && h.tokenEnd > i)) continue;
    const norm = bareNorm(t);
    const given = FIRST_NAMES.has(norm);
    const wordGiven = !given && WORD_FIRST_NAMES.has(norm);
    const next = tokens[i + 1];
    const spaced = next !== undefined && /^ $/.test(text.slice(t.end, next.start));
    const surname =
      spaced &&
      !owns(text, t) &&
      isNameToken(next) &&
      !FIRST_NAMES.has(bareNorm(next as Token)) &&
      !WORD_FIRST_NAMES.has(bareNorm(next as Token));
    if (surname && (given || wordGiven || SURNAMES.has(bareNorm(next as Token)))) {
      const to = nameRun(c, i, false);
      if (to - i >= 2) {
        push(i, i, to, 0.45, ['a given name and a surname (ONS name lists)'], false, 8, true);
        i = to - 1;
        continue;
      }
    }
    if ((given || wordGiven) && owns(text, t)) {
      const owned = c.care.find(
        (h) => h.tokenStart > i && h.tokenStart <= i + 2 && OWNED_TAGS.some((g) => tagged(h, g)),
      );
      if (owned && !notAPatient(c, owned)) {
        push(i, i, i + 1, 0.5, [`a given name owning a health detail ("${text.slice(owned.start, owned.end)}")`], true);
        continue;
      }
    }
    // "the Romanian family", "the Roma families": a nationality or an ethnic group, not a surname.
    const group = c.input.hits('group').some((h) => h.tokenStart <= i && h.tokenEnd > i);
    if (prev?.norm === 'the' && next && FAMILY_NOUNS.has(next.norm) && !given && !wordGiven && spaced && !group) {
      push(i, i, i + 1, 0.5, [`a family named by its surname ("the ${t.raw} ${next.raw}")`], false, 10, true);
    }
  }
}

/** A phone, email, postcode or address counts as a patient's when a patient or their name is close by. */
function linkToPeople(c: Context, found: Draftable[]): void {
  const people = found.filter(
    (f) =>
      (f.kind === 'name' && (f.subject === 'patient' || f.subject === 'person')) ||
      ((f.kind === 'nhs-number' || f.kind === 'date-of-birth' || f.kind === 'hospital-number') && f.confidence >= 0.5),
  );
  const patientCues = [
    ...c.ctx.filter((h) => tagged(h, 'name-cue') && /patient|pt\b/i.test(h.entry.phrase)),
    ...c.input.hits('patient-ref'),
  ];
  for (const f of found) {
    if (!['phone', 'email', 'postcode', 'address'].includes(f.kind) || f.subject !== 'person') continue;
    const [first, after] = c.span(f.start, f.end);
    const person = people.find((p) => {
      const [pf, pa] = c.span(p.start, p.end);
      return pa > first - 15 && pf < after + 15;
    });
    const cue = patientCues.find((h) => h.tokenEnd > first - 12 && h.tokenStart < after + 12);
    if (person) {
      f.subject = 'patient';
      f.confidence += 0.15;
      f.why.push(`beside a patient's identifier ("${c.input.text.slice(person.start, person.end)}")`);
    } else if (cue) {
      f.subject = 'patient';
      f.confidence += 0.1;
      f.why.push(`beside a mention of a patient ("${c.input.text.slice(cue.start, cue.end)}")`);
    }
  }
}
