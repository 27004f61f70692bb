import {
  CLINICAL_ACTIONS,
  DOUBT_TAILS,
  FRAGMENT_WORDS,
  OPINION_FILLERS,
  OPINION_NOUNS,
  QUESTION_OPENERS,
} from '../data/opinion-request.js';
import type { Token } from '../text/tokens.js';
import type { Analysis } from './analyse.js';
import { PerAnalysis } from './memo.js';

/*
 * A request for an opinion said in a few words (data/opinion-request.ts): a fragment made only of an
 * opinion noun and words that go around it ("Thoughts?", "any ideas anyone??", "views pls"), or two
 * clinical actions set against each other in a question ("admit or repeat?", "send in or recheck?").
 * "Thoughts on the new formulary?" names its topic, so it is not a fragment; whether the request is
 * about one patient is the rule's question.
 */

export interface OpinionAsk {
  readonly start: number;
  readonly end: number;
  readonly why: string;
}

const READ = new PerAnalysis<OpinionAsk | null>();

/** The first short request for an opinion in the draft, read once. */
export function opinionAsk(a: Analysis): OpinionAsk | undefined {
  let read = READ.get(a);
  if (read === undefined) {
    read = findOpinionAsk(a) ?? null;
    READ.set(a, read);
  }
  return read ?? undefined;
}

function findOpinionAsk(a: Analysis): OpinionAsk | null {
  const { tokens, sentences, text } = a;
  let t = 0;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si] as { start: number; end: number };
    while (t < tokens.length && (tokens[t] as Token).start < s.start) t++;
    let end = t;
    while (end < tokens.length && (tokens[end] as Token).start < s.end) end++;
    const words = tokens.slice(t, end);
    const said = text.slice(s.start, s.end).trimEnd();
    const asked = said.endsWith('?') || si === sentences.length - 1;
    if (asked && words.length > 0 && words.length <= FRAGMENT_WORDS && isFragment(words))
      return { start: s.start, end: s.start + said.length, why: `asks for an opinion: "${said}"` };
    // The fragment set off at the end of a longer sentence: "…the rash I told you about - thoughts?".
    const tail = said.endsWith('?') ? lastClause(said) : -1;
    if (tail > 0) {
      const after = words.filter((w) => w.start >= s.start + tail);
      if (after.length > 0 && after.length <= FRAGMENT_WORDS && isFragment(after))
        return { start: s.start + tail, end: s.start + said.length, why: `asks for an opinion: "${said.slice(tail)}"` };
    }
    if (said.endsWith('?')) {
      const choice = actionChoice(words);
      if (choice)
        return {
          start: choice.start,
          end: s.start + said.length,
          why: 'sets two clinical decisions against each other',
        };
    }
  }
  return null;
}

/** Where the last clause set off by a dash or a colon begins, or -1. */
function lastClause(said: string): number {
  const dash = Math.max(said.lastIndexOf(' - '), said.lastIndexOf(' – '), said.lastIndexOf(' — '));
  const colon = said.lastIndexOf(': ');
  return dash > colon ? dash + 3 : colon >= 0 ? colon + 2 : -1;
}

/** Every word an opinion noun or a word that goes with one, and at least one noun. */
function isFragment(words: readonly Token[]): boolean {
  let noun = false;
  for (const w of words) {
    if (OPINION_NOUNS.has(w.norm)) noun = true;
    else if (!OPINION_FILLERS.has(w.norm)) return false;
  }
  return noun;
}

/** "admit or repeat", "send in or recheck": an action within two words before "or", and one straight after. */
function actionChoice(words: readonly Token[]): Token | undefined {
  for (let i = 1; i + 1 < words.length; i++) {
    if ((words[i] as Token).norm !== 'or' || !CLINICAL_ACTIONS.has((words[i + 1] as Token).norm)) continue;
    const before = CLINICAL_ACTIONS.has((words[i - 1] as Token).norm)
      ? words[i - 1]
      : i >= 2 && CLINICAL_ACTIONS.has((words[i - 2] as Token).norm)
        ? words[i - 2]
        : undefined;
    if (before) return before;
  }
  return undefined;
}

/** A sentence put as a question, with the tokens in it. */
export interface Question {
  readonly start: number;
  readonly end: number;
  readonly words: readonly Token[];
}

const QUESTIONS = new PerAnalysis<readonly Question[]>();

/**
 * The draft's questions, read once: sentences that end in "?", and those that ask without one, the
 * way quick messages do: opened by an asking word and not closed by a full stop ("does it need 2ww"),
 * or ending on a doubt put to the reader ("…granuloma annulare or am I kidding myself").
 */
export function questionsOf(a: Analysis): readonly Question[] {
  let read = QUESTIONS.get(a);
  if (!read) {
    read = findQuestions(a);
    QUESTIONS.set(a, read);
  }
  return read;
}

function findQuestions(a: Analysis): Question[] {
  const { tokens, sentences, text } = a;
  const out: Question[] = [];
  let t = 0;
  for (const s of sentences) {
    while (t < tokens.length && (tokens[t] as Token).start < s.start) t++;
    let end = t;
    while (end < tokens.length && (tokens[end] as Token).start < s.end) end++;
    const words = tokens.slice(t, end);
    const said = text.slice(s.start, s.end).trimEnd();
    if (words.length === 0) continue;
    const asked =
      said.endsWith('?') || (!/[.!]$/.test(said) && QUESTION_OPENERS.has((words[0] as Token).norm)) || doubtTail(words);
    if (asked) out.push({ start: s.start, end: s.start + said.length, words });
  }
  return out;
}

/** "…or am I", "…or is that", "…or not": "or" then a doubt word, within the last six words. */
function doubtTail(words: readonly Token[]): boolean {
  for (let i = Math.max(0, words.length - 6); i + 1 < words.length; i++)
    if ((words[i] as Token).norm === 'or' && DOUBT_TAILS.has((words[i + 1] as Token).norm)) return true;
  return false;
}
