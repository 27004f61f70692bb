import {
  GOOD_TIMES,
  GREETINGS,
  NICKNAME_GROUPS,
  NOT_NAMES,
  OPENERS,
  POST_NOMINALS,
  ROLE_ADDRESSES,
  SECOND_PERSON,
  TITLES,
} from '../data/address-words.js';
import { FIRST_NAMES, WORD_FIRST_NAMES } from '../data/first-names.js';
import { normalise } from '../text/normalise.js';
import type { Token } from '../text/tokens.js';
import type { Draft, Recipient } from '../types.js';
import type { Analysis } from './analyse.js';
import { PerAnalysis } from './memo.js';

/*
 * Who a message speaks to by name, and whether that is who receives it. "Hi Joan," to Jean Harper, or
 * "Dear Mr Jones" to Alan Johns, hands one person's message to another; "Dear Ann, your result…" to Ann
 * and Mark tells Mark Ann's result. The boundaries and confidentiality rules both read this.
 */

/** A person the message opens by addressing. Spans are half-open ranges of the original text. */
export interface Addressed {
  start: number;
  end: number;
  titled: boolean;
  /** The names as written (lower case), titles left out. */
  names: string[];
  lowerCase: boolean;
}

export interface Addressing {
  readonly people: readonly Addressed[];
  /** A name without a greeting ("Kevin, your…"): less certain than "Hi Kevin". */
  readonly vocative: boolean;
}

const NICKNAMES = new Map<string, Set<string>>();
for (const group of NICKNAME_GROUPS) {
  const names = group.split(' ');
  for (const n of names) {
    const set = NICKNAMES.get(n) ?? new Set<string>();
    for (const m of names) set.add(m);
    NICKNAMES.set(n, set);
  }
}

/** A recipient that is a list or a group: practice mailings, teams, departments. */
export const BULK_RECIPIENT =
  /\b(?:list|lists|patients|bulk|mailing|newsletter|subscribers|everyone|all|group|members|distribution|team|staff|desk|network|services|department|office|committee|board|practice|surgery|centre|clinic)\b/i;
const CAPITALISED = /^\p{Lu}/u;
/** Capitals only ("GP", "LMC", "ICB"): an acronym, not a name. */
const ACRONYM = /^\p{Lu}{2,}s?$/u;
/**
 * "Respectfully, you've…", "Frankly, your…": a sentence adverb opening with a comma, not a name. An
 * "-ly" word that is a listed given name (Emily, Holly, Kelly) stays a name.
 */
const isAdverb = (w: string) => w.length > 4 && w.endsWith('ly') && !FIRST_NAMES.has(w) && !WORD_FIRST_NAMES.has(w);
/** A header naming the sender before the greeting: "Water Street Surgery: Dear…". */
const HEADER = /^[^\n:]{0,60}\b(?:Surgery|Practice|Medical Centre|Health Centre|Medical Group|PCN)\s*:/;

const fold = (s: string) => normalise(s).text;
/** The reader as people type them ("you", "your", "u", "ur") and the modals that ask them ("can you…"). */
const READER = new Set([...SECOND_PERSON, 'u', 'ur']);
const MODALS = new Set(['can', 'could', 'would', 'will', 'did', 'do', 'are', 'have']);
const gap = (a: Analysis, left: Token, right: Token) => a.text.slice(left.end, right.start);
const NONE: Addressing = { people: [], vocative: false };
const READ = new PerAnalysis<Addressing>();

/** The people a message opens by addressing: "Hi Joan,", "Dear Mr Patel", "Hi Omar and Lisa", "Kevin, your…". */
export function addressed(a: Analysis): Addressing {
  let read = READ.get(a);
  if (!read) READ.set(a, (read = readAddressing(a)));
  return read;
}

function readAddressing(a: Analysis): Addressing {
  const t = a.tokens;
  const header = HEADER.exec(a.text);
  let i = header ? t.findIndex((tok) => tok.start >= header[0].length) : 0;
  const first = t[i];
  if (i < 0 || !first || a.text.slice(header ? header[0].length : 0, first.start).trim() !== '') return NONE;
  let greeted = false;
  if (first.norm === 'good' && t[i + 1] && GOOD_TIMES.has((t[i + 1] as Token).norm)) {
    i += 2;
    greeted = true;
  } else if (GREETINGS.has(first.norm)) {
    i += 1;
    greeted = true;
  }
  // "Hi. …", "Hi, I've attached…": the greeting stands alone and names nobody.
  const lead = greeted && t[i] ? gap(a, t[i - 1] as Token, t[i] as Token) : '';
  if (/[.!?\n]/.test(lead) || (lead.includes(',') && !TITLES.has((t[i] as Token).norm))) return NONE;

  const people: Addressed[] = [];
  while (i < t.length) {
    const startTok = t[i] as Token;
    let j = i;
    let titled = false;
    if (TITLES.has(startTok.norm) && CAPITALISED.test(startTok.raw)) {
      titled = true;
      j++;
      // "Mr and Mrs Cole", "Mr & Mrs Cole": two titles sharing one surname.
      const and = t[j];
      if (and?.norm === 'and' && t[j + 1] && TITLES.has((t[j + 1] as Token).norm)) j += 2;
      else if (and && TITLES.has(and.norm) && /^\s*&\s*$/.test(gap(a, startTok, and))) j += 1;
    }
    const names: string[] = [];
    let lowerCase = false;
    while (j < t.length && names.length < 3) {
      const tok = t[j] as Token;
      if (j > i && !/^[\s.-]*$/.test(gap(a, t[j - 1] as Token, tok))) break;
      if (j > i && /\n/.test(gap(a, t[j - 1] as Token, tok))) break;
      if (tok.kind !== 'word' || TITLES.has(tok.norm)) break;
      // "Dear GP", "Dear LMC", "Dear colleague": a role, a body or an acronym is nobody's name.
      if (ROLE_ADDRESSES.has(tok.norm) || ACRONYM.test(tok.raw)) break;
      if (!CAPITALISED.test(tok.raw)) {
        // "hi joan, …": a lower-case name straight after a greeting, ended by punctuation.
        const after = t[j + 1];
        const ends = after ? /^\s*[,!:\u2013\u2014-]/.test(gap(a, tok, after)) : true;
        if (!(greeted && names.length === 0 && ends && !NOT_NAMES.has(tok.norm))) break;
        lowerCase = true;
      }
      names.push(tok.norm.replace(/['’]s$/, ''));
      j++;
    }
    if (names.length === 0 || names.every((n) => NOT_NAMES.has(n))) break;
    const last = t[j - 1] as Token;
    people.push({ start: startTok.start, end: last.end, titled, names, lowerCase });
    // "Hi Omar and Lisa", "Dear Jo & Sam"
    const next = t[j];
    if (next && (next.norm === 'and' || next.norm === 'n') && t[j + 1] && /^\s+$/.test(gap(a, last, next))) {
      i = j + 1;
      continue;
    }
    if (next && /^\s*&\s*$/.test(gap(a, last, next))) {
      i = j;
      continue;
    }
    if (!greeted) {
      const sep = next ? gap(a, last, next) : '';
      // A vocative: the name and a comma ("Kevin, your…"); a title and name, or a known first name, with a
      // dash or colon ("Helen - can you…", "Mrs Evans - your…"); a known first name straight before the
      // reader ("Amy your screening…", "Jenna can you…").
      const comma = /^\s*,/.test(sep);
      const known = titled || (names.length === 1 && FIRST_NAMES.has(names[0] as string));
      const dash = known && /^\s+[\u2013\u2014-]\s|^\s*:\s/.test(sep);
      const after = t[j + 1];
      const spoken =
        known &&
        !titled &&
        /^ $/.test(sep) &&
        next !== undefined &&
        (READER.has(next.norm) || (MODALS.has(next.norm) && after !== undefined && READER.has(after.norm)));
      if (!comma && !dash && !spoken) return NONE;
    }
    break;
  }
  if (!greeted) {
    const p = people[0];
    if (!p || people.length > 1 || p.names.length > 2) return NONE;
    if (!p.titled && (OPENERS.has(p.names[0] as string) || isAdverb(p.names[0] as string))) return NONE;
    // "Kevin, I had a look at your notes": a vocative speaks to the reader in the same sentence.
    const s = a.sentences[a.sentenceAt(p.start)];
    const sentenceEnd = s ? s.end : a.text.length;
    if (!a.tokens.some((tok) => tok.start > p.end && tok.start < sentenceEnd && READER.has(tok.norm))) return NONE;
    return { people, vocative: true };
  }
  return { people, vocative: false };
}

/** The words of a recipient's name, folded, titles left out. */
export function recipientTokens(r: Recipient): string[] {
  // "Mr S Patel, Consultant Urologist", "Ann Lee (practice nurse)": the name ends where the role begins.
  // A handle runs the words together ("DrRachelK", "SarahJones_GP"): each capital starts a word. A name
  // written with spaces keeps its inner capitals ("Sarah McDonald").
  const written = r.name.split(/[,(]/)[0] ?? r.name;
  const name = /\s/.test(written.trim()) ? written : written.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
  const words = name.split(/[^\p{L}\p{M}']+/u).filter((w) => w.length > 0);
  // "David Clarke MP", "Jane Ross OBE": letters after the name are not its surname.
  while (words.length > 1 && ACRONYM.test(words[words.length - 1] as string)) {
    if (!POST_NOMINALS.has((words[words.length - 1] as string).toLowerCase())) break;
    words.pop();
  }
  return words.map(fold).filter((w) => w.length > 0 && !TITLES.has(w));
}

/**
 * Whether a first name as written can be the one on file: the same, a listed short form (Bob, Robert),
 * or a short form by its first letters (Sam, Samantha). A name one letter longer or shorter (Sara,
 * Sarah) is a different spelling, which on a record means a different person.
 */
export function sameFirstName(said: string, onFile: string): boolean {
  if (said === onFile) return true;
  if (said.length >= 2 && onFile.length - said.length >= 2 && onFile.startsWith(said)) return true; // Mo → Mohammed
  if (onFile.length <= 4 && onFile.length >= 2 && said.length - onFile.length >= 2 && said.startsWith(onFile))
    return true; // on file as "Sam", written "Samantha"
  return NICKNAMES.get(said)?.has(onFile) ?? false;
}

/**
 * Whether the person addressed can be this recipient. A title goes with a surname ("Mrs Okonjo"); a
 * first name alone may be any of the recipient's given names or a short form; a first name with a
 * surname ("Hannah Ward") needs both to fit.
 */
export function isRecipient(p: Addressed, onFile: readonly string[]): boolean {
  const said = p.names.filter((n) => !NOT_NAMES.has(n)).map(fold);
  if (said.length === 0 || onFile.length === 0) return true;
  const surname = onFile[onFile.length - 1] as string;
  if (p.titled) {
    const last = said[said.length - 1] as string;
    if (onFile.length > 1 && last !== surname) return false;
    if (onFile.length === 1) return said.some((n) => n === onFile[0]);
    return said.length < 2 || sameFirstName(said[0] as string, onFile[0] as string);
  }
  if (said.length >= 2 && onFile.length >= 2) {
    return sameFirstName(said[0] as string, onFile[0] as string) && said[said.length - 1] === surname;
  }
  return said.some((n) => onFile.some((r) => sameFirstName(n, r)));
}

/** The recipients that are people (not a list, a team or a service). */
export function personRecipients(draft: Draft): Recipient[] {
  return draft.recipients.filter((r) => /\p{L}/u.test(r.name) && !BULK_RECIPIENT.test(r.name));
}

/** Addressed people whom no recipient fits: the message names someone it is not going to. */
export function misaddressed(draft: Draft, a: Analysis): Addressed[] {
  const people = personRecipients(draft);
  if (people.length === 0) return [];
  const said = addressed(a).people;
  if (said.length === 0) return [];
  const onFile = people.map(recipientTokens);
  return said.filter((p) => !onFile.some((r) => isRecipient(p, r)));
}

/**
 * Others who will read a message addressed to one person: the other recipients (people, or an
 * organisation such as an employer's HR team, not a patient list), and others writing in the thread.
 */
export function alsoReading(draft: Draft, to: Addressed): string[] {
  const others = new Set<string>();
  const people = personRecipients(draft);
  const own = people.find((p) => isRecipient(to, recipientTokens(p)));
  for (const r of draft.recipients) {
    if (r === own || !/\p{L}/u.test(r.name)) continue;
    if (BULK_RECIPIENT.test(r.name) && r.isPatient !== false) continue;
    others.add(r.name.trim());
  }
  for (const m of draft.thread) {
    const author = m.author.trim();
    if (author !== '' && author.toLowerCase() !== 'me' && !isRecipient(to, recipientTokens({ name: author })))
      others.add(author);
  }
  return [...others];
}

/**
 * A first name said to the reader at the very end: "…your bloods were fine too, Patsy!", "…after your op
 * Sophie! x". Only trailing kisses and emoji may follow it.
 */
export function trailingName(a: Analysis): Array<{ start: number; end: number }> {
  const t = a.tokens;
  let i = t.length - 1;
  while (i >= 0 && ((t[i] as Token).kind !== 'word' || /^x+$/i.test((t[i] as Token).raw))) i--;
  const tok = t[i];
  if (!tok || i === 0 || !CAPITALISED.test(tok.raw) || !FIRST_NAMES.has(tok.norm)) return [];
  if (/[.?!]/.test(gap(a, t[i - 1] as Token, tok))) return []; // a sentence of its own ("… Thanks. Sophie")
  return [{ start: tok.start, end: tok.end }];
}
