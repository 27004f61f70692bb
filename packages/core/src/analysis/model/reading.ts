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
      for (const s of sentences) {
        const words = tokens.filter((t) => t.start >= s.start && t.end <= s.end).map((t) => t.norm);
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
