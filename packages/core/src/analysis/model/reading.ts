import type { Sentence } from '../../text/sentences.js';
import type { Token } from '../../text/tokens.js';
import type { Model, ModelHead } from './model.js';

/** What the learned model says of one draft. */
export interface ModelReading {
  /** The probability the model gives a head for the whole draft. */
  p(head: ModelHead): number;
  /** The score at or above which the head may raise a finding alone. */
  threshold(head: ModelHead): number;
  /** The score from which the head completes a rule's partial reading. */
  supported(head: ModelHead): number;
  /** The sentence the head scores highest, to place a finding the model raises alone. */
  strongestSentence(head: ModelHead): Sentence | undefined;
}

export function readModel(
  model: Model,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  extras: () => readonly string[],
): ModelReading {
  const scores = model.score(
    tokens.map((t) => t.norm),
    extras(),
  );
  return {
    p: (head) => scores[model.headIndex(head)] ?? 0,
    threshold: (head) => model.threshold(head),
    supported: (head) => model.supported(head),
    strongestSentence(head) {
      if (sentences.length <= 1) return sentences[0];
      const k = model.headIndex(head);
      let best: Sentence | undefined;
      let top = -1;
      // Sentences and tokens are both in text order: one pass over the tokens serves every sentence (a
      // filter of all tokens per sentence made a 100,000-character wall of short sentences quadratic).
      let i = 0;
      for (const s of sentences) {
        while (i < tokens.length && (tokens[i] as Token).start < s.start) i++;
        const words: string[] = [];
        for (let j = i; j < tokens.length && (tokens[j] as Token).end <= s.end; j++)
          words.push((tokens[j] as Token).norm);
        const p = words.length ? (model.score(words)[k] ?? 0) : 0;
        if (p > top) {
          top = p;
          best = s;
        }
      }
      return best;
    },
  };
}
