import {
  AGE_MARKS,
  ANALYTES,
  CAPITAL_ABBREVIATIONS,
  CAPITAL_ANALYTES,
  DOSE_FREQUENCIES,
  DOSE_UNITS,
  DURATION_CUES_AFTER,
  DURATION_CUES_BEFORE,
  DURATION_DENOMINATORS,
  NOTE_ABBREVIATIONS,
  PRESENCE_WORDS,
  TIME_UNITS,
  RESULT_LINKS,
  CASE_OPENERS,
  SEX_WORDS,
} from '../data/clinical-shorthand.js';
import { trimEndOf, trimEndWhile } from '../text/trim.js';
import type { Token } from '../text/tokens.js';
import type { Analysis } from './analyse.js';
import { PerAnalysis } from './memo.js';

/*
 * GP shorthand read as a GP reads it: "42F, 3/52 hx SOB, PMH asthma, NAD. ?PE", "67yo M on amlod 10mg
 * od", "eGFR 28", "K+ 6.1". The draft is read in chunks (runs of text between spaces and list
 * punctuation), because the marks inside them carry the meaning ("c/o", "K+", "3/52", "?PE") and the
 * tokeniser drops them. Every chunk is looked at once, with at most three chunks of look-ahead.
 */

export type ShorthandKind =
  | 'age-sex'
  | 'infant-age'
  | 'abbreviation'
  | 'query-diagnosis'
  | 'duration'
  | 'dose'
  | 'result'
  | 'presence';

export interface ShorthandCue {
  readonly kind: ShorthandKind;
  /** Half-open range of the original text. */
  readonly start: number;
  readonly end: number;
}

export interface ClinicalShorthand {
  readonly cues: readonly ShorthandCue[];
  /**
   * What shows one particular patient being described: an age with a sex ("42F", "67yo M"), an
   * infant's age ("3/12 old"), or a sentence written up as a case (two kinds of note shorthand in it).
   */
  readonly patient?: ShorthandCue;
  /** The first piece of clinical detail in shorthand. */
  readonly detail?: ShorthandCue;
}

interface Chunk {
  /** Lower case, without the sentence punctuation around it. */
  readonly core: string;
  /** As written, without the sentence punctuation around it. */
  readonly raw: string;
  readonly start: number;
  readonly end: number;
}

const CHUNK = /[^\s,;()[\]]+/g;
const NUMBER = /^[<>~]?\d{1,4}(?:\.\d{1,3})?(?:%|\/\d{1,3})?$/;
const AGE_SEX_ONE = /^(\d{1,3})(?:yo|y\/o|y|yr|yrs)?(m|f)$/i;
const AGE_ONE = /^(\d{1,3})(?:yo|y\/o|yrs?)$/i;
const DURATION = /^(\d{1,2})\/(\d{1,2})$/;
const DOSE_ONE = /^(\d{1,4}(?:\.\d{1,3})?)([a-zµ]{1,10})$/i;
const QUERY = /^\?[a-z][a-z-]{1,30}$/i;
const CAPITAL = /[A-Z]/;
/** Leading and trailing marks that belong to the sentence, not to the chunk. */
const LEAD = /^["'“‘]+/;
const TRAIL = '.!?"\'”’:';
/** Units that are everyday measures too (a glass of water, a pint): a dose only with a frequency after. */
const EVERYDAY_UNITS = new Set([
  'g',
  'gram',
  'grams',
  'ml',
  'mls',
  'units',
  'iu',
  'mmol',
  'puffs',
  'puff',
  'tabs',
  'tab',
  'drops',
]);
/** "my Hb", "my own eGFR": the author's health, not a patient's. */
const OWN = new Set(['my', 'own']);
/** "my patient", "my pt", "my lady": the author's patient, not the author. */
const PATIENT_AFTER_MY = /^(?:pat|pt|lady|gent|man|woman|chap|bloke|registrar|trainee|colleague)/;

function chunksOf(text: string): Chunk[] {
  const out: Chunk[] = [];
  for (const m of text.matchAll(CHUNK)) {
    let raw = m[0];
    let start = m.index;
    const lead = LEAD.exec(raw);
    if (lead) {
      raw = raw.slice(lead[0].length);
      start += lead[0].length;
    }
    // "?PE" keeps its question mark; "thoughts?" loses it.
    raw = raw.startsWith('?') ? `?${trimEndOf(raw.slice(1), TRAIL.replace('?', ''))}` : trimEndOf(raw, TRAIL);
    if (raw === '') continue;
    out.push({ core: raw.toLowerCase(), raw, start, end: start + raw.length });
  }
  return out;
}

function age(n: string): boolean {
  const v = Number(n);
  return v > 0 && v <= 110;
}

/** A sex word beside an age: a single letter only in capitals ("42 F"), as "42 m" may be metres. */
function sexWord(c: Chunk | undefined): boolean {
  if (!c || !SEX_WORDS.has(c.core)) return false;
  return c.core.length > 1 || CAPITAL.test(c.raw);
}

function analyte(c: Chunk): boolean {
  const name = trimEndOf(c.core, '+:=-');
  if (!ANALYTES.has(name)) return false;
  return !CAPITAL_ANALYTES.has(name) || CAPITAL.test(c.raw);
}

/** The cues of one text, in text order. */
export function shorthandCues(text: string): ShorthandCue[] {
  const cs = chunksOf(text);
  const out: ShorthandCue[] = [];
  const cue = (kind: ShorthandKind, from: Chunk, to: Chunk) => out.push({ kind, start: from.start, end: to.end });
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i] as Chunk;
    const next = cs[i + 1];
    const prev = cs[i - 1];
    // Age and sex: "42F", "67yo M", "67 yo M", "58 y/o lady", "42 F", opening a clause or after "a", "pt"
    // ("Quick q - 67M,", "a 45F with…"), so "over 1M people" is not a person.
    const opens = !prev || /[^\s]/.test(text.slice(prev.end, c.start)) || CASE_OPENERS.has(prev.core);
    const one = AGE_SEX_ONE.exec(c.raw);
    if (
      opens &&
      one &&
      age(one[1] as string) &&
      (one[2] === 'F' || one[2] === 'f' || one[2] === 'M' || /[a-z]m$/i.test(c.raw))
    ) {
      cue('age-sex', c, c);
      continue;
    }
    if (opens && /^\d{1,3}$/.test(c.core) && age(c.core)) {
      const mark = next && AGE_MARKS.has(next.core) ? next : undefined;
      const sex = cs[i + (mark ? 2 : 1)];
      if (sexWord(sex) && (mark || sex?.core.length === 1)) {
        cue('age-sex', c, sex as Chunk);
        continue;
      }
    }
    if (opens && AGE_ONE.test(c.raw) && age(trimEndWhile(c.core, (ch) => ch < '0' || ch > '9')) && sexWord(next)) {
      cue('age-sex', c, next as Chunk);
      continue;
    }
    // Durations: "3/52 hx", "28/40", "for 6/12"; "3/12 old" is an infant's age. "24/7" and dates are not.
    const d = DURATION.exec(c.core);
    if (d && DURATION_DENOMINATORS.has(d[2] as string) && c.core !== '24/7') {
      if (next?.core === 'old') cue('infant-age', c, next);
      else if (
        d[2] === '52' ||
        d[2] === '40' ||
        (next && DURATION_CUES_AFTER.has(next.core)) ||
        (prev && DURATION_CUES_BEFORE.has(prev.core))
      )
        cue('duration', c, c);
      continue;
    }
    if (QUERY.test(c.raw)) {
      cue('query-diagnosis', c, c);
      continue;
    }
    // Doses: "10mg od", "metformin 1g bd", "5 mg"; "500ml" alone is a drink, not a dose.
    const dose = DOSE_ONE.exec(c.core);
    const u = dose ? i : /^\d{1,4}(?:\.\d{1,3})?$/.test(c.core) && next && DOSE_UNITS.has(next.core) ? i + 1 : -1;
    if (u >= 0) {
      const unitChunk = cs[u] as Chunk;
      const unit = dose ? (dose[2] as string) : unitChunk.core;
      if (DOSE_UNITS.has(unit)) {
        const freq = cs[u + 1];
        if (freq && DOSE_FREQUENCIES.has(freq.core)) {
          cue('dose', c, freq);
          continue;
        }
        if (!EVERYDAY_UNITS.has(unit)) {
          cue('dose', c, unitChunk);
          continue;
        }
      }
    }
    // Results: "eGFR 28", "Hb of 74", "K+ 6.1", "BP 168/94". Not one's own ("my Hb was 110").
    if (analyte(c)) {
      const at = next && RESULT_LINKS.has(next.core) ? i + 2 : i + 1;
      const value = cs[at];
      const own = [cs[i - 1], cs[i - 2]].some((p) => p && OWN.has(p.core));
      if (value && NUMBER.test(value.core) && !own) {
        cue('result', c, value);
        i = at;
        continue;
      }
    }
    if (NOTE_ABBREVIATIONS.has(c.core) || (CAPITAL_ABBREVIATIONS.has(c.core) && c.raw === c.raw.toUpperCase()))
      cue('abbreviation', c, c);
  }
  return out;
}

const READ = new PerAnalysis<ClinicalShorthand>();

/** The shorthand of a draft, read once and shared by the rules. */
export function readShorthand(a: Analysis): ClinicalShorthand {
  let read = READ.get(a);
  if (read) return read;
  const cues = [...shorthandCues(a.text), ...presences(a)].sort((x, y) => x.start - y.start);
  const detail = cues.find((c) => c.kind !== 'age-sex' && c.kind !== 'infant-age');
  let patient = cues.find((c) => c.kind === 'age-sex' || c.kind === 'infant-age');
  if (!patient) {
    // A case written up: two kinds of note shorthand in one sentence ("K+ 6.1 … on ramipril 10mg od"),
    // unless the sentence is about the author's own health ("had my bloods back, TSH 0.01").
    const own = ownSentences(a);
    const kinds = new Map<number, Set<ShorthandKind>>();
    for (const c of cues) {
      const s = a.sentenceAt(c.start);
      if (own.has(s) || c.kind === 'presence') continue;
      const set = kinds.get(s) ?? new Set<ShorthandKind>();
      set.add(c.kind);
      kinds.set(s, set);
      if (set.size >= 2) {
        patient = c;
        break;
      }
    }
  }
  read = { cues, ...(patient ? { patient } : {}), ...(detail ? { detail } : {}) };
  READ.set(a, read);
  return read;
}

/** Sentences where the author speaks of their own health: "my" before anything but a patient ("my bloods", "my GP"). */
function ownSentences(a: Analysis): Set<number> {
  const out = new Set<number>();
  const { tokens } = a;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!OWN.has((tokens[i] as Token).norm)) continue;
    if (!PATIENT_AFTER_MY.test((tokens[i + 1] as Token).norm)) out.add(a.sentenceAt((tokens[i] as Token).start));
  }
  return out;
}

/** "been there 2 wks", "noticed 3/12 ago": a presence word, then a number and a unit of time within three words. */
function presences(a: Analysis): ShorthandCue[] {
  const out: ShorthandCue[] = [];
  const { tokens } = a;
  for (let i = 0; i < tokens.length; i++) {
    if (!PRESENCE_WORDS.has((tokens[i] as Token).norm)) continue;
    for (let j = i + 1; j + 1 < tokens.length && j <= i + 3; j++) {
      const n = tokens[j] as Token;
      const unit = tokens[j + 1] as Token;
      if (n.kind === 'number' && TIME_UNITS.has(unit.norm)) {
        out.push({ kind: 'presence', start: (tokens[i] as Token).start, end: unit.end });
        break;
      }
    }
  }
  return out;
}
