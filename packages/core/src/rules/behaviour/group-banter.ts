import { MONTH_NAMES, WEEKDAY_NAMES } from '../../data/taxonomy/calendar.js';
import type { Analysis } from '../../analysis/analyse.js';
import { CRUDE_EMOJI, INNUENDO_EMOJI, LAUGH_EMOJI, SCORN_EMOJI, TEASE_EMOJI } from '../../data/banter.js';
import { CHARACTERISTIC_NAMES, type Characteristic } from '../../data/discrimination.js';
import type { LexiconHit } from '../../text/matcher.js';
import type { Token } from '../../text/tokens.js';
import { nameCalling } from '../../analysis/meaning/hostile.js';
import { defineRule, type RuleHit } from '../../rule.js';
import { matchesOf } from '../../text/prefilter.js';
import { PLATFORM_NAME, type Platform } from '../../types.js';

/**
 * Banter in a group chat: a joke (a laughing marker) carrying something that can offend a member
 * or be used later: name-calling, swearing, sexual or toilet humour, ward slang about patients,
 * a jibe at a named member, or rallying the group against someone.
 */

interface Span {
  start: number;
  end: number;
  what: string;
}

const emojiPattern = (list: readonly string[]) => new RegExp(list.join('|'), 'gu');
const LAUGH_RE = emojiPattern(LAUGH_EMOJI);
const CRUDE_RE = emojiPattern(CRUDE_EMOJI);
const INNUENDO_RE = emojiPattern(INNUENDO_EMOJI);
const TEASE_RE = emojiPattern(TEASE_EMOJI);
const SCORN_RE = emojiPattern(SCORN_EMOJI);

const HEAD = 'behaviour.group-banter';
/** Someone the joke may be about, where no name or role is given. */
const SOMEONE = /\b(?:he|she|him|her|his|he's|she's|whoever|someone|somebody|some people|certain people)\b/i;
/**
 * The learned model reads a jibe no list names ("looks like a thumb with glasses", "bring subtitles")
 * in a group message marked as a joke, a tease or crude humour: its banter head, or its broad
 * "offensive" head (trained on public posts), from this score. On drafts by writers it never saw, and
 * on warm in-jokes, lower scores flagged friendly teasing too.
 */
const LEARNED_FROM = 0.7;

/** Capitalised words that are not people. */
const NOT_NAMES = new Set([
  'i',
  'the',
  'a',
  'an',
  'and',
  'but',
  'so',
  'if',
  'when',
  'who',
  'what',
  'why',
  'how',
  'has',
  'have',
  'had',
  'is',
  'was',
  'anyone',
  'everyone',
  'someone',
  'whoever',
  'our',
  'my',
  'your',
  'this',
  'that',
  'these',
  'those',
  'just',
  'oh',
  'ok',
  'okay',
  ...WEEKDAY_NAMES,
  ...MONTH_NAMES,
  'christmas',
  'easter',
  'lol',
  'haha',
  'omg',
  'let',
  'it',
  'he',
  'she',
  'there',
  'here',
  'where',
  'today',
  'tonight',
  'tomorrow',
  'yesterday',
  'everybody',
  'nobody',
]);
const NAME = /^\p{Lu}\p{Ll}+(?:'s)?$/u;

/**
 * Insult words count only where content.insult finds them aimed at someone: "I'm such a numpty" and
 * "stupid printer" are not name-calling, and the insult rule already tells them apart.
 */
const OFFENCE_LEXICONS: ReadonlyArray<[string, string]> = [
  ['sexual', 'sexual humour'],
  ['patient-slang', 'ward slang about patients'],
  ['discrimination', 'a joke about a protected characteristic'],
  ['hate', 'a joke about a group'],
  ['threat', 'a joke about harm'],
  ['harassment', 'targeting someone'],
];

/** Protected groups (Equality Act 2010 s.4), from the discrimination data; matched only in a laughing group message. */

const PRIORITY = [
  'name-calling',
  'swearing',
  'sexual',
  'crude',
  'ward slang',
  'a jibe about looks',
  'a jibe',
  'rallying',
  'a joke about',
  'toilet',
  'targeting',
];

/** Lexicons mark context-only entries with a low weight (e.g. "surgery" as clinical context); only real cues count. */
const strong = (h: LexiconHit) => (h.entry.weight ?? 1) >= 0.5;

function emoji(text: string, re: RegExp, what: string): Span[] {
  re.lastIndex = 0;
  return [...matchesOf(re, text)].slice(0, 20).map((m) => ({ start: m.index, end: m.index + m[0].length, what }));
}

/** People in a sentence: you, Dr X, @handle, a role, or a capitalised first name ("Raj's", "Tom"). */
function peopleIn(a: Analysis, start: number, end: number): Span[] {
  const inside = (s: { start: number; end: number }) => s.start >= start && s.end <= end;
  const out: Span[] = [];
  for (const p of a.targets.namedPeople) if (inside(p)) out.push({ start: p.start, end: p.end, what: p.name });
  for (const r of a.targets.roles)
    if (inside(r) && !r.entry.tags?.includes('group')) out.push({ start: r.start, end: r.end, what: 'role' });
  for (const t of a.targets.secondPerson) if (inside(t)) out.push({ start: t.start, end: t.end, what: 'you' });
  let first = true;
  for (const t of a.tokens as readonly Token[]) {
    if (t.start < start) continue;
    if (t.end > end) break;
    const name = NAME.test(t.raw) && !NOT_NAMES.has(t.norm.replace(/'s$/, ''));
    if (name && (!first || t.raw.endsWith("'s")))
      out.push({ start: t.start, end: t.end, what: t.raw.replace(/'s$/, '') });
    first = false;
  }
  return out;
}

function offences(a: Analysis, laughing: boolean, calling: ReadonlyArray<{ start: number; end: number }>): Span[] {
  const text = a.text;
  const out: Span[] = [];
  for (const h of a.hits('insult')) {
    if (!strong(h)) continue;
    // A label aimed at someone, as the meaning layer reads it, or said in a sentence about a named member or a role.
    const s = a.sentences[a.sentenceAt(h.start)];
    // "I'm such a muppet": a label the author gives themselves.
    const self = a.tokens
      .slice(Math.max(0, h.tokenStart - 3), h.tokenStart)
      .some((t) => t.norm === "i'm" || t.norm === 'im' || t.norm === 'me' || t.norm === 'myself');
    const aimed =
      !self &&
      (calling.some((c) => h.start < c.end && h.end > c.start) ||
        (s !== undefined && peopleIn(a, s.start, s.end).some((p) => p.end <= h.start || p.start >= h.end)));
    if (aimed) out.push({ start: h.start, end: h.end, what: 'name-calling' });
  }
  for (const [id, what] of OFFENCE_LEXICONS)
    for (const h of a.hits(id)) if (strong(h)) out.push({ start: h.start, end: h.end, what });
  for (const p of a.profanity) out.push({ start: p.start, end: p.end, what: 'swearing' });
  for (const h of a.hits('banter')) {
    const tag = h.entry.tags?.[0];
    if (tag === 'crude') out.push({ start: h.start, end: h.end, what: 'crude humour' });
    else if (tag === 'innuendo') out.push({ start: h.start, end: h.end, what: 'sexual innuendo' });
    else if (tag === 'violence') out.push({ start: h.start, end: h.end, what: 'a joke about violence' });
    else if (tag === 'looks') out.push({ start: h.start, end: h.end, what: 'a jibe about looks' });
  }
  out.push(...emoji(text, CRUDE_RE, 'toilet humour'), ...emoji(text, INNUENDO_RE, 'sexual innuendo'));
  // A joke that turns on a protected characteristic ("he'll only be at the mosque 😂"): the group words are
  // neutral alone, so they count only here, beside a laugh.
  if (laughing) {
    for (const h of a.hits('protected-group')) {
      if (!strong(h)) continue;
      const trait = h.entry.tags?.find((t) => t in CHARACTERISTIC_NAMES) as Characteristic | undefined;
      out.push({
        start: h.start,
        end: h.end,
        what: `a joke about ${trait ? CHARACTERISTIC_NAMES[trait] : 'a protected group'}`,
      });
    }
  }
  // A jibe at a member ("Raj's driving is so bad"), or rallying the group against one ("let's all … until she gets the message").
  const digs = a
    .hits('banter')
    .filter((h: LexiconHit) => h.entry.tags?.[0] === 'dig' || h.entry.tags?.[0] === 'pile-on');
  for (const d of digs) {
    const s = a.sentences[a.sentenceAt(d.start)];
    if (!s) continue;
    const person = peopleIn(a, s.start, s.end).sort((x, y) => x.start - y.start)[0];
    if (!person) continue;
    const pile = d.entry.tags?.[0] === 'pile-on';
    out.push({
      start: Math.min(person.start, d.start),
      end: Math.max(person.end, d.end),
      what: pile ? `rallying the group against ${person.what}` : `a jibe at ${person.what}`,
    });
  }
  // The most telling offence first (swearing, name-calling, sexual or crude humour…), then text order.
  const rank = (o: Span) => {
    const i = PRIORITY.findIndex((p) => o.what.startsWith(p));
    return i === -1 ? PRIORITY.length : i;
  };
  return out.sort((x, y) => rank(x) - rank(y) || x.start - y.start || y.end - x.end);
}

function jokes(a: Analysis): Span[] {
  const out: Span[] = a
    .hits('banter')
    .filter((h) => h.entry.tags?.[0] === 'laugh')
    .map((h) => ({ start: h.start, end: h.end, what: 'laugh' }));
  out.push(...emoji(a.text, LAUGH_RE, 'laugh'), ...emoji(a.text, INNUENDO_RE, 'innuendo'));
  // A skull or a secret marks a jibe as surely as a laugh: "💀", "don't screenshot this but…", "between us".
  out.push(...emoji(a.text, SCORN_RE, 'scorn'));
  for (const h of a.hits('privacy')) {
    const tag = h.entry.tags?.[0];
    if (tag === 'confidence' || tag === 'deletion' || tag === 'capture')
      out.push({ start: h.start, end: h.end, what: 'secret' });
  }
  return out;
}

export default defineRule({
  id: 'behaviour.group-banter',
  category: 'behaviour',
  severity: 'caution',
  guidance: 'Avoiding the pitfalls of social media use',
  readers: ['colleague', 'employer', 'gmc'],
  description: 'Jokey insults or crude humour in a group chat.',
  rationale:
    'The guidance singles out unguarded banter in group chats of friends and colleagues ("Avoiding the pitfalls of social media use"), ' +
    'and notes that a jokey "idiot" that would be harmless face to face loses its tone in writing and can offend another member ("Content"). ' +
    'Such messages are easily screenshotted and can be produced against the author after a falling-out. Pause flags a joke in a group chat ' +
    'that carries name-calling, swearing, sexual or toilet humour, slang about patients, or a jibe at a member of the group.',
  examples: {
    flagged: [
      {
        text: 'Tom you absolute numpty, you left the fridge open again 😂',
        channel: 'group-chat',
        platform: 'whatsapp',
      },
      { text: "Kev's parking is so bad he should lose his badge lol", channel: 'group-chat', platform: 'whatsapp' },
    ],
    clean: [
      { text: "Who's bringing cake on Friday? 😂", channel: 'group-chat', platform: 'whatsapp' },
      { text: 'Tom you absolute numpty 😂', channel: 'public-post' },
      { text: 'Running 10 minutes late, sorry all!', channel: 'group-chat', platform: 'teams' },
    ],
  },
  detect(context) {
    const { draft, analysis } = context;
    if (draft.channel !== 'group-chat') return [];
    const joke = jokes(analysis);
    // The learned reading counts a laugh or a tease as its marker, not scorn or a secret alone.
    const laughs = joke.filter((j) => j.what !== 'scorn' && j.what !== 'secret');
    if (joke.length === 0) return learned(analysis, draft.platform, laughs);
    // The joke marker and the offence must be different things ("🍑" alone is just a peach).
    const laughing = joke.some((j) => j.what === 'laugh');
    // Name-calling, as the meaning layer reads it: a label aimed at someone other than the author.
    const calling = analysis.meaning.acts.filter((x) => x.kind === 'insult' && nameCalling(x, analysis.tokens));
    // A skull or a secret ("💀", "don't screenshot this") marks only a jibe at a member or a name called;
    // beside ward slang or a slur it is disdain, which the content rules report.
    const marked = laughs.length > 0;
    const found = offences(analysis, laughing, calling).filter(
      (o) =>
        joke.some((j) => j.start !== o.start || j.end !== o.end) &&
        (marked || o.what === 'name-calling' || o.what.startsWith('a jibe')),
    );
    const lead = found[0];
    if (!lead) return learned(analysis, draft.platform, laughs);
    // Join offences right beside the lead one ("bum" + "in those trousers").
    const first = { ...lead };
    for (let grown = true; grown; ) {
      grown = false;
      for (const o of found) {
        const gap =
          o.start >= first.end
            ? draft.text.slice(first.end, o.start)
            : o.end <= first.start
              ? draft.text.slice(o.end, first.start)
              : null;
        if (gap !== null && gap.length <= 1 && /^\s*$/.test(gap)) {
          first.start = Math.min(first.start, o.start);
          first.end = Math.max(first.end, o.end);
          grown = true;
        }
      }
    }
    const kinds = [...new Set(found.map((o) => o.what))];
    const excerpt = draft.text.slice(first.start, first.end);
    const where = groupName(draft.platform);
    return [
      {
        start: first.start,
        end: first.end,
        message:
          `'${excerpt}' is ${first.what} offered as a joke in a${where}. Tone is lost in writing, another member may be offended, ` +
          'and the guidance warns that group-chat banter can be screenshotted and used against you after a falling-out. ' +
          'Reconsider posting it: leave that part out, or say it in person if it needs saying at all.',
        confidence: Math.min(0.95, 0.7 + 0.05 * (kinds.length - 1) + 0.05 * Math.min(2, joke.length - 1)),
        suggestions: [
          {
            kind: 'advice',
            text: 'Keep the message to what you would be happy for every member, your employer or the GMC to read; share the joke in person instead.',
          },
        ],
        why: [
          ...kinds,
          `joke marker: ${joke
            .map((j) => draft.text.slice(j.start, j.end))
            .slice(0, 3)
            .join(' ')}`,
          'group chat',
        ],
      },
    ];
  },
});

/** A joke (or a tease, or crude humour) the model reads as banter that can offend, where no list did. */
function learned(a: Analysis, platform: Platform | undefined, joke: readonly Span[]): RuleHit[] {
  const crude = emoji(a.text, CRUDE_RE, 'crude');
  const marks = [...joke, ...emoji(a.text, TEASE_RE, 'tease'), ...crude];
  if (marks.length === 0) return [];
  // A jibe is about someone (a member, a role, "whoever did this"); a joke about the printer is not.
  const someone = peopleIn(a, 0, a.text.length).length > 0 || SOMEONE.test(a.text);
  if (!someone && crude.length === 0) return [];
  const banter = a.model.p(HEAD);
  const offensive = a.model.p('offensive');
  const p = Math.max(banter, offensive);
  if (p < LEARNED_FROM) return [];
  const s = a.model.strongestSentence(banter >= offensive ? HEAD : 'offensive');
  if (!s) return [];
  const excerpt = a.text.slice(s.start, s.end).trim();
  const where = groupName(platform);
  return [
    {
      start: s.start,
      end: s.start + a.text.slice(s.start, s.end).trimEnd().length,
      message:
        `'${excerpt}' reads as a jibe or crude joke offered to a${where}. Tone is lost in writing, the person it is about (or another member) may be hurt, ` +
        'and the guidance warns that group-chat banter can be screenshotted and used against you after a falling-out. ' +
        'Reconsider posting it: leave that part out, or say it in person if it needs saying at all.',
      confidence: Number(Math.min(0.85, 0.55 + (p - LEARNED_FROM) / 2).toFixed(3)),
      suggestions: [
        {
          kind: 'advice',
          text: 'Keep the message to what you would be happy for every member, your employer or the GMC to read; share the joke in person instead.',
        },
      ],
      why: [
        `learned model: ${p.toFixed(2)}`,
        `joke marker: ${marks
          .map((j) => a.text.slice(j.start, j.end))
          .slice(0, 3)
          .join(' ')}`,
        'group chat',
      ],
    },
  ];
}

/** " WhatsApp group", or " group chat" where the platform is not known. */
function groupName(platform: Platform | undefined): string {
  return platform && platform !== 'other' ? ` ${PLATFORM_NAME[platform]} group` : ' group chat';
}
