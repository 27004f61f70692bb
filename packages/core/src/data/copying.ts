import { defineLexicon, type LexiconEntry, many } from '../text/lexicon.js';

/**
 * Signs that a draft reproduces someone else's material wholesale rather than quoting or linking.
 *
 * A hit is a cue, not a finding: content.copyright adds the cues up and fires only when they
 * together say "this is someone else's work, reproduced in full" (see the rule for the weights).
 *
 * Tags:
 *   reproduce  the author copied, pasted, scanned, typed out or screenshotted the material
 *   whole      the whole work, not an extract ("the full article", "in full", "the whole of chapter 3")
 *   whole-adj  "full", "whole", "entire": counts as `whole` when a kind of work follows within a few words
 *              ("the full Daily Courier article")
 *   paywall    the material is sold or restricted ("paywalled", "members-only area")
 *   not-mine   the author says it is someone else's and has no permission ("not my image", "found it on
 *              Instagram", "hope she doesn't mind")
 *   below      the material follows in the draft ("below", "[full article follows]")
 *   verse      (with whole) the words of a song or a poem, which are the whole work
 *   work       a kind of work protected by copyright (article, chapter, infographic, photo, lyrics)
 */

const CDPA = 'Copyright, Designs and Patents Act 1988 s.16 (acts restricted by copyright) and s.17 (copying)';
const CDPA_FAIR = 'Copyright, Designs and Patents Act 1988 s.30 (quotation, criticism and review need a sufficient acknowledgement and no more than is required)';
const IPO = "UK Intellectual Property Office, 'Exceptions to copyright' guidance (2014, updated)";
const CDPA_WORKS = 'Copyright, Designs and Patents Act 1988 s.1 and s.3-4 (literary, dramatic, musical and artistic works)';
const UK = 'common UK usage';

export default defineLexicon({
  id: 'copying',
  description: 'Signs of reproduced material (copied from, full article, via, credit).',
  entries: [
    ...many([
      'copied from', 'copied below', 'copied it', 'copied this', 'copied the', 'copied and pasted', 'copy and pasted',
      'copy pasted', 'copypasted', 'copy paste', 'copy and paste', 'pasting the', 'pasting it', 'pasting this', 'pasted below',
      'pasted the', 'pasted it', 'pasted in', "i've pasted", 'reproduced', 'reproducing', 'typed out', 'typed up the',
      'scanned the pages', 'scanned in', 'scanned it', 'scanned pages', 'photocopied', 'screenshotted', 'screenshot of their',
      'screenshot of his', 'screenshot of her', 'screenshot from', 'screenshotted it', 'screen grabbed', 'screengrab from',
      'ripped from', 'lifted from', 'pinched from', 'nicked from', 'pinched this', 'nicked this', 'stole this from', 'stolen from',
      'stole it from', 'copied it out', 'copied out', 'saved it from',
      'downloaded it from', 'uploaded the whole', 'pdf of the whole',
    ], ['reproduce'], CDPA, 'The author says they copied the material, rather than quoting a little of it or linking to it.'),
    ...many([
      'full article', 'full text', 'full column', 'full piece', 'full editorial', 'full chapter', 'full paper', 'full report',
      'full story', 'whole article', 'whole thing', 'whole piece', 'whole chapter', 'whole book',
      'whole paper', 'whole column', 'whole editorial', 'whole of', 'every word', 'in full',
      'in its entirety', 'entire article', 'entire chapter', 'entire book', 'entire paper', 'word for word', 'verbatim',
      'cover to cover', 'all the words',
    ], ['whole'], CDPA_FAIR, 'The whole work rather than an extract: more than quotation for comment allows.'),
    ...many(['full lyrics', 'all the lyrics', 'lyrics to', 'lyrics of', 'full poem', 'whole poem', 'entire poem', 'every verse',
      'all the verses', 'whole song'],
    ['whole', 'verse'], CDPA_WORKS, 'A song or poem is short: reproducing it is reproducing the whole work.'),
    ...many(['full', 'whole', 'entire', 'complete'], ['whole-adj'], CDPA_FAIR,
      'Counts as the whole work only when a kind of work follows ("the full Daily Courier article").'),
    ...many([
      'paywall', 'paywalled', 'pay wall', 'behind a paywall', 'subscription only', 'subscribers only', 'members only',
      'members area', 'member only', 'login required', "can't get access", 'cannot get access', "don't have access",
      'without paying', 'without a subscription', 'need a subscription', "don't have to pay", "don't need to pay",
      "so you don't have to subscribe", "don't hit the paywall", 'paid content', 'premium content',
    ], ['paywall'], IPO, 'Material sold or restricted by its publisher: reproducing it takes what people would pay for.'),
    ...many([
      'not my image', 'not my photo', 'not my picture', 'not my pic', 'not my chart', 'not my cartoon', 'not my work', 'not my own',
      'not mine', 'found it on', 'found this on', 'found on google', 'from google images', 'google images', 'found on instagram',
      'found on pinterest', 'found on facebook', 'found on twitter', 'found on tiktok', 'found on reddit', 'found this chart',
      'found this graph', 'found this image', 'found this photo', 'found this picture', 'found this infographic', 'found this cartoon',
      'found this meme', 'found this diagram', 'found this slide', "hope she doesn't mind", "hope he doesn't mind",
      "hope they don't mind", 'hope nobody minds', "hope no one minds", 'without permission', "didn't ask permission",
      'no idea who made', 'no idea who took', 'credit to whoever',
      "don't tell anyone where you got it", "don't ask where i got", 'credit to', 'image credit', 'photo credit', 'hat tip', 'from their page', 'from her page', 'from his page',
      'from their website', 'from their instagram', "from a rep's", "rep's slide",
    ], ['not-mine'], IPO,
    'The author says the material is someone else\'s and shows no permission or licence to reproduce it.'),
    ...many(['below', 'follows', 'continues for', 'continued below', 'see below', 'attached', 'thread below', 'in the thread'], ['below'],
      UK, 'The material itself follows in the draft or its attachments, rather than a link to it.'),
    ...many([
      'article', 'articles', 'editorial', 'column', 'chapter', 'chapters', 'book', 'textbook', 'handbook', 'paper', 'piece', 'journal',
      'infographic', 'chart', 'graph', 'cartoon', 'photo', 'photograph', 'picture', 'image', 'illustration', 'diagram', 'comic',
      'lyrics', 'poem', 'song', 'pdf', 'e book', 'ebook', 'slides', 'newsletter', 'shot', 'drawing', 'meme', 'pages',
    ], ['work'], CDPA_WORKS, 'A kind of work protected by copyright (literary or artistic).'),
  ],
});
