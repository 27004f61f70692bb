import { DISOWNING, NEUTRAL_TITLE_FRAMES, TITLE_HEADS, TITLE_USES } from '../data/taxonomy/titles.js';
import type { Analysis } from './analyse.js';
import { PerAnalysis } from './memo.js';

/*
 * A title in scare quotes said of someone: "so-called 'medical ethicist'", "the self-appointed
 * 'thought leader'", "our 'Clinical Director', bless him". The quotation marks deny the person the
 * title, which is a put-down however polite the words around it. Quoting a title as a title ("the
 * 'Dr' title is protected", "promoted to 'Clinical Director'") is not.
 *
 * Written as a scan rather than one regular expression: quotes pair with apostrophes in contractions
 * ("don't"), so each candidate is checked by its neighbours, and the scan stays linear in the text.
 */

const OPENERS = `'"‘“`;
const CLOSERS: Record<string, string> = { "'": "'", '"': '"', '‘': '’', '“': '”' };
/** The longest quoted title read (characters), so a stray quote never starts a long search. */
const MAX_TITLE = 40;
const WORD = /[A-Za-z]/;

export interface Span {
  readonly start: number;
  readonly end: number;
}

const CACHE = new PerAnalysis<readonly Span[]>();

/** Quoted titles said of someone in the draft, each with its quotation marks (cached: the gate and the rule ask). */
export function quotedTitles(a: Analysis): readonly Span[] {
  const cached = CACHE.get(a);
  if (cached) return cached;
  const text = a.text;
  const out: Span[] = [];
  for (let i = 0; i < text.length; i++) {
    const open = text[i] as string;
    if (!OPENERS.includes(open)) continue;
    // An opening quote starts a word: after a space, a bracket or the start, before a letter.
    if (i > 0 && !/[\s(]/.test(text[i - 1] as string)) continue;
    if (!WORD.test(text[i + 1] ?? '')) continue;
    const close = closingQuote(text, i + 1, CLOSERS[open] as string);
    if (close < 0) continue;
    const inner = text.slice(i + 1, close).toLowerCase();
    const words = inner.split(/[\s-]+/).filter(Boolean);
    if (words.length > 4 || !TITLE_HEADS.has(words[words.length - 1] as string)) continue;
    if (saidOfSomeone(a, i, close + 1)) out.push({ start: i, end: close + 1 });
    i = close;
  }
  CACHE.set(a, out);
  return out;
}

/** The closing quote of a title opened before `from`: before a space, punctuation or the end; -1 if none near. */
function closingQuote(text: string, from: number, closer: string): number {
  for (let k = from; k < text.length && k <= from + MAX_TITLE; k++) {
    const ch = text[k] as string;
    if (ch === '\n') return -1;
    if (ch === closer && !WORD.test(text[k + 1] ?? '')) return k;
  }
  return -1;
}

/**
 * Is the quoted title at [start, end) said of a person? After "so-called" or "self-appointed" always;
 * after a word that points at one person ("the", "our", "a certain") unless the title is itself the
 * subject ("the 'Dr' title") or the sentence appoints or congratulates.
 */
export function saidOfSomeone(a: Analysis, start: number, end: number): boolean {
  const text = a.text;
  const before = lastWords(text.slice(Math.max(0, start - 30), start), 2);
  if (before.some((w) => DISOWNING.has(w))) return true;
  const pointer = before[before.length - 1];
  if (!pointer || !TITLE_USES.has(pointer)) return false;
  const next = /^\s*([a-z]+)/i.exec(text.slice(end, end + 20))?.[1]?.toLowerCase();
  if (next && NEUTRAL_TITLE_FRAMES.has(next)) return false;
  // The words of its sentence (the analysis's), within a window so a wall of text stays linear.
  const sentence = a.sentences[a.sentenceAt(start)];
  const from = Math.max(sentence?.start ?? 0, start - SENTENCE_REACH);
  const to = Math.min(sentence?.end ?? text.length, end + SENTENCE_REACH);
  return !text
    .slice(from, to)
    .toLowerCase()
    .split(/[^a-z]+/)
    .some((w) => NEUTRAL_TITLE_FRAMES.has(w));
}

function lastWords(s: string, n: number): string[] {
  return s
    .toLowerCase()
    .split(/[^a-z-]+/)
    .filter(Boolean)
    .slice(-n);
}

/** How far either side of a title its sentence is read (characters). */
const SENTENCE_REACH = 200;
