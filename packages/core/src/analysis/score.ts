import type { RuleHit } from '../rule.js';
import type { Analysis } from './analyse.js';
import { aimedHostility, readAsNotHostile } from './meaning/hostile.js';
import type { ModelHead } from './model/model.js';

/*
 * One scoring path for the rules the learned model informs (Presidio's idea: a base score from the
 * rule's own reading, context that raises or lowers it, and a trail of why). The model moves a rule's
 * confidence towards what it sees; it vetoes only weak readings it strongly disagrees with; and where
 * the rule found nothing, it raises a finding alone only above the head's high threshold, placed on
 * the sentence it scores highest.
 */

/** How far the model can move a rule's confidence either way. */
const PULL = 0.25;
/** Below this the model disagrees strongly enough to drop a weak reading. */
const VETO = 0.03;
/** The model raises a finding alone only at or above this score (and its held-out threshold). */
const ALONE = 0.95;
const aloneAt = (a: Analysis, head: ModelHead) => Math.max(ALONE, a.model.threshold(head));
/**
 * A bare part (a protected group or a person named in the author's own words, with no act beside it) needs
 * the head's held-out threshold (95% precision on held-out drafts), never less than BARE_FLOOR; for someone
 * named in the third person or a group, never more than BARE_CEILING either. The thresholds were set on
 * synthetic drafts whose writers split one kind between two rules (a wish of harm as a threat or as
 * harassment), which pushed some heads to 0.92–0.995. On drafts by writers the model never saw (the unpooled
 * blind sets, 2026-12-07), a person named in the third person or a group with the head at 0.9 was as precise
 * as the rules' own readings (harassment recall 0.19 -> 0.35 with 2 more false alarms, no clean draft lost).
 * "You" keeps the head's own threshold: nearly every message to a patient says "you", and at 0.9 the
 * harassment head read advice ("drink plenty until you stop feeling dizzy") as pressure. Alone (0.95,
 * nothing named) the model passed most of the hostility the lexicons had no words for. A head that never
 * fires alone (threshold 1) completes no bare part.
 */
const BARE_FLOOR = 0.85;
const BARE_CEILING = 0.9;
const bareAt = (a: Analysis, head: ModelHead, addressed: boolean) => {
  const t = a.model.threshold(head);
  if (t >= 1) return Number.POSITIVE_INFINITY;
  return Math.max(BARE_FLOOR, addressed ? t : Math.min(BARE_CEILING, t));
};
/**
 * A part found with an act beside it needs the head's "supported" score, but never more than this: on
 * drafts by writers the model never saw, heads with a very high held-out score (harassment, 0.93) were
 * already right well below it.
 */
const SUPPORTED_CAP = 0.85;
/** Readings at or above this confidence stand whatever the model says. */
const FIRM = 0.75;

/** Part of what a rule looks for, found: where, and why. `bare` when it is only a name, with no act beside it. */
export interface PartialReading {
  readonly start: number;
  readonly end: number;
  readonly why: string;
  readonly bare?: boolean;
  readonly addressed?: boolean;
}

export function withModel(
  a: Analysis,
  head: ModelHead,
  hits: readonly RuleHit[],
  alone: (excerpt: string) => Omit<RuleHit, 'start' | 'end' | 'confidence' | 'why'>,
  partial: readonly PartialReading[] = [],
  /** False where the rule's own reading says the hostile words are only mentioned (quoted, listed, discussed). */
  mayStandAlone = true,
): RuleHit[] {
  const p = a.model.p(head);
  const said = `learned model: ${p.toFixed(2)}`;
  // Where the meaning layer reads the draft as denying, reporting or condemning, the model may only adjust.
  const open = !readAsNotHostile(
    a.meaning.acts,
    a.hits('stance-counter').some((h) => h.entry.tags?.includes('names')),
  );
  const out: RuleHit[] = [];
  for (const h of hits) {
    if (p < VETO && h.confidence < FIRM) continue;
    const confidence = Math.min(0.99, Math.max(0.3, h.confidence + PULL * (p - 0.5)));
    out.push({ ...h, confidence: Number(confidence.toFixed(3)), why: [...(h.why ?? []), said] });
  }
  // The rule's structure is partly there (a group, a person, a patient) and the model reads the rest: with
  // an act beside it, from the head's "supported" score; with only the group or person named, from its threshold.
  // A bare part is for hostility in words no lexicon holds: where the meaning layer read hostile-looking words in
  // its sentence and set them aside ("a lazy eye", "I'm going to report you to the GMC", an attack reported with
  // its date), its reading stands.
  // A feeling about a situation ("I hate that…") is not set aside: what the situation says is the model's to judge.
  const readHere = (x: PartialReading) => {
    const s = a.sentenceAt(x.start);
    return a.meaning.acts.some(
      (act) => a.sentenceAt(act.start) === s && !(act.kind === 'emotion' && act.target === undefined),
    );
  };
  const part = partial.find((x) =>
    x.bare
      ? p >= bareAt(a, head, x.addressed ?? false) && !readHere(x)
      : p >= Math.min(SUPPORTED_CAP, a.model.supported(head)),
  );
  if (open && hits.length === 0 && part) {
    const s = a.sentences[a.sentenceAt(part.start)];
    const start = s?.start ?? part.start;
    const end = s?.end ?? part.end;
    out.push({
      ...alone(a.text.slice(start, end)),
      start,
      end,
      confidence: Number((0.85 * p).toFixed(3)),
      why: [part.why, said],
    });
  }
  // Alone, the model names the rule for hostility the meaning layer found aimed at someone (a person, a
  // group, a patient) but no rule composed: "thick fog" and "I will report this to the CQC" are not.
  const aimed = aimedHostility(a.meaning.acts, a.text).length > 0;
  if (open && mayStandAlone && aimed && hits.length === 0 && !part && p >= aloneAt(a, head)) {
    const s = a.model.strongestSentence(head);
    const start = s?.start ?? 0;
    const end = s?.end ?? a.text.length;
    out.push({
      ...alone(a.text.slice(start, end)),
      start,
      end,
      confidence: Number((0.9 * p).toFixed(3)),
      why: [`${said} (the rule's own cues did not match)`],
    });
  }
  return out;
}

/**
 * True when the model could raise a finding for the head, alone or with the rule's partial reading (for
 * gates). Alone it needs hostility the meaning layer found aimed at someone, so with no act in the draft
 * only a rule whose partial reading needs no act (`partialWithoutActs`, e.g. a protected group named)
 * can use it: the model is then not run at all, which is most drafts.
 */
export function modelAlone(a: Analysis, head: ModelHead, partialWithoutActs: () => boolean = () => true): boolean {
  if (a.meaning.acts.length === 0 && !partialWithoutActs()) return false;
  return a.model.p(head) >= Math.min(a.model.supported(head), a.model.threshold(head));
}
