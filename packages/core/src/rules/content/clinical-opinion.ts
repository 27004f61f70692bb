import type { Analysis } from '../../analysis/analyse.js';
import { lineSpan, sentenceTokens, tokenLine } from '../../analysis/speech.js';
import { defineRule, type RuleHit } from '../../rule.js';
import type { Token } from '../../text/tokens.js';
import { authorRoles } from '../../analysis/author-role.js';
import { claimsMade } from '../../analysis/claims.js';
import { isMedicineWord } from '../../data/knowledge/drug-stems.js';
import { isMedicalTermForm } from '../../data/medical-word-forms.js';
import { matchesOf } from '../../text/prefilter.js';

/*
 * content.clinical-opinion (info): the author offers the public a clinical view: a recommendation
 * or judgement about treatments, tests, diets, supplements or medicines ("in my view most people
 * do better with CBT than sleeping tablets", "everyone over 50 should take vitamin D", "PSA
 * screening does more harm than good"). Nothing is wrong with that; the reminder is that it must be
 * defensible, within the author's competence and in line with the evidence.
 *
 * It needs two things in one sentence (or a judgement in the sentence after the topic): an opinion
 * or judgement cue, and a clinical topic. Practice notices ("flu clinic Saturday") carry no opinion
 * cue and stay silent. It applies to public channels only (public post, reply, comment). Where
 * content.clinical-misinformation fires, it speaks only if the author claims a clinical role for the
 * view ("as a GP", "pharmacist here", "25 years in general practice"): the role is what makes a myth
 * read as professional advice, the part of the harm this reminder names. A role alone is not a cue:
 * tried, it spoke on a GP's news of a new job and on accurate advice far more often than it helped.
 */

const PUBLIC = new Set(['public-post', 'reply', 'comment']);

/** Opinion frames and clinical judgements, over the token line (linear, no nested quantifiers). */
const CUES: readonly RegExp[] = [
  // Explicit opinion: "in my view", "my opinion is", "unpopular opinion", "hot take", "IMO".
  /(?<![^ ])(?:in my (?:view|opinion|experience|book)|my (?:view|opinion|take|feeling|position|advice|recommendation) is|my (?:view|opinion|take)(?= )|my (?:two pence|2p|honest take|hot take)|(?:unpopular|controversial|honest|gp|pharmacist|nurse|clinical|professional) (?:opinion|take|view)|hot take|imho|imo|if you ask me|personally|(?<=(?:^|\| ))opinion)(?![^ ])/g,
  // First-person judgement: "I think", "I'd say", "I'd recommend", "I'd never", "I recommend", "I disagree".
  /(?<![^ ])(?:i (?:really |honestly |genuinely |strongly |firmly )?(?:think|believe|reckon|feel|suspect|recommend|advise|suggest|urge|disagree|agree|would never|would always|never|always recommend|swear by|prefer)|i'd (?:say|argue|recommend|suggest|advise|never|always|avoid|prefer|urge)|i would (?:say|argue|recommend|suggest|advise|never|always|avoid|prefer|urge)|i (?:rarely|seldom|usually|often|no longer|now|generally|tend to|always|never) (?:start|prescribe|use|recommend|offer|give|reach for|refer|test|check|suggest)|i'm (?:not convinced|cautious|more cautious|wary|a big fan|a fan|sceptical|skeptical|reaching for)|i'd (?:choose|rather|go for|reach for|pick|start)|i've come round|i (?:find|found)|i'm (?:generally |increasingly |firmly |really |still |not )*(?:keen on|in favour of|of the view|convinced|against)|i'd (?:like|love) (?:to see )?|(?:strong|personal|my own) (?:opinion|practice|view)|for what it's worth)(?![^ ])/g,
  // Judgements of practice: over- and under-use, harm against benefit.
  /(?<![^ ])(?:(?:massively |hugely |grossly |routinely |badly |still )?(?:over|under)(?:prescrib\w*|diagnos\w*|treat\w*|investigat\w*|medicalis\w*|medicaliz\w*|us(?:e|ed|ing))|(?:do|does|did) more harm than good|(?:the )?benefits(?: [^ |]+){0,3} outweigh the (?:risks|harms)|(?:the )?(?:risks|harms)(?: [^ |]+){0,3} outweigh the benefits|(?:is|are) (?:the )?(?:better|best|right|wrong) (?:first )?(?:choice|option|treatment|approach)|(?:do|does|did) better (?:with|on)|is overrated|are overrated|(?:is|are) (?:massively |hugely )?(?:underused|overused|underrated|poor value|good value)|waste of (?:time|money)|(?:don't|do not|doesn't|does not) (?:need(?! to(?: |$))|work)|could come off|should come off)(?![^ ])/g,
  // Recommendations to people in general: "everyone over 50 should take", "should be offered to".
  // …and what a profession or a population should do, whatever the verb ("we should lower the age", "GPs should stop").
  /(?<![^ ])(?:should (?:be )?(?:offered|prescribed|given|screened|tested|treated|taking|take|have|get|avoid|stop|start|try|ask for|be on|come off|never|not|always)|anyone (?:still )?prescribing|the one i recommend|(?:we|gps|doctors|clinicians|the nhs|nhs|everyone|people|parents|women|men) (?:really |all |definitely |probably )?should(?: be)? [a-z]+)(?![^ ])/g,
];

/** The four kinds in one scan: group k is CUES[k] (inner groups are all non-capturing). */
const ALL_CUES = new RegExp(CUES.map((r) => `(${r.source})`).join('|'), 'g');

/** Clinical topics not already in the clinical lexicon (treatments, tests, diets, supplements). */
const TOPIC =
  /(?<![^ ])(?:ppis?|cbt\w*|supplements?|vitamin\w*|diets?|dieting|fasting|keto\w*|screening|hrt|adhd|medications?|medicines?|tablets|pills|drugs|prescri\w*|antidepressants?|ssris?|statins?|antibiotics?|vaccin\w*|jabs?|tests?|testing|scans?|treatments?|therap\w*|monitors?|insulin|opioids?|painkillers?|psa|mammograms?|diagnos\w*|overdiagnos\w*|overprescrib\w*|underprescrib\w*|deprescrib\w*|steroids?|probiotics?|collagen|supplementation|glp|semaglutide|tirzepatide|hormones?|melatonin|codeine|aspirin|taper\w*|withdrawal|doses?|paracetamol|ibuprofen|inhalers?|injections?|surgery|physio\w*|exercise)(?![^ ])/;
const CLINICAL_TAGS = new Set(['medicine', 'test', 'condition']);
/** Conditions from the health-claims knowledge that make a topic clinical (not "harm", which holds "deaths"). */
const CONDITION_TAGS = new Set(['serious', 'viral']);

const MESSAGE =
  'Consider whether you could justify this if asked: it offers the public a clinical view. The guidance (Content) ' +
  'expects clinical posts to be defensible, within your competence and in line with the evidence base, and a ' +
  "doctor's view is read as advice. Point to the guideline or evidence behind it, or say where views differ.";
const ROLE_MESSAGE =
  'You give this view the standing of your profession, so readers will take it as professional advice. The guidance ' +
  '(Content) expects clinical posts to be defensible, within your competence and in line with the evidence base; ' +
  'say only what you could justify to the GMC, and point to the guideline or evidence behind it.';
const SUGGESTIONS = [
  {
    kind: 'advice' as const,
    text: 'Link the guideline or evidence the view rests on (a NICE guideline or NHS page), and keep to your own area of practice.',
  },
];

/** The finding over the sentence from token lo to hi. */
function opinionAt(a: Analysis, lo: number, hi: number, message: string, why: string[]): RuleHit {
  const first = a.tokens[lo] as Token;
  const last = a.tokens[hi] as Token;
  return { start: first.start, end: last.end, confidence: 0.6, message, suggestions: SUGGESTIONS, why };
}

/** The sentence where the author first claims a clinical role ("as a GP", "pharmacist here"). */
function roleOpinion(a: Analysis): RuleHit | undefined {
  const i = authorRoles(a)[0];
  if (i === undefined) return undefined;
  const [lo, hi] = sentenceTokens(a, i);
  return opinionAt(a, lo, hi, ROLE_MESSAGE, ['clinical role claimed', `role: ${(a.tokens[i] as Token).raw}`]);
}

function topicIn(a: Analysis, lo: number, hi: number): boolean {
  for (const h of a.hits('clinical')) {
    if (h.tokenStart >= lo && h.tokenStart <= hi && (h.entry.tags ?? []).some((t) => CLINICAL_TAGS.has(t))) return true;
  }
  for (const h of a.hits('health-agent')) if (h.tokenStart >= lo && h.tokenStart <= hi) return true;
  for (const h of a.hits('health-condition'))
    if (h.tokenStart >= lo && h.tokenStart <= hi && (h.entry.tags ?? []).some((t) => CONDITION_TAGS.has(t)))
      return true;
  // A medicine by its stem ("gabapentinoids") or a condition by its medical form ("diverticulitis").
  for (let k = lo; k <= hi; k++) {
    const w = (a.tokens[k] as Token).norm;
    if (isMedicineWord(w) || isMedicalTermForm(w)) return true;
  }
  const words = a.tokens
    .slice(lo, hi + 1)
    .map((t) => t.norm)
    .join(' ');
  return TOPIC.test(words);
}

export default defineRule({
  id: 'content.clinical-opinion',
  category: 'content',
  severity: 'info',
  guidance: 'Content',
  readers: ['gmc'],
  description: 'A clinical opinion offered publicly: a reminder that it must be justifiable and within competence.',
  rationale:
    'The Content section of the guidance says a GP should be able to justify any post about clinical matters if asked, and ' +
    'that views at odds with the evidence base attract scrutiny. A public recommendation about a treatment, test, diet or ' +
    'medicine is read as professional advice because it comes from a doctor. This is only a reminder: it asks whether the ' +
    'view is defensible, within your competence and in line with current guidance, so that the GMC would have no reason to ask.',
  examples: {
    flagged: [
      'In my view, most people with long-standing insomnia do better with CBT than with sleeping tablets.',
      'Everyone over 50 should take vitamin D all year round.',
      'Unpopular opinion: antidepressants are overprescribed.',
    ],
    clean: [
      'Flu clinic this Saturday, 9am to 1pm. Book via the NHS App or call reception.',
      { text: 'I think we should switch him to sertraline, can you see him Tuesday?', channel: 'group-chat' },
      'Proud of our team today: 412 flu jabs in four hours.',
    ],
  },
  detect({ draft, analysis: a }) {
    if (!PUBLIC.has(draft.channel)) return [];
    if (a.tokens.length === 0) return [];
    if (claimsMade(a).length > 0) {
      const hit = roleOpinion(a);
      return hit ? [hit] : [];
    }
    // Cheap gate: no clinical topic anywhere, no clinical opinion.
    const line = tokenLine(a);
    if (
      !TOPIC.test(line.text) &&
      !a.hits('clinical').some((h) => (h.entry.tags ?? []).some((t) => CLINICAL_TAGS.has(t))) &&
      a.hits('health-agent').length === 0 &&
      !a.tokens.some((t) => isMedicineWord(t.norm) || isMedicalTermForm(t.norm))
    )
      return [];
    ALL_CUES.lastIndex = 0;
    for (const m of matchesOf(ALL_CUES, line.text)) {
      const kind = m.slice(1).findIndex((g) => g !== undefined);
      const span = lineSpan(a, line, m.index, m[0].length);
      if (!span) continue;
      const [lo, hi] = sentenceTokens(a, span.tokenStart);
      // The topic may sit in the sentence before a bare judgement ("Codeine for a cough? It doesn't work.").
      const prevLo = lo > 0 ? sentenceTokens(a, lo - 1)[0] : lo;
      const inSentence = topicIn(a, lo, hi);
      // An explicit opinion frame ("my opinion is…") may discuss a topic the draft named earlier.
      const nearby = kind === 0 ? topicIn(a, 0, lo - 1) : kind === 2 && topicIn(a, prevLo, lo - 1);
      if (!inSentence && !nearby) continue;
      return [opinionAt(a, lo, hi, MESSAGE, ['opinion cue', `cue: ${m[0]}`, 'clinical topic'])];
    }
    return [];
  },
});
