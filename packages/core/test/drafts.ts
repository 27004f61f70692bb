/**
 * Drafts of any shape for property-based checks of the engine (fast-check): words the rules read (so their
 * paths run) mixed with random Unicode, emoji and punctuation, on every channel and direction. Shared by
 * src/fuzz.test.ts and `npm run fuzz`.
 */
import fc from 'fast-check';
import { CHANNELS, DIRECTIONS, MOODS, PLATFORMS } from '../src/types.js';

const WORDS = [
  'idiot',
  'f*ck',
  's h i t',
  'k1ll',
  'you',
  'Dr Smith',
  'patient',
  'Mrs Jones',
  'bed 4',
  '42F',
  'NHS 943 476 5919',
  'Muslims',
  'migrants',
  'vermin',
  'go back to',
  'India',
  'hope',
  'ill',
  'GMC',
  'report',
  'or else',
  'I will',
  'watch your back',
  'heartsink',
  'lol',
  'nudes',
  'Botox',
  '20% off',
  'code SAVE20',
  '£1,250',
  'cure',
  'vaccines',
  'between us',
  'delete',
  'chest pain',
  'suicide',
  'not',
  "don't",
  'typical',
  'all',
  'may',
  'pay',
  'a visit',
];
const PIECES = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(' ', ' ', '. ', ', ', '!!!', '?', '\n', '😂', '🙄', '@a', "'", '"', '*', '…'),
  },
);
const TEXT = fc.array(PIECES, { maxLength: 60 }).map((parts) => parts.join(''));
export const DRAFT = fc.record({
  text: TEXT,
  channel: fc.constantFrom(...CHANNELS),
  direction: fc.constantFrom(...DIRECTIONS),
  composedAt: fc.constantFrom('2026-11-23T02:14:00+00:00', '2026-06-01T12:00:00+01:00'),
});

const OFFSETS = [0, 60, -300, 330, 600, 765];
/** A time in 2020–2030 as ISO 8601 with one of several offsets (quarter hours included). */
const TIME = fc
  .tuple(fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }), fc.constantFrom(...OFFSETS))
  .map(([ms, offset]) => {
    const local = new Date(ms + offset * 60_000).toISOString().slice(0, 19);
    const sign = offset < 0 ? '-' : '+';
    const a = Math.abs(offset);
    return `${local}${sign}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
  });
/** One piece repeated up to 100,000 characters: the shape that once made patterns quadratic. */
const WALL = fc
  .tuple(PIECES, fc.integer({ min: 50, max: 20_000 }))
  .map(([piece, n]) => piece.repeat(n).slice(0, 100_000));
const NAMES = ['me', 'Sam', 'Dr Patel', 'Mrs Jones', 'the practice manager', ''];

/**
 * Drafts using every field of the contract, for `npm run fuzz`: texts of any length up to the limit (now
 * and then a wall of one piece), threads with times, recipients, an author profile, a mood, attachments,
 * any platform and zone.
 */
const RICH_DRAFT = fc.record(
  {
    text: fc.oneof(
      { weight: 40, arbitrary: TEXT },
      { weight: 2, arbitrary: fc.array(PIECES, { maxLength: 2_000 }).map((parts) => parts.join('')) },
      { weight: 1, arbitrary: WALL },
    ),
    channel: fc.constantFrom(...CHANNELS),
    direction: fc.constantFrom(...DIRECTIONS),
    platform: fc.constantFrom(...PLATFORMS),
    composedAt: TIME,
    timeZone: fc.constantFrom('Europe/London', 'UTC', 'America/New_York', 'Asia/Kolkata', 'Pacific/Chatham'),
    thread: fc.array(
      fc.record({ author: fc.constantFrom(...NAMES), text: TEXT, at: TIME }, { requiredKeys: ['author', 'text'] }),
      { maxLength: 8 },
    ),
    recipients: fc.array(fc.record({ name: fc.constantFrom(...NAMES), isPatient: fc.boolean() }), { maxLength: 3 }),
    author: fc.record(
      {
        name: fc.constantFrom(...NAMES),
        role: fc.constantFrom('GP partner', 'practice nurse', 'registrar'),
        titles: fc.constantFrom(['Dr'], ['Prof', 'Dr'], []),
        specialistRegister: fc.boolean(),
        declaredInterests: fc.constantFrom(['Acme Pharma advisory board'], []),
        practiceNames: fc.constantFrom(['Elm Tree Surgery'], []),
      },
      { requiredKeys: [] },
    ),
    mood: fc.constantFrom(...MOODS),
    attachments: fc.array(
      fc.record(
        {
          kind: fc.constantFrom('image', 'photo', 'screenshot', 'file', 'link'),
          name: fc.constantFrom('IMG_0001.jpg', 'scan.pdf', 'ward-round.png'),
          hasLocation: fc.boolean(),
        },
        { requiredKeys: ['kind'] },
      ),
      { maxLength: 2 },
    ),
  },
  { requiredKeys: ['text'] },
);

/** Mostly RICH_DRAFT; now and then a field of any type, or a text over the limit: refused with a DraftError. */
export const ANY_DRAFT: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  { weight: 50, arbitrary: RICH_DRAFT },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        RICH_DRAFT,
        fc.constantFrom('text', 'channel', 'composedAt', 'timeZone', 'thread', 'recipients', 'author', 'attachments'),
        fc.jsonValue({ maxDepth: 2 }),
      )
      .map(([draft, field, value]) => ({ ...draft, [field]: value })),
  },
  { weight: 1, arbitrary: fc.integer({ min: 100_001, max: 120_000 }).map((n) => ({ text: 'a'.repeat(n) })) },
);
