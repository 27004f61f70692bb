import { defineLexicon, many } from '../text/lexicon.js';

/**
 * Absolutes and sweeping words. Said in anger they turn one incident into a charge sheet ("you
 * ALWAYS do this", "nobody ever listens", "every single time"), which is why the analysis counts
 * them as a sign of intensity. Each is common in calm writing too ("always wash your hands"), so a
 * rule treats them as a light cue that only adds to others.
 *
 * Tags: `sweeping` (always/never/nobody…), `repetition` (again and again…), `intensifier` (utterly…).
 */

const CBT =
  'Beck, "Cognitive Therapy of Depression" (1979): all-or-nothing thinking; Burns, "Feeling Good" (1980): overgeneralisation';
const UK = 'common UK usage';

export default defineLexicon({
  id: 'absolute',
  description: 'Absolutes and exasperation that raise the temperature (always, never, sick of).',
  entries: [
    ...many(
      [
        'always',
        'never',
        'nobody',
        'no one',
        'noone',
        'everyone',
        'everybody',
        'everything',
        'nothing',
        'constantly',
        'forever',
        'all the time',
        'not once',
        'not one',
        'not a single',
        'every single',
        'each and every',
        'every time',
        'without fail',
        'never ever',
        'ever again',
        'nobody ever',
        'no one ever',
        'nothing ever',
      ],
      'sweeping',
      CBT,
      'Overgeneralisation: a sweeping word that, in anger, turns one event into a pattern.',
      0.3,
    ),
    ...many(
      ['once again', 'yet again', 'again and again', 'over and over', 'time after time', 'time and time again'],
      'repetition',
      UK,
      'Repetition: the "not again" of exasperation; innocent on its own.',
      0.2,
    ),
    ...many(
      ['absolutely', 'utterly', 'totally', 'completely', 'literally', 'sick to death', 'sick to the back teeth'],
      'intensifier',
      UK,
      'An intensifier that raises the volume of whatever follows it.',
      0.2,
    ),
  ],
});
