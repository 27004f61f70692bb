import { CRUDE_EMOJI, LAUGH_EMOJI } from '../../data/banter.js';
import { GENDER_WORDS, IDENTITY_CONTEXT, IDENTITY_TROPES } from '../../data/taxonomy/acts.js';
import { JOKE_WORDS } from '../../data/taxonomy/grammar.js';
import type { LexiconHit } from '../../text/matcher.js';
import { Phrases, type TokenSpan } from '../../text/phrases.js';
import type { Token } from '../../text/tokens.js';

/*
 * Hostility to trans, non-binary, gay and lesbian people in its usual tropes (an identity denied or called an
 * illness, a danger to children, a same-sex family called lacking), and a gender mocked in scare quotes ("a
 * 'she' with a beard"). A trope counts only in a draft about trans or gay people: a group named by gender
 * identity or sexual orientation, or words such as "pronouns" or "two dads". A gender word in quotes counts
 * only beside a trope or laughter ("had a 'she' in clinic 😂"): "a patient asked to be called 'they'" is not.
 */

export type IdentityCharacteristic = 'gender-reassignment' | 'sexual-orientation';

export interface IdentityHostility extends TokenSpan {
  readonly characteristic: IdentityCharacteristic;
  readonly cue: 'trope' | 'misgendering';
}

const TROPES = new Phrases(IDENTITY_TROPES);
const CONTEXT = new Phrases(IDENTITY_CONTEXT.map((c) => c.words));
const CONTEXT_CHARACTERISTIC = new Map(IDENTITY_CONTEXT.map((c) => [c.words, c.characteristic]));
const GENDER = new Phrases(GENDER_WORDS);
/** Laughter at someone: laughing emoji, a skull, a clown or an eye-roll. */
const MOCKING = new RegExp([...LAUGH_EMOJI, ...CRUDE_EMOJI, '💀', '🤡', '🙄'].join('|'), 'u');

const IDENTITY_GROUPS: ReadonlySet<string> = new Set<IdentityCharacteristic>([
  'gender-reassignment',
  'sexual-orientation',
]);

/** Whom the draft is about, if trans or gay people: gender identity wins where both are named. */
function subject(tokens: readonly Token[], groups: readonly LexiconHit[]): IdentityCharacteristic | undefined {
  const found = new Set<string>();
  for (const h of groups) {
    const c = h.entry.tags?.[0];
    if (c !== undefined && IDENTITY_GROUPS.has(c)) found.add(c);
  }
  for (const s of CONTEXT.spans(tokens)) found.add(CONTEXT_CHARACTERISTIC.get(s.phrase) as string);
  if (found.has('gender-reassignment')) return 'gender-reassignment';
  return found.has('sexual-orientation') ? 'sexual-orientation' : undefined;
}

/**
 * The tropes and mocking quotes of a text about trans or gay people. `groups` are the text's group-lexicon
 * hits; `quoted` its quotations as [open mark, close mark] offsets.
 */
export function identityHostility(
  text: string,
  tokens: readonly Token[],
  groups: readonly LexiconHit[],
  quoted: ReadonlyArray<readonly [number, number]>,
): IdentityHostility[] {
  const tropes = TROPES.spans(tokens);
  const mocking = MOCKING.test(text) || tokens.some((t) => JOKE_WORDS.has(t.norm));
  if (tropes.length === 0 && (quoted.length === 0 || !mocking)) return [];
  // A scare-quoted gender word mocks the person it is said of: "a 'she' with a beard", "her 'husband'".
  const quotes: TokenSpan[] = [];
  // Quotations come in text order: one walk over the tokens serves them all.
  let k = 0;
  for (const [open, close] of quoted) {
    while (k < tokens.length && (tokens[k] as Token).start <= open) k++;
    let n = 0;
    while (n <= 2 && k + n < tokens.length && (tokens[k + n] as Token).end <= close) n++;
    if (n === 0 || n > 2 || GENDER.at(tokens, k) !== n) continue;
    const first = tokens[k] as Token;
    const last = tokens[k + n - 1] as Token;
    quotes.push({ start: first.start, end: last.end, tokenStart: k, tokenEnd: k + n });
  }
  const about = subject(tokens, groups) ?? (quotes.length ? 'gender-reassignment' : undefined);
  if (about === undefined) return [];
  return [
    ...tropes.map((s) => ({ ...s, characteristic: about, cue: 'trope' as const })),
    ...quotes.map((s) => ({ ...s, characteristic: about, cue: 'misgendering' as const })),
  ];
}
