import type { Analysis } from '../../analysis/analyse.js';
import { CROWD_GREETINGS, isHealthTopic, LETTER_OPENING } from '../../data/advice-request.js';
import { defineRule, type RuleHit } from '../../rule.js';
import type { LexiconHit } from '../../text/matcher.js';
import { AUTHOR_FAMILY, ageCues } from '../../analysis/ages.js';
import { anonymisedOrConsented } from '../../analysis/case-basis.js';
import { readShorthand } from '../../analysis/clinical-shorthand.js';
import { PerAnalysis } from '../../analysis/memo.js';
import { opinionAsk, questionsOf } from '../../analysis/opinion-request.js';
import { ANALYTES, CLINICAL_SHORT_WORDS } from '../../data/clinical-shorthand.js';
import { FINDING_WORDS, THING_WORDS } from '../../data/image-cues.js';
import { isGenericMedicineName } from '../../data/knowledge/drug-stems.js';
import { isMedicalTermForm } from '../../data/medical-word-forms.js';
import type { Token } from '../../text/tokens.js';

/*
 * Three things together, all in the author's own outbound words:
 *   1. a request for an opinion or a decision: an asking phrase (data/advice-request.ts, including the
 *      `peer` entries: "any thoughts", "what would you do", "pick your brains"), or a question that turns
 *      on a clinical decision ("Stop or continue?", "Is this a STEMI?");
 *   2. a particular patient: an identifier, a singular patient word ("my patient", "a patient of mine"),
 *      an age ("9-year-old", "lady in her 60s", "Little one, 4,"), or someone in front of the author
 *      ("he's still in my room", "I saw a…");
 *   3. clinical detail: a clinical word, a health topic, a result in shorthand, or an attached image.
 * General questions ("what's everyone's approach to statins in over-85s?"), guidance, rotas and
 * tasks ("can someone ring her back?") have no request for an opinion about one patient, so they pass.
 */

/** Patient words that mean patients in general, not one patient. */
const PLURAL_REFS = new Set([
  'patients',
  "patients'",
  'pts',
  'my patients',
  'our patients',
  'punters',
  'attenders',
  'frequent attenders',
  'service users',
  'regulars',
  'dnas',
]);

/** A question that turns on a clinical decision or a diagnosis. */
const DECISION =
  /\b(?:stop|continue|start|refer|referral|admit|scan|repeat|treat|manage|handle|anticoagulate|increase|reduce|switch|investigate|worry|worried|normal|serious|sinister|benign|needs? (?:a|an|to)|or not|would you|should (?:i|we)|is (?:this|it) (?:a|an))\b/i;
/** "Can I give…", "is X safe in…": whether a treatment may be given to the patient. */
const TREATMENT_Q =
  /\b(?:(?:can|could|should|would) (?:i|u|you|we|one)|(?:i|u|you|we|one) (?:can|could|should)) (?:give|prescribe|use|start|add|offer)\b|\bsafe (?:in|with|for|to give|to use)\b/i;
/** "Derm friends, what's this?", "Any ideas what this is?": a question asking to name what is shown or described. */
const IDENTIFY_Q =
  /(?:^|[,:–-] ?)(?:so |ok |okay )?(?:what(?:'s| is) (?:this|it|that)|what do (?:we|you) think (?:this|it) is|any ideas? what (?:this|it) (?:is|could be)|diagnosis|dx)\s*\?+$/i;
/** "He's asking for a second opinion": a request the patient made, reported by the author. */
const THIRD_PARTY_ASK =
  /\b(?:he|she|they|he's|she's|they're|patient|pt|who|family|relatives?)(?:'s| is| are| was| were| has| had)?(?: (?:now|also|still|keen|really))? (?:asking|asked|wants?|wanted|requested|requesting|seeking|sought|demanding|demanded|after|getting|got)(?: for| to get| to have)?(?: an?| another)?(?: [a-z]+)? $/i;
/** Tasks and admin: asking someone to do something, not for an opinion. */
const TASK =
  /\b(?:can|could|would|will) (?:someone|anyone|you|somebody|one of you) (?:please )?(?:ring|call|phone|book|cover|fit|see|chase|send|post|add|sort|pick up|swap|do|let|print|forward|text|email)\b|\b(?:who(?:'s| is) (?:on|duty)|anyone know (?:who|where|when|how to)|link to|the rota)\b/i;
/**
 * Questions about the process around a patient, not their care: who does a job ("who books those?"),
 * whether a service exists ("is there a transport scheme we can refer to?"), whether something arrived
 * ("anyone know if urology ever got his referral?"), the route or contact for it, or a job for the desk.
 */
const PROCESS =
  /\b(?:who (?:books|owns|arranges|organises|does|handles|covers|runs|sends)|any idea who|is there (?:a|an|any) (?:[a-z]+ ){0,2}(?:scheme|service|pathway|route|form|number|team|contact)|(?:anyone|any1|anybody) know (?:if|whether) [a-z]+ (?:ever )?(?:got|received|has had|have had|sent)|anyone know the (?:local )?(?:referral|pathway|number|email|route|contact|form)|can (?:reception|the desk|admin|the secretaries)\b)/i;
/** General questions: an approach or policy, not one patient. */
const GENERIC =
  /\b(?:what(?:'s| is| are) (?:everyone's|everybody's|your|the group's|people's) (?:approach|policy|practice|view|views|experience)|how do (?:you|we|people|others|you all) (?:usually|generally|normally)?\s*(?:manage|approach|handle|treat)|in general|generally speaking|as a rule)\b/i;
/**
 * The reader is asked to weigh a decision or a reading: "do I…", "should he…", "would you…", "am I
 * overcalling", "is it just me", "does that seem right", "where do you land", "could it be…",
 * "can it wait", or a doubt tail ("…or am I", "…or is that", "…or not").
 */
const DELIBERATE =
  /\b(?:(?:do|should|shall|would|must|wud|shud) (?:i|we|u|you|ya|he|she|they|it|one)|(?:can|could) (?:anyone|any1|someone|somebody|you|u) (?:tell|say|identify|interpret|advise|recommend|suggest|rationalise|help|have a look|take a look|look|eyeball)|(?:is|was|are) (?:this|that|it|the|his|her) (?:[a-z]+ ){0,3}(?:right|correct|appropriate|enough|worrying|significant|concerning)|am i|is it (?:just me|worth|ok|okay|safe|reasonable|fine)|(?:does|do|did) (?:that|this|it|he|she) (?:seem|sound|look|need|warrant)|(?:what|where|how|which) (?:do|would|did|should) (?:you|u|we|people|others|you all)|how (?:long|soon|often|much|far) (?:do|would|should) (?:you|u|we|i)|what (?:am i|are you|r u) (?:missing|thinking)|(?:could|might|would|can) (?:it|this|that|he|she) (?:be|wait|have)|(?:is|was|are) (?:this|that|it|he|she) (?:a|an|just|really|definitely|likely|probably|normal|ok|okay|safe|fine)|or (?:am|is|are|not|nah|no)\b|(?:any|what|your) (?:thoughts|ideas|views|reckons)|you reckon)\b/i;
/** A question of this many words or fewer asks about what was just described. */
const SHORT_QUESTION = 6;
/** Two readings or courses set against each other: "…paeds referral or dietitian first?". */
const EITHER_OR = /\S \bor\b \S/i;
/** An open question about what something is or what to do: "what dressing…", "which statin…". */
const OPEN_Q = /^\W*(?:what|which|how|is|are|any|has anyone|have you|anyone|does|do)\b/i;
/** Asking someone to do something ("can someone code this", "could the DNs visit"), not to judge. */
const ACTION_REQUEST =
  /^\W*(?:(?:hi|hey|morning|afternoon|evening|ok|okay|also|and|so)\W+)?(?:(?:can|could|will) (?:someone|somebody|anyone|any1|you|u|we|one of (?:you|us)|the [a-z]+|pharmacy|reception|a gp)|would (?:someone|somebody|anyone|any1|one of (?:you|us)))(?: please| pls)? (?!(?:have a look|look at|take a look|eyeball|tell|advise|recommend|suggest|help|rationalise|interpret)\b)[a-z]+/i;
/** Questions about who, where or when someone is, or where a referral went: logistics. */
const LOGISTICS =
  /^\W*(?:who|whoever|who's|whos|where(?:'s| is| are| can i| do i find| do we keep))\b|\b(?:anyone know (?:if|whether) (?:[a-z]+ ){0,3}(?:got|received|sent|has|have|lost)|who (?:books|owns|runs|has|knows))\b/i;

/**
 * Questions that ask for a thing, company or news, not a judgement: "does anyone have the number for…",
 * "is there a way to book…", "anyone know the exact rule?", "what's our policy on…", "anyone want to
 * observe…", "fancy a coffee?", "any update on…".
 */
const NOT_ASKING =
  /^\W*(?:(?:does|do|has|have) (?:anyone|any1|anybody|someone|somebody|everyone) (?:have|got|found|know of|seen a)\b|why (?:can't|cant|don't|dont|won't|wont|isn't|isnt|aren't|doesn't|wouldn't|shouldn't)\b|is there (?:a|an|any) (?:[a-z]+ )?(?:way|field|form|template|leaflet|number|process|policy|protocol|code|link|pathway|version|easy)|(?:anyone|any1|anybody|who) (?:want|wants|fancy|fancies|free for|up for)\b|fancy a\b|any (?:update|news|word)s? on\b)|\banyone know (?:the|what the|where the|who|if there(?:'s| is)) (?:[a-z]+ ){0,2}(?:rule|rules|number|policy|process|form|code|link|guidance|email|extension)\b|\bwhat(?:'s| is) (?:our|the) (?:current )?(?:[a-z]+ )?(?:policy|position|process|protocol|pathway|guidance)\b/i;
/** "Any probs just message me", "what the hell are they playing at": an offer or an oath, not a question to the readers. */
const OFFER_OR_OATH =
  /\bany (?:probs|problems|questions|q's|qs|issues)\b|\bwhat the (?:hell|heck|f\w*)\b|\bplaying at\b/i;
/** A question in quotation marks is someone else's, reported ("'Is there a pill for everything?' – patient"). */
const QUOTED = /^["'“‘]/;
/** A question the author answers at once ("…enough? No.", "(Answer: …)") asks nobody. */
const ANSWERED = /^\s*\(?(?:(?:also|still|and) )?(?:no|yes|nope|yep|nah|answer|answers|spoiler)\b/i;

/** The patient is in front of the author, or was seen by them. */
const PRESENT =
  /\b(?:had (?:a|an|this) (?:[a-z]+ )?(?:guy|man|lady|woman|bloke|chap|lad|girl|boy|kid|child|gent|gentleman|patient) in|in my room|in the room|on the phone now|(?:i|we) (?:saw|have seen|'ve seen|just saw|reviewed|examined)|(?:i've|i have|i've just|i have just) (?:got|seen)|came (?:in|to see me)|patient of mine|one of (?:mine|my patients|ours|our patients))\b/i;
const THIRD = /\b(?:he|she|he's|she's|his|her|him)\b/i;
const PERSON_NOUN =
  /\b(?:(?:a|this|the|my|our|one) (?:lady|man|woman|gentleman|gent|chap|bloke|guy|boy|girl|lad|lass|child|kid|baby|toddler|teenager|teen|patient)|little one|twin (?:brothers|sisters|boys|girls)|twins)\b/i;
/**
 * A person described by what they have or take: "lady on lithium", "chap with a new murmur", "a baby
 * who…". Not "the baby with jaundice" or "our gentleman on lithium": a patient the reader already knows
 * is care being coordinated within the team.
 */
const DESCRIBED_PERSON =
  /\b(?<!\b(?:the|our|your) (?:[a-z]+ )?)(?:lady|man|woman|gent|gentleman|chap|bloke|guy|fella|lad|lass|girl|boy|baby|toddler|child|kid|teenager|infant|newborn)(?:'s)? (?:with|on|who|whose|taking|having|presenting|c\/o)\b/i;
/** "patient pages", "patient survey": the word describes a thing, not a person. */
const PATIENT_MODIFIER =
  /^ (?:pages?|information|info|leaflets?|groups?|participation|surveys?|safety|access|records?|experience|feedback|forums?|app|portal|voice|services?|education|choice|list|lists|numbers?|demand|care)\b/i;
/** "per patient", "each patient": patients in general. */
const EVERY = /\b(?:per|each|every|any)\s+$/i;
/** "if a patient asks…": a hypothetical, not a patient. */
const HYPOTHETICAL = /\b(?:if|when|whenever|suppose|imagine|say|every time)\s+(?:(?:a|an|the|your|my)\s+)?$/i;
const IDENTIFYING = new Set([
  'nhs-number',
  'hospital-number',
  'date-of-birth',
  'name',
  'address',
  'postcode',
  'phone',
  'email',
  'ni-number',
]);

interface Ask {
  start: number;
  end: number;
  why: string;
}

function sentenceText(a: Analysis, i: number): string {
  const s = a.sentences[i];
  return s ? a.text.slice(s.start, s.end) : '';
}

/** The request for an opinion, or undefined. */
function findAsk(a: Analysis): Ask | undefined {
  const hits = a.hits('advice-request').filter((h: LexiconHit) => !(h.entry.tags ?? []).includes('prescribe'));
  for (const h of hits) {
    const sentence = sentenceText(a, a.sentenceAt(h.start));
    if (GENERIC.test(sentence) || THIRD_PARTY_ASK.test(a.text.slice(Math.max(0, h.start - 48), h.start))) continue;
    // "Great question from a patient today: 'Can I have the flu jab with a cold?'": a question quoted, not asked.
    const stance = a.meaning.stanceAt(h);
    if (stance === 'quoted' || stance === 'reported') continue;
    // "Can you check the rota?" is a task; "can you look at the bloods" stays an ask (it names something to judge).
    let end = h.end;
    for (const o of hits) if (o.start === h.start && o.end > end) end = o.end;
    return { start: h.start, end, why: `asks for an opinion: "${a.text.slice(h.start, end)}"` };
  }
  const short = opinionAsk(a);
  if (short) return short;
  for (let i = 0; i < a.sentences.length; i++) {
    const s = a.sentences[i] as { start: number; end: number };
    const text = a.text.slice(s.start, s.end).trimEnd();
    if (!text.endsWith('?') || TASK.test(text) || PROCESS.test(text) || GENERIC.test(text)) continue;
    if (IDENTIFY_Q.test(text))
      return { start: s.start, end: s.start + text.length, why: 'asks colleagues to name what the patient has' };
    if (!DECISION.test(text) && !TREATMENT_Q.test(text)) continue;
    return { start: s.start, end: s.start + text.length, why: 'a question that turns on a clinical decision' };
  }
  // Other questions that ask the readers to judge ("where do you land?", "does it need 2ww or am I being
  // jumpy", "Paget's or something else?"); requests to do something ("can someone ring her?") and
  // questions about who or where are tasks, not opinions.
  for (const q of questionsOf(a)) {
    const text = a.text.slice(q.start, q.end);
    if (notAnAsk(a, q, text)) continue;
    const clinical = q.words.some((t) => clinicalWord(a, t));
    // A short question is about the case in front of the readers: "necrobiosis?", "Prophylaxis or watchful waiting?".
    const short = q.words.length <= SHORT_QUESTION;
    if (
      DELIBERATE.test(text) ||
      (EITHER_OR.test(text) && (clinical || short)) ||
      (clinical && (OPEN_Q.test(text) || short))
    )
      return { start: q.start, end: q.end, why: 'asks the readers to judge the case' };
  }
  // After a case written the way notes are ("34F c/o palpitations, ferritin 9", "58M, ALP 410"), a question
  // in any form that is not a task or logistics asks about that patient: "Worth a holter first?", "what wld u do".
  if (readShorthand(a).patient === undefined) return undefined;
  for (const q of questionsOf(a)) {
    const text = a.text.slice(q.start, q.end);
    // The question is its last clause ("…bloods flagged K 6.4, who's free?"); an oath makes it rhetorical.
    const last = text.split(/[,;:\u2013\u2014]\s|\s-\s/).pop() ?? text;
    if (LOGISTICS.test(last) || ACTION_REQUEST.test(last) || OFFER_OR_OATH.test(text)) continue;
    if (notAnAsk(a, q, text)) continue;
    return { start: q.start, end: q.end, why: 'a question about the patient just described' };
  }
  return undefined;
}

/** A word of clinical detail: a clinical or red-flag term, a medicine, a health topic, a medical term's form, or note shorthand. */
function clinicalWord(a: Analysis, t: Token): boolean {
  if (CLINICAL_SHORT_WORDS.has(t.norm) || isHealthTopic(t.norm) || isGenericMedicineName(t.norm)) return true;
  return isMedicalTermForm(t.norm) || insideClinicalSpan(a).has(t.start);
}

const CLINICAL_SPANS = new PerAnalysis<ReadonlySet<number>>();

/**
 * The starts of tokens inside a clinical or red-flag hit or a shorthand cue, found once per draft in one
 * sweep (ranges by start, the furthest end so far), not once per token per hit.
 */
function insideClinicalSpan(a: Analysis): ReadonlySet<number> {
  const known = CLINICAL_SPANS.get(a);
  if (known) return known;
  const spans = [...a.hits('clinical'), ...a.hits('red-flag'), ...readShorthand(a).cues].sort(
    (x, y) => x.start - y.start,
  );
  const inside = new Set<number>();
  let j = 0;
  let furthest = -1;
  for (const t of a.tokens) {
    while (j < spans.length && (spans[j] as { start: number }).start <= t.start)
      furthest = Math.max(furthest, (spans[j++] as { end: number }).end);
    if (furthest >= t.end) inside.add(t.start);
  }
  CLINICAL_SPANS.set(a, inside);
  return inside;
}

/** What shows the question is about one particular patient, or undefined. */
function particularPatient(a: Analysis): string | undefined {
  if (/\d/.test(a.text) || /[A-Z][a-z]+ [A-Z]/.test(a.text)) {
    const id = a.identifiers.find(
      (i) => IDENTIFYING.has(i.kind) && i.confidence >= 0.5 && (i.subject === 'patient' || i.subject === 'person'),
    );
    if (id) return `an identifier ("${id.value}")`;
  }
  for (const h of a.hits('patient-ref')) {
    if (PLURAL_REFS.has(h.entry.phrase) || PATIENT_MODIFIER.test(a.text.slice(h.end, h.end + 24))) continue;
    const sentence = sentenceText(a, a.sentenceAt(h.start));
    if (GENERIC.test(sentence) || HYPOTHETICAL.test(a.text.slice(Math.max(0, h.start - 12), h.start))) continue;
    if (EVERY.test(a.text.slice(Math.max(0, h.start - 8), h.start))) continue;
    return `a particular patient ("${a.text.slice(h.start, h.end)}")`;
  }
  const supposed = (start: number) => HYPOTHETICAL.test(a.text.slice(Math.max(0, start - 12), start));
  const age = ageCues(a.text).find((c) => !supposed(c.start));
  if (age) return `the patient's age ("${a.text.slice(age.start, age.end)}")`;
  const written = readShorthand(a).patient;
  if (written && !supposed(written.start))
    return `a patient written up in shorthand ("${a.text.slice(written.start, written.end)}")`;
  const present = PRESENT.exec(a.text);
  if (present) return `a patient the author has seen ("${present[0]}")`;
  const noun = PERSON_NOUN.exec(a.text);
  if (noun && THIRD.test(a.text)) return `a particular person ("${noun[0]}")`;
  const described = DESCRIBED_PERSON.exec(a.text);
  if (described && !supposed(described.index)) return `a particular person ("${described[0]}")`;
  const theirs = resultOfSomeone(a);
  if (theirs) return `someone's own result or treatment ("${theirs}")`;
  return undefined;
}

/** What follows an analyte when it is a result: a value, or a word for how it reads. */
const RESULT_AFTER =
  /\d|\b(?:back|up|down|high|low|raised|normal|abnormal|dropped|rising|falling|climbing|deranged|borderline)\b/i;

/** "his eGFR's 24", "her calcium's back", "his Biktarvy": a person's own result or medicine, in the third person. */
function resultOfSomeone(a: Analysis): string | undefined {
  const { tokens } = a;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.norm !== 'his' && t.norm !== 'her') continue;
    for (const [k, next] of tokens.slice(i + 1, i + 3).entries()) {
      const word = next.norm.replace(/'s$/, '');
      if (isGenericMedicineName(word)) return a.text.slice(t.start, next.end);
      // An analyte counts with its value or how it reads ("his eGFR's 24", "her calcium's back"):
      // "his ESR" alone may be his supervisor's report.
      const after = a.text.slice(next.end, (tokens[i + k + 4] ?? next).end);
      if (ANALYTES.has(word) && RESULT_AFTER.test(after)) return a.text.slice(t.start, next.end);
    }
  }
  return undefined;
}

/** A photo that shows someone's finding: a finding or body word, or how long it has been there, and no thing shown. */
function photographed(a: Analysis): string | undefined {
  if (a.tokens.some((t) => THING_WORDS.has(t.norm))) return undefined;
  const finding = a.tokens.find((t) => FINDING_WORDS.has(t.norm));
  if (finding) return `the person in the attached photo ("${finding.raw}")`;
  const shown = readShorthand(a).cues.find((c) => c.kind === 'presence');
  return shown ? `the person in the attached photo ("${a.text.slice(shown.start, shown.end)}")` : undefined;
}

/** Clinical detail: a clinical word, a health topic, clinical shorthand, a rare condition, or an attached image. */
function clinicalDetail(a: Analysis, hasImage: boolean): string | undefined {
  const c =
    a.hits('clinical')[0] ??
    a.hits('red-flag')[0] ??
    a.hits('quasi-identifier').find((h) => h.entry.tags?.[0] === 'rare-condition');
  if (c) return `clinical detail ("${a.text.slice(c.start, c.end)}")`;
  const t = a.tokens.find((tok) => CLINICAL_SHORT_WORDS.has(tok.norm) || isHealthTopic(tok.norm));
  if (t) return `clinical detail ("${t.raw}")`;
  const s = readShorthand(a).detail;
  if (s) return `clinical detail ("${a.text.slice(s.start, s.end)}")`;
  return hasImage ? 'an attached image' : undefined;
}

export default defineRule({
  id: 'confidentiality.clinical-advice-seeking',
  category: 'confidentiality',
  severity: 'caution',
  guidance: 'Confidentiality',
  readers: ['patient', 'gmc'],
  description: 'Asking peers for clinical advice about a particular patient over messaging or social media.',
  rationale:
    'The Confidentiality section of "The pitfalls of social media usage and how to avoid them" (Londonwide LMCs) accepts that GPs ask colleagues for advice in messaging groups, and lists what goes wrong: the patient may be recognisable from the details, whoever answers may lack the qualifications or the full picture, the exchange never reaches the record, it is hard to find again if the decision is questioned, and it can be disclosed if the patient asks for their data. ' +
    'The patient and the GMC would both expect the advice to come through a proper route (Advice and Guidance, a referral, a documented discussion with a colleague) and to be written in the notes.',
  examples: {
    flagged: [
      {
        text: 'Quick one: lady in her 60s, eGFR dropped from 58 to 41 since starting ramipril. Stop or continue?',
        channel: 'group-chat',
        platform: 'whatsapp',
      },
      {
        text: 'Any dermatologists on here? Patient of mine has a changing mole on her back. What would you do?',
        channel: 'public-post',
        platform: 'x',
      },
      {
        text: 'Can I pick your brains about a patient? 81, new AF, two falls this month, on apixaban. Would you carry on?',
        channel: 'email',
      },
    ],
    clean: [
      { text: "What's everyone's approach to statins in over-85s? Reviewing our policy.", channel: 'group-chat' },
      { text: 'Sharing the new NICE hypertension guidance: the home BP targets have changed.', channel: 'group-chat' },
      { text: 'Can someone cover my Thursday afternoon clinic? Happy to swap.', channel: 'group-chat' },
      { text: 'Can you look at my rash? It started yesterday.', channel: 'direct-message', direction: 'inbound' },
    ],
  },
  detect({ draft, analysis: a }): RuleHit[] {
    if (a.hits('advice-request').length === 0 && !opinionAsk(a) && questionsOf(a).length === 0) return [];
    const ask = findAsk(a);
    if (!ask) return [];
    const hasImage = draft.attachments.some((x) => x.kind === 'image');
    const detail = clinicalDetail(a, hasImage);
    if (!detail) return [];
    const patient = particularPatient(a) ?? (hasImage ? photographed(a) : undefined);
    if (!patient) return [];
    if (AUTHOR_FAMILY.test(a.text) && a.hits('patient-ref').length === 0) return [];
    if (anonymisedOrConsented(a.text)) return [];
    if (draft.channel === 'email' && letterToAClinician(a)) return [];
    const group =
      draft.channel === 'group-chat' ||
      draft.channel === 'public-post' ||
      draft.channel === 'reply' ||
      draft.channel === 'comment';
    const confidence = Math.min(0.9, 0.65 + (group ? 0.1 : 0) + (patient.startsWith('an identifier') ? 0.1 : 0));
    const where =
      draft.channel === 'group-chat'
        ? 'a group chat'
        : draft.channel === 'email'
          ? 'an email'
          : draft.channel === 'direct-message'
            ? 'a direct message'
            : 'a public post';
    return [
      {
        start: ask.start,
        end: ask.end,
        confidence,
        why: [ask.why, patient, detail, `channel: ${draft.channel}${draft.platform ? ` (${draft.platform})` : ''}`],
        message:
          `Reconsider sending this: it asks colleagues for advice about a particular patient (${patient}) in ${where}. ` +
          'Advice given this way may rest on half the picture, stays out of the notes and can still be disclosed (guidance: Confidentiality). ' +
          'Use Advice and Guidance, a referral or a documented discussion with a colleague, and record the advice in the notes.',
        suggestions: [
          {
            kind: 'advice',
            text: 'Ask through a proper route: Advice and Guidance (e-RS) to the specialty, a referral, or a phone or face-to-face discussion with a colleague that you write up. Record the question, the advice and who gave it in the patient\u2019s notes. If you do ask informally, leave out anything that could identify the patient.',
          },
        ],
      },
    ];
  },
});

/**
 * "Dear Dr Lowe, …", "Dear Endocrinology, …": an email that opens as a letter to a clinician by title and
 * name, or to a service by its capitalised name, is a referral or an Advice and Guidance request.
 */
function letterToAClinician(a: Analysis): boolean {
  const t = a.tokens;
  if (t[0]?.norm !== LETTER_OPENING || !t[1] || CROWD_GREETINGS.has(t[1].norm)) return false;
  if (a.targets.namedPeople.some((p) => p.start === t[1]?.start)) return true;
  // Capitalised words up to the comma or line break that ends the greeting.
  let k = 1;
  while (k < t.length && k <= 4 && /^\p{Lu}/u.test((t[k] as Token).raw)) {
    const gap = a.text.slice((t[k] as Token).end, t[k + 1]?.start ?? a.text.length);
    if (/[,\n]/.test(gap)) return true;
    k++;
  }
  return false;
}

/** A question that is a task, a process or policy question, quoted, rhetorical or already answered: no ask. */
function notAnAsk(a: Analysis, q: { end: number }, text: string): boolean {
  return (
    TASK.test(text) ||
    PROCESS.test(text) ||
    GENERIC.test(text) ||
    ACTION_REQUEST.test(text) ||
    LOGISTICS.test(text) ||
    NOT_ASKING.test(text) ||
    QUOTED.test(text) ||
    ANSWERED.test(a.text.slice(q.end, q.end + 16))
  );
}
