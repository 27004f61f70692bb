/*
 * An emergency or a crisis that no red-flag lexicon names but the learned model reads in a received
 * message (its head for boundaries.urgent-symptoms, trained on received messages by several writers).
 * boundaries.urgent-symptoms reports it when no red flag was found; boundaries.inbound-patient-request
 * reads it, like a red flag, as help being asked for.
 */
import { DOING, NORMALLY, SETTLING, SIGN_OFF } from '../data/crisis.js';
import type { Analysis } from './analyse.js';
import { PerAnalysis } from './memo.js';
import { negatedBefore } from './promotion.js';
import { ordinaryParting } from './red-flags.js';

export interface ModelEmergency {
  readonly start: number;
  readonly end: number;
  /** The head's score. */
  readonly p: number;
}

const HEAD = 'boundaries.urgent-symptoms';
/**
 * The score from which the model's reading counts: its held-out threshold (95% precision) or, lower, its
 * "supported" cut-off, never below this floor. A missed emergency costs far more than a reply that sends
 * someone to NHS 111 needlessly: on a writer the model never saw (train/synthetic/safety-inbound-7.jsonl,
 * scored before it joined training), 0.6 against the threshold of 0.87 found 0.87 of emergencies instead of
 * 0.77, with one more false alarm in 201 messages.
 */
const MODEL_FLOOR = 0.6;
/** The lexicons of named red flags and crises (not the weak crisis cues, which only count in pairs). */
const RED_FLAG_LEXICONS = ['red-flag', 'red-flag-lay', 'crisis'];
/** Crisis cues that are everyday on their own: a supply of tablets, a time, a parting. */
const ERRANDS = new Set(['supply', 'time', 'parting']);

const CACHE = new PerAnalysis<ModelEmergency | null>();

/**
 * The sentence the model reads as an emergency (see MODEL_FLOOR for the cut-off), or undefined. Not where a
 * lexicon found a red flag and the analysis set it aside (denied, past, a topic: the model reads words, not
 * negation), nor where the message says things are settling or gives an ordinary reason for its goodbye.
 */
export function modelEmergency(a: Analysis): ModelEmergency | undefined {
  const cached = CACHE.get(a);
  if (cached !== undefined) return cached ?? undefined;
  const found = read(a);
  CACHE.set(a, found ?? null);
  return found;
}

function read(a: Analysis): ModelEmergency | undefined {
  if (RED_FLAG_LEXICONS.some((l) => a.hits(l).length > 0)) return undefined;
  if (settling(a) || ordinaryParting(a)) return undefined;
  const p = a.model.p(HEAD);
  if (p < Math.min(a.model.threshold(HEAD), Math.max(MODEL_FLOOR, a.model.supported(HEAD)))) return undefined;
  const s = a.model.strongestSentence(HEAD);
  const start = s?.start ?? 0;
  const end = s?.end ?? a.text.length;
  // A sign-off ("Bye for now.") that the model reads as a farewell, in a message with no other crisis cue
  // than a supply or a time ("can I collect my tablets tomorrow?"), is an errand, not a goodbye.
  if (signOff(a, start, end) && a.hits('crisis-cue').every((h) => ERRANDS.has(h.entry.tags?.[1] ?? '')))
    return undefined;
  return { start, end, p };
}

/** Every word of [start, end) is one of a sign-off's ("bye for now", "thanks, see you soon"). */
function signOff(a: Analysis, start: number, end: number): boolean {
  const words = a.tokens.filter((t) => t.start >= start && t.end <= end);
  return words.length > 0 && words.every((t) => SIGN_OFF.has(t.norm));
}

/** A word that a symptom is settling, or an everyday thing done normally. */
function settling(a: Analysis): boolean {
  const t = a.tokens;
  // "It's not easing", "no better": a settling word denied says the opposite; "better off" is a burden.
  return t.some(
    (x, i) =>
      ((SETTLING.has(x.norm) && t[i + 1]?.norm !== 'off') ||
        (DOING.has(x.norm) && NORMALLY.has(t[i + 1]?.norm ?? ''))) &&
      !negatedBefore(a, i, 4),
  );
}
