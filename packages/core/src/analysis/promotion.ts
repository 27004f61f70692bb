import { NOT_CODE_LETTERS, OFFERING_NOUNS, PRODUCT_NOUNS, SERVICE_NOUNS } from '../data/promotion.js';
import type { LexiconHit } from '../text/matcher.js';
import { normalise } from '../text/normalise.js';
import { matchesOf, anyMatchTest } from '../text/prefilter.js';
import { phraseTokens, type Token } from '../text/tokens.js';
import type { AuthorProfile } from '../types.js';
import type { Analysis } from './analyse.js';
import { PerAnalysis } from './memo.js';
import { medicinesOf } from './medicines.js';
import { pressureOf } from './pressure.js';
import { lineSpan, tokenLine, FIRST_PERSON } from './speech.js';

/*
 * Promotional intent, computed once per draft and shared by the six promotion rules: is the author
 * selling or endorsing something, which words show it, does the post declare the author's interest,
 * and which of the author's declared interests (author.declaredInterests) does it name?
 *
 * A cue is "strong" when it is a sale on its own (a price, a discount, "DM to book", "privately", a
 * discount code, "our IV drips", a brand the author has an interest in) and "weak" when it is as
 * common in NHS notices as in adverts ("book", "available", "recommend", a link). Promotion is
 * present with one strong cue, or two weak ones outside NHS and charity wording, so "Book your flu
 * jab on the NHS App" and "Tickets £5, all for the hospice" are not adverts.
 */

export type CueKind =
  | 'price'
  | 'offer'
  | 'booking'
  | 'private'
  | 'availability'
  | 'endorsement'
  | 'affiliate'
  | 'own-offering'
  | 'interest'
  | 'urgency'
  | 'link'
  | 'steer'
  | 'declaration';

export interface PromoCue {
  readonly kind: CueKind;
  readonly start: number;
  readonly end: number;
  readonly strong: boolean;
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A commercial tie in the wording, and what it says of the author's relation to the brand. */
export interface Tie extends Span {
  /** code: a discount code; link: the author's own link; ambassador, gifted, sponsor: a named relation. */
  readonly kind: 'code' | 'link' | 'ambassador' | 'gifted' | 'sponsor';
}

export interface InterestMention extends Span {
  /** The declared interest as the profile states it, e.g. "Director, SkinWell Clinic Ltd". */
  readonly interest: string;
}

export interface Promotion {
  /** The draft sells or endorses something. */
  readonly present: boolean;
  /** A cue that is a sale on its own (price, offer, private service, code…), not only praise. */
  readonly commercial: boolean;
  readonly cues: readonly PromoCue[];
  /** Where the post itself declares or makes plain the author's interest. */
  readonly declarations: readonly Span[];
  /** Discount codes, affiliate links, "sponsored", "proud ambassador", "gifted": a commercial tie in the wording. */
  readonly affiliate: readonly Tie[];
  /** The author's declared interests named in the text. */
  readonly interestMentions: readonly InterestMention[];
  /** NHS programme or free public-service wording. */
  readonly nhs: boolean;
  /** The post cites evidence (a study, a trial, a link, a DOI). */
  readonly reference: boolean;
  /** Sentence indexes holding a promotional cue. */
  readonly sentences: ReadonlySet<number>;
  /**
   * The author speaks as the one who provides a treatment ("our fat freezing", "my clients", "I've done
   * thousands", "consults open"), with or without a cue of sale: an absolute claim in that voice is an
   * advert's, where the same words in a patient's story are not.
   */
  readonly provider: boolean;
}

// -------------------------------------------------------------------------------------------
// Regexes over the original text (the tokeniser drops £, % and #). Linear: no nested quantifiers
// over overlapping classes, and a run that every position of a long input could start (digits and
// commas before "pounds", a code's letters) is bounded, so each start costs a fixed amount.

/** No price or code is longer than this: "£1,250,000.00" is 12 digits and commas. */
const PRICE = /£\s?\d[\d,]{0,15}(?:\.\d{1,2})?|\b\d[\d,]{0,15}(?:\.\d{2})?\s?(?:pounds|gbp)\b/gi;
const MONEY_OFF = /\b\d{1,2}(?:\.\d)?\s?%\s?(?:off|discount)\b|£\s?\d+\s?off\b|\bhalf[- ]price\b/gi;
const CODE = /\b(?:[Cc]ode|CODE|[Cc]oupon|[Vv]oucher)\s?:?\s?["'\u201C\u2018]?[A-Z][A-Z0-9]{2,30}\b/g;
/** "use JO10", "with DRJO20", "enter GLOW15 at checkout": capitals then digits after a verb of using. */
const CODE_AFTER_VERB =
  /\b(?:[Uu]se|[Uu]sing|[Ww]ith|[Ee]nter|[Aa]pply|[Qq]uote|[Mm]ention)\s["'\u201C\u2018]?[A-Z]{2,12}\d{1,4}\b/g;
const HASHTAG_AD = /#(?:ad|advert|advertisement|sponsored|spon|gifted|paidpartnership|affiliate|collab|promo)\b/gi;
const AD_LABEL =
  /(?:^|[\n([])\s?(?:ad|advert|advertisement|paid partnership|paid|affiliate|gifted|sponsored)\s?[)\]:|\u2013\u2014-]/gim;
const URL =
  /\bhttps?:\/\/[^\s]+|\bwww\.[^\s]+|(?<![a-z0-9-])[a-z0-9][a-z0-9-]{0,62}\.(?:com|co\.uk|org\.uk|uk|org|net|clinic|health|example|io|app)\b/gi;
const REFERENCE =
  /\b(?:study|studies|trial|trials|published|journal|doi|pubmed|cochrane|meta-analysis|systematic review|et al|evaluation|reference|references|evidence here|nice guidance)\b|https?:\/\//i;

// Regexes over the token line (normalised tokens, single spaces, " | " between sentences).
const SERVICES = SERVICE_NOUNS.join('|');
const PRIVATE_SERVICE = new RegExp(`\\bprivate (?:[^ |]+ ){0,2}(?:${SERVICES})\\b`, 'g');
/** "our IV vitamin drips", "my clinic": an offering that is the author's own. */
const OWN_OFFERING = new RegExp(`\\bour ((?:[^ |]+ ){0,4}?)(?:${PRODUCT_NOUNS.join('|')})\\b`, 'g');
/** "our private clinic", "my private GP service": the author's own private offering, whatever the noun. */
const OWN_PRIVATE = new RegExp(`\\b(?:our|my) private (?:[^ |]+ ){0,2}?(?:${SERVICES}|gp|practice)\\b`, 'g');
/** Words that make "our ___" an NHS or practice service rather than a private product. */
const NHS_OWN =
  /\b(?:nhs|flu|covid|vaccine|vaccination|practice|surgery|pcn|community|minor|annual|asthma|diabetes|free|nurse|nurses|team|staff|charity|christmas|party|prescribing|audit|stewardship|data|figures|target|targets|reception|usual|health visitor|icb|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekly|morning|evening|baby|childhood)\b/;
/** Money that is funding, pay or fundraising, not a price ("receives £110 per patient"). */
const NOT_A_PRICE_BEFORE =
  /\b(?:receives?|received|funding|funded|budget|raised|raise|raising|spent|spend|spends|saved|costs? the nhs|worth|target|salary|paid|pay|donated|invested|cuts?|deficit)\b[^.!?\n]{0,20}$/i;
const NOT_A_PRICE_AFTER =
  /^[^.!?\n]{0,4}\b(?:per (?:patient|head|person)|a head|target|for the (?:hospice|charity|appeal)|deficit)\b/i;
const PUNCTUATION = /[,.;:!?()\n]/;
/** The author doing the selling: "I can see you privately", "we can diagnose you", "see me at". */
const AUTHOR_PROVIDES =
  /\b(?:i|we) (?:can |could |will |also |now |do |personally |still ){0,3}(?:see|offer|provide|prescribe|diagnose|treat|perform|do|run|deliver|stock|sell|supply)\b|\bsee me (?:privately|at)\b|\bi (?:see|treat) (?:patients|people|clients) privately\b|\bwhere i(?: am|'m) (?:a |the )?(?:partner|director|owner|founder|medical director|clinical director|lead)\b|\bi(?: am|'m) (?:a |the |also |now )?(?:co )?(?:owner|director|medical director|clinical director|partner|founder|shareholder|investor|adviser|advisor|paid|ambassador|affiliate|consultant to|employee|ceo|chief medical officer|head of|(?:[^ |]+ )?lead (?:at|for|with))\b|\bi (?:work|consult) (?:at|for|with)\b|\b(?:i(?: have|'ve)|i) (?:just )?joined [^|]{0,40}? as (?:the |a |their |our |its )?(?:[^ |]+ )?(?:director|partner|lead|adviser|advisor|ambassador|owner|founder|ceo|consultant)\b/g;

/**
 * The author as the provider in an advert's own words: "book with me", "I consult privately", "I've
 * started a private clinic", "my Saturday clinic", "aesthetic nurse now taking bookings", "DM for a
 * consult". Several small patterns, apart from AUTHOR_PROVIDES, so that each is small enough for the
 * linear-time check (scripts/regexes.test.ts) to prove.
 */
const SELF_OFFER: readonly RegExp[] = [
  /\b(?:book|booking|bookings|appointments?|consultations?|consults?|checks?|sessions?|treatments?|slots?) (?:[^ |]+ ){0,2}?with me\b|\bbook me\b/g,
  /\bi (?:also |now |still )?(?:consult|practise|practice|work|fit (?:them|it|these|those)|see (?:them|you|people|patients)) privately\b|\bi(?:'m| am|'ve| have) (?:now |also |just |recently )?(?:doing|started|starting|launched|launching|opened|opening|set up|setting up) (?:[^ |]+ ){0,3}?(?:private|clinic|clinics|service|services)\b/g,
  /\bmy (?:[^ |]+ ){0,2}?(?:clinic|clinics|studio|private line)\b|\b(?:specialist|nurse|physician|doctor|gp|consultant|pharmacist|practitioner|prescriber|dermatologist|surgeon) (?:here )?(?:[^ |]+ ){0,3}?(?:now )?(?:taking|offering|seeing|accepting) (?:new |private |bookings|clients|patients)/g,
  /\b(?:dm|message|pm|inbox) (?:me )?(?:for|to book) (?:a |your )?(?:consult|consultation|appointment)\b|\bi(?:'ll| will) (?:be your (?:doctor|nurse|practitioner|gp)|see you|do your)\b/g,
];

/**
 * The voice of a provider: "our" before a product or treatment (not before an NHS or practice service),
 * "clients" and "customers" (the NHS has patients), a count of treatments done, "my programme",
 * sessions or consults open, "ask us how", "in clinic".
 */
const PROVIDER_VOICE =
  /\bclients?\b|\bcustomers?\b|\bi(?:'ve| have) (?:done|treated|injected|performed|seen|cured|helped) (?:over |more than )?(?:hundreds|thousands|\d+)\b|\bmy (?:[^ |]+ ){0,2}?(?:programme|program|plan|protocol|course|method|clinic|treatments?|sessions?|results)\b|\b(?:consults?|consultations?|sessions?|slots?|appointments?|bookings?) (?:are |now )?(?:open|available)\b|\bask (?:us|me) (?:how|about)\b|\bin (?:clinic|store|the clinic|the studio|salon)\b|\bat (?:my|our) (?:[^ |]+ )?(?:clinic|studio|salon|pharmacy|place|house)\b/;
/** How far after "our" the thing offered may stand ("our new 3-step skin peel"). */
const OUR_REACH = 4;
const PRODUCTS = new Set([...PRODUCT_NOUNS, ...OFFERING_NOUNS]);

/**
 * "Our" before a treatment or a product ("our fat freezing", "our clinic's Botox", "our new balm"),
 * not before an NHS or practice service ("our flu clinic", "our F2s").
 */
function ourOffering(a: Analysis): boolean {
  const t = a.tokens;
  let named: Set<number> | undefined;
  for (let i = 0; i < t.length; i++) {
    if ((t[i] as Token).norm !== 'our') continue;
    const end = Math.min(t.length, i + 1 + OUR_REACH);
    const after = t.slice(i + 1, end).map((x) => x.norm);
    if (NHS_OWN.test(after.join(' '))) continue;
    if (after.some((w) => PRODUCTS.has(w))) return true;
    named ??= new Set(
      [...medicinesOf(a), ...a.hits('health-agent')].flatMap((m) =>
        Array.from({ length: m.tokenEnd - m.tokenStart }, (_, k) => m.tokenStart + k),
      ),
    );
    for (let j = i + 1; j < end; j++) if (named.has(j)) return true;
  }
  return false;
}

function providerVoice(a: Analysis, line: string): boolean {
  return PROVIDER_VOICE.test(line) || ourOffering(a);
}

/** Where a link is, or a nudge to it: "link below", "via the link", "pop me a DM". */
const LINK_POINTER =
  /\blink (?:below|above|in (?:my |the )?(?:bio|comments?|description|stories|story|profile))\b|\b(?:via|through|using|click|tap) (?:the |my |our |this )?link\b|\bpop (?:me|us) an? (?:dm|message|pm|text|email)\b/g;
/** An advert's call to start or come now: "start today", "come and see why", "book in before…". */
const CALL_TO_ACT =
  /(?:^|\| )(?:start|begin|try|book|grab|order|claim|secure|come and see|come and try) (?:[^ |]+ ){0,3}?(?:today|now|why|in|yours|before|this week|while)\b|\b(?:start|book|order|buy|try) (?:it |yours |one )?(?:today|now)\b/g;

/** Words before "free" that are not a compound's head ("is free", "totally free"). */
const NOT_COMPOUND = new Set([
  'for',
  'is',
  'are',
  'was',
  'be',
  "it's",
  'its',
  'totally',
  'completely',
  'entirely',
  'absolutely',
  'all',
  'and',
  'or',
  'also',
  'still',
  'always',
  'now',
  'get',
  'got',
  'them',
  'it',
  '100',
]);

/** "Pain-free", "risk free", "symptom free": a compound, not the free NHS service. */
function freeCompound(a: Analysis, h: LexiconHit): boolean {
  const before = a.tokens[h.tokenStart - 1] as Token | undefined;
  if (
    !before ||
    a.sentenceAt(before.start) !== a.sentenceAt(h.start) ||
    /[,.;:!?]/.test(a.text.slice(before.end, h.start))
  )
    return false;
  return a.text.slice(h.start, h.end).toLowerCase() === 'free' && !NOT_COMPOUND.has(before.norm);
}

/** A referral tie in words: "mention my name", "tell them I sent you", "use my referral link". */
const REFERRAL =
  /\b(?:mention|tell (?:them|her|him|reception)) (?:my name|(?:that )?(?:[^ |]+ ){0,2}?sent (?:you|u))\b|\bwith my name\b|\b(?:use|using|via|through|tap) my (?:referral |affiliate )?(?:link|code)\b|\bmy (?:referral|affiliate) (?:link|code)\b/g;

/** "message me to join", "text us for prices", "drop me a DM to book": a call to act through the author. */
const CONTACT =
  /\b(?:dm|pm|message|msg|inbox|text|whatsapp|email|call|ring|contact|drop) (?:me |us )?(?:a (?:message|dm|pm|line|text) )?(?:now )?(?:to|for|2) (?:book|join|order|buy|start|sign|secure|reserve|find out|more|info|details|prices|pricing|a consult|a consultation|an appointment|your)\b/g;

// Words that may stand alone for a company ("at Northbank") unless they are everyday words.
const GENERIC_NAME_WORDS = new Set([
  'active',
  'bloom',
  'clear',
  'health',
  'healthcare',
  'care',
  'clinic',
  'the',
  'my',
  'new',
  'well',
  'total',
  'prime',
  'better',
  'first',
  'city',
  'central',
  'london',
  'north',
  'south',
  'east',
  'west',
  'private',
  'medical',
  'skin',
  'body',
  'life',
  'pure',
  'smart',
  'simply',
  'natural',
  'vital',
  'quick',
  'fast',
  'online',
  'direct',
  'doctor',
  'dr',
  'gp',
  'one',
  'home',
  'family',
  'royal',
  'st',
  'saint',
]);
const CORPORATE_SUFFIX = new Set(['ltd', 'limited', 'llp', 'plc', 'inc', 'cic', 'llc', 'group', 'uk', 'co']);

interface NamePattern {
  readonly label: string;
  readonly words: readonly string[];
  /** Words that must match before the name counts (1 for a distinctive first word, else 2). */
  readonly need: number;
}

/** The organisation of a declared interest: "Director, SkinWell Clinic Ltd" gives "SkinWell Clinic". */
export function interestOrganisation(interest: string): string {
  const noParens = interest.replace(/\([^()]*\)/g, ' ');
  const comma = noParens.indexOf(',');
  return (comma >= 0 ? noParens.slice(comma + 1) : noParens).replace(/\s+/g, ' ').trim();
}

/** The role of a declared interest: "Director, SkinWell Clinic Ltd" gives "Director". */
export function interestRole(interest: string): string {
  const comma = interest.indexOf(',');
  return comma >= 0 ? interest.slice(0, comma).trim() : '';
}

const PATTERNS = new Map<string, NamePattern[]>();

/** Token patterns for names (of an organisation or a practice), distinctive words first; cached by label list. */
export function namePatterns(labels: readonly string[], fromInterest: boolean): NamePattern[] {
  if (labels.length === 0) return [];
  const key = `${fromInterest ? 'i' : 'n'}\u0000${labels.join('\u0000')}`;
  const cached = PATTERNS.get(key);
  if (cached) return cached;
  if (PATTERNS.size > 256) PATTERNS.clear();
  const out: NamePattern[] = [];
  PATTERNS.set(key, out);
  for (const label of labels) {
    const org = fromInterest ? interestOrganisation(label) : label;
    const words = phraseTokens(org, normalise);
    while (words.length > 1 && CORPORATE_SUFFIX.has(words[words.length - 1] as string)) words.pop();
    const first = words[0];
    if (first === undefined) continue;
    const need = GENERIC_NAME_WORDS.has(first) || first.length < 4 ? Math.min(2, words.length) : 1;
    if (need === 1 && words.length === 1 && GENERIC_NAME_WORDS.has(first)) continue;
    out.push({ label, words, need });
  }
  return out;
}

const POSSESSIVE = /'s$/;

/** Where names occur in the tokens: the distinctive first word (or first two), extended as far as the name goes on. */
export function findNames(tokens: readonly Token[], patterns: readonly NamePattern[]): InterestMention[] {
  const found: InterestMention[] = [];
  if (patterns.length === 0) return found;
  for (let i = 0; i < tokens.length; i++) {
    const w0 = (tokens[i] as Token).norm.replace(POSSESSIVE, '');
    for (const p of patterns) {
      if (p.words[0] !== w0) continue;
      let k = 1;
      while (
        k < p.words.length &&
        i + k < tokens.length &&
        (tokens[i + k] as Token).norm.replace(POSSESSIVE, '') === p.words[k]
      )
        k++;
      if (k < p.need) continue;
      found.push({ interest: p.label, start: (tokens[i] as Token).start, end: (tokens[i + k - 1] as Token).end });
      break;
    }
  }
  return found;
}

const CACHE = new PerAnalysis<Promotion>();

const TEXT_CUES = anyMatchTest([PRICE, MONEY_OFF, CODE, CODE_AFTER_VERB, HASHTAG_AD, URL]);
const LINE_CUES = anyMatchTest([
  PRIVATE_SERVICE,
  OWN_OFFERING,
  OWN_PRIVATE,
  CONTACT,
  REFERRAL,
  LINK_POINTER,
  CALL_TO_ACT,
]);
const OFFER_CUES = anyMatchTest([MONEY_OFF, PRIVATE_SERVICE, OWN_OFFERING, OWN_PRIVATE]);

/**
 * False only when promotionOf() can find no cue, so `present` is false: no promotion or pressure word,
 * no declared interest to name, and none of the cue regexes can match. The promotion rules that need
 * promotional intent are gated on it.
 */
export function mayPromote(a: Analysis, author?: AuthorProfile): boolean {
  if (a.hits('promotion').length > 0 || a.hits('pressure').length > 0 || (author?.declaredInterests ?? []).length > 0)
    return true;
  return TEXT_CUES.test(a.text) || LINE_CUES.test(tokenLine(a).text);
}

/**
 * False only when promotionOf() can give no private, interest, own-offering or offer cue and no
 * declaration naming "private", "clinic" or "see me": what promotion.nhs-patients starts from.
 */
export function mayOfferPrivately(a: Analysis, author?: AuthorProfile): boolean {
  if (a.hits('promotion').length > 0 || (author?.declaredInterests ?? []).length > 0) return true;
  return PRIVATE_WORDS.test(a.text) || OFFER_CUES.test(a.text) || OFFER_CUES.test(tokenLine(a).text);
}
const PRIVATE_WORDS = /private|clinic|see me/i;

function tagged(hits: readonly LexiconHit[], tag: string): LexiconHit[] {
  return hits.filter((h) => h.entry.tags?.includes(tag));
}

/** Promotional intent of a draft; computed once per analysis. Pass the author profile for interest matching. */
export function promotionOf(a: Analysis, author?: AuthorProfile): Promotion {
  const cached = CACHE.get(a);
  if (cached) return cached;
  const text = a.text;
  const cues: PromoCue[] = [];
  const declarations: Span[] = [];
  const affiliate: Tie[] = [];
  const promo = a.hits('promotion');
  const charitySentences = new Set(tagged(promo, 'charity').map((h) => a.sentenceAt(h.start)));
  // NHS words inside a longer sales or steering phrase ("free consultation", "skip the NHS wait", "my NHS
  // patients") are the sale's contrast, not an NHS programme.
  const selling = promo.filter((h) => !h.entry.tags?.includes('nhs') && !h.entry.tags?.includes('declaration'));
  const nhsSentences = new Set(
    tagged(promo, 'nhs')
      .filter((h) => !selling.some((o) => o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start))
      .filter((h) => !freeCompound(a, h))
      .map((h) => a.sentenceAt(h.start)),
  );
  const nhs = nhsSentences.size > 0;

  const push = (kind: CueKind, start: number, end: number, strong: boolean) => cues.push({ kind, start, end, strong });

  for (const m of matchesOf(PRICE, text)) {
    const end = m.index + m[0].length;
    if (charitySentences.has(a.sentenceAt(m.index))) continue;
    if (
      NOT_A_PRICE_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)) ||
      NOT_A_PRICE_AFTER.test(text.slice(end, end + 30))
    )
      continue;
    push('price', m.index, end, true);
  }
  for (const m of matchesOf(MONEY_OFF, text)) push('offer', m.index, m.index + m[0].length, true);
  for (const m of matchesOf(CODE, text)) {
    // A discount code has a digit or is all capitals ("DRJO15", "GLOW"), not a word like "Code".
    if (!/\d/.test(m[0]) && !/[A-Z]{4,}/.test(m[0])) continue;
    push('affiliate', m.index, m.index + m[0].length, true);
    affiliate.push({ start: m.index, end: m.index + m[0].length, kind: 'code' });
  }
  for (const m of matchesOf(CODE_AFTER_VERB, text)) {
    // A code is made up, not a name with a number in it ("with COVID19", "use NHS111").
    const letters = /(?<![A-Z])[A-Z]+(?=\d)/.exec(m[0].slice(m[0].search(/\s/) + 1));
    if (letters && NOT_CODE_LETTERS.has(letters[0].toLowerCase())) continue;
    push('affiliate', m.index, m.index + m[0].length, true);
    affiliate.push({ start: m.index, end: m.index + m[0].length, kind: 'code' });
  }
  for (const m of matchesOf(HASHTAG_AD, text)) {
    push('affiliate', m.index, m.index + m[0].length, true);
    declarations.push({ start: m.index, end: m.index + m[0].length });
  }
  for (const m of matchesOf(AD_LABEL, text)) declarations.push({ start: m.index, end: m.index + m[0].length });
  for (const m of matchesOf(URL, text)) push('link', m.index, m.index + m[0].length, false);

  for (const h of promo) {
    const tags = h.entry.tags ?? [];
    const weak = tags.includes('weak');
    const kind = tags[0];
    if (kind === 'declaration') {
      declarations.push(h);
      push('declaration', h.start, h.end, false);
    } else if (kind === 'affiliate') {
      // A named relation ("proud ambassador", "gifted", "my link") sells only beside another cue, and not for a charity.
      const relation = tags[1] as Tie['kind'] | undefined;
      if (relation && charitySentences.has(a.sentenceAt(h.start))) continue;
      // "Zero affiliate links", "no affiliate nonsense": a tie denied is no tie.
      if (negatedBefore(a, h.tokenStart, 2)) continue;
      // "The ICB needs to commission a service": the word as a verb names no tie.
      if (h.tokenEnd === h.tokenStart + 1 && VERB_OPENERS.has(a.tokens[h.tokenStart - 1]?.norm ?? '')) continue;
      affiliate.push({ start: h.start, end: h.end, kind: relation ?? 'sponsor' });
      push('affiliate', h.start, h.end, relation === undefined);
    } else if (kind === 'steer') {
      push('steer', h.start, h.end, false);
    } else if (
      kind === 'booking' ||
      kind === 'offer' ||
      kind === 'private' ||
      kind === 'availability' ||
      kind === 'endorsement'
    ) {
      // "We don't prescribe it privately", "isn't available on the NHS": an offer denied is no offer.
      if (negatedBefore(a, h.tokenStart, 4)) continue;
      // Social proof ("helped hundreds of people") sells in an advert but is a service report in an NHS post.
      push(kind, h.start, h.end, !weak && !(nhs && tags.includes('social-proof')));
    }
  }
  for (const h of a.hits('pressure')) if (h.entry.tags?.includes('urgency')) push('urgency', h.start, h.end, false);
  // A count of slots or places left is an advert's ("3 slots left this month"), unless an NHS clinic's.
  for (const c of pressureOf(a)) if (c.scarce) push('urgency', c.start, c.end, !nhs);

  const line = tokenLine(a);
  for (const m of matchesOf(PRIVATE_SERVICE, line.text)) {
    const s = lineSpan(a, line, m.index, m[0].length);
    if (s && !PUNCTUATION.test(text.slice(s.start, s.end)) && !negatedBefore(a, s.tokenStart, 4))
      push('private', s.start, s.end, true);
  }
  for (const m of matchesOf(OWN_OFFERING, line.text)) {
    if (NHS_OWN.test(m[0])) continue;
    const s = lineSpan(a, line, m.index, m[0].length);
    if (!s || PUNCTUATION.test(text.slice(s.start, s.end))) continue;
    push('own-offering', s.start, s.end, true);
    declarations.push(s);
  }
  for (const m of matchesOf(OWN_PRIVATE, line.text)) {
    const s = lineSpan(a, line, m.index, m[0].length);
    if (!s || PUNCTUATION.test(text.slice(s.start, s.end)) || negatedBefore(a, s.tokenStart, 4)) continue;
    push('own-offering', s.start, s.end, true);
    declarations.push(s);
  }
  for (const m of matchesOf(REFERRAL, line.text)) {
    const s = lineSpan(a, line, m.index, m[0].length);
    // "Donate via my link" is a fundraiser's, not a tie.
    if (!s || negatedBefore(a, s.tokenStart, 2) || charitySentences.has(a.sentenceAt(s.start))) continue;
    push('affiliate', s.start, s.end, true);
    affiliate.push({ start: s.start, end: s.end, kind: 'link' });
  }
  for (const m of matchesOf(LINK_POINTER, line.text)) {
    const s = lineSpan(a, line, m.index, m[0].length);
    if (s) push('link', s.start, s.end, false);
  }
  for (const m of matchesOf(CALL_TO_ACT, line.text)) {
    const s = lineSpan(a, line, m.index, m[0].length);
    if (s) push('booking', s.start, s.end, false);
  }
  for (const m of matchesOf(CONTACT, line.text)) {
    const s = lineSpan(a, line, m.index, m[0].length);
    // "Call us to book" is every surgery's notice; "DM me to book" and "message me for prices" are the author selling.
    if (s) push('booking', s.start, s.end, /^(?:dm|pm|msg|inbox|drop)\b/.test(m[0]) || /\bme\b/.test(m[0]));
  }
  for (const re of [AUTHOR_PROVIDES, ...SELF_OFFER])
    for (const m of matchesOf(re, line.text)) {
      const s = lineSpan(a, line, m.index, m[0].length);
      if (s) declarations.push(s);
    }
  // The author named in the third person as the provider ("Dr Lyons now offers…").
  const surname = author?.name?.trim().split(/\s+/).pop()?.toLowerCase();
  if (surname && surname.length > 2) {
    const t = a.tokens;
    for (let i = 0; i + 1 < t.length; i++) {
      const word = (t[i] as Token).norm;
      if (word !== surname && word !== `${surname}'s`) continue;
      const next = (t[i + 1] as Token).norm === 'now' ? t[i + 2] : t[i + 1];
      // "Dr Malik's private clinic": the author's own, by name.
      if (word !== surname) {
        const last = t[Math.min(i + 3, t.length - 1)] as Token;
        if (a.sentenceAt(last.start) === a.sentenceAt((t[i] as Token).start))
          declarations.push({ start: (t[i] as Token).start, end: last.end });
        else declarations.push({ start: (t[i] as Token).start, end: (t[i] as Token).end });
      } else if (next && /^(offers|runs|owns|sees|provides|directs|prescribes|is)$/.test(next.norm))
        declarations.push({ start: (t[i] as Token).start, end: next.end });
    }
  }

  // The author's own link beside money off ("link in my bio for money off your first kit") is a referral.
  const offerSentences = new Set(
    cues
      .filter((c) => c.kind === 'offer' && /\boff\b|discount/i.test(text.slice(c.start, c.end)))
      .map((c) => a.sentenceAt(c.start)),
  );
  const tied = new Set(affiliate.map((t) => a.sentenceAt(t.start)));
  for (const c of cues) {
    const s = a.sentenceAt(c.start);
    if (
      (c.kind === 'link' || (c.kind === 'booking' && /\b(?:link|bio)\b/i.test(text.slice(c.start, c.end)))) &&
      offerSentences.has(s) &&
      !tied.has(s)
    ) {
      affiliate.push({ start: c.start, end: c.end, kind: 'link' });
      tied.add(s);
    }
  }

  const interestMentions = findNames(a.tokens, namePatterns(author?.declaredInterests ?? [], true));
  // Naming one's own company sells it when anything else in the post does ("SkinWell has closed" does not).
  const otherCues = cues.some((c) => c.kind !== 'declaration');
  for (const m of interestMentions) push('interest', m.start, m.end, otherCues);

  cues.sort((x, y) => x.start - y.start);
  const strong = cues.filter((c) => c.strong);
  // Weak cues count outside NHS and charity wording, one per kind ("book… book" is one cue).
  const weakKinds = new Set(
    nhs || charitySentences.size > 0
      ? []
      : cues.filter((c) => !c.strong && c.kind !== 'declaration').map((c) => c.kind),
  );
  // A declared business tie is itself a sign of promotion, but only alongside another cue.
  const present = strong.length > 0 || weakKinds.size >= 2 || (declarations.length > 0 && weakKinds.size >= 1);
  const commercial = strong.some((c) => c.kind !== 'endorsement' && c.kind !== 'interest');
  const sentences = new Set<number>();
  if (present) for (const c of cues) if (c.kind !== 'declaration') sentences.add(a.sentenceAt(c.start));

  const result: Promotion = {
    present,
    commercial,
    cues,
    declarations,
    affiliate,
    interestMentions,
    nhs,
    reference: REFERENCE.test(text),
    sentences,
    provider: providerVoice(a, line.text),
  };
  CACHE.set(a, result);
  return result;
}

/** True when the author is the subject of the sentence around offset (first person or their name). */
export function firstPersonIn(a: Analysis, from: number, to: number): boolean {
  for (const t of a.tokens) {
    if (t.start >= to) break;
    if (t.end > from && FIRST_PERSON.has(t.norm)) return true;
  }
  return false;
}

const NEGATORS = new Set([
  'no',
  'not',
  'never',
  'nothing',
  'none',
  'nobody',
  "isn't",
  'isnt',
  "aren't",
  'arent',
  "can't",
  'cant',
  'cannot',
  "won't",
  'wont',
  "doesn't",
  'doesnt',
  "don't",
  'dont',
  "wasn't",
  "weren't",
  'neither',
  'nor',
  'without',
  'zero',
]);
const CLAUSE_PUNCT = /[;:\u2013\u2014]| - /;
/** Words after which a word that is both noun and verb is the verb ("to commission", "should commission"). */
const VERB_OPENERS = new Set([
  'to',
  "let's",
  'lets',
  'will',
  'would',
  'should',
  'shall',
  'must',
  'can',
  'could',
  'may',
  'might',
  'please',
]);
const CLAUSE_BREAK = new Set(['but', 'however', 'yet', 'though', 'although', 'whereas', 'while', 'unless']);

/** True when a negator ("no", "isn't", "never"…) comes within `window` tokens before tokenStart, in the same clause. */
export function negatedBefore(a: Analysis, tokenStart: number, window = 4): boolean {
  const si = a.sentenceAt((a.tokens[tokenStart] as Token).start);
  for (let j = tokenStart - 1; j >= 0 && j >= tokenStart - window; j--) {
    const t = a.tokens[j] as Token;
    if (a.sentenceAt(t.start) !== si || CLAUSE_BREAK.has(t.norm)) return false;
    // A dash, semicolon or colon ends the clause ("no side effects – we've helped hundreds").
    if (CLAUSE_PUNCT.test(a.text.slice(t.end, (a.tokens[j + 1] as Token).start))) return false;
    if (NEGATORS.has(t.norm)) return true;
  }
  return false;
}

/** The original text of a sentence, without surrounding spaces, as a span. */
export function sentenceSpan(a: Analysis, index: number): Span | undefined {
  const s = a.sentences[index];
  if (!s) return undefined;
  let start = s.start;
  let end = s.end;
  while (start < end && /\s/.test(a.text[start] as string)) start++;
  while (end > start && /\s/.test(a.text[end - 1] as string)) end--;
  return { start, end };
}
