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

/*
 * The shapes behind the listed copying phrases, read by analysis/reproduction.ts in any inflection
 * (source: the acts the CDPA 1988 restricts, s.16-21: copying, issuing, communicating to the public;
 * the platforms and places people say they found a work, from Pause's blind-set reviews of how
 * health professionals describe re-posting).
 */

/** Stems of verbs that make a copy: "copying", "re-uploaded", "screenshotted", "ripped", "nicked". */
export const COPY_STEMS = [
  'copy',
  'copie',
  'copyi',
  'paste',
  'pasti',
  'repost',
  'reupload',
  'download',
  'ripp',
  'nick',
  'lift',
  'borrow',
  'pinch',
  'stole',
  'steal',
  'screenshot',
  'screengrab',
  'transcrib',
  'scann',
  'photocop',
  'screen record',
  'yoink',
];
/** Objects that stand for the material itself ("nicked this", "saved them all"). */
export const COPY_DEICTICS = wordSet('this, these, them, it, those, that');
/** Objects of those verbs that are not a work ("grabbed a coffee", "saved a life", "lifted the mood"). */
export const NOT_COPIED =
  wordSet(`show, coffee, tea, lunch, life, lives, lift, mood, weight, weights, money, time, seat,
  spot, place, date, day, bus, train, chance, ban, restrictions, heart, breath, run`);
/** Where a found work came from: the platforms and pages people lift from. */
export const FOUND_PLACES = [
  'google',
  'google images',
  'pinterest',
  'flickr',
  'instagram',
  'insta',
  'tiktok',
  'youtube',
  'facebook',
  'twitter',
  'reddit',
  'deviantart',
  'patreon',
  'spotify',
  'netflix',
  'shutterstock',
  'getty',
  'unsplash',
  'the internet',
];
/** The pages of someone else: "from a travel blog", "off a photographer's feed". */
export const OTHERS_PAGES = [
  'blog',
  'site',
  'website',
  'account',
  'feed',
  'page',
  'channel',
  'insta',
  'instagram',
  'tiktok',
  'patreon',
  'stream',
  'module',
  'course',
  'special',
  'album',
  'story',
  'thread',
  'grid',
  'profile',
];
/** What a credit is carried by: "cropped their name out", "blurred the watermark". */
export const CREDIT_MARKS = [
  'name',
  'names',
  'watermark',
  'watermarks',
  'signature',
  'credit',
  'logo',
  'handle',
  'tag',
];
