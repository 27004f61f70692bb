import type { Analysis } from '../../analysis/analyse.js';
import { removeClause } from '../../analysis/meaning/hostile.js';
import type { ActKind } from '../../analysis/meaning/types.js';
import type { ProfanityMatch, SwearStrength } from '../../analysis/profanity.js';
import { defineRule, type RuleHit } from '../../rule.js';
import type { Suggestion } from '../../types.js';

const BAND: Record<SwearStrength, string> = {
  mild: 'mild swearing',
  medium: 'swearing',
  strong: 'strong swearing',
  strongest: 'the strongest kind of swearing',
};
const RANK: Record<SwearStrength, number> = { mild: 0, medium: 1, strong: 2, strongest: 3 };

// Words that, used before another word, only add force ("f***ing brilliant", "bloody idiot"):
// removing them leaves the sentence whole.
const INTENSIFIER_WORDS = new Set(['fuck', 'feck', 'effing', 'frigging', 'sod', 'bloody', 'damn', 'bleeding']);
const ING = /(?:ing|in'?|ed)$/i;
// Interjections that can stand alone at the start of a sentence ("FFS the system…", "Bloody hell.").
const INTERJECTION_WORDS = new Set([
  'fuck',
  'shit',
  'bollocks',
  'damn',
  'bugger',
  'crap',
  'hell',
  'bloody',
  'feck',
  'sod',
  'piss',
]);
const SENTENCE_START = /(?:^|[.!?…]\s+|\n\s*)$/;
const AFTER_INTERJECTION = /^(?:[,.!?…:;-]+(?:\s+|$)|$)/;
const AFTER_ACRONYM = /^[,.!?…:;-]*(?:\s+|$)/;
const ACRONYM_FORM = /^(?:ffs|wtf|wtaf|fml|omfg)$/i;
const NEXT_WORD = /^ +(?=\p{L})/u;
const VOWEL_SOUND = /^(?:[aeio]|u(?!s|ni|r[aeiou])|hour|hon)/i;
const WH_THE = /\b(?:what|who|where|why|how|when) the\s+$/i;

interface Group {
  start: number;
  end: number;
  matches: ProfanityMatch[];
}

/** Adjacent swear words ("bloody hell", "f***ing hell") read as one expletive. */
function group(text: string, matches: readonly ProfanityMatch[]): Group[] {
  const out: Group[] = [];
  for (const m of matches) {
    const last = out[out.length - 1];
    if (last && /^[ \t]+$/.test(text.slice(last.end, m.start))) {
      last.end = m.end;
      last.matches.push(m);
    } else out.push({ start: m.start, end: m.end, matches: [m] });
  }
  return out;
}

function upperFirst(text: string, at: number): string {
  return (text[at] ?? '').toUpperCase();
}

const HOSTILE_LABELS: ReadonlySet<ActKind> = new Set(['insult', 'contempt', 'dehumanise']);

/** A name-calling act the swear word adds force to ("a bloody idiot"), if any. */
function intensifiedInsult(a: Analysis, g: Group) {
  const gap = NEXT_WORD.exec(a.text.slice(g.end));
  if (!gap) return undefined;
  const next = g.end + gap[0].length;
  return a.meaning.acts.find(
    (act) => HOSTILE_LABELS.has(act.kind) && !act.negated && act.start <= next && act.end > next,
  );
}

/** A tidy automatic rewrite where one is safe, otherwise advice on rewording. */
function suggest(a: Analysis, g: Group): Suggestion {
  const text = a.text;
  // Dropping "bloody" from "a bloody idiot" keeps the insult: the rewrite takes the clause out instead.
  const insult = intensifiedInsult(a, g);
  const clause = insult && a.meaning.clauses[insult.clause];
  if (clause) return removeClause(text, clause);
  const written = text.slice(g.start, g.end);
  const startsSentence = SENTENCE_START.test(text.slice(Math.max(0, g.start - 3), g.start));
  const capital = /^\p{Lu}/u.test(written);
  const only = g.matches.length === 1 ? g.matches[0] : undefined;
  // "the f***ing things" → "the things"; "F*cking brilliant" → "Brilliant".
  if (
    only &&
    INTENSIFIER_WORDS.has(only.word) &&
    (only.word !== 'fuck' && only.word !== 'feck' ? true : ING.test(written.replace(/[^\p{L}]+/gu, '')))
  ) {
    const gap = NEXT_WORD.exec(text.slice(g.end));
    if (gap) {
      const next = g.end + gap[0].length;
      if (startsSentence && capital)
        return { kind: 'replace', start: g.start, end: next + 1, text: upperFirst(text, next) };
      // "a bloody idiot" → "an idiot".
      const article = /(?<![\p{L}\p{N}])([Aa]) $/u.exec(text.slice(Math.max(0, g.start - 3), g.start));
      if (article && VOWEL_SOUND.test(text.slice(next, next + 4))) {
        return { kind: 'replace', start: g.start - 2, end: next, text: `${article[1]}n ` };
      }
      return { kind: 'replace', start: g.start, end: next, text: '' };
    }
  }
  // "who the fuck moved" → "who moved".
  const wh = WH_THE.exec(text.slice(Math.max(0, g.start - 12), g.start));
  if (wh) {
    const theStart = g.start - wh[0].length + wh[0].search(/the/i);
    return { kind: 'replace', start: theStart, end: g.end + (text[g.end] === ' ' ? 1 : 0), text: '' };
  }
  // "Bloody hell. 400 jabs" → "400 jabs"; "ffs the update…" → "The update…".
  const acronym = only !== undefined && ACRONYM_FORM.test(written);
  if (startsSentence && (acronym || g.matches.every((m) => INTERJECTION_WORDS.has(m.word)))) {
    const tail = (acronym ? AFTER_ACRONYM : AFTER_INTERJECTION).exec(text.slice(g.end));
    const after = g.end + (tail?.[0].length ?? 0);
    if (tail && (after >= text.length || /[\p{L}\p{N}]/u.test(text[after] ?? ''))) {
      return capital || g.start === 0
        ? { kind: 'replace', start: g.start, end: Math.min(after + 1, text.length), text: upperFirst(text, after) }
        : { kind: 'replace', start: g.start, end: after, text: '' };
    }
  }
  return {
    kind: 'advice',
    text: `Reword without "${written}". A masked form such as "${written[0] ?? ''}***" still reads as swearing, so say what you mean in plain words.`,
  };
}

export default defineRule({
  id: 'content.profanity',
  category: 'content',
  severity: 'caution',
  guidance: 'Content',
  readers: ['patient', 'employer', 'gmc'],
  description: 'Swearing, including disguised forms (f*ck, sh1t, f u c k, look-alike letters).',
  rationale:
    'The Content section of the guidance singles out profanity: written down, swearing comes across as unprofessional whatever ' +
    'the mood behind it, and a post or message can later be produced as evidence about conduct. Patients, an employer or the ' +
    'GMC may read it, so the rule catches swearing however it is disguised (asterisks, digits, spaced letters, look-alike ' +
    'letters) while leaving alone innocent words that happen to contain one (Scunthorpe, assessment, anal fissure).',
  examples: {
    flagged: [
      'F*cking brilliant news: we passed the inspection!',
      'Honestly Dr Rahman is a bloody idiot.',
      'f u c k i n g amazing turnout at the fun run',
      'ffs the system is down again',
    ],
    clean: [
      'Great day teaching trainees in Essex and Sussex about assessment.',
      'Ask about our anal fissure clinic in Scunthorpe.',
      'Dick Whittington is on at the village hall; shiitake risotto afterwards.',
      'It has been a hell of a week.',
    ],
  },
  detect({ analysis }) {
    const text = analysis.text;
    const swears = analysis.profanity.filter((m) => m.kind === 'swear');
    const hits: RuleHit[] = [];
    for (const g of group(text, swears)) {
      const top = g.matches.reduce((a, b) => (RANK[b.strength] > RANK[a.strength] ? b : a));
      const written = text.slice(g.start, g.end);
      const disguised = g.matches.some((m) => m.disguised);
      const confidence = Math.max(...g.matches.map((m) => m.weight));
      const what = `"${written}" is ${BAND[top.strength]}${disguised ? ', even disguised' : ''}.`;
      const why =
        'Patients, your employer and the GMC read swearing in a post or message as unprofessional (guidance: Content).';
      const todo =
        g.matches.length > 1 || INTENSIFIER_WORDS.has(top.word)
          ? 'Reconsider it: the sentence works without it.'
          : 'Reconsider it and say it in plain words.';
      hits.push({
        start: g.start,
        end: g.end,
        message: `${what} ${why} ${todo}`,
        confidence,
        suggestions: [suggest(analysis, g)],
        why: [
          ...g.matches.map((m) => `swear word: ${m.word} (Ofcom 2021: ${m.strength})`),
          ...(disguised ? ['written to get past filters'] : []),
        ],
      });
    }
    return hits;
  },
});
