import {
  AUDIENCES,
  AUTHORITIES,
  DUTIES,
  EXPOSE_VERBS,
  GATEKEPT,
  LOSS_WORDS,
  MENACE_WORDS,
  POSITIONS,
} from '../../data/taxonomy/acts.js';
import { INJURY_VERBS } from '../../data/taxonomy/body.js';
import {
  CONSEQUENCE_HEADS,
  DETERMINERS,
  FIRST_PERSON_SUBJECT,
  FUNCTION_WORDS,
  REPEAT_WORDS,
  SECOND_PERSON,
  THIRD_PERSON_SINGULAR,
  WH_WORDS,
} from '../../data/taxonomy/grammar.js';
import type { LexiconHit } from '../../text/matcher.js';
import { stem } from '../../text/stem.js';
import type { Token } from '../../text/tokens.js';
import { composedHit } from './composed.js';
import type { Offers } from './disclosure.js';

const SOURCE = 'CPS guidance on communications offences and blackmail (a demand with menaces); Acas on bullying';
const POWER_SOURCE = 'Acas, bullying and harassment at work (misuse of power or position)';

/** How many words a condition may run before its consequence ("Talk to the partners about … again and…"). */
const CONDITION_REACH = 18;
/** How far into the consequence its head may stand ("…and your windscreen's going…"). */
const HEAD_REACH = 3;
/** How far the consequence reaches for what makes it adverse. */
const CONSEQUENCE_REACH = 16;

const ME = /^(my|me|mine|our|us|myself)$/;
const SUBJECT_AFTER_IF = /^(i|we|i'm|im|i've|ive|i'd|id|we're|it|this|that|there|its|it's)$/;

/** One condition put to someone, and where its consequence starts and ends (tokens). */
interface Ultimatum {
  from: number;
  consequence: number;
  end: number;
  /** The demand serves the author ("cover my on-call", "touch my bike"). */
  forMe: boolean;
  /** A warning about doing something again ("…again and", "carry on and"). */
  repeated: boolean;
}

/**
 * "Touch my bike again and you'll…", "Withdraw the Datix by Friday or I'll…", "If you speak to my team
 * like that again I will…", "Unless the surgery rings me back I'll…": a condition or a demand put to
 * someone, then a consequence. It reads as a threat when the consequence is adverse to them (menace,
 * a position lost, exposure to an audience, or violence in a personal or repeated warning), and as
 * coercion when a demand that serves the author is traded for something the author grants at work
 * ("cover my on-call and I'll make sure your WPBAs sail through"). Offers of help are left alone.
 */
export function ultimatums(
  tokens: readonly Token[],
  sentenceOf: readonly number[],
  offers: Offers,
  violent: (at: number) => boolean,
): LexiconHit[] {
  const out: LexiconHit[] = [];
  for (const u of conditionsPut(tokens, sentenceOf, offers)) {
    const cue = adverseCue(tokens, u, violent);
    if (cue !== undefined) {
      out.push(
        composedHit(tokens, u.from, cue + 1, 'act-intimidation', {
          phrase: 'do this … or else',
          tags: ['intimidation', 'ultimatum'],
          source: SOURCE,
          note: 'A demand or condition put to someone with an adverse consequence.',
        }),
      );
    }
    // "Cover my on-call and your WPBAs sail through", or the other way round: "if you want that form signed,
    // you'll be doing my visits" (the lever asked for, the author's own work or an unpaid favour the price).
    const asked = u.forMe ? undefined : findIn(tokens, u.from, u.consequence, (w) => GATEKEPT.has(w));
    const lever = u.forMe
      ? findIn(tokens, u.consequence, u.end, (w) => GATEKEPT.has(w))
      : asked !== undefined && findIn(tokens, u.consequence, u.end, (_, k) => forMe(tokens, k)) !== undefined
        ? asked
        : undefined;
    if (lever !== undefined)
      out.push(
        composedHit(tokens, u.from, lever + 1, 'act-coercion', {
          phrase: 'do this for me and I sign your …',
          tags: ['coercion', 'lever', 'condition'],
          source: POWER_SOURCE,
          note: 'Something granted at work traded for a demand that serves the author.',
        }),
      );
  }
  return out;
}

/** Every "if/unless … then", "do X and …" and "do X or …" in the draft whose condition is put to someone. */
function conditionsPut(tokens: readonly Token[], sentenceOf: readonly number[], offers: Offers): Ultimatum[] {
  const out: Ultimatum[] = [];
  // Where the consequence stops: its sentence's end, or CONSEQUENCE_REACH words on (a wall of one sentence stays linear).
  const consequenceEnd = (head: number) => {
    let e = head;
    while (e < tokens.length && e < head + CONSEQUENCE_REACH && sentenceOf[e] === sentenceOf[head]) e++;
    return e;
  };
  for (let i = 0; i < tokens.length; i++) {
    const w = (tokens[i] as Token).norm;
    const first = i === 0 || sentenceOf[i - 1] !== sentenceOf[i];
    let from = -1;
    let head = -1;
    if ((w === 'if' || w === 'unless') && !offers.at(i) && !SUBJECT_AFTER_IF.test(tokens[i + 1]?.norm ?? '')) {
      if (/^(as|even|what|only)$/.test(tokens[i - 1]?.norm ?? '')) continue;
      from = i;
      head = headAfter(tokens, sentenceOf, i + 2, i + CONDITION_REACH, true);
    } else if (first && imperative(tokens[i] as Token)) {
      // "Touch my bike again and…", "Withdraw it by Friday or I'll…": the joining word, then the head.
      for (let j = i + 1; j < tokens.length && j <= i + CONDITION_REACH && sentenceOf[j] === sentenceOf[i]; j++) {
        const join = (tokens[j] as Token).norm;
        if (join !== 'and' && join !== 'or') continue;
        const h = headAfter(tokens, sentenceOf, j + 1, j + HEAD_REACH + (join === 'or' ? 1 : 0), false);
        if (h >= 0) {
          from = i;
          head = h;
          break;
        }
      }
    }
    if (from < 0 || head < 0) continue;
    const condition = tokens.slice(from, head).map((t) => t.norm);
    const end = consequenceEnd(head);
    const forMe = condition.some((x) => ME.test(x));
    const repeated = condition.some((x) => REPEAT_WORDS.has(x));
    // A demand "…or else" is put to the reader; "…and" only in a warning about them, the author or a repeat.
    const personal =
      (w !== 'if' && w !== 'unless' && condition.includes('or')) ||
      forMe ||
      repeated ||
      condition.some((x) => SECOND_PERSON.has(x) || THIRD_PERSON_SINGULAR.has(x) || x === 'they') ||
      tokens.slice(head, end).some((t) => SECOND_PERSON.has(t.norm));
    if (!personal) continue;
    out.push({
      from,
      consequence: head,
      end,
      forMe,
      repeated,
    });
    i = head;
  }
  return out;
}

/** The first consequence head in [from, to] of the sentence (for "if", after a subject of its own). */
function headAfter(
  tokens: readonly Token[],
  sentenceOf: readonly number[],
  from: number,
  to: number,
  afterIf: boolean,
): number {
  const sentence = sentenceOf[from - 1];
  for (let k = from; k < tokens.length && k <= to && sentenceOf[k] === sentence; k++) {
    const w = (tokens[k] as Token).norm;
    if (!CONSEQUENCE_HEADS.has(w)) continue;
    // After "if", "will" and "can't" may belong to the condition ("if you will keep…"): a head needs its subject.
    if (afterIf && !/'|^(gonna|going|im|youre)$/.test(w) && !FIRST_PERSON_SUBJECT.has(tokens[k - 1]?.norm ?? ''))
      continue;
    return k;
  }
  return -1;
}

/** A sentence that opens with a verb: not a pronoun, a determiner, a function word or a question word. */
function imperative(t: Token): boolean {
  const w = t.norm;
  return (
    t.kind === 'word' &&
    // Verbs in the imperative carry no apostrophe ("there's a card…", "it's…" are statements).
    !w.includes("'") &&
    !FUNCTION_WORDS.has(w) &&
    !DETERMINERS.has(w) &&
    !WH_WORDS.has(w) &&
    !SECOND_PERSON.has(w) &&
    !THIRD_PERSON_SINGULAR.has(w) &&
    !FIRST_PERSON_SUBJECT.has(w) &&
    !/^(they|there|thanks|thank|please|hi|hello|hey|dear|yes|no|ok|okay|sorry|just|not|also)$/.test(w)
  );
}

/** The last word of what makes the consequence adverse, if anything does. */
function adverseCue(tokens: readonly Token[], u: Ultimatum, violent: (at: number) => boolean): number | undefined {
  const words = (test: (w: string, k: number) => boolean) => findIn(tokens, u.consequence, u.end, test);
  const menace = words((w) => MENACE_WORDS.has(w));
  if (menace !== undefined) return menace;
  const position = words((w) => POSITIONS.has(w));
  if (position !== undefined && words((w) => LOSS_WORDS.has(w)) !== undefined) return position;
  const exposure = words((w) => EXPOSE_VERBS.has(w));
  const audience = words((w) => AUDIENCES.has(w) || AUTHORITIES.has(w));
  if (exposure !== undefined && audience !== undefined) return Math.max(exposure, audience);
  // Violence only in a warning that is personal or repeated: "if you fall you'll break your wrist" is advice.
  if (u.forMe || u.repeated) {
    const blow = words((w, k) => violent(k) || INJURY_VERBS.has(stem(w)));
    if (blow !== undefined) return blow;
  }
  return undefined;
}

/** The author's own work or an unpaid favour at token k: "my visits", "my home visits", "my Thursday", "unpaid". */
function forMe(tokens: readonly Token[], k: number): boolean {
  const w = (tokens[k] as Token).norm;
  if (w === 'unpaid') return true;
  return w === 'my' && [k + 1, k + 2].some((j) => DUTIES.has(tokens[j]?.norm ?? ''));
}

function findIn(
  tokens: readonly Token[],
  from: number,
  to: number,
  test: (w: string, k: number) => boolean,
): number | undefined {
  for (let k = from; k < to; k++) if (test((tokens[k] as Token).norm, k)) return k;
  return undefined;
}

/** Could the tokens hold an ultimatum? A cheap test before a full reading: a joining word, a head and a cue. */
export function mayIssueUltimatum(tokens: readonly Token[]): boolean {
  let join = false;
  let head = false;
  let cue = false;
  for (const t of tokens) {
    const w = t.norm;
    if (JOINS.has(w)) join = true;
    else if (CONSEQUENCE_HEADS.has(w)) head = true;
    else if (CUES.some((set) => set.has(w)) || INJURY_VERBS.has(stem(w))) cue = true;
  }
  return join && head && cue;
}
const JOINS: ReadonlySet<string> = new Set(['if', 'unless', 'and', 'or']);
const CUES = [MENACE_WORDS, POSITIONS, EXPOSE_VERBS, GATEKEPT];
