import { foldLeet } from '../text/leet.js';
import type { Token } from '../text/tokens.js';
import type { Analysis } from './analyse.js';
import { PerAnalysis } from './memo.js';
import { matchesOf } from '../text/prefilter.js';

/*
 * Who is speaking, to whom, and whether the words are the author's own: pronouns and person cues,
 * quotation and reported speech, sentence and token bookkeeping. Shared by the rules that must tell
 * "you are an idiot" from "he called me an idiot" or a quoted slur. Per-draft results are cached
 * against the Analysis so each is computed once however many rules ask.
 */

export const FIRST_PERSON = new Set([
  'i',
  "i'm",
  'im',
  "i've",
  "i'd",
  "i'll",
  'me',
  'myself',
  'we',
  "we're",
  "we've",
  'us',
  'ourselves',
]);
export const SECOND_PERSON = new Set([
  'you',
  'u',
  'ya',
  'ye',
  'yourself',
  'yourselves',
  "you're",
  'youre',
  "you've",
  "you'll",
  "you'd",
  'yall',
  "y'all",
]);
export const THIRD_PERSON = new Set([
  'he',
  'she',
  'they',
  "he's",
  "she's",
  "they're",
  'hes',
  'shes',
  'theyre',
  "he'll",
  "she'll",
  "they'll",
  "he'd",
  "she'd",
  'him',
  'her',
  'them',
  'himself',
  'herself',
  'themselves',
]);
/** Words that stand for people in general ("anyone who…", "half of you", "that bloke"). */
export const GENERIC_PEOPLE = new Set([
  'anyone',
  'anybody',
  'everyone',
  'everybody',
  'whoever',
  'someone',
  'somebody',
  'people',
  'folk',
  'folks',
  'man',
  'woman',
  'men',
  'women',
  'person',
  'bloke',
  'blokes',
  'guy',
  'guys',
  'lad',
  'lads',
  'lass',
  'girl',
  'boy',
  'lot',
  'bunch',
  'crowd',
  'gang',
  'git',
  'gits',
  'sod',
  'sods',
  'cow',
  'individual',
  'individuals',
  'human',
  'humans',
  'colleague',
  'colleagues',
  'team',
]);
export const NEUTRAL_SUBJECT = new Set([
  'it',
  "it's",
  'its',
  'this',
  'that',
  "that's",
  'these',
  'those',
  'which',
  'what',
  "what's",
  'there',
  "there's",
  'here',
  "here's",
]);

/** Tokens a quotation may open or close with: straight and curly quotes, but not an apostrophe inside a word. */
function quoteMarks(text: string, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '"' || c === '\u201C' || c === '\u201D') out.push(i);
    else if (c === "'" || c === '\u2018' || c === '\u2019') {
      const before = text[i - 1] ?? ' ';
      const after = text[i + 1] ?? ' ';
      if (
        !(/\p{L}/u.test(before) && /\p{L}/u.test(after)) &&
        !(/s/i.test(before) && /\s/.test(after) && /\p{L}/u.test(text[i - 2] ?? ''))
      )
        out.push(i);
    }
  }
  return out;
}

/** True when [start, end) sits inside quotation marks within its sentence. */
export function isQuoted(a: Analysis, start: number, end: number): boolean {
  const si = a.sentenceAt(start);
  let bySentence = QUOTES.get(a);
  if (!bySentence) QUOTES.set(a, (bySentence = new Map()));
  let marks = bySentence.get(si);
  if (!marks) {
    const s = a.sentences[si];
    marks = quoteMarks(a.text, s ? s.start : 0, s ? s.end : a.text.length);
    bySentence.set(si, marks);
  }
  // Binary search: how many marks lie before the span, and is there one after it?
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((marks[mid] as number) < start) lo = mid + 1;
    else hi = mid;
  }
  const after = marks.length > 0 && (marks[marks.length - 1] as number) >= end;
  return lo % 2 === 1 && after;
}
const QUOTES = new PerAnalysis<Map<number, number[]>>();

/** Verbs that report what someone else said or wrote. */
export const REPORTING = new Set([
  'called',
  'calls',
  'calling',
  'call',
  'branded',
  'labelled',
  'labeled',
  'dubbed',
  'named',
  'said',
  'says',
  'told',
  'tells',
  'wrote',
  'writes',
  'shouted',
  'screamed',
  'yelled',
  'messaged',
  'texted',
  'emailed',
  'posted',
  'tweeted',
  'commented',
  'accused',
  'threatened',
  'heard',
  'abuse',
  'abused',
  'abusive',
  'received',
  'reported',
  'sent',
  'left',
  'saying',
  'telling',
]);

/** Tokens of the sentence holding token index i, as [first, last] token indexes. */
export function sentenceTokens(a: Analysis, i: number): [number, number] {
  let ranges = SENTENCE_RANGES.get(a);
  if (!ranges) {
    // One pass: the sentence of every token, then [first, last] token indexes per run of a sentence.
    const n = a.tokens.length;
    const sid: number[] = new Array<number>(n);
    let si = 0;
    for (let k = 0; k < n; k++) {
      const t = a.tokens[k] as Token;
      while (si < a.sentences.length && t.start >= (a.sentences[si] as { end: number }).end) si++;
      sid[k] = si;
    }
    ranges = new Array<[number, number]>(n);
    for (let k = 0; k < n; ) {
      let e = k;
      while (e + 1 < n && sid[e + 1] === sid[k]) e++;
      const r: [number, number] = [k, e];
      for (let q = k; q <= e; q++) ranges[q] = r;
      k = e + 1;
    }
    SENTENCE_RANGES.set(a, ranges);
  }
  return ranges[i] ?? [i, i];
}
const SENTENCE_RANGES = new PerAnalysis<Array<[number, number]>>();

/** Quoted and introduced by a reporting verb, or reported ("he called me a…"): the author is reporting, not saying it. */
export function isReported(a: Analysis, tokenStart: number, start: number, end: number, window = 8): boolean {
  const [lo] = sentenceTokens(a, tokenStart);
  const quoted = isQuoted(a, start, end);
  for (let j = tokenStart - 1; j >= lo && j >= tokenStart - (quoted ? 30 : window); j--) {
    const n = (a.tokens[j] as Token).norm;
    if (quoted ? REPORTING.has(n) : /^(called|calls|calling|call|branded|labelled|labeled|dubbed|named)$/.test(n))
      return true;
  }
  if (quoted) {
    const [, hi] = sentenceTokens(a, tokenStart);
    for (let j = tokenStart; j <= hi && j < tokenStart + 30; j++)
      if (REPORTING.has((a.tokens[j] as Token).norm)) return true;
  }
  return false;
}

/**
 * The draft as one line of normalised tokens separated by single spaces, with " | " between
 * sentences, so that rules can match short structures with linear-time regexes. `starts[i]` is the
 * offset in the line of token i (its characters follow; separators belong to no token).
 */
export interface TokenLine {
  readonly text: string;
  readonly starts: readonly number[];
}

export function tokenLine(a: Analysis): TokenLine {
  const cached = LINES.get(a);
  if (cached) return cached;
  const tokens = a.tokens;
  const sentences = a.sentences;
  let text = '';
  const starts = new Array<number>(tokens.length);
  let sentence = -2;
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // The sentence holding the token (a.sentenceAt, walked forward: tokens and sentences are in order).
    while (s < sentences.length && t.start >= (sentences[s] as { end: number }).end) s++;
    const si = s < sentences.length && t.start >= (sentences[s] as { start: number }).start ? s : -1;
    if (i > 0) text += si !== sentence ? ' | ' : ' ';
    sentence = si;
    starts[i] = text.length;
    text += t.norm;
  }
  const line = { text, starts };
  LINES.set(a, line);
  return line;
}
const LINES = new PerAnalysis<TokenLine>();

/** The last token that starts at or before line offset k (-1 when none does). */
function lastTokenFrom(starts: readonly number[], k: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] as number) <= k) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The original-text range and token range of a match on a TokenLine (undefined when it holds only separators). */
export function lineSpan(
  a: Analysis,
  line: TokenLine,
  index: number,
  length: number,
): { start: number; end: number; tokenStart: number; tokenEnd: number } | undefined {
  const { starts } = line;
  // The token holding the first character, or else the first token after it; the last token begun by the last character.
  let ts = lastTokenFrom(starts, index);
  if (ts < 0 || index >= (starts[ts] as number) + (a.tokens[ts] as Token).norm.length) ts++;
  const te = lastTokenFrom(starts, index + length - 1);
  if (te < ts) return undefined;
  return { start: (a.tokens[ts] as Token).start, end: (a.tokens[te] as Token).end, tokenStart: ts, tokenEnd: te + 1 };
}

/** Laughing emoji or "lol": a joke marker, which lowers confidence but never clears a threat. */
export const JOKE_MARKER = /(?:😂|🤣|😆|😜|😉|\blol\b|\blmao\b|\bhaha)/u;

export const CONTRACTED_COPULA = /^(.+)'(s|re|m)$/;

export interface PersonCue {
  kind: 'first' | 'second' | 'third' | 'named' | 'role' | 'generic' | 'neutral';
  label: string;
}

export function personCueAt(a: Analysis, j: number): PersonCue | undefined {
  const t = a.tokens[j] as Token;
  const n = t.norm;
  if (FIRST_PERSON.has(n)) return { kind: 'first', label: 'the author' };
  if (SECOND_PERSON.has(n)) return { kind: 'second', label: 'you' };
  if (THIRD_PERSON.has(n)) return { kind: 'third', label: n.split("'")[0] ?? n };
  if (a.targets.namedPeople.some((p) => t.start >= p.start && t.end <= p.end)) {
    const p = a.targets.namedPeople.find((q) => t.start >= q.start && t.end <= q.end);
    return { kind: 'named', label: p?.name ?? t.raw };
  }
  const role = a.targets.roles.find((r) => j >= r.tokenStart && j < r.tokenEnd);
  if (role) return { kind: 'role', label: a.text.slice(role.start, role.end) };
  if (GENERIC_PEOPLE.has(n)) return { kind: 'generic', label: n };
  if (NEUTRAL_SUBJECT.has(n)) return { kind: 'neutral', label: n };
  const m = CONTRACTED_COPULA.exec(n);
  if (m && m[1] !== undefined) {
    const base = m[1];
    if (FIRST_PERSON.has(base)) return { kind: 'first', label: 'the author' };
    if (SECOND_PERSON.has(base)) return { kind: 'second', label: 'you' };
    if (THIRD_PERSON.has(base)) return { kind: 'third', label: base };
    if (GENERIC_PEOPLE.has(base)) return { kind: 'generic', label: base };
    if (NEUTRAL_SUBJECT.has(base)) return { kind: 'neutral', label: base };
  }
  return undefined;
}

/** Tokens with digits inside words read as letters ("k1ll", "w0men"), so obfuscation does not hide a cue. */
export function foldLeetTokens(tokens: readonly Token[]): readonly Token[] {
  let changed = false;
  const out = tokens.map((t) => {
    const norm = foldLeet(t.norm);
    if (norm === t.norm) return t;
    changed = true;
    return { ...t, norm };
  });
  return changed ? out : tokens;
}

/** Index of the sentence of each token, walking both lists once. */
export function sentenceOfTokens(analysis: Analysis): number[] {
  const out: number[] = [];
  let s = 0;
  for (const t of analysis.tokens) {
    while (s < analysis.sentences.length - 1 && t.start >= (analysis.sentences[s] as { end: number }).end) s++;
    out.push(s);
  }
  return out;
}

const QUOTE_MARK = /["“”]|(?<![\p{L}\p{N}])['‘]|['’](?![\p{L}\p{N}])/gu;

/** Ranges between matching quote marks (quoted speech), as [open, close] offsets. */
export function quotedRanges(text: string): Array<[number, number]> {
  const marks = [...matchesOf(QUOTE_MARK, text)].map((m) => m.index);
  const out: Array<[number, number]> = [];
  for (let i = 0; i + 1 < marks.length; i += 2) out.push([marks[i] as number, marks[i + 1] as number]);
  return out;
}

let lastText = '';
let lastRanges: Array<[number, number]> = [];

/** True when [start, end) lies inside a quotation: words mentioned, not used. */
export function inQuotes(text: string, start: number, end: number): boolean {
  // Rules ask many times about one draft: keep the ranges of the last text asked about.
  if (text !== lastText) {
    lastText = text;
    lastRanges = quotedRanges(text);
  }
  // Binary search for the last quotation opening before the span.
  let lo = 0;
  let hi = lastRanges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((lastRanges[mid] as [number, number])[0] < start) lo = mid + 1;
    else hi = mid;
  }
  const range = lastRanges[lo - 1];
  return range !== undefined && end <= range[1];
}
