import type { Analysis } from '../../analysis/analyse.js';
import { findNames, mayOfferPrivately, namePatterns, promotionOf, type Span } from '../../analysis/promotion.js';
import { normalise } from '../../text/normalise.js';
import { firstTokenAtOrAfter, type Token, tokenise } from '../../text/tokens.js';
import { defineRule, type RuleHit } from '../../rule.js';

/*
 * promotion.nhs-patients: a GP steering their own NHS-registered patients to their own private
 * service. Two things must meet:
 *   - the audience is the author's NHS patients: a message to recipients marked as patients, the
 *     author's practice named with its patients ("Riverside Surgery patients:"), "my NHS patients",
 *     "as your GP", "registered with us", or a reply in a thread about the author's practice;
 *   - a private service of the author's: "privately", "my private clinic", a private service, an
 *     organisation from author.declaredInterests, "see me at…".
 * Words that move people off an NHS wait ("skip the NHS wait", "fed up waiting", "10% off for
 * Riverside patients") raise the confidence but are not needed: offering one's own list private
 * care is the problem, with or without a price. An NHS clinic for the practice's patients, or a
 * private-practice notice that says NHS care is unaffected and does not single out the list, is clean.
 */

const OWN_PATIENTS =
  /\b(?:my|our) (?:own )?nhs patients\b|\b(?:to|for|all|dear) (?:my|our) (?:own )?patients\b|\b(?:my|our) patients (?:reading|can|could|will|may|get|who are registered|registered|are welcome)\b|\bas your (?:gp|doctor)\b|\bregistered (?:with us|with the (?:surgery|practice)|at the (?:surgery|practice)|with (?:my|our) practice)\b|\bpatients of (?:the|our|my) (?:surgery|practice)\b|\b(?:my|our) nhs (?:list|lists|clinic|clinics|appointments)\b|\b(?:my|our) (?:patient )?list (?:is|s) (?:full|closed)\b|\b(?:our|the practice's|the surgery's) (?:registered |own )?patients\b|\b(?:registered|practice|surgery) patients\b|\bpatients registered (?:here|with us|at)\b|\bone of (?:ours|mine)\b|\b(?:our|my) lot\b|\b(?:from|on) my (?:nhs )?list\b|\b(?:nhs )?patients of mine\b|\byou(?:'re| are) my patient\b|\bppg members\b/;
/** With the practice named, "patients" or "registered" ("Registered at Hillside?") makes the list the audience. */
const PATIENTS_WORD = /\bpatients?\b|\bregistered\b/;

/** Is the offer's sentence a question, or does a negator come before the offer in it? */
function refusedOrAsked(a: Analysis, offer: Span): boolean {
  const sentence = a.sentences[a.sentenceAt(offer.start)];
  if (!sentence) return false;
  if (/\?\s*$/.test(a.text.slice(sentence.start, sentence.end))) return true;
  // The clause holding the offer: from the last comma, colon or dash before it.
  const before = a.text.slice(sentence.start, offer.start);
  const cut = Math.max(...CLAUSE_MARKS.map((c) => before.lastIndexOf(c)));
  const from = sentence.start + cut + 1;
  return a.tokens.some((t) => t.start >= from && t.end <= offer.start && REFUSING.has(t.norm));
}

/** Punctuation that ends a clause: a comma, a semicolon, a colon or a dash. */
const CLAUSE_MARKS = [',', ';', ':', '\u2013', '\u2014'];
const CLAUSE_MARK = /[,;:\u2013\u2014]/;
/** Words that turn a clause to another statement ("…for three weeks, but I can see you privately"). */
const CLAUSE_TURNS = new Set(['but', 'however', 'although', 'though', 'whereas']);

/** Words that refuse or rule out an offer made in the same clause. */
const REFUSING = new Set(["can't", 'cant', 'cannot', "won't", 'wont', 'unable']);

/** Words that deny what follows them in their clause. */
const DENYING = new Set([
  ...REFUSING,
  'not',
  "don't",
  'dont',
  'never',
  'no',
  'none',
  'nobody',
  "isn't",
  "aren't",
  "wouldn't",
  "doesn't",
]);
/** What a denial keeps apart when it separates private work from the list ("I don't see practice patients privately"). */
const KEPT_APART = new Set(['privately', 'private', 'patients', 'patient', 'registered']);

/**
 * The sentence keeps private work and the NHS list apart ("I won't see any Seaview patients there",
 * "Nobody sees our registered patients privately"), or reports being asked ("I've been asked whether…"):
 * its naming of the practice's patients is not an audience, and its private service not an offer.
 */
function separates(a: Analysis, si: number): boolean {
  const sentence = a.sentences[si];
  if (!sentence) return false;
  const t = a.tokens;
  const end = (k: number) => k < t.length && (t[k] as Token).end <= sentence.end;
  for (let i = firstTokenAtOrAfter(t, sentence.start); end(i); i++) {
    const n = (t[i] as Token).norm;
    if (n === 'asked' && [t[i + 1]?.norm, t[i + 2]?.norm].some((w) => w === 'whether' || w === 'if')) return true;
    if (!DENYING.has(n)) continue;
    for (let k = i + 1; end(k); k++) {
      const tk = t[k] as Token;
      if (CLAUSE_TURNS.has(tk.norm) || CLAUSE_MARK.test(a.text.slice((t[k - 1] as Token).end, tk.start))) break;
      if (KEPT_APART.has(tk.norm)) return true;
    }
  }
  return false;
}

export default defineRule({
  id: 'promotion.nhs-patients',
  category: 'promotion',
  severity: 'stop',
  guidance: 'Using social media in a promotional way',
  readers: ['nhs-england', 'employer', 'gmc'],
  description: "Steering one's NHS-registered patients to one's own private services.",
  rationale:
    'A GP\u2019s NHS contract limits charging, or steering towards paid care, the patients registered with their own practice, and the guidance asks GPs who promote private work not to breach those contractual requirements (Using social media in a promotional way). Offering one\u2019s own list a way round the NHS wait at one\u2019s own clinic also uses the trust of the NHS relationship to sell. NHS England, the practice partners and the GMC would all object, whether or not a price is named.',
  examples: {
    flagged: [
      {
        text: 'Riverside Surgery patients: fed up waiting for a dermatology referral? I can see you privately at SkinWell Clinic this week.',
        author: {
          titles: ['GP'],
          declaredInterests: ['Director, SkinWell Clinic Ltd'],
          practiceNames: ['Riverside Surgery'],
        },
      },
      {
        text: 'My NHS patients keep asking how to skip the ENT wait. Easy: book into my private clinic.',
      },
    ],
    clean: [
      {
        text: 'Riverside patients: our NHS minor surgery clinic now runs on Tuesday afternoons too. Ask your GP for a referral.',
        author: {
          titles: ['GP'],
          declaredInterests: ['Director, SkinWell Clinic Ltd'],
          practiceNames: ['Riverside Surgery'],
        },
      },
      {
        text: "Declaration: I'm a partner at Northbank Private GP. We've added Saturday appointments for anyone who prefers to pay; NHS care with your own practice is unaffected.",
      },
    ],
  },
  // An offer is a private, interest, own-offering or offer cue, or a declaration about private work.
  gate: ({ draft, analysis }) => mayOfferPrivately(analysis, draft.author),
  detect({ draft, analysis }): RuleHit[] {
    const p = promotionOf(analysis, draft.author);
    // The author's private offering: a private service, their interest named, or "my private clinic".
    const offers: Span[] = [];
    for (const c of p.cues)
      if (c.strong && (c.kind === 'private' || c.kind === 'interest' || c.kind === 'own-offering')) offers.push(c);
    for (const d of p.declarations)
      if (/\b(?:private|clinic|see me)\b/i.test(analysis.text.slice(d.start, d.end))) offers.push(d);
    // A discount from an author with business interests ("mention my name for a discount") is their offer.
    if ((draft.author?.declaredInterests ?? []).length > 0)
      for (const c of p.cues) if (c.kind === 'offer' && c.strong) offers.push(c);
    // A refusal or a question about private work is not an offer ("I can't see my own patients
    // privately", "Does GMS allow us to offer private bloods?").
    // Nor is a sentence that keeps the two apart ("I don't take practice patients privately").
    const separated = analysis.sentences.map((_, si) => separates(analysis, si));
    const apart = (at: number) => separated[analysis.sentenceAt(at)] === true;
    const standing = offers.filter((o) => !refusedOrAsked(analysis, o) && !apart(o.start));
    if (standing.length === 0) return [];

    const why: string[] = [];
    // The list is the audience only where a sentence speaks to it, not where one keeps it apart.
    const line = analysis.sentences
      .filter((_, si) => !separated[si])
      .map((x) => normalise(analysis.text.slice(x.start, x.end)).text)
      .join(' ');
    if (draft.recipients.some((r) => r.isPatient)) why.push('sent to NHS patients');
    if (OWN_PATIENTS.test(line)) why.push('addresses the author\u2019s own patients');
    const practices = namePatterns(draft.author?.practiceNames ?? [], false);
    const named = findNames(analysis.tokens, practices).filter((n) => !apart(n.start));
    if (named.length > 0 && PATIENTS_WORD.test(line))
      why.push(`names the author\u2019s practice (${named[0]?.interest})`);
    else if (named.length > 0 && why.length > 0) why.push('names the author\u2019s practice');
    const steer = analysis.hits('promotion').filter((h) => h.entry.tags?.includes('steer'));
    // "Can't get an appointment at Riverside?": the practice's wait, named, is said to its patients.
    if (named.length > 0 && why.length === 0 && steer.length > 0)
      why.push('names the author\u2019s practice and its wait');
    // A reply in a thread about the author's practice (a patient complaining about its waits).
    if (
      why.length === 0 &&
      practices.length > 0 &&
      draft.thread.some((m) => findNames(tokenise(normalise(m.text)), practices).length > 0)
    ) {
      why.push('replies to a thread about the author\u2019s practice');
    }
    if (why.length === 0) return [];
    const discount = p.cues.some((c) => c.kind === 'offer' || c.kind === 'price');
    // A notice that says, somewhere, that the list is kept apart, with no wait to skip and no deal, is
    // telling patients where they stand ("Dr Bell has opened a private clinic. None of our patients…").
    if (steer.length === 0 && !discount && separated.includes(true)) return [];
    if (steer.length > 0) why.push('moves patients off an NHS wait');
    if (discount) why.push('price or discount');

    standing.sort((x, y) => x.start - y.start);
    const first = standing[0] as Span;
    const sentence = analysis.sentences[analysis.sentenceAt(first.start)];
    const start = sentence?.start ?? first.start;
    const end = sentence?.end ?? first.end;
    return [
      {
        start,
        end,
        message: `Don't send this as it stands: it offers your own private service to people who are your NHS patients. The guidance asks GPs not to breach their contractual duties about private treatment of NHS-registered patients (Using social media in a promotional way), and NHS England, your partners and the GMC would object. Keep private work separate from your NHS list, and don't single out your practice's patients.`,
        confidence: steer.length > 0 || discount ? 0.9 : 0.8,
        why,
        suggestions: [
          {
            kind: 'advice',
            text: 'Remove the offer from anything sent to or aimed at your NHS patients. If you advertise private work elsewhere, declare your interest and say that NHS care at the practice is unaffected.',
          },
        ],
      },
    ];
  },
});
