/**
 * Drafts of any shape for property-based checks of the engine (fast-check): words the rules read (so their
 * paths run) mixed with random Unicode, emoji and punctuation, on every channel and direction. Shared by
 * src/fuzz.test.ts and `npm run fuzz`.
 */
import fc from 'fast-check';
import { CHANNELS, DIRECTIONS } from '../src/types.js';

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
