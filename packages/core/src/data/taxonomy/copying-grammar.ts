import { wordSet } from '../../text/lexicon.js';

/**
 * The closed word classes the reproduction reader (analysis/reproduction.ts) reads copying cues with.
 * Sources: the closed classes of English grammar (Quirk et al. 1985) for negators and possessives;
 * Pause editorial for the email sense of "copy" ("copied you in") and the words that own a work.
 */

/** Words that deny a copying cue a few words after them ("I won't paste it", "without copying"). */
export const COPY_NEGATORS = wordSet(`not, never, no, won't, wont, can't, cant, cannot, don't, dont, didn't, didnt,
  shouldn't, mustn't, without, instead`);
/** "copied you in", "copied to the partners": copying people into an email, not copying a work. */
export const CC_OBJECTS = wordSet('you, him, her, them, me, us, in, everyone, all, to');
/** What "copy it" or "paste the" may take that is not a work ("paste the link", "copy the template"). */
export const NOT_WORKS = wordSet(`link, links, url, urls, address, addresses, email, emails, minutes, form, forms,
  template, templates, code, codes, text`);
/** Pronoun objects after a copying verb that may stand for a form or a link ("copy it into the notes"). */
export const COPY_POINTERS = wordSet('it, this, the');
/** Owners before a kind of work that make it someone else's ("his reel", "Dr Karan's TikTok"). */
export const OTHER_OWNERS = wordSet('his, her, their');
/** Words ending in "'s" that are not owners ("today's article", "it's", "that's"). */
export const NOT_OWNERS = wordSet(`it's, that's, there's, what's, who's, he's, she's, let's, here's, today's,
  yesterday's, tomorrow's, tonight's, week's, month's, year's, day's, morning's, evening's, weekend's, sunday's,
  saturday's, monday's, tuesday's, wednesday's, thursday's, friday's, everyone's, nobody's, one's, someone's,
  somebody's`);
/** Verbs that pass a copy of one's own work on ("reposting my video"): the author's own, not a copy. */
export const OWN_OBJECTS = wordSet('my, our, mine, ours');
