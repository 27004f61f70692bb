import type { LexiconHit } from '../text/matcher.js';
import type { Token } from '../text/tokens.js';
import { matchesOf } from '../text/prefilter.js';
import { NOTICE_WORDS, SHOUT_SUBJECTS } from '../data/emotion.js';

/** Signs of raised voice in the wording. */
export interface Intensity {
  /** Words of three or more letters written all in capitals, other than known acronyms. */
  readonly shouted: readonly Token[];
  /** True when capitals carry the draft (several shouted words, or most of a short draft). */
  readonly shouting: boolean;
  /** Whole sentences in capitals with someone in them ("YOU DID THIS", "WHY DOES NOBODY EVER ANSWER"). */
  readonly shoutedSentences: ReadonlyArray<{ start: number; end: number }>;
  /** Runs such as "!!", "?!", "!!!", "???". */
  readonly exclamationRuns: ReadonlyArray<{ start: number; end: number }>;
  /** Absolutes and exasperation ("always", "never", "sick of", "had enough"). */
  readonly absolutes: readonly LexiconHit[];
}

// Capitals that are names of things, not shouting.
const ACRONYMS = new Set([
  'NHS',
  'GMC',
  'BMA',
  'RCGP',
  'LMC',
  'LMCS',
  'CQC',
  'NICE',
  'UKHSA',
  'MHRA',
  'WHO',
  'ICB',
  'CCG',
  'PCN',
  'ARRS',
  'QOF',
  'DES',
  'GPC',
  'MRCGP',
  'MRCP',
  'FRCGP',
  'FRCS',
  'MBBS',
  'DRCOG',
  'DFSRH',
  'DCH',
  'COVID',
  'MMR',
  'HPV',
  'BCG',
  'HIV',
  'AIDS',
  'ECG',
  'MRI',
  'CPR',
  'BMI',
  'COPD',
  'ADHD',
  'OCD',
  'PTSD',
  'ICU',
  'ITU',
  'GUM',
  'UTI',
  'DVT',
  'SSRI',
  'PSA',
  'FBC',
  'TSH',
  'HBA1C',
  'INR',
  'OTC',
  'POM',
  'CPD',
  'GDPR',
  'FOI',
  'DPA',
  'PACE',
  'ASA',
  'CAP',
  'CMA',
  'APP',
  'PPE',
  'IVF',
  'STI',
  'LGBT',
  'LGBTQ',
  'BAME',
  'EDI',
  'CEO',
  'CRP',
  'EGFR',
  'LFT',
  'LFTS',
  'BBC',
  'ITV',
  'AGM',
  'FAQ',
  'PDF',
  'URL',
  'SMS',
  'ETA',
  'ASAP',
  'FYI',
  'TBC',
  'AKA',
  'RIP',
  'DOB',
  'MRN',
  'NI',
  'ENT',
  'OOH',
  'UCC',
  'MIU',
  'AMU',
  'SDEC',
  'AE',
  'NEWS',
  'SOB',
  'SOBOE',
  'MSK',
  'CKD',
  'IBS',
  'GORD',
  'HRT',
  'IUD',
  'IUS',
  'LARC',
]);
// Runs of two or more ! and ? holding at least one !, or of three or more ?. (A single linear pass: the earlier
// /[!?]*![!?]+|…/ form backtracked quadratically on long runs of "?".)
const EXCLAMATION = /[!?]{2,}/g;

export function measureIntensity(text: string, tokens: readonly Token[], absolutes: readonly LexiconHit[]): Intensity {
  const words = tokens.filter((t) => t.kind === 'word');
  const shouted = words.filter(
    (t) =>
      t.raw.length >= 3 && /\p{Lu}/u.test(t.raw) && !/\p{Ll}/u.test(t.raw) && !ACRONYMS.has(t.raw.split("'")[0] ?? ''),
  );
  const shouting =
    shouted.length >= 3 ||
    (words.length >= 2 && words.length <= 6 && shouted.length >= 2) ||
    (words.length >= 4 && shouted.length / words.length > 0.5);
  const exclamationRuns = [...matchesOf(EXCLAMATION, text)]
    .filter((m) => m[0].includes('!') || m[0].length >= 3)
    .map((m) => ({ start: m.index, end: m.index + m[0].length }));
  return { shouted, shouting, shoutedSentences: shoutedSentences(text, words), exclamationRuns, absolutes };
}

/** Ends a sentence or a line, between two words. */
const SENTENCE_END = /[.!?\n]/;
/** Fewest words for a shouted sentence. */
const SHOUT_WORDS = 3;

/**
 * Sentences written wholly in capitals (words of two letters or more, "I" too) that have someone in them
 * and do not open with a notice word: one pass over the words.
 */
function shoutedSentences(text: string, words: readonly Token[]): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let first = 0;
  let capital = true;
  let person = false;
  const close = (end: number) => {
    const opener = words[first] as Token | undefined;
    if (capital && person && end - first >= SHOUT_WORDS && opener && !NOTICE_WORDS.has(opener.norm))
      out.push({ start: opener.start, end: (words[end - 1] as Token).end });
  };
  for (let i = 0; i < words.length; i++) {
    const t = words[i] as Token;
    if (i > first && SENTENCE_END.test(text.slice((words[i - 1] as Token).end, t.start))) {
      close(i);
      first = i;
      capital = true;
      person = false;
    }
    if (/\p{Ll}/u.test(t.raw) || (t.raw.length === 1 && t.raw !== 'I' && /\p{L}/u.test(t.raw))) capital = false;
    if (SHOUT_SUBJECTS.has(t.norm)) person = true;
  }
  close(words.length);
  return out;
}
