import type { Analysis } from '../../analysis/analyse.js';
import { isQuoted, personCueAt, sentenceTokens } from '../../analysis/speech.js';
import { defineRule, type RuleHit } from '../../rule.js';
import type { LexiconHit } from '../../text/matcher.js';
import type { Token } from '../../text/tokens.js';

/*
 * content.defamation: an allegation of wrongdoing, dishonesty, incompetence or crime stated as fact
 * about someone identifiable.
 *
 * The allegation lexicon (data/allegation.ts) gives the accusing words; this rule asks who they are
 * said of. It walks left from the words to the subject of the clause: a named person or @handle, a
 * capitalised name ("Brightwell Pharmacy", "Hillside"), a role or a body ("the practice manager",
 * "the ICB"), "you", or he/she/they. An allegation about no one in particular ("anyone who falsifies
 * records…"), about the author, negated, hypothetical or quoted is left alone. A fragment that names
 * the wrong ("Fraud, plain and simple.") takes its target from the sentence before.
 *
 * Framing changes confidence, not the decision, except where the law itself draws the line:
 *   - A damaging judgement framed as opinion ("in my view the process was negligent") is honest
 *     opinion (Defamation Act 2013 s.3) and drops below the standard threshold; a factual act framed
 *     as belief ("I'm pretty sure Dr X is drinking on duty") is still an allegation of fact.
 *   - A rumour ("apparently", "I heard") still publishes the allegation: repeating it is publishing
 *     it again. It fires, a little less sure, and the message says so.
 *   - A sentence that cites a conviction, a tribunal or a published report is reporting public facts:
 *     it is kept at low confidence (shown only under strict sensitivity).
 * Labels ("a liar", "a fraud") are name-calling and belong to content.insult; this rule reports the
 * alleged act, so the two fire together only where a draft both labels and accuses.
 */

const NEGATION =
  /^(not|never|no|nobody|none|isn't|aren't|wasn't|weren't|hasn't|haven't|hadn't|didn't|doesn't|don't|won't|wouldn't|couldn't|cannot|can't|nothing)$/;
const HYPOTHETICAL = new Set([
  'if',
  'whether',
  'unless',
  'suppose',
  'supposing',
  'imagine',
  'hypothetically',
  'whoever',
  'anyone',
  'anybody',
]);
/** Words that end a clause: a subject to their left is someone else's. */
const CLAUSE_BREAK = new Set([
  'but',
  'because',
  'although',
  'though',
  'whereas',
  'while',
  'whilst',
  'unlike',
  'so',
  'yet',
]);
/** Words that may sit between a subject and the allegation without changing who is meant. */
const GLUE = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  "'s",
  'has',
  'have',
  'had',
  'will',
  'would',
  'could',
  'might',
  'may',
  'must',
  'should',
  'can',
  'do',
  'does',
  'did',
  'got',
  'get',
  'gets',
  'keeps',
  'kept',
  'then',
  'also',
  'still',
  'now',
  'just',
  'openly',
  'secretly',
  'quietly',
  'regularly',
  'routinely',
  'systematically',
  'repeatedly',
  'deliberately',
  'knowingly',
  'allegedly',
  'apparently',
  'clearly',
  'obviously',
  'definitely',
  'actually',
  'basically',
  'literally',
  'always',
  'often',
  'who',
  'which',
  'that',
  'and',
  'even',
  'again',
  'blatantly',
  'totally',
  'completely',
  'utterly',
  'grossly',
  'probably',
  'surely',
  'somehow',
  'caught',
  'seen',
  'spotted',
  'found',
  'admitted',
  'reportedly',
  'supposedly',
  'a',
  'an',
  'the',
  'years',
  'for',
  // Verbs of arriving that carry a state after them ("Dr X turned up drunk", "she came in high").
  'turned',
  'turns',
  'turning',
  'came',
  'comes',
  'showed',
  'shows',
  'rocked',
  'rolled',
  'arrived',
  'arrives',
]);
const DETERMINER = new Set(['the', 'our', 'my', 'their', 'his', 'her', 'these', 'those', 'that', 'this', 'your']);
/** Words after a name that make it an organisation ("Brightwell Pharmacy", "Elm Tree Surgery"). */
const ORG_SUFFIX =
  /^(surgery|practice|pharmacy|hospital|trust|clinic|centre|center|health|medical|group|partnership|pcn|icb|ltd|limited|plc|council|infirmary|hospice|foundation|care|healthcare|llp|university|nhs)$/;
/** Capitalised words that are not people or organisations. */
const NOT_A_NAME = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'christmas',
  'easter',
  'covid',
  'god',
  'britain',
  'england',
  'scotland',
  'wales',
  'ireland',
  'uk',
  'europe',
  'english',
  'british',
  'today',
  'yesterday',
  'tomorrow',
  'ok',
  'okay',
  'yes',
  'no',
  'google',
  'instagram',
  'facebook',
  'twitter',
  'tiktok',
  'whatsapp',
  'signal',
  'bluesky',
  'threads',
  'linkedin',
  'youtube',
  'apparently',
  'allegedly',
  'honestly',
  'seriously',
  'sadly',
  'fraud',
  'drunk',
]);
/** "Sarah in reception", "the registrar at Riverside", "Jane from Pharmacy2U". */
const PLACE_PREP = /^(at|in|from|of)$/;
const SECOND_PERSON_LOT = /^(lot|bunch|crowd|gang|people|guys|lads|folks)$/;
/** Words before an allegation that make it a topic, not an accusation ("how to spot fraud"). */
const TOPIC_VERB =
  /^(spot|spotting|detect|detecting|prevent|preventing|tackle|tackling|combat|combating|combatting|report|reporting|investigate|investigating|avoid|avoiding|identify|identifying|recognise|recognising|recognize|recognizing|counter|countering|about|on|against|anti)$/;
const TITLE_CASE = /^\p{Lu}[\p{Ll}'’-]/u;
/** What makes an innocent verb dishonest: money, figures, records or the truth. */
const DISHONEST_OBJECT = new Set([
  'figures',
  'numbers',
  'books',
  'accounts',
  'records',
  'record',
  'notes',
  'data',
  'stats',
  'statistics',
  'results',
  'claims',
  'claim',
  'list',
  'lists',
  'register',
  'registers',
  'payments',
  'invoices',
  'expenses',
  'timesheets',
  'timesheet',
  'hours',
  'qof',
  'targets',
  'money',
  'cash',
  'funds',
  'funding',
  'budget',
  'petty',
  'takings',
  'prescriptions',
  'audit',
  'audits',
  'returns',
  'evidence',
  'report',
  'mistake',
  'mistakes',
  'error',
  'errors',
  'incident',
  'incidents',
  'death',
  'deaths',
  'truth',
  'complaint',
  'complaints',
  'failings',
  'harm',
  'abuse',
  'scores',
  'achievement',
  'referrals',
  'waiting',
  'it',
  'things',
  'profits',
  'fees',
  'bills',
  'billing',
  'mileage',
  'logbook',
  'portfolio',
  'appraisal',
  'signatures',
  'signature',
  'consent',
  'charts',
  'chart',
  'certificates',
  'certificate',
  'qualifications',
  'qualification',
  'degree',
  'references',
  'cv',
  'sick',
  'fit',
  'notes',
]);
/** Words after a hit that show an innocent sense ("lying down", "criminal record check", "scam texts"). */
const INNOCENT_NEXT: Record<string, RegExp> = {
  lying:
    /^(standing|sitting|bp|blood|supine|position|on|in|down|there|here|flat|awake|around|still|low|face|back|beside|next|under|at|across|against|asleep|in|prone|supine|quietly)$/,
  criminal:
    /^(record|records|justice|offence|offences|law|lawyer|lawyers|defence|courts|court|injuries|injury|investigation|proceedings|damage|age|responsibility|liability|gangs|gang)$/,
  criminals: /^(target|are|who)$/,
  scam: /^(text|texts|call|calls|email|emails|alert|alerts|warning|warnings|messages|message|websites|website|calls|sites|links|link)$/,
  corrupt: /^(file|files|data|download|pdf|disk|drive|image|database)$/,
  drunk: /^(driver|drivers|driving|patient|patients|man|woman|people|customer|customers)$/,
  thieves: /^(target|targeting|broke|stole)$/,
};
/** Sentence cues of a public source: a conviction, a tribunal or a published report. */
const SOURCED =
  /\b(convicted|found guilty|pleaded guilty|pled guilty|sentenced|jailed|crown court|magistrates|tribunal|mpts|struck off|erased from the (?:medical )?register|cqc (?:report|inspection|found|rated)|inspection report|inquiry found|inquest|ombudsman found|published (?:report|findings)|according to (?:the )?(?:report|court|cqc|gmc|bbc|judgment|judgement)|the report found|court heard|court ruled|judge ruled)\b/;
const HEDGED =
  /\b(apparently|allegedly|supposedly|reportedly|rumou?rs?|rumou?red|i heard|i've heard|ive heard|heard that|word is|people are saying|everyone knows|everybody knows|i'm told|im told|i was told|gossip)\b/;
const OPINION =
  /\b(i think|i believe|i reckon|i suspect|i feel|i'd say|in my view|in my opinion|imo|imho|seems to me|my view is|my opinion is|to my mind|i'm pretty sure|im pretty sure|pretty sure)\b/;
const DENIAL =
  /\b(denied|denies|deny|cleared of|acquitted|exonerated|no evidence|unfounded|untrue|false allegations?|no suggestion|not true)\b/;

type TargetKind = 'named' | 'organisation' | 'role' | 'you' | 'pronoun' | 'group' | 'context';

interface Target {
  kind: TargetKind;
  label: string;
}

type Walk = { target: Target } | { stop: 'self' | 'generic' | 'neutral' | 'negated' | 'hypothetical' | 'none' };

function tokenAt(a: Analysis, i: number): Token {
  return a.tokens[i] as Token;
}

/** A capitalised name at token j ("Hillside", "Brightwell Pharmacy", "St Cuthbert's"). */
function capitalisedAt(a: Analysis, j: number, lo: number): Target | undefined {
  const t = tokenAt(a, j);
  if (!TITLE_CASE.test(t.raw) || NOT_A_NAME.has(t.norm)) return undefined;
  const next = a.tokens[j + 1];
  if (j === lo) {
    // Sentence-initial capitals are ordinary words unless another name or an organisation word follows.
    if (!next || !(TITLE_CASE.test(next.raw) && (ORG_SUFFIX.test(next.norm) || !NOT_A_NAME.has(next.norm))))
      return undefined;
  }
  let s = j;
  while (s - 1 >= lo && TITLE_CASE.test(tokenAt(a, s - 1).raw) && !NOT_A_NAME.has(tokenAt(a, s - 1).norm)) s--;
  const org =
    ORG_SUFFIX.test(t.norm) || (next !== undefined && ORG_SUFFIX.test(next.norm) && TITLE_CASE.test(next.raw));
  return { kind: org ? 'organisation' : 'named', label: a.text.slice(tokenAt(a, s).start, t.end) };
}

/** Whether the name ending at token j is the subject: followed by a verb's glue, a comma, a place, or the allegation. */
function subjectPosition(a: Analysis, j: number, hitStart: number): boolean {
  const t = tokenAt(a, j);
  const next = a.tokens[j + 1];
  if (!next || j + 1 >= hitStart) return true;
  if (/,/.test(a.text.slice(t.end, next.start))) return true;
  if (/'s$/.test(t.norm) && !GLUE.has(next.norm)) return false;
  return GLUE.has(next.norm) || PLACE_PREP.test(next.norm) || ORG_SUFFIX.test(next.norm) || TITLE_CASE.test(next.raw);
}

function roleTarget(a: Analysis, j: number, lo: number): Target | 'generic' | undefined {
  const role = a.targets.roles.find((r) => j >= r.tokenStart && j < r.tokenEnd);
  if (!role) return undefined;
  const tags = role.entry.tags ?? [];
  const label = a.text.slice(role.start, role.end);
  const det = role.tokenStart - 1 >= lo ? tokenAt(a, role.tokenStart - 1).norm : '';
  // "any locum", "every manager": no one in particular; "a locum" may be the complement of a subject
  // to its left ("he's a locum who…"), so the walk goes on past it.
  if (/^(any|every|each|no|some)$/.test(det)) return 'generic';
  if (/^(a|an)$/.test(det)) return undefined;
  if (tags.includes('body')) return { kind: 'organisation', label };
  if (tags.includes('group')) {
    const before = role.tokenStart - 1 >= lo ? tokenAt(a, role.tokenStart - 1).norm : '';
    const after = a.tokens[role.tokenEnd];
    const afterNext = a.tokens[role.tokenEnd + 1];
    if (
      DETERMINER.has(before) ||
      (after && /^(at|from|of)$/.test(after.norm) && afterNext && TITLE_CASE.test(afterNext.raw))
    ) {
      return { kind: 'group', label: before ? `${before} ${label}` : label };
    }
    return 'generic';
  }
  return { kind: 'role', label };
}

/** Any identifiable target in tokens [lo, hi] (used for the sentence before a fragment). */
function anyTarget(a: Analysis, lo: number, hi: number): Target | undefined {
  for (let j = lo; j <= hi; j++) {
    const cue = personCueAt(a, j);
    if (cue?.kind === 'named') return { kind: 'named', label: cue.label };
    const role = roleTarget(a, j, lo);
    if (role && role !== 'generic') return role;
    if (cue?.kind === 'second') return { kind: 'you', label: 'the person you are writing to' };
    if (cue?.kind === 'third' && !/^(they|them)$/.test(cue.label)) return { kind: 'pronoun', label: cue.label };
    if (j > lo) {
      const cap = capitalisedAt(a, j, lo);
      if (cap) return cap;
    }
  }
  return undefined;
}

/** Walk left from the allegation to the subject of its clause. */
function subjectOf(a: Analysis, hitStart: number, lo: number): Walk {
  for (let j = hitStart - 1; j >= lo && j >= hitStart - 16; j--) {
    const t = tokenAt(a, j);
    const n = t.norm;
    if (NEGATION.test(n) || (/n't$/.test(n) && !/^(isn't|aren't|wasn't|weren't)$/.test(n) && j >= hitStart - 3)) {
      if (j >= hitStart - 5) return { stop: 'negated' };
    }
    if (/^(isn't|aren't|wasn't|weren't)$/.test(n) && j >= hitStart - 5) return { stop: 'negated' };
    if (HYPOTHETICAL.has(n)) return { stop: 'hypothetical' };
    if (CLAUSE_BREAK.has(n)) return { stop: 'none' };
    if (n === 'and' || n === 'or') {
      // "X botched it and covered it up" shares X; "X is kind and the system is corrupt" does not.
      for (let k = j + 1; k < hitStart; k++) if (!GLUE.has(tokenAt(a, k).norm)) return { stop: 'none' };
      continue;
    }
    const cue = personCueAt(a, j);
    if (cue?.kind === 'first') return { stop: 'self' };
    // A name is the subject only where a verb or an apposition follows it ("Dr Frost's article on…" is not).
    if (cue?.kind === 'named' && subjectPosition(a, j, hitStart))
      return { target: { kind: 'named', label: cue.label } };
    if (cue?.kind === 'named') {
      // Skip the rest of the name ("Dr" of "Dr Frost's article").
      const t0 = tokenAt(a, j);
      const span = a.targets.namedPeople.find((p) => t0.start >= p.start && t0.end <= p.end);
      while (span && j - 1 >= lo && tokenAt(a, j - 1).start >= span.start) j--;
      continue;
    }
    if (cue?.kind === 'second') return { target: { kind: 'you', label: 'the person you are writing to' } };
    if (cue?.kind === 'third') return { target: { kind: 'pronoun', label: cue.label } };
    const role = roleTarget(a, j, lo);
    if (role === 'generic') return { stop: 'generic' };
    if (role) return { target: role };
    if (cue?.kind === 'generic' && j > lo && SECOND_PERSON_LOT.test(n) && tokenAt(a, j - 1).norm === 'you')
      return { target: { kind: 'you', label: 'the people you are writing to' } };
    if (cue?.kind === 'generic') return { stop: 'generic' };
    if (cue?.kind === 'neutral' && /^(it|it's|this|that's|there|there's|what|what's)$/.test(n) && j >= hitStart - 3)
      return { stop: 'neutral' };
    const cap = capitalisedAt(a, j, lo);
    if (cap && subjectPosition(a, j, hitStart)) return { target: cap };
  }
  return { stop: 'none' };
}

/** For a noun of wrongdoing: a target after it ("fraud at Hillside Surgery", "negligence by the trust"). */
function targetAfter(a: Analysis, hit: LexiconHit, hi: number): Target | undefined {
  for (let k = hit.tokenEnd; k <= hi && k < hit.tokenEnd + 3; k++) {
    if (!/^(by|at|of|from|in|within)$/.test(tokenAt(a, k).norm)) continue;
    return anyTarget(a, k + 1, Math.min(hi, k + 5));
  }
  return undefined;
}

/** For a verb with an innocent sense: the dishonest object after it, or undefined. */
function objectEnd(a: Analysis, hit: LexiconHit, hi: number): number | undefined {
  for (let k = hit.tokenEnd; k <= hi && k < hit.tokenEnd + 5; k++) {
    const n = tokenAt(a, k).norm;
    if (DISHONEST_OBJECT.has(n)) return k;
    if (NEGATION.test(n)) return undefined;
  }
  return undefined;
}

const KIND_PHRASE: Record<string, string> = {
  fraud: 'fraud or falsified records',
  theft: 'theft or cheating people out of money',
  bribery: 'taking or paying bribes',
  dishonesty: 'dishonesty',
  harm: 'harming patients',
  incompetence: 'negligence or being unsafe to practise',
  impairment: 'working under the influence',
};
const KINDS = Object.keys(KIND_PHRASE);

interface Candidate {
  hit: LexiconHit;
  end: number;
  target: Target;
  confidence: number;
  why: string[];
}

function judge(a: Analysis, hit: LexiconHit, lower: string): Candidate | undefined {
  const tags = hit.entry.tags ?? [];
  const [lo, hi] = sentenceTokens(a, hit.tokenStart);
  const first = tokenAt(a, hit.tokenStart);
  const next = a.tokens[hit.tokenEnd];
  const prev = hit.tokenStart - 1 >= lo ? tokenAt(a, hit.tokenStart - 1) : undefined;
  const innocent = INNOCENT_NEXT[first.norm];
  if (innocent && hit.tokenEnd === hit.tokenStart + 1 && next && hit.tokenEnd <= hi && innocent.test(next.norm))
    return undefined;
  // "lying and standing BP": a posture, not a lie.
  if (
    first.norm === 'lying' &&
    next &&
    /^(and|or|\/)$/.test(next.norm) &&
    /^(standing|sitting)$/.test(a.tokens[hit.tokenEnd + 1]?.norm ?? '')
  )
    return undefined;
  if (isQuoted(a, hit.start, hit.end)) return undefined;
  // Part of a proper name ("the NHS Counter Fraud Authority", "the Serious Fraud Office").
  if (hit.tokenStart > lo && TITLE_CASE.test(first.raw)) return undefined;
  if (prev && TOPIC_VERB.test(prev.norm) && (hit.entry.tags ?? []).includes('noun')) return undefined;
  // A hypothetical or conditional clause ("if a GP falsified records…").
  for (let j = lo; j < hit.tokenStart; j++)
    if (HYPOTHETICAL.has(tokenAt(a, j).norm) && j >= hit.tokenStart - 12) return undefined;
  // "a fraud", "you fraud": a label for the person, which content.insult reports as name-calling.
  if (
    prev &&
    /^(a|an|such|what|you|utter|total|complete|absolute)$/.test(prev.norm) &&
    a.hits('insult').some((h) => h.start === hit.start)
  )
    return undefined;

  let end = hit.end;
  if (tags.includes('needs-object')) {
    const k = objectEnd(a, hit, hi);
    if (k === undefined) return undefined;
    end = tokenAt(a, k).end;
  }

  const sentence = a.sentences[a.sentenceAt(hit.start)];
  const sText = sentence ? lower.slice(sentence.start, sentence.end) : '';
  if (DENIAL.test(sText)) return undefined;

  const why: string[] = [`allegation: ${hit.entry.phrase}`];
  let target: Target | undefined;
  let confidence = 0;
  const walk = subjectOf(a, hit.tokenStart, lo);
  if ('target' in walk) {
    target = walk.target;
  } else if (
    walk.stop === 'self' ||
    walk.stop === 'generic' ||
    walk.stop === 'negated' ||
    walk.stop === 'hypothetical'
  ) {
    return undefined;
  }
  if (!target && tags.includes('noun')) target = targetAfter(a, hit, hi);
  // A fragment ("Fraud, plain and simple.", "Drunk, apparently.") or "It's fraud." takes its target from the sentence before.
  const after = a.text.slice(end, end + 2);
  const fragment =
    (hit.tokenStart - lo <= 1 && (hi - lo < 6 || /^\s?[,.;:!?–—-]/.test(after))) ||
    ('stop' in walk && walk.stop === 'neutral' && tags.includes('noun'));
  if (!target && fragment && lo > 0) {
    const [plo, phi] = sentenceTokens(a, lo - 1);
    const before = anyTarget(a, plo, phi);
    if (before) target = { kind: 'context', label: targetPhrase(before) };
  }
  if (!target) return undefined;

  confidence = { named: 0.9, organisation: 0.9, role: 0.85, you: 0.85, group: 0.75, pronoun: 0.75, context: 0.8 }[
    target.kind
  ];
  why.push(`target: ${target.label}`);
  const evaluative = tags.includes('evaluative');
  const ctx = lower.slice(sentence?.start ?? 0, hit.start);
  if (OPINION.test(ctx)) {
    // Honest opinion covers a judgement framed as opinion, not a fact framed as belief.
    confidence = evaluative ? 0.45 : confidence * 0.9;
    why.push(evaluative ? 'framed as opinion' : 'a fact framed as belief');
  }
  const prevSentence = lo > 0 ? a.sentences[a.sentenceAt(tokenAt(a, lo - 1).start)] : undefined;
  const around = lower.slice(prevSentence?.start ?? sentence?.start ?? 0, sentence?.end ?? lower.length);
  if (HEDGED.test(around)) {
    confidence *= 0.92;
    why.push('hedged rumour');
  }
  if (SOURCED.test(sText)) {
    confidence = Math.min(confidence, 0.4);
    why.push('cites a public source');
  }
  if (/\?\s*$/.test(a.text.slice(sentence?.start ?? 0, sentence?.end ?? 0))) {
    confidence *= 0.85;
    why.push('asked as a question');
  }
  return { hit, end, target, confidence, why };
}

function targetPhrase(t: Target): string {
  switch (t.kind) {
    case 'you':
      return 'the person you are writing to';
    case 'context':
      return `${t.label} (named just before)`;
    case 'pronoun':
      return 'the person you are writing about';
    default:
      return t.label;
  }
}

export default defineRule({
  id: 'content.defamation',
  category: 'content',
  severity: 'stop',
  guidance: 'Content',
  readers: ['judge', 'employer', 'gmc'],
  description: 'A damaging factual allegation about an identifiable person or organisation.',
  rationale:
    'The Content section of the guidance reminds doctors that what they post about people and organisations is subject ' +
    'to the law of defamation. Saying as a fact that a named colleague, practice or NHS body is lying, falsifying records, ' +
    'stealing or harming patients can damage their reputation, and the author may have to prove it before a judge. ' +
    'Employers and the GMC also expect concerns to go through the proper channels, not onto social media; opinion on a ' +
    'policy or a decision, clearly framed as opinion, is fair comment and is left alone.',
  examples: {
    flagged: [
      'Dr Jones at Parkview Surgery has been falsifying his QOF returns for years.',
      'The practice manager is skimming money from the petty cash.',
      'Apparently the new locum turned up drunk on Tuesday.',
      '@NorthfieldTrust covered up the deaths on ward 6.',
    ],
    clean: [
      "In my view the ICB's decision to close the walk-in centre is a mistake.",
      'I think the new triage policy is unfair on older patients.',
      'Anyone who falsifies records should expect to lose their licence.',
      "Calling a named colleague 'negligent' online can be defamatory.",
      'I was lying awake at 3am worrying about the rota.',
    ],
  },
  detect({ analysis: a }) {
    const hits = a.hits('allegation');
    if (hits.length === 0) return [];
    const lower = a.text.toLowerCase();
    const out: RuleHit[] = [];
    const doneSentences = new Set<number>();
    for (const hit of hits) {
      const si = a.sentenceAt(hit.start);
      if (doneSentences.has(si)) continue;
      // Of hits starting together ("drunk", "drunk on duty"), judge the longest.
      const longer = hits.find((h) => h.start === hit.start && h.end > hit.end);
      if (longer) continue;
      const c = judge(a, hit, lower);
      if (!c || c.confidence <= 0) continue;
      doneSentences.add(si);
      const kind = (hit.entry.tags ?? []).find((t) => KINDS.includes(t)) ?? 'dishonesty';
      const excerpt = a.text.slice(hit.start, c.end);
      const rumour = c.why.includes('hedged rumour')
        ? ' Framing it as something you heard does not help: repeating an allegation publishes it again.'
        : '';
      out.push({
        start: hit.start,
        end: c.end,
        confidence: Math.min(0.95, c.confidence),
        message:
          `Don't send this as it stands: '${excerpt}' accuses ${targetPhrase(c.target)} of ${KIND_PHRASE[kind]} as if it were ` +
          'established fact. A judge could treat that as defamation, which you would have to prove, and an employer or the GMC ' +
          `would expect the concern to be raised properly rather than posted (guidance: Content).${rumour}`,
        suggestions: [
          {
            kind: 'advice',
            text:
              'Take the accusation out and talk about the issue instead (what happened, what it means for patients). If you have a ' +
              "genuine concern about a person or organisation, raise it through the proper route: your practice's or trust's " +
              'Freedom to Speak Up guardian, the responsible officer, the CQC or the GMC.',
          },
        ],
        why: c.why,
      });
    }
    return out;
  },
});
