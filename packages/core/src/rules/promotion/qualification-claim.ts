import type { Analysis } from '../../analysis/analyse.js';
import { promotionOf } from '../../analysis/promotion.js';
import { longestHits } from '../../text/spans.js';
import { sentenceTokens } from '../../analysis/speech.js';
import { defineRule, type RuleHit } from '../../rule.js';
import type { LexiconHit } from '../../text/matcher.js';
import { normalise } from '../../text/normalise.js';
import { phraseTokens, type Token } from '../../text/tokens.js';
import type { AuthorProfile, Suggestion } from '../../types.js';

/*
 * promotion.qualification-claim: a title, post-nominal or claim of expertise the author makes of
 * themselves that author.titles and author.specialistRegister do not show ("As a consultant
 * cardiologist…", "Professor Daniel Reid here", "your favourite dermatologist", "one of the UK's
 * leading experts"). Titles come from data/qualification.ts.
 *
 * Only claims about the author count: "As a…", "I'm a…", "<author's name>, FRCP, Consultant…",
 * "Dr Jo here, skin expert", a title opening a sentence that goes on in the first person, or
 * "book with one of the leading…" in a promotion. "Our consultant dermatologist", "I asked a
 * specialist" and "I'm no expert" are left alone. A GP with an extended role in dermatology is not
 * a dermatologist, so "dermatologist" needs that word in the profile. Without a profile only
 * unverifiable superlatives in a promotion are flagged.
 */

/** Words that may sit between a trigger ("as a", "I'm a") and the title: the field and grade. */
const PHRASE_WORDS = new Set([
  'a',
  'an',
  'the',
  'senior',
  'junior',
  'lead',
  'leading',
  'top',
  'experienced',
  'qualified',
  'practising',
  'practicing',
  'retired',
  'former',
  'trained',
  'fully',
  'accredited',
  'registered',
  'private',
  'independent',
  'nhs',
  'uk',
  'london',
  'local',
  'specialist',
  'consultant',
  'honorary',
  'clinical',
  'visiting',
  'associate',
  'assistant',
  'full',
  'certified',
  'board',
  'one',
  'of',
  "uk's",
  "country's",
  "london's",
  'world',
  'best',
  'renowned',
  'award',
  'winning',
]);
/** Fields a title may be qualified by ("menopause specialist", "skin expert", "men's health"). */
const FIELD = /^[\p{L}'-]+$/u;
const FUNCTION_WORDS = new Set([
  'as',
  'here',
  'and',
  'or',
  'in',
  'on',
  'at',
  'with',
  'for',
  'to',
  'by',
  'from',
  'is',
  'are',
  'was',
  'be',
  'am',
  'i',
  'me',
]);
const OTHER_PERSON = new Set([
  'my',
  'our',
  'his',
  'her',
  'their',
  'your',
  'this',
  'that',
  'another',
  'every',
  'any',
  'no',
  'not',
  'never',
]);
const AFTER_OTHER =
  /^(said|says|told|tells|explained|wrote|once|put|suggested|advised|recommended|agreed|thinks|thought|'s|colleague|colleagues|friend|friends|referral|referrals|letter|letters|clinic|clinics|team|appointment)$/;
const SELF_AFTER_YOUR = new Set(['favourite', 'favorite', 'friendly', 'local', 'resident', 'trusted', 'go', 'fave']);
const FIRST = new Set(['i', "i'm", 'im', "i've", "i'll", "i'd", 'me', 'my', 'myself']);
const SUPERLATIVE = new Set([
  'leading',
  'top',
  'best',
  'renowned',
  'world',
  'award',
  'number',
  'pioneer',
  'authority',
  'guru',
]);

interface Claim {
  start: number;
  end: number;
  tokenStart: number;
  /** The title words to check against the profile ("consultant", "cardiologist"). */
  words: string[];
  kind: string;
  /** "a"/"an" before the claim, for a replacement that keeps the grammar. */
  article?: Token;
}

const WORDS = new Map<string, string[]>();

/** The normalised words of a phrase, cached (profiles and lexicon phrases repeat across drafts). */
function wordsOf(phrase: string): string[] {
  let w = WORDS.get(phrase);
  if (!w) {
    if (WORDS.size > 1024) WORDS.clear();
    WORDS.set(phrase, (w = phraseTokens(phrase, normalise)));
  }
  return w;
}

function profileWords(author: AuthorProfile | undefined): Set<string> {
  const out = new Set<string>();
  for (const t of author?.titles ?? []) for (const w of wordsOf(t)) out.add(w);
  return out;
}

function singular(w: string): string {
  return w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}

/** The author's name as tokens (without "Dr"), for "Professor Daniel Reid here". */
function nameWords(author: AuthorProfile | undefined): Set<string> {
  const out = new Set<string>();
  for (const w of wordsOf(author?.name ?? ''))
    if (!/^(dr|doctor|mr|mrs|ms|miss|prof|professor)$/.test(w) && w.length > 1) out.add(w);
  return out;
}

/** Why a title hit is the author's claim about themselves, or undefined when it is not. */
function selfClaim(
  a: Analysis,
  h: LexiconHit,
  names: Set<string>,
  promotional: boolean,
  offering: boolean,
): { start: number; tokenStart: number; article?: Token } | undefined {
  const t = a.tokens;
  const [lo, hi] = sentenceTokens(a, h.tokenStart);
  const after = h.tokenEnd <= hi ? (t[h.tokenEnd] as Token | undefined) : undefined;
  if (after && AFTER_OTHER.test(after.norm)) return undefined;
  // Walk left over the noun phrase ("a consultant", "an allergy", "one of the UK's leading aesthetics").
  let j = h.tokenStart - 1;
  let fields = 0;
  let article: Token | undefined;
  let phraseStart = h.tokenStart;
  while (j >= lo) {
    const n = (t[j] as Token).norm;
    // A comma or dash ends the noun phrase ("FRCP, Consultant").
    if (/[,;:!?\u2013\u2014]|\s-\s/.test(a.text.slice((t[j] as Token).end, (t[j + 1] as Token).start))) break;
    if (n === 'your' && SELF_AFTER_YOUR.has((t[j + 1] as Token | undefined)?.norm ?? '')) break;
    if (OTHER_PERSON.has(n)) return undefined;
    if (PHRASE_WORDS.has(n)) {
      if (n === 'a' || n === 'an') article = t[j] as Token;
      else if (!article) phraseStart = j;
      j--;
      continue;
    }
    // Up to two field words next to the title ("menopause specialist", "men's health").
    if (
      !article &&
      fields < 2 &&
      FIELD.test(n) &&
      !FIRST.has(n) &&
      !FUNCTION_WORDS.has(n) &&
      !names.has(n) &&
      j >= h.tokenStart - 2
    ) {
      fields++;
      phraseStart = j;
      j--;
      continue;
    }
    break;
  }
  const start = (t[phraseStart] as Token).start;
  const trigger = j >= lo ? (t[j] as Token).norm : '';
  const trigger2 = j - 1 >= lo ? (t[j - 1] as Token).norm : '';
  const claim = { start, tokenStart: phraseStart, ...(article ? { article } : {}) };
  if (trigger === 'as' || trigger === "i'm" || trigger === 'im' || (trigger === 'am' && trigger2 === 'i')) return claim;
  // "Weight-loss specialist here", "Skin doctor Jess, back Monday": the author introducing themselves.
  if (after && (after.norm === 'here' || names.has(after.norm))) return claim;
  // A promotion that opens by naming the author's title, as a profile line does ("Consultant Skin
  // Specialist ✨ appointments on Saturdays", "Menopause specialist | Women's health expert").
  if (offering && phraseStart === lo && headline(a, lo) && !namesSomeoneElse(a, h.tokenEnd, hi, names)) return claim;
  if (trigger === 'your' && SELF_AFTER_YOUR.has((t[j + 1] as Token | undefined)?.norm ?? '')) return claim;
  // "Professor Daniel Reid here", "Dr Amir Said, FRCP, Consultant in Diabetes", "Dr Jo here, skin expert".
  for (let k = Math.max(lo, phraseStart - 6); k < phraseStart; k++) {
    const n = (t[k] as Token).norm;
    if (names.has(n) || (n === 'here' && k > lo)) {
      // Nothing but names, titles and commas between the name and the title.
      const between = a.text.slice((t[k] as Token).end, start);
      if (!/[.!?]/.test(between)) return claim;
    }
  }
  for (let k = h.tokenEnd; k <= hi && k < h.tokenEnd + 3; k++) if (names.has((t[k] as Token).norm)) return claim;
  // A title opening a sentence that goes on in the first person ("Specialist in men's health – see me privately").
  let firstPerson = false;
  for (let k = h.tokenEnd; k <= hi; k++) if (FIRST.has((t[k] as Token).norm)) firstPerson = true;
  if (phraseStart === lo && firstPerson) return claim;
  // "Book with one of the UK's leading experts: I own…"
  if (promotional && firstPerson) {
    for (let k = Math.max(lo, phraseStart - 3); k < phraseStart; k++)
      if (/^(book|see|consult|visit)$/.test((t[k] as Token).norm)) return claim;
  }
  return undefined;
}

/** Does token `lo` open the draft or a line of it? */
function headline(a: Analysis, lo: number): boolean {
  if (lo === 0) return true;
  const prev = a.tokens[lo - 1] as Token;
  return /\n|\|/.test(a.text.slice(prev.end, (a.tokens[lo] as Token).start));
}

/**
 * A person other than the author named just after the title ("Consultant dermatologist Dr Amy Lee
 * joins us", "…Amy Lee joins us"): an honorific, or two capitalised words in a row that are not the
 * author's name.
 */
function namesSomeoneElse(a: Analysis, from: number, hi: number, names: Set<string>): boolean {
  const capitalised = (k: number) => k <= hi && /^\p{Lu}\p{Ll}+$/u.test((a.tokens[k] as Token).raw);
  for (let k = from; k <= hi && k < from + 3; k++) {
    const t = a.tokens[k] as Token;
    if (names.has(t.norm)) return false;
    if (/^(?:dr|mr|mrs|ms|miss|prof|professor)$/.test(t.norm)) return true;
    if (capitalised(k) && capitalised(k + 1) && !names.has((a.tokens[k + 1] as Token).norm)) return true;
  }
  return false;
}

/** Roles and titles that show a registered doctor. */
const DOCTOR_ROLES =
  /^(?:gp|gp-registrar|doctor|registrar|consultant|foundation|locum|salaried-gp|partner|surgeon|physician)/;
const DOCTOR_TITLES = new Set([
  'gp',
  'mbbs',
  'mbchb',
  'bm',
  'bmbs',
  'md',
  'mrcgp',
  'frcgp',
  'mrcp',
  'frcp',
  'dr',
  'doctor',
]);

function isDoctor(author: AuthorProfile | undefined): boolean {
  if (author?.role && DOCTOR_ROLES.test(author.role)) return true;
  if ((author?.titles ?? []).some((t) => wordsOf(t).some((w) => DOCTOR_TITLES.has(w)))) return true;
  return /^(?:dr|doctor)\b/i.test(author?.name ?? '');
}

export default defineRule({
  id: 'promotion.qualification-claim',
  category: 'promotion',
  severity: 'caution',
  guidance: 'Using social media in a promotional way',
  readers: ['gmc', 'patient'],
  description: "Titles or expertise claimed that the author's profile does not show.",
  rationale:
    'Patients choose whose advice to trust, and whom to pay, partly on titles: "consultant", "specialist", "professor" and "dermatologist" each imply training and a register entry that can be checked. The guidance asks GPs to represent their experience and qualifications accurately (Using social media in a promotional way), and the GMC treats an inflated title as a matter of honesty. The rule compares what the post claims for the author with the titles in the author\u2019s profile, and leaves alone titles that describe someone else.',
  examples: {
    flagged: [
      {
        text: 'As a consultant cardiologist, I would say most people over 75 do not need a statin.',
        author: { titles: ['GP', 'MRCGP'], specialistRegister: false },
      },
      {
        text: 'Your favourite dermatologist is back with another skincare tip!',
        author: { titles: ['GP', 'GPwER Dermatology'], specialistRegister: false },
      },
    ],
    clean: [
      {
        text: 'As a consultant dermatologist, my summer plea: wear SPF 30.',
        author: { titles: ['Consultant Dermatologist', 'FRCP'], specialistRegister: true },
      },
      {
        text: "I'm no expert on pensions, but the LMC guide is helpful.",
        author: { titles: ['GP'], specialistRegister: false },
      },
    ],
  },
  // Every claim is a qualification-lexicon hit.
  gate: ({ analysis }) => analysis.hits('qualification').length > 0,
  detect({ draft, analysis }): RuleHit[] {
    const author = draft.author;
    const hasProfile = author?.titles !== undefined || author?.specialistRegister !== undefined;
    const promotion = promotionOf(analysis, author);
    const promotional = promotion.present;
    // Any sign of an offer, even one an NHS notice could make ("consultations open", "book"), is
    // enough for a profile line that opens the post.
    const offering = promotional || promotion.cues.length > 0;
    const profile = profileWords(author);
    const names = nameWords(author);
    const claims: Claim[] = [];
    for (const h of longestHits(analysis.hits('qualification'))) {
      const kind = h.entry.tags?.[0] ?? 'title';
      const words = wordsOf(h.entry.phrase).map(singular);
      // Superlatives count only with what they qualify ("leading expert", "top dermatologist").
      if (kind === 'expertise' && SUPERLATIVE.has(words[0] ?? '')) continue;
      const self = selfClaim(analysis, h, names, promotional, offering);
      if (!self) continue;
      claims.push({
        start: self.start,
        end: h.end,
        tokenStart: self.tokenStart,
        words,
        kind,
        ...(self.article ? { article: self.article } : {}),
      });
    }
    const hits: RuleHit[] = [];
    const firstTitle = author?.titles?.[0];
    for (const c of longestHits(claims)) {
      // Every title word inside the claim ("consultant" and "cardiologist") is checked.
      for (const o of claims)
        if (o !== c && o.start >= c.start && o.end <= c.end)
          for (const w of o.words) if (!c.words.includes(w)) c.words.push(w);
      const phrase = analysis.text.slice(c.start, c.end);
      const superlative = analysis.tokens.some((t) => t.start >= c.start && t.end <= c.end && SUPERLATIVE.has(t.norm));
      let supported: boolean;
      if (c.kind === 'doctor') {
        // Only a profile that says who the author is can show "doctor" to be a claim.
        if (!author?.role && !author?.titles?.length) continue;
        supported = isDoctor(author);
      } else if (c.kind === 'expertise' || c.kind === 'place') supported = false;
      else
        supported = c.words.every(
          (w) =>
            profile.has(w) ||
            profile.has(`${w}s`) ||
            (w === 'prof' && profile.has('professor')) ||
            ((w === 'specialist' || w === 'consultant') && author?.specialistRegister === true),
        );
      if (supported && !superlative) continue;
      if (!hasProfile && !(superlative && promotional)) continue;
      const shown = author?.titles?.length ? author.titles.join(', ') : 'no such title';
      const suggestions: Suggestion[] = [];
      const endsPhrase = /^\s*(?:$|[,.;:!?\u2013\u2014-])/.test(analysis.text.slice(c.end, c.end + 3));
      if (firstTitle && c.article && c.kind !== 'expertise' && endsPhrase) {
        const art = /^[aeiou]/i.test(firstTitle) && !/^(gp|u)/i.test(firstTitle) ? 'an' : 'a';
        suggestions.push({
          kind: 'replace',
          start: c.article.start,
          end: c.end,
          text: `${/^A/.test(c.article.raw) ? art.charAt(0).toUpperCase() + art.slice(1) : art} ${firstTitle}`,
        });
      } else {
        suggestions.push({
          kind: 'advice',
          text: `Describe yourself as your registration shows${author?.titles?.length ? ` (${author.titles.join(', ')})` : ''}, and say what your experience is in plain terms.`,
        });
      }
      hits.push({
        start: c.start,
        end: c.end,
        message: `Reconsider "${phrase}": your profile shows ${shown}${author?.specialistRegister ? '' : ', and you are not on the specialist register'}. Titles and claims of expertise must match what you can show (Using social media in a promotional way); patients rely on them, and the GMC would see an inflated title as a question of honesty.`,
        confidence: supported ? 0.6 : c.kind === 'expertise' ? 0.7 : 0.8,
        why: [`claimed: "${phrase}"`, `profile: ${shown}`],
        suggestions,
      });
    }
    return hits;
  },
});
