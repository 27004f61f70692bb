import { wordSet } from '../text/lexicon.js';

/**
 * Word classes for a request for an opinion said in a few words, the way clinicians end a post in a
 * group: "Thoughts?", "Any ideas anyone?", "Views pls", "Admit or repeat??". analysis/opinion-request.ts
 * reads the structure (a short fragment made only of these words, or two clinical actions set against
 * each other in a question); the phrase forms ("what would you do", "anyone seen this") are entries of
 * the advice-request lexicon.
 *
 * Source: Pause editorial, from how UK GPs word requests to colleagues in WhatsApp groups, GP forums and
 * Facebook groups (common usage, with common misspellings and texting forms).
 */
export const OPINION_SOURCE = 'Pause editorial: how UK clinicians ask peers for an opinion in groups (common usage)';

/** Nouns that name an opinion being asked for. */
export const OPINION_NOUNS: ReadonlySet<string> = wordSet(`
  thoughts, thought, thots, thoughs, thougts, thouhgts, toughts, ideas, idea, views, opinions, opinion, input, suggestions,
  advice, wisdom, insight, insights, ddx, differentials, reckons
`);

/** Words that may stand around the noun in such a fragment without making it about something else. */
export const OPINION_FILLERS: ReadonlySet<string> = wordSet(`
  any, anyone, any1, anybody, all, guys, folks, peeps, team, everyone, people, please, pls, plz, plse, welcome, appreciated,
  gratefully, received, much, thanks, thx, ta, from, the, group, hive, mind, you, u, ya, lot, here, x, xx, your, ur, most,
  very, greatly, really, would, be, great, kindly, hivemind, fam, docs, colleagues, lovely, people's, everyone's, other,
  others, wise, ones, on, this, one
`);

/**
 * Clinical actions set against each other in a question ("admit or repeat?", "send in or recheck?",
 * "refer or watch and wait?"): a decision about one patient.
 */
export const CLINICAL_ACTIONS: ReadonlySet<string> = wordSet(`
  admit, refer, repeat, recheck, wait, watch, treat, stop, continue, scan, send, observe, discharge, investigate, start,
  increase, reduce, switch, leave, biopsy, review, rebook, re-refer, urgent, routine, 2ww, anticoagulate, ignore, image,
  swab, culture, xray, x-ray, ct, mri, uss, ultrasound, cxr, ecg, bloods, antibiotics, abx, steroids, safety-net,
  safetynet, expedite, chase, hold, restart, withhold, titrate, monitor
`);

/** How many words the short fragment may have ("Thoughts anyone please?" has three). */
export const FRAGMENT_WORDS = 5;

/**
 * Words that open a question when the question mark is left off, as it often is in a quick message:
 * "does it need 2ww or am I being jumpy", "should he be driving". Only read at the start of a sentence.
 */
export const QUESTION_OPENERS: ReadonlySet<string> = wordSet(`
  do, does, did, should, shud, would, could, can, is, are, was, were, will, what, whats, what's, how, which, where, when,
  why, any, anyone, any1, anybody, shall, must, might, has, have, reckon
`);

/**
 * Self-doubt put to the reader at the end of a case ("…or am I overcalling", "…or is that overkill",
 * "…or not"): a question whatever the punctuation.
 */
export const DOUBT_TAILS: ReadonlySet<string> = wordSet('am, is, not, nah, no');
