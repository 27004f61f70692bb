import {
  CC_OBJECTS,
  COPY_DEICTICS,
  COPY_NEGATORS,
  COPY_STEMS,
  CREDIT_MARKS,
  FOUND_PLACES,
  NOT_COPIED,
  OTHERS_PAGES,
  COPY_POINTERS,
  NOT_OWNERS,
  NOT_WORKS,
  OTHER_OWNERS,
  OWN_OBJECTS,
} from '../data/taxonomy/copying-grammar.js';
import type { LexiconHit } from '../text/matcher.js';
import type { Token } from '../text/tokens.js';
import type { Draft } from '../types.js';
import type { Analysis } from './analyse.js';
import { lineSpan, quotedRanges, sentenceTokens, tokenLine } from './speech.js';
import { hasMatch, matchesOf } from '../text/prefilter.js';

/*
 * Whether a draft reproduces someone else's work wholesale, read for content.copyright.
 *
 * Quoting a sentence with its source, or sharing a link, is what the quotation exception of the
 * Copyright, Designs and Patents Act 1988 (s.30) allows; pasting a whole paywalled article, forwarding a
 * paid newsletter, re-uploading a creator's video or re-posting an artist's picture is not. No one cue
 * proves it ("full article" may introduce a link, "copied" may be "copied you in"), so the cues of the
 * copying lexicon (data/copying.ts) add up, one count per kind:
 *
 *   reproduce, whole, paywall, not-mine   1 each    (the author copied it; all of it; it is sold; it is not theirs)
 *   below, work, attachment, owned, credit 0.5 each (the material follows; a protected kind of work; an attached
 *                                                   file; someone's work; an acknowledgement of someone else)
 *   a long quoted block                   1.5       (over ~600 characters, or several paragraphs, in quotes)
 *   a second, different not-mine phrase   0.5       ("not mine, found it on Instagram")
 *   a picture said not to be theirs       0.5       (the attached image or video is the work disclaimed)
 *   the words of a whole song or poem     0.5       (short works: "the full lyrics" is the whole work)
 *
 * It is reproduction at 2 or more with at least one of reproduce, whole, not-mine or a long quote. A
 * draft that links to the material and neither pastes it nor says it copied it is sharing; the author's
 * own work ("my photo", "I wrote") and licensed or public-domain material are theirs to share.
 */

const WEIGHT: Record<string, number> = {
  reproduce: 1,
  whole: 1,
  paywall: 1,
  'not-mine': 1,
  below: 0.5,
  credit: 0.5,
  work: 0.5,
  owned: 0.5,
  attachment: 0.5,
  'long-quote': 1.5,
};
const CORE = new Set(['reproduce', 'whole', 'not-mine', 'long-quote']);
const LONG_QUOTE = 600;
const PARAGRAPH_QUOTE = 250;
const BLANK_LINE = /\n\s*\n/;
const OPEN_QUOTE = /[“"]/;
const CLOSE_QUOTE = /[”"]/;
const URL =
  /\bhttps?:\/\/\S|\bwww\.\S|(?<![a-z0-9-])[a-z0-9-]{1,63}\.(?:com|co\.uk|org|org\.uk|nhs\.uk|gov\.uk|ac\.uk|net|io)\/\S/i;
const POSSESSIVE = /'s$/;
const COPY_VERB = /^(copied|copy)/;
/** How far after a copying word its kind of work may come ("the full Daily Courier article"). */
const WORK_REACH = 5;

const alt = (words: readonly string[]) => words.join('|');
/** A copying verb in any inflection, as the start of a token ("copying", "re-uploaded" reads "re uploaded"). */
const COPY_START = new RegExp(`^(?:re )?(?:${alt(COPY_STEMS)})`);
/** "found it on Pinterest", "off Google Images", "from a travel blog", "off a photographer's feed". */
const FOUND = new RegExp(
  `\\b(?:from|off|found (?:[^ |]+ ){0,6}?on) (?:${alt(FOUND_PLACES)})\\b|\\b(?:no idea|not sure|don't know|dont know|unsure|can't remember|cant remember) (?:who|whose) (?:[^ |]+ ){0,2}?(?:made|painted|took|drew|wrote|created|shot|filmed|it is|it's|name)\\b|\\b(?:from|off) (?:a|an|this|that|his|her|their|[^ |]+'s) (?:[^ |]+ ){0,2}?(?:${alt(OTHERS_PAGES)})\\b`,
  'g',
);
/** A label that the work is sold or closed: "(paid)", "members-only", "subscribers only". */
const PAID_LABEL = /\((?:paid|paywalled|subscribers? only|members? only)\)|\bmembers[- ]only\b/i;
/** "Cropped their name out", "blurred the watermark", "watermarks cropped": a credit taken off. */
const CREDIT_REMOVED = new RegExp(
  `\\b(?:crop(?:ped|ping)?|blur(?:red|ring)?|remov(?:ed|ing)|edit(?:ed|ing)|cut) (?:out |off )?(?:the |their |his |her |its |a )?(?:[^ |]+ )?(?:${alt(CREDIT_MARKS)})\\b|\\b(?:${alt(CREDIT_MARKS)}) (?:blurred|cropped|removed|cut) (?:out|off)?`,
  'g',
);

export interface Cue {
  readonly tag: string;
  readonly start?: number;
  readonly end?: number;
  readonly phrase?: string;
}

export interface Reproduction {
  readonly score: number;
  readonly cues: ReadonlyMap<string, Cue>;
  /** The cue the finding is placed on (reproduce, whole, not-mine or paywall), or the long quote. */
  readonly lead?: { start: number; end: number };
  /** Someone else's image rather than text. */
  readonly image: boolean;
}

function tagOf(hit: LexiconHit): string {
  return (hit.entry.tags ?? [])[0] ?? 'work';
}

function tokenAt(a: Analysis, i: number): Token {
  return a.tokens[i] as Token;
}

/** A negator among the three words before token i, in its sentence ("I won't paste it"). */

function negated(a: Analysis, hit: LexiconHit): boolean {
  return negatedAt(a, hit.tokenStart);
}

/** The first kind of work within a few words after a hit, in its sentence. */
function workAfter(a: Analysis, hit: LexiconHit, works: readonly LexiconHit[]): LexiconHit | undefined {
  const si = a.sentenceAt(hit.start);
  return works.find(
    (w) => w.tokenStart > hit.tokenStart && w.tokenStart <= hit.tokenStart + WORK_REACH && a.sentenceAt(w.start) === si,
  );
}

/** A work with an owner before it that is not the author ("Dr Karan's TikTok", "his reel"). */
function ownedBySomeone(a: Analysis, work: LexiconHit): boolean {
  const prev = a.tokens[work.tokenStart - 1];
  if (!prev) return false;
  return OTHER_OWNERS.has(prev.norm) || (POSSESSIVE.test(prev.norm) && !NOT_OWNERS.has(prev.norm));
}

/** "copied you in", "copy the link", "reposting my video": copying words that do not copy someone's work. */
function innocentCopy(a: Analysis, hit: LexiconHit): boolean {
  const next = a.tokens[hit.tokenEnd];
  if (!next) return false;
  const single = hit.tokenEnd - hit.tokenStart === 1;
  if (single && CC_OBJECTS.has(next.norm) && COPY_VERB.test(tokenAt(a, hit.tokenStart).norm)) return true;
  if (single && OWN_OBJECTS.has(next.norm)) return true;
  return COPY_POINTERS.has(tokenAt(a, hit.tokenEnd - 1).norm) && NOT_WORKS.has(next.norm);
}

function longQuote(text: string): { start: number; end: number } | undefined {
  for (const [open, close] of quotedRanges(text)) {
    const inner = text.slice(open + 1, close);
    if (inner.length > LONG_QUOTE || (inner.length > PARAGRAPH_QUOTE && BLANK_LINE.test(inner)))
      return { start: open, end: close + 1 };
  }
  // An opening quote that never closes, followed by a long block ("…" [continues]).
  const open = text.search(OPEN_QUOTE);
  if (open >= 0 && !CLOSE_QUOTE.test(text.slice(open + 1)) && text.length - open > LONG_QUOTE)
    return { start: open, end: text.length };
  return undefined;
}

const NONE: Reproduction = { score: 0, cues: new Map(), image: false };

/** A cheap test that a shape could be present: a copying stem starts some word. */
const COPY_WORD = new RegExp(`(?:^| )(?:re )?(?:${alt(COPY_STEMS)})`);

/** Whether any shape could be present: a copying stem, a place a work was found, a credit removed, a paid label. */
function mayCopy(a: Analysis): boolean {
  const line = tokenLine(a).text;
  return COPY_WORD.test(line) || hasMatch(FOUND, line) || hasMatch(CREDIT_REMOVED, line) || PAID_LABEL.test(a.text);
}

/**
 * The copying the lexicon's phrases are instances of, read by shape: a copying verb in any inflection
 * with a work or the material itself ("this", "them") as its object (reproduce); a place someone else's
 * work was found (not-mine); a credit cropped or blurred off (reproduce and not-mine).
 */
function shapes(a: Analysis, works: readonly LexiconHit[]): Cue[] {
  const out: Cue[] = [];
  const line = tokenLine(a);
  const t = a.tokens;
  for (let i = 0; i < t.length; i++) {
    const w = (t[i] as Token).norm;
    if (!COPY_START.test(w) || w.startsWith('copyright')) continue;
    const [, hi] = sentenceTokens(a, i);
    let j = i + 1;
    // "ripped it off", "copied across", "saved them all": skip particles to the object.
    while (
      j <= hi &&
      j <= i + 2 &&
      /^(?:off|out|across|over|up|down|straight|the|a|all|every|whole|full)$/.test((t[j] as Token).norm)
    )
      j++;
    const obj = t[j] as Token | undefined;
    if (!obj || j > hi || NOT_COPIED.has(obj.norm) || (CC_OBJECTS.has(obj.norm) && COPY_VERB.test(w))) continue;
    // "the whole BBC Panorama", "the full Private Eye cover": a whole work named by its title.
    // ("copied the whole PCN in" copies people into an email.)
    const titled =
      !COPY_VERB.test(w) &&
      /^(?:whole|full|entire|complete)$/.test((t[j - 1] as Token).norm) &&
      /^\p{Lu}/u.test(obj.raw);
    // The work copied, not one's own ("my", "our" before it) nor one merely reported on.
    const work = works.find((h) => h.tokenStart >= i + 1 && h.tokenStart <= i + 1 + WORK_REACH && h.tokenStart <= hi);
    const own = work && OWN_OBJECTS.has((t[work.tokenStart - 1] as Token | undefined)?.norm ?? '');
    if ((!work || own) && !COPY_DEICTICS.has(obj.norm) && !titled) continue;
    if (negatedAt(a, i)) continue;
    out.push({ tag: 'reproduce', start: (t[i] as Token).start, end: obj.end });
    if (titled) out.push({ tag: 'whole', start: (t[j - 1] as Token).start, end: obj.end });
    break;
  }
  for (const m of matchesOf(FOUND, line.text)) {
    const s = lineSpan(a, line, m.index, m[0].length);
    if (s) {
      out.push({ tag: 'not-mine', start: s.start, end: s.end });
      break;
    }
  }
  // "Digest (paid)", "the members-only guidance": a label that the work is sold or closed.
  if (PAID_LABEL.test(a.text)) out.push({ tag: 'paywall' });
  for (const m of matchesOf(CREDIT_REMOVED, line.text)) {
    const s = lineSpan(a, line, m.index, m[0].length);
    if (s) {
      out.push({ tag: 'reproduce', start: s.start, end: s.end }, { tag: 'not-mine', start: s.start, end: s.end });
      break;
    }
  }
  return out;
}

function negatedAt(a: Analysis, i: number): boolean {
  const [lo] = sentenceTokens(a, i);
  for (let j = i - 1; j >= lo && j >= i - 3; j--) if (COPY_NEGATORS.has(tokenAt(a, j).norm)) return true;
  return false;
}

export function readReproduction(a: Analysis, draft: Draft): Reproduction {
  const hits = a.hits('copying');
  const quote = a.text.length > LONG_QUOTE ? longQuote(a.text) : undefined;
  if (hits.length === 0 && !quote && !mayCopy(a)) return NONE;
  const works = hits.filter((h) => tagOf(h) === 'work');
  const cues = new Map<string, Cue>();
  const add = (tag: string, hit?: LexiconHit, end = hit?.end) => {
    const had = cues.get(tag);
    // Keep the first cue of each kind, or a longer one starting at the same place ("full lyrics" over "full").
    if (!had || (hit && had.start === hit.start && (end ?? 0) > (had.end ?? 0)))
      cues.set(tag, hit ? { tag, start: hit.start, end: end ?? hit.end, phrase: hit.entry.phrase } : { tag });
  };
  let own = false;
  let licensed = false;
  const disclaimers = new Set<string>();
  for (const hit of hits) {
    const tags = hit.entry.tags ?? [];
    let tag = tagOf(hit);
    let end = hit.end;
    if (tag === 'licensed') licensed = true;
    if (tag === 'own' && !negated(a, hit)) own = true;
    if (tag === 'whole-adj' || tags.includes('needs-work')) {
      const work = workAfter(a, hit, works);
      if (!work) continue;
      tag = tag === 'whole-adj' ? 'whole' : tag;
      end = work.end;
    }
    if ((tag === 'reproduce' || tag === 'whole') && negated(a, hit)) continue;
    if (tag === 'reproduce' && innocentCopy(a, hit)) continue;
    if (tag === 'work' && ownedBySomeone(a, hit)) add('owned', hit);
    if (tag === 'not-mine') disclaimers.add(hit.entry.phrase);
    if (tag === 'verse' || tags.includes('verse')) add('verse', hit);
    if (tag in WEIGHT) add(tag, hit, end);
  }
  for (const cue of shapes(a, works)) if (!cues.has(cue.tag)) cues.set(cue.tag, cue);
  if (licensed || (own && !cues.has('not-mine'))) return NONE;
  const attachments = draft.attachments ?? [];
  if (attachments.some((x) => x.kind === 'image' || x.kind === 'file' || x.kind === 'video')) add('attachment');
  const picture = attachments.some((x) => x.kind === 'image' || x.kind === 'video');
  if (quote) add('long-quote');

  let score = 0;
  for (const tag of cues.keys()) score += WEIGHT[tag] ?? 0;
  // Two different disclaimers ("not mine, found it on Instagram") say it twice; a whole song or poem is the whole work.
  if (disclaimers.size > 1) score += 0.5;
  if (picture && cues.has('not-mine')) score += 0.5;
  if (cues.has('verse')) score += 0.5;
  if (score < 2 || ![...cues.keys()].some((t) => CORE.has(t))) return NONE;
  // Linking is sharing: a link with no paste, no copying verb and no material below is fine.
  if (URL.test(a.text) && !cues.has('reproduce') && !cues.has('long-quote') && !cues.has('below')) return NONE;

  const first = (['reproduce', 'whole', 'not-mine', 'paywall'] as const)
    .map((t) => cues.get(t))
    .find((c) => c?.start !== undefined);
  const lead = first?.start !== undefined && first.end !== undefined ? { start: first.start, end: first.end } : quote;
  const image = cues.has('attachment') && !cues.has('long-quote') && !cues.has('whole');
  return { score, cues, image, ...(lead ? { lead } : {}) };
}
