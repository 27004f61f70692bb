import { ABANDONED_TO, HOLDING_OUT, LIFE_HARMS, PILE_ON_VERBS } from '../../data/taxonomy/acts.js';
import { POSSESSIVES } from '../../data/taxonomy/body.js';
import type { LexiconHit } from '../../text/matcher.js';
import type { Token } from '../../text/tokens.js';
import { composedHit } from './composed.js';
import type { Target } from './types.js';

const SOURCE = 'Acas, bullying and harassment at work (exclusion, ignoring, ganging up on a person)';
/** Words that call on others, at the head of the call ("let's all…", "everyone…", "I say we…"). */
const CALLERS = /^(let's|lets|everyone|everybody|we|y'all|yall|guys|all)$/;
/** How far the verb may come after the call ("everyone just quietly ignore…"). */
const VERB_REACH = 5;
/** How far the person may come after the verb ("ignore every email from Dev"). */
const PERSON_REACH = 6;

/**
 * "Let's all ignore Dev's emails", "I say we all go silent every time she speaks", "everyone report
 * her account": a call on others to freeze out, ignore, report or mock one person; and "let's make
 * her life hell" in any words for a hard life; and a person left to struggle (abandonedAt), tagged
 * "abandon". A call to congratulate, thank or tag someone is not one (the verbs are not verbs of a pile-on).
 */
export function pileOns(
  tokens: readonly Token[],
  /** The target starting at each token (ReadingIndex.startAt). */
  startAt: ReadonlyArray<Target | undefined>,
  sentenceOf: readonly number[],
): LexiconHit[] {
  const out: LexiconHit[] = [];
  const word = (k: number) => tokens[k]?.norm ?? '';
  // The person the call is against: named, or a pronoun for one ("…every time she speaks"); its last token + 1.
  const personEnd = (at: number): number | undefined => {
    for (let k = at + 1; k < tokens.length && k <= at + PERSON_REACH && sentenceOf[k] === sentenceOf[at]; k++) {
      const t = startAt[k];
      if (t && (t.kind === 'person' || t.kind === 'you')) return t.tokenEnd;
    }
    return pronounAfter(tokens, sentenceOf, at);
  };
  for (let i = 0; i < tokens.length; i++) {
    const left = abandonedAt(tokens, startAt, sentenceOf, i);
    if (left !== undefined) {
      out.push(
        composedHit(tokens, i, left, 'act-harass', {
          phrase: 'let her drown',
          tags: ['harass', 'phrase', 'abandon'],
          source: ABANDON_SOURCE,
          note: 'A person left to struggle with help withheld, or watched to see how long they hold out.',
        }),
      );
      i = left - 1;
      continue;
    }
    // "make her life hell", "making his life a misery"
    if (/^(make|making|makes)$/.test(word(i)) && POSSESSIVES.has(word(i + 1)) && word(i + 2) === 'life') {
      const harm = [i + 3, i + 4].find((k) => LIFE_HARMS.has(word(k)));
      if (harm !== undefined) {
        out.push(hit(tokens, i, harm + 1));
        i = harm;
        continue;
      }
    }
    if (!CALLERS.test(word(i))) continue;
    const call = word(i) === 'we' ? /^(say|should|all|just)$/.test(word(i - 1)) || word(i + 1) === 'all' : true;
    if (!call) continue;
    for (let j = i + 1; j < tokens.length && j <= i + VERB_REACH && sentenceOf[j] === sentenceOf[i]; j++) {
      if (!PILE_ON_VERBS.has(word(j))) continue;
      const end = personEnd(j);
      if (end === undefined) break;
      out.push(hit(tokens, i, Math.max(j + 1, end)));
      i = j;
      break;
    }
  }
  return out;
}

function hit(tokens: readonly Token[], from: number, to: number): LexiconHit {
  return composedHit(tokens, from, to, 'act-harass', {
    phrase: "let's all ignore …",
    tags: ['harass', 'phrase', 'pile-on'],
    source: SOURCE,
    note: 'A call on others to freeze out, ignore, report or mock one person, or to make their life hard.',
  });
}

/**
 * "Let her drown", "leave him to stew", "leave her on read", "see how long she lasts" at token i: a person
 * left to struggle with help withheld on purpose, or watched to see how long they hold out; the token after
 * it, or undefined. The person is a pronoun or a recognised person: "let it sink in" and "leave the dough
 * to rest" have neither, and "them" is as often a body ("let them stew, the ICB can wait") as a person.
 */
function abandonedAt(
  tokens: readonly Token[],
  startAt: ReadonlyArray<Target | undefined>,
  sentenceOf: readonly number[],
  i: number,
): number | undefined {
  const word = (k: number) => tokens[k]?.norm ?? '';
  const personAt = (k: number): number | undefined => {
    const t = startAt[k];
    if (t && (t.kind === 'person' || t.kind === 'you')) return t.tokenEnd;
    return /^(him|her|she|he|you|u)$/.test(word(k)) ? k + 1 : undefined;
  };
  const same = (k: number) => sentenceOf[k] === sentenceOf[i];
  if (/^(let|lets|letting|leave|leaving|left)$/.test(word(i))) {
    const after = personAt(i + 1);
    if (after === undefined || !same(after - 1)) return undefined;
    const k = word(after) === 'to' ? after + 1 : after;
    if (ABANDONED_TO.has(word(k)) && same(k)) return k + 1;
    return word(after) === 'on' && word(after + 1) === 'read' ? after + 2 : undefined;
  }
  if (word(i) === 'see' && word(i + 1) === 'how' && word(i + 2) === 'long') {
    const after = personAt(i + 3);
    return after !== undefined && HOLDING_OUT.has(word(after)) && same(after) ? after + 1 : undefined;
  }
  return undefined;
}

const ABANDON_SOURCE = 'Acas, bullying and harassment at work (withholding help, setting someone up to fail)';

/** "…go silent every time she opens her mouth": a singular pronoun after the verb, as the token after it. */
function pronounAfter(tokens: readonly Token[], sentenceOf: readonly number[], at: number): number | undefined {
  for (let k = at + 1; k < tokens.length && k <= at + PERSON_REACH && sentenceOf[k] === sentenceOf[at]; k++)
    if (/^(him|her|she|he|his)$/.test((tokens[k] as Token).norm)) return k + 1;
  return undefined;
}

/** Could the tokens hold a pile-on? A cheap test before a full reading. */
export function mayPileOn(tokens: readonly Token[]): boolean {
  return tokens.some(
    (t) =>
      PILE_ON_VERBS.has(t.norm) ||
      t.norm === 'life' ||
      ABANDONED_TO.has(t.norm) ||
      HOLDING_OUT.has(t.norm) ||
      t.norm === 'read',
  );
}
