import {
  HASHTAG_NAMES,
  HASHTAG_NOT_AFTER,
  HASHTAG_NOT_BEFORE,
  EFFECT_AS_NAME,
  FORM_WORDS,
  MEDICINE_WARNING,
  type MedicineClass,
  NOT_A_TREATMENT,
  TREATMENT_AFTER,
  TREATMENT_BEFORE,
} from '../data/medicine.js';
import type { LexiconHit } from '../text/matcher.js';
import { matchesOf } from '../text/prefilter.js';
import type { Token } from '../text/tokens.js';
import type { Analysis } from './analyse.js';
import { PerAnalysis } from './memo.js';
import { sentenceTokens } from './speech.js';

/*
 * Prescription-only medicines named in a draft, however they are named: by generic, brand, maker or
 * street name (data/medicine.ts), inside a hashtag ("#mounjarojourney"), or described by effect and
 * form ("appetite jab", "injections for frown lines", "fat-melting pen"). Computed once per draft;
 * promotion.prescription-only-medicine decides whether the draft advertises them.
 */

export type MedicineVia = 'name' | 'hashtag' | 'description' | 'area';

export interface MedicineMention {
  readonly start: number;
  readonly end: number;
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly class: MedicineClass;
  readonly via: MedicineVia;
  /** How sure the words are to name a POM (an ambiguous name or a maker is below 1). */
  readonly weight: number;
  /** The sentence is a warning or information about the medicine ("counterfeit", "shortage"). */
  readonly warned: boolean;
}

/** An effect and a form this many tokens apart or closer describe one injectable ("anti wrinkle botox injections"). */
const DESCRIPTION_GAP = 2;
/** Words that may join a form to the effect after it ("injections for frown lines", "jabs to curb appetite"). */
const FORM_LINK = new Set(['for', 'to', 'that', 'which', 'curb', 'curbs', 'reduce', 'reduces', 'suppress', 'treat']);
/** Hashtags longer than this are not read (no name is longer than 30 letters, a tag rarely twice that). */
const HASHTAG = /#[\p{L}\p{N}_]{3,60}/gu;
/** Names by their first three letters, so a hashtag is searched in one pass. */
const BY_PREFIX = new Map<string, string[]>();
for (const name of HASHTAG_NAMES.keys()) {
  const key = name.slice(0, 3);
  BY_PREFIX.set(key, [...(BY_PREFIX.get(key) ?? []), name]);
}

const CACHE = new PerAnalysis<readonly MedicineMention[]>();

function classOf(h: LexiconHit): string {
  return h.entry.tags?.[0] ?? 'other';
}

/** The medicines named in a draft, in text order, overlapping names merged into the longest. */
export function medicinesOf(a: Analysis): readonly MedicineMention[] {
  const cached = CACHE.get(a);
  if (cached) return cached;
  const found: Omit<MedicineMention, 'warned'>[] = [];
  for (const h of a.hits('medicine'))
    found.push({ ...spanOf(h), class: classOf(h) as MedicineClass, via: 'name', weight: h.entry.weight ?? 1 });
  found.push(...descriptions(a), ...hashtags(a));
  found.sort((x, y) => x.start - y.start || y.end - x.end);
  const out: MedicineMention[] = [];
  let warnedSentence = -1;
  let warnedValue = false;
  for (const m of found) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) continue;
    const s = a.sentenceAt(m.start);
    if (s !== warnedSentence) {
      warnedSentence = s;
      warnedValue = sentenceWarns(a, m.tokenStart);
    }
    out.push({ ...m, warned: warnedValue });
  }
  CACHE.set(a, out);
  return out;
}

function spanOf(h: { start: number; end: number; tokenStart: number; tokenEnd: number }) {
  return { start: h.start, end: h.end, tokenStart: h.tokenStart, tokenEnd: h.tokenEnd };
}

function sentenceWarns(a: Analysis, tokenStart: number): boolean {
  const [lo, hi] = sentenceTokens(a, tokenStart);
  for (let j = lo; j <= hi; j++) if (MEDICINE_WARNING.has((a.tokens[j] as Token).norm)) return true;
  return false;
}

/** An effect beside an injectable form ("appetite jab", "injections for frown lines"). */
function descriptions(a: Analysis): Omit<MedicineMention, 'warned'>[] {
  const hits = a.hits('medicine-effect');
  const forms = hits.filter((h) => h.entry.tags?.[1] === 'form');
  const out: Omit<MedicineMention, 'warned'>[] = [];
  // Botulinum areas are read by the rule beside a price.
  for (const h of hits)
    if (h.entry.tags?.[1] === 'area') out.push({ ...spanOf(h), class: 'botulinum', via: 'area', weight: 0.7 });
  // An effect standing as the treatment's own name ("doing anti-wrinkle at mine", "anti-wrinkle 3 areas
  // £150", "our Valentine's anti-wrinkle deal"): the euphemism the ASA treats as naming the medicine.
  for (const h of hits)
    if (h.entry.tags?.[1] === 'effect' && EFFECT_AS_NAME.has(h.entry.phrase) && standsAsTreatment(a, h))
      out.push({ ...spanOf(h), class: classOf(h) as MedicineClass, via: 'description', weight: 0.8 });
  if (forms.length === 0) return out;
  let f = 0;
  for (const e of hits) {
    if (e.entry.tags?.[1] !== 'effect') continue;
    // Forms are in text order: skip those that end too far before this effect to pair with it.
    while (f < forms.length && (forms[f] as LexiconHit).tokenEnd + 3 < e.tokenStart) f++;
    for (let k = f; k < forms.length; k++) {
      const form = forms[k] as LexiconHit;
      if (form.tokenStart > e.tokenEnd + DESCRIPTION_GAP) break;
      const before = form.tokenEnd <= e.tokenStart;
      const gapOk = before
        ? e.tokenStart - form.tokenEnd <= 2 && linked(a, form.tokenEnd, e.tokenStart)
        : form.tokenStart >= e.tokenEnd && form.tokenStart - e.tokenEnd <= DESCRIPTION_GAP;
      if (!gapOk || a.sentenceAt(form.start) !== a.sentenceAt(e.start)) continue;
      const first = before ? form : e;
      const last = before ? e : form;
      out.push({
        start: first.start,
        end: last.end,
        tokenStart: first.tokenStart,
        tokenEnd: last.tokenEnd,
        class: classOf(e) as MedicineClass,
        via: 'description',
        weight: 0.9,
      });
      break;
    }
  }
  return out;
}

function standsAsTreatment(a: Analysis, h: LexiconHit): boolean {
  const before = a.tokens[h.tokenStart - 1] as Token | undefined;
  const after = a.tokens[h.tokenEnd] as Token | undefined;
  // "anti-wrinkle cream", "anti-wrinkle serum": a cosmetic, not the medicine; a form after it is read below.
  if (after && (NOT_A_TREATMENT.has(after.norm) || FORM_WORDS.has(after.norm))) return false;
  if (after === undefined || a.sentenceAt(after.start) !== a.sentenceAt(h.start))
    return before !== undefined && TREATMENT_BEFORE.has(before.norm);
  return TREATMENT_AFTER.has(after.norm) || (before !== undefined && TREATMENT_BEFORE.has(before.norm));
}

/** A form comes before its effect only through a linking word ("jabs for weight loss"). */
function linked(a: Analysis, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (!FORM_LINK.has((a.tokens[j] as Token).norm)) return false;
  return to > from;
}

/** Names inside hashtags ("#mounjarojourney", "#skinnyjab"), unless the tag is about something else ("#nobotox"). */
function hashtags(a: Analysis): Omit<MedicineMention, 'warned'>[] {
  const out: Omit<MedicineMention, 'warned'>[] = [];
  for (const m of matchesOf(HASHTAG, a.text)) {
    const body = m[0].slice(1).toLowerCase().replace(/_/g, '');
    const found = nameIn(body);
    if (!found) continue;
    const before = body.slice(0, found.at);
    const after = body.slice(found.at + found.name.length);
    if (HASHTAG_NOT_BEFORE.some((w) => before.endsWith(w)) || HASHTAG_NOT_AFTER.some((w) => after.includes(w)))
      continue;
    const start = m.index;
    const tokenStart = tokenAt(a.tokens, start);
    out.push({
      start,
      end: start + m[0].length,
      tokenStart,
      tokenEnd: tokenStart + 1,
      class: found.class,
      via: 'hashtag',
      weight: 1,
    });
  }
  return out;
}

/** The first medicine name inside a hashtag body, with where it starts. */
function nameIn(body: string): { name: string; at: number; class: MedicineClass } | undefined {
  for (let i = 0; i + 5 <= body.length; i++) {
    const names = BY_PREFIX.get(body.slice(i, i + 3));
    if (!names) continue;
    for (const name of names) {
      const cls = HASHTAG_NAMES.get(name);
      if (cls && body.startsWith(name, i)) return { name, at: i, class: cls };
    }
  }
  return undefined;
}

/** The first token at or after an offset (binary search). */
function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return Math.min(lo, Math.max(0, tokens.length - 1));
}
