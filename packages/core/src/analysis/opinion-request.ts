import { CLINICAL_ACTIONS, FRAGMENT_WORDS, OPINION_FILLERS, OPINION_NOUNS } from '../data/opinion-request.js';
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
