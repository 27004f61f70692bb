import { defineLexicon, many } from '../text/lexicon.js';

/**
 * Fear, false urgency and pressure in health promotion. "Only 3 slots left" is matched
 * structurally in rules/promotion/exploits-vulnerability.ts; "it could be cancer" joins "could be"
 * to a condition from the clinical lexicon.
 *
 * Tags:
 *   fear     frightening the reader about their health ("before it's too late", "don't risk a heart attack")
 *   urgency  a deadline or scarcity ("offer ends tonight", "limited spaces")
 *   worry    speaking to someone already worried ("worried you've got…", "memory slipping?")
 *   shame    shaming the reader about their body or health ("ashamed of your…")
 * Urgency alone (a seasonal deadline on a cosmetic offer) is ordinary selling; the rule fires on fear
 * or shame, or urgency aimed at the worried.
 */

const CAP4 =
  'CAP Code rule 4.2 (no causing fear or distress without good reason); GMC "Good medical practice" (2024): not exploiting vulnerability';
const CPR =
  'Consumer Protection from Unfair Trading Regulations 2008, Sch. 1 para 7 (false "limited time" claims), now DMCC Act 2024 Sch. 20; CAP Code 3.31 (urgency)';
const ASA = 'ASA rulings on health-screening and cosmetic adverts that play on anxiety or body image';

export default defineLexicon({
  id: 'pressure',
  description: 'Fear, false urgency and pressure in promotion.',
  entries: [
    ...many(
      [
        'too late',
        "before it's too late",
        'before it is too late',
        'find out too late',
        "don't leave it too late",
        "don't leave it",
        "don't wait until",
        "don't wait till",
        "don't wait months",
        "don't wait for",
        'every day you wait',
        'every day you delay',
        'while you wait',
        'could turn deadly',
        'could be deadly',
        'could be fatal',
        'could kill you',
        'could cost you your life',
        'putting your life at risk',
        'your life at risk',
        'risking your life',
        "don't risk",
        "don't gamble with",
        'can you afford to wait',
        "can't afford to wait",
        "don't suffer",
        'suffer another day',
        'suffer in silence',
        'before it spreads',
        'before it gets worse',
        'silent killer',
        'ticking time bomb',
        'time bomb',
        'falls off a cliff',
        'what if it is cancer',
        "what if it's cancer",
        'would you rather',
        'one in two of us',
        'one in two people',
      ],
      ['fear'],
      CAP4,
      'Frightens the reader about their health to make the sale.',
    ),
    ...many(
      [
        'limited spaces',
        'limited space',
        'limited slots',
        'limited places',
        'limited availability',
        'limited appointments',
        'offer ends',
        'ends tonight',
        'ends today',
        'ends at midnight',
        'ends soon',
        'ending soon',
        'last chance',
        'last few',
        'prices go up',
        'prices rise',
        'prices increase',
        'price goes up',
        'this month only',
        'this week only',
        'today only',
        'this weekend only',
        'book before',
        'hurry',
        'while stocks last',
        "don't miss out",
        'act now',
        'act fast',
        'selling fast',
        'almost gone',
        'almost fully booked',
        'going fast',
        'few spaces left',
        'spaces left',
        'slots left',
        'places left',
        'appointments left',
        'kits left',
      ],
      ['urgency'],
      CPR,
      'A deadline or scarcity that hurries the reader.',
    ),
    ...many(
      [
        'worried you have',
        "worried you've got",
        'worried you might have',
        'worried about',
        'worried that',
        'scared you have',
        'memory slipping',
        'could it be',
        'is it cancer',
        'concerned about',
        'anxious about',
        'peace of mind',
        'feeling low',
        'feeling anxious',
        'feeling down',
        'struggling with',
        'suffering with',
        'suffering from',
        "can't sleep",
        'tired all the time',
        'living with pain',
        'in pain',
      ],
      ['worry'],
      ASA,
      'Speaks to a reader who is already worried about their health.',
      0.8,
    ),
    ...many(
      [
        'ashamed of',
        'embarrassed by',
        'embarrassed about',
        'hate your',
        'self conscious about',
        'sick of your',
        'ugly',
        'let yourself go',
        'no one will notice you',
        'nobody will want',
      ],
      ['shame'],
      ASA,
      'Shames the reader about their body or health to make the sale.',
    ),
  ],
});
