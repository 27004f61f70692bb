import {
  DataSet,
  RegExpMatcher,
  englishDataset,
  englishRecommendedTransformers,
  parseRawPattern,
  SyntaxKind,
} from 'obscenity';
import {
  ACRONYMS,
  MASKED_FORMS,
  PROFANITY_ALLOW,
  PROFANITY_TERMS,
  type ProfanityKind,
  type ProfanityTerm,
  type SwearStrength,
} from '../data/profanity-allow.js';
import { fastPaths } from '../fast-path.js';
import { matchesOf } from '../text/prefilter.js';

export type { ProfanityKind, SwearStrength } from '../data/profanity-allow.js';

/** A swear word (or explicit sexual word, or slur) found in the original text. */
export interface ProfanityMatch {
  /** Half-open UTF-16 range of the word as written ("F*cking", "f u c k", "ѕhit"). */
  readonly start: number;
  readonly end: number;
  /** The dictionary word it stands for, e.g. "fuck" for "f*cking". */
  readonly word: string;
  /** Ofcom 2021 band (see data/profanity-allow.ts). */
  readonly strength: SwearStrength;
  /** swear: general swearing; sexual: explicit sexual slang; slur: discriminatory word. */
  readonly kind: ProfanityKind;
  /** How sure the match is swearing in this use, 0..1. */
  readonly weight: number;
  /** Written to dodge a filter: asterisks, spaced or dotted letters, look-alike letters, digits. */
  readonly disguised: boolean;
}

/**
 * Words of obscenity's English data set that are neutral clinical, anatomical or legal terms in a
 * GP's writing (penis, vagina, sex, rape…). They are not swearing, so they are not reported; the
 * sexual rule judges sexual content with its own lexicon.
 */
const CLINICAL_WORDS = new Set([
  'anal',
  'anus',
  'penis',
  'vagina',
  'sex',
  'semen',
  'ejaculate',
  'orgasm',
  'masturbate',
  'incest',
  'rape',
  'bestiality',
]);

const DEFAULT_WEIGHT: Record<SwearStrength, number> = { mild: 0.65, medium: 0.8, strong: 0.9, strongest: 0.95 };

const TERMS = new Map<string, ProfanityTerm>(PROFANITY_TERMS.map((t) => [t.word, t]));

// Letters written in a word, and the filter-dodging characters that may stand in for them.
const LETTER = /[\p{L}\p{M}\p{N}]/u;
const MASK = /[*#%]/;
const LEET_INSIDE = /[@$!|]/;
// Whole words that hold a masking character ("f***ing", "sh*te").
const CHUNK = /[\p{L}\p{M}\p{N}*#%]+/gu;
const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '@': 'a',
  $: 's',
};
// Three or more single letters separated by spaces, dots or dashes ("f u c k", "s.h.i.t").
const MAX_SPACED = 60;
const SPACED = /(?<![\p{L}\p{N}])\p{L}(?:[ .\-_*·]{1,2}\p{L}){2,}(?![\p{L}\p{N}])/gu;
const ACRONYM = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${ACRONYMS.filter((a) => a.acronym !== 'sfa')
    .map((a) => a.acronym)
    .join('|')})(?![\\p{L}\\p{N}])|\\bsweet (?:fa|f\\.a\\.?|f a|fanny adams)\\b`,
  'giu',
);
const ACRONYM_INFO = new Map(ACRONYMS.map((a) => [a.acronym, a]));
// "hell" counts only as an expletive: what the hell, go to hell, to hell with, hell no/yeah, hell's bells,
// or straight after another swear word (bloody hell).
const HELL = /\bhell\b/gi;
const HELL_BEFORE = /(?:\b(?:what|who|why|how|where|when) the|\bgo to|\bholy)\s+$/i;
const HELL_AFTER = /^(?:'s bells\b|\s+(?:no|yeah|yes)\b|\s+with\b)/i;
const COCK_UP = /^[- ]?ups?\b/i;
const NAME_AFTER = /^\s+\p{Lu}\p{Ll}/u;
const NAME_BEFORE = /\b(?:Mr|Uncle|Sir|Dr|Moby|Saint|St)\.?\s+$/;

// obscenity's leet-speak table (resolveLeetSpeakTransformer), inverted: the character to the letter it reads as.
const OBSCENITY_LEET: Record<string, string> = {
  '@': 'a',
  '4': 'a',
  '(': 'c',
  '3': 'e',
  '6': 'g',
  '1': 'i',
  '|': 'i',
  '!': 'i',
  '/': 'l',
  '0': 'o',
  $: 's',
  '5': 's',
  '7': 't',
  '2': 'z',
};
const LEET_CHARS = /[@4(361|!/0$572]/g;
const REPEATS = /(.)\1+/g;
// Typography and emoji that obscenity leaves alone; any other non-ASCII character may be a look-alike letter.
const TYPOGRAPHY =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: each code point is matched alone (a joiner or selector left between letters), never a joined emoji.
  /[\u00A0\u00A3\u00B0\u2018-\u201F\u2013\u2014\u2022\u2026\u20AC\u200D\uFE0F\u{1F3FB}-\u{1F3FF}\p{Extended_Pictographic}]/gu;
const FOREIGN = /[^\x00-\x7F]/;
const ASCII = /^[\x00-\x7F]*$/;
const CHUNK_LENGTH = 400;

/** The offset just after the last sentence or line break in [from, to), or -1. */
function lastBreak(text: string, from: number, to: number): number {
  for (let i = to - 1; i > from; i--) {
    const c = text[i - 1];
    if (c === '\n' || ((c === '.' || c === '!' || c === '?') && /\s/.test(text[i] ?? ''))) return i;
  }
  return -1;
}

type PatternNode = { kind: number; chars?: number[]; childNode?: PatternNode };

/**
 * One regex of every obscenity pattern (literals, optional parts, one-character wildcards, word
 * boundaries), to run on text folded exactly as obscenity folds ASCII text, so it matches where
 * some pattern could.
 */
function gateFor(
  patterns: ReadonlyArray<{
    nodes: readonly PatternNode[];
    requireWordBoundaryAtStart: boolean;
    requireWordBoundaryAtEnd: boolean;
  }>,
): RegExp {
  const escapeChars = (c: string) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const part = (node: PatternNode | undefined): string =>
    node?.kind === SyntaxKind.Wildcard
      ? '.'
      : node?.kind === SyntaxKind.Literal
        ? [...String.fromCodePoint(...(node.chars ?? []))].map(escapeChars).join('')
        : '';
  const alternatives = patterns.map(({ nodes, requireWordBoundaryAtStart, requireWordBoundaryAtEnd }) => {
    const body = nodes.map((n) => (n.kind === SyntaxKind.Optional ? `(?:${part(n.childNode)})?` : part(n))).join('');
    return {
      body,
      source: `${requireWordBoundaryAtStart ? '(?<![a-z])' : ''}${body}${requireWordBoundaryAtEnd ? '(?![a-z])' : ''}`,
    };
  });
  // Sorted by what they match, so that patterns with the same first letter sit together and the regex
  // engine tries far fewer of them at each position (about 2.4 times faster); the gate only tests, so
  // order is free.
  alternatives.sort((x, y) => (x.body < y.body ? -1 : x.body > y.body ? 1 : 0));
  return new RegExp(alternatives.map((x) => x.source).join('|'));
}

/** obscenity's collapseDuplicatesTransformer as englishRecommendedTransformers sets it up. */
const COLLAPSE_TWO = new Set(['b', 'e', 'o', 'l', 's', 'g']);
function collapseLikeObscenity(text: string): string {
  if (fastPaths()) return collapseRuns(text);
  return text.replace(REPEATS, (run, c: string) => c.repeat(COLLAPSE_TWO.has(c) ? Math.min(2, run.length) : 1));
}

/** The same replacement by hand: each run of one character (not a line break, which "." skips) to one, or two of b e o l s g. */
function collapseRuns(text: string): string {
  let out = '';
  let last = 0;
  for (let i = 0, n = text.length; i < n; ) {
    const c = text.charCodeAt(i);
    let j = i + 1;
    while (j < n && text.charCodeAt(j) === c) j++;
    if (j - i >= 2 && c !== 0x0a && c !== 0x0d && c !== 0x2028 && c !== 0x2029) {
      const ch = text.charAt(i);
      out += text.slice(last, i) + (COLLAPSE_TWO.has(ch) ? ch + ch : ch);
      last = j;
    }
    i = j;
  }
  return last === 0 ? text : out + text.slice(last);
}

interface Raw {
  start: number;
  end: number;
  word: string;
  disguised: boolean;
}

/**
 * Swearing, found by obscenity (its leet, look-alike and repeated-letter transformers) with our
 * clinical and place-name allow-list merged into obscenity's own, plus three views obscenity lacks:
 * masked words ("f***ing"), spaced or dotted letters ("f u c k", "s.h.i.t") and abbreviations
 * ("ffs"). Every match is widened to the word as written and carries its Ofcom band.
 */
export class ProfanityScanner {
  private readonly matcher: RegExpMatcher;
  private readonly dataset: DataSet<{ originalWord: string }>;
  private readonly gate: RegExp | undefined;

  /** `gate: false` always runs obscenity (the tests use it to show the gate changes nothing). */
  constructor(options: { gate?: boolean } = {}) {
    const dataset = new DataSet<{ originalWord: string }>()
      .addAll(englishDataset)
      .removePhrasesIf((p) => CLINICAL_WORDS.has(p.metadata?.originalWord ?? ''));
    for (const term of PROFANITY_TERMS) {
      if (!term.patterns?.length) continue;
      dataset.addPhrase((phrase) => {
        let built = phrase.setMetadata({ originalWord: term.word });
        for (const p of term.patterns ?? []) built = built.addPattern(parseRawPattern(p));
        return built;
      });
    }
    this.dataset = dataset;
    const built = dataset.build();
    if (options.gate !== false) this.gate = gateFor(built.blacklistedTerms.map((t) => t.pattern));
    this.matcher = new RegExpMatcher({
      ...built,
      ...englishRecommendedTransformers,
      whitelistedTerms: [...(built.whitelistedTerms ?? []), ...PROFANITY_ALLOW.map((e) => e.phrase)],
    });
  }

  scan(text: string): ProfanityMatch[] {
    const raw: Raw[] = [];
    const widener = new Widener(text);
    for (const m of this.obscenityMatches(text)) {
      const end = m.endIndex + 1 + (isHighSurrogate(text.charCodeAt(m.endIndex)) ? 1 : 0);
      const word =
        this.dataset.getPayloadWithPhraseMetadata(m).phraseMetadata?.originalWord ??
        text.slice(m.startIndex, end).toLowerCase();
      const [s, e] = widener.widen(m.startIndex, end);
      raw.push({ start: s, end: e, word, disguised: isDisguised(text.slice(s, e)) });
    }
    if (MASK.test(text)) this.masked(text, raw);
    if (text.length >= 5) this.spaced(text, raw);
    for (const m of matchesOf(ACRONYM, text)) {
      const key = m[0].toLowerCase();
      raw.push({
        start: m.index,
        end: m.index + m[0].length,
        word: ACRONYM_INFO.has(key) ? key : 'sfa',
        disguised: false,
      });
    }
    const out = this.classify(text, raw);
    this.hell(text, out);
    return mergeOverlaps(text, out);
  }

  /**
   * Obscenity tries every pattern against the text, which is most of the cost of checking a clean
   * post. Plain ASCII text is first folded exactly as obscenity folds it (leet digits and symbols read
   * as letters, lower case, repeated letters collapsed) and tested against one regex of every
   * pattern; only text that matches, or holds characters from other scripts (look-alikes), goes on
   * to obscenity itself for the spans and the allow-list.
   */
  private mayMatch(text: string): boolean {
    if (!this.gate) return true;
    // (ASCII text holds neither typography nor look-alikes: TYPOGRAPHY has no ASCII character.)
    if (!(fastPaths() && ASCII.test(text)) && FOREIGN.test(text.replace(TYPOGRAPHY, ' '))) return true;
    const folded = collapseLikeObscenity(text.toLowerCase().replace(LEET_CHARS, (c) => OBSCENITY_LEET[c] ?? c));
    return this.gate.test(folded);
  }

  /**
   * obscenity's matches, with offsets into the whole text. A long text is taken a few sentences at a
   * time, so that one swear word in a 5,000-character email costs one short run of obscenity rather
   * than a run over all of it. Chunks end at sentence breaks, which no pattern crosses.
   */
  private obscenityMatches(
    text: string,
  ): Array<{ startIndex: number; endIndex: number; termId: number; matchLength: number }> {
    if (text.length <= CHUNK_LENGTH) return this.mayMatch(text) ? this.matcher.getAllMatches(text, true) : [];
    const out: Array<{ startIndex: number; endIndex: number; termId: number; matchLength: number }> = [];
    let from = 0;
    while (from < text.length) {
      let to = Math.min(text.length, from + CHUNK_LENGTH);
      if (to < text.length) {
        const cut = lastBreak(text, from, to);
        if (cut > from) to = cut;
      }
      const chunk = text.slice(from, to);
      if (this.mayMatch(chunk)) {
        for (const m of this.matcher.getAllMatches(chunk, true))
          out.push({ ...m, startIndex: m.startIndex + from, endIndex: m.endIndex + from });
      }
      from = to;
    }
    return out;
  }

  /** Masked whole words compared letter by letter with the known forms. */
  private masked(text: string, raw: Raw[]): void {
    for (const m of text.matchAll(CHUNK)) {
      const chunk = m[0].toLowerCase();
      if (chunk.length < 3 || !MASK.test(chunk) || !/\p{L}/u.test(chunk)) continue;
      const hit = MASKED_FORMS.find(([form]) => fits(chunk, form));
      if (hit) raw.push({ start: m.index, end: m.index + chunk.length, word: hit[1], disguised: true });
    }
  }

  /** Spaced or dotted letters, read as one word and mapped back to the letters as written. */
  private spaced(text: string, raw: Raw[]): void {
    for (const m of matchesOf(SPACED, text)) {
      // A word spelled out letter by letter is short; a longer run is not one word.
      if (m[0].length > MAX_SPACED) continue;
      const offsets: number[] = [];
      let letters = '';
      for (let i = 0; i < m[0].length; i++) {
        const ch = m[0][i] as string;
        if (LETTER.test(ch)) {
          letters += ch;
          offsets.push(m.index + i);
        }
      }
      for (const hit of this.matcher.getAllMatches(letters, true)) {
        const word = this.dataset.getPayloadWithPhraseMetadata(hit).phraseMetadata?.originalWord ?? letters;
        raw.push({ start: m.index, end: m.index + m[0].length, word, disguised: true });
      }
    }
  }

  private classify(text: string, raw: readonly Raw[]): ProfanityMatch[] {
    const out: ProfanityMatch[] = [];
    for (const r of raw) {
      let { word, end } = r;
      if (word === 'dick' && isName(text, r.start, end)) continue;
      if (word === 'cock') {
        const up = COCK_UP.exec(text.slice(end, end + 5));
        if (up) {
          word = 'cock-up';
          end += up[0].length;
        }
      }
      const acronym = ACRONYM_INFO.get(word);
      if (acronym) {
        out.push({
          start: r.start,
          end,
          word: acronym.word,
          strength: acronym.strength,
          kind: 'swear',
          weight: 0.75,
          disguised: false,
        });
        continue;
      }
      const term = TERMS.get(word);
      let strength = term?.strength ?? 'medium';
      // Ofcom puts arsehole a band above arse.
      if ((word === 'arse' || word === 'ass') && /hole/i.test(text.slice(r.start, end))) strength = 'medium';
      out.push({
        start: r.start,
        end,
        word,
        strength,
        kind: term?.kind ?? 'swear',
        weight: term?.weight === undefined || strength !== term.strength ? DEFAULT_WEIGHT[strength] : term.weight,
        disguised: r.disguised,
      });
    }
    return out;
  }

  private hell(text: string, out: ProfanityMatch[]): void {
    if (!/hell/i.test(text)) return;
    const term = TERMS.get('hell');
    for (const m of text.matchAll(HELL)) {
      const start = m.index;
      const end = start + 4;
      const before = text.slice(Math.max(0, start - 16), start);
      const afterSwear = out.some(
        (p) => p.kind === 'swear' && p.end <= start && /^\s+$/.test(text.slice(p.end, start)),
      );
      if (!afterSwear && !HELL_BEFORE.test(before) && !HELL_AFTER.test(text.slice(end, end + 8))) continue;
      out.push({
        start,
        end,
        word: 'hell',
        strength: 'mild',
        kind: 'swear',
        weight: term?.weight ?? 0.55,
        disguised: false,
      });
    }
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Widens a match to the whole word as written, taking in masks and leet characters inside it. */
/** Whether text[i] continues a word read outward (-1 leftward, 1 rightward). */
function inWord(text: string, i: number, outward: number): boolean {
  const ch = text[i];
  if (ch === undefined) return false;
  if (LETTER.test(ch) || MASK.test(ch)) return true;
  // A leet character only counts when a letter lies beyond it ("sh!t", not "shit!").
  return LEET_INSIDE.test(ch) && LETTER.test(text[i + outward] ?? '');
}

/**
 * Widens matches to the words as written. Where a walk from each position stops is remembered, so each
 * character is walked over once however many matches one word holds: a wall of one masked word
 * ("f*ckf*ck…", a single word of 80,000 characters) had every one of its 20,000 matches walk all of it
 * (33 s for one draft).
 */
class Widener {
  /** Where a walk left (right) from a position stops, plus 1; 0 while not known. */
  private left: Int32Array | undefined;
  private right: Int32Array | undefined;

  constructor(private readonly text: string) {}

  widen(start: number, end: number): [number, number] {
    const text = this.text;
    this.left ??= new Int32Array(text.length + 1);
    this.right ??= new Int32Array(text.length + 1);
    let s = walk(this.left, start, -1, (i) => i > 0 && inWord(text, i - 1, -1));
    const e = walk(this.right, end, 1, (i) => i < text.length && inWord(text, i, 1));
    // Low surrogates (the second half of an astral character) belong with their high surrogate.
    if (s > 0 && isHighSurrogate(text.charCodeAt(s - 1))) s--;
    return [s, e];
  }
}

/** Where a walk from `from` stops, a `step` at a time while `goes`; remembered for every position passed. */
function walk(memo: Int32Array, from: number, step: 1 | -1, goes: (i: number) => boolean): number {
  const passed: number[] = [];
  let i = from;
  while (memo[i] === 0 && goes(i)) {
    passed.push(i);
    i += step;
  }
  const stop = memo[i] ? (memo[i] as number) - 1 : i;
  memo[i] = stop + 1;
  for (const p of passed) memo[p] = stop + 1;
  return stop;
}

function isDisguised(written: string): boolean {
  return /[^A-Za-z\s'-]/.test(written) || /([A-Za-z])\1\1/.test(written);
}

function fits(chunk: string, form: string): boolean {
  if (chunk.length !== form.length) return false;
  let known = 0;
  for (let i = 0; i < chunk.length; i++) {
    const c = chunk[i] as string;
    if (MASK.test(c)) continue;
    if ((LEET[c] ?? c) !== form[i]) return false;
    known++;
  }
  return known >= 1;
}

/** "Dick Smith", "Mr Dick", "Moby Dick": a name, not an insult. */
function isName(text: string, start: number, end: number): boolean {
  if (text[start] !== 'D' || end - start !== 4) return false;
  return NAME_AFTER.test(text.slice(end, end + 3)) || NAME_BEFORE.test(text.slice(Math.max(0, start - 8), start));
}

/** Keeps one match per stretch of text: overlapping matches merge, the stronger word naming it. */
function mergeOverlaps(text: string, matches: ProfanityMatch[]): ProfanityMatch[] {
  // A word written plainly ("feck") names itself, before a look-alike reading of it ("fuck"). Only the
  // span's first letters are read: lowercasing all of a span for each match in it was quadratic in a
  // wall of one word.
  const literal = (m: ProfanityMatch) =>
    text.slice(m.start, Math.min(m.end, m.start + m.word.length)).toLowerCase() === m.word;
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: ProfanityMatch[] = [];
  for (const m of matches) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) {
      const stronger = literal(m) !== literal(last) ? (literal(m) ? m : last) : m.weight > last.weight ? m : last;
      out[out.length - 1] = {
        ...stronger,
        start: last.start,
        end: Math.max(last.end, m.end),
        disguised: last.disguised || m.disguised,
      };
    } else out.push(m);
  }
  return out;
}
