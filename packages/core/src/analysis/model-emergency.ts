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

export interface ModelEmergency {
  readonly start: number;
  readonly end: number;
  /** The head's score. */
  readonly p: number;
}

const HEAD = 'boundaries.urgent-symptoms';
/** The model's score never counts below this, whatever its hold-out said. */
const MODEL_FLOOR = 0.5;
/** The lexicons of named red flags and crises (not the weak crisis cues, which only count in pairs). */
const RED_FLAG_LEXICONS = ['red-flag', 'red-flag-lay', 'crisis'];
/** Crisis cues that are everyday on their own: a supply of tablets, a time, a parting. */
const ERRANDS = new Set(['supply', 'time', 'parting']);

const CACHE = new PerAnalysis<ModelEmergency | null>();

/**
 * The sentence the model reads as an emergency, at the head's own threshold (95% right on held-out
 * drafts), or undefined. Not where a lexicon found a red flag and the analysis set it aside (denied,
 * past, a topic: the model reads words, not negation), nor where the message says things are settling.
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
  if (settling(a)) return undefined;
  const p = a.model.p(HEAD);
  if (p < Math.max(MODEL_FLOOR, a.model.threshold(HEAD))) return undefined;
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
