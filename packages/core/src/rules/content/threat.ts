import type { Analysis } from '../../analysis/analyse.js';
import { PerAnalysis } from '../../analysis/memo.js';
import { defineRule, type RuleHit } from '../../rule.js';
import type { Token } from '../../text/tokens.js';
import type { LexiconHit } from '../../text/matcher.js';
import {
  JOKE_MARKER,
  isReported,
  lineSpan,
  personCueAt,
  sentenceTokens,
  tokenLine,
  type TokenLine,
} from '../../analysis/speech.js';
import { isShadowed } from './insult.js';
import { matchesOf, anyMatchTest } from '../../text/prefilter.js';
import { fastPaths } from '../../fast-path.js';

/*
 * content.threat: threats of harm or of ruin.
 *
 * Three kinds of cue:
 *  1. fixed phrases from data/threat.ts ("watch your back", "I'll end your career");
 *  2. violence: a first-person agent ("I'll", "I'm going to", "someone should") + a violent verb
 *     + a person ("him", "you", "Dr Patel", "the registrar"); "this virus kills", "the deadline is
 *     killing me" and "I could kill for a coffee" have no such agent and object;
 *  3. leverage: "I'll make sure…" + a ruin outcome for the person or their practice ("…is finished",
 *     "…your sign-off doesn't happen"), where a condition ("if…", "otherwise…") shows it is the price
 *     of a demand.
 * Reporting to a regulator or the police is a legitimate process and is not a threat; what is
 * flagged is a promised outcome ("until you're struck off"). A "joke" about violence still fires: the
 * written word loses the laugh (guidance, Content), with a little less confidence.
 */

type ThreatKind = 'harm' | 'ruin' | 'intimidation' | 'veiled' | 'exposure' | 'unmasking';

interface Cue {
  start: number;
  end: number;
  tokenStart: number;
  kind: ThreatKind;
  confidence: number;
  why: string;
}

const VIOLENT: Record<string, string> = {};
for (const [base, ...forms] of [
  ['kill', 'killing'],
  ['murder', 'murdering'],
  ['strangle', 'strangling'],
  ['throttle', 'throttling'],
  ['punch', 'punching'],
  ['thump', 'thumping'],
  ['smack', 'smacking'],
  ['slap', 'slapping'],
  ['deck', 'decking'],
  ['batter', 'battering'],
  ['stab', 'stabbing'],
  ['shoot', 'shooting'],
  ['knife', 'knifing'],
  ['glass', 'glassing'],
  ['lamp', 'lamping'],
  ['headbutt', 'headbutting'],
  ['kick', 'kicking'],
  ['hit', 'hitting'],
  ['hurt', 'hurting'],
  ['beat', 'beating'],
  ['bash', 'bashing'],
  ['run', 'running'],
  ['burn', 'burning'],
  ['torch', 'torching'],
  ['flatten', 'flattening'],
  ['strangle', 'strangling'],
  ['drown', 'drowning'],
  ['smash', 'smashing'],
  ['choke', 'choking'],
  ['maim', 'maiming'],
  ['attack', 'attacking'],
  ['thrash', 'thrashing'],
  ['brain', 'braining'],
  ['twat', 'twatting'],
  ['leather', 'leathering'],
  ['break', 'breaking'],
] as string[][]) {
  VIOLENT[base as string] = base as string;
  for (const f of forms) VIOLENT[f] = base as string;
}

// A first-person (or "someone should") agent ending right before the verb.
const AGENT =
  /(?:^|\s)(i'll|ill|i will|i shall|i'd|i could|i would|i want to|i wanna|i'm going to|i'm gonna|i am going to|i am gonna|im going to|im gonna|we'll|we will|we're going to|we are going to|someone should|somebody should|someone needs to|somebody needs to|someone ought to|somebody ought to|someone's going to|i'm|i am|im)(?: really| actually| literally| just| honestly| genuinely| seriously| personally| swear| definitely)*$/;
const OBJECT_PRONOUN = new Set(['you', 'ya', 'u', 'him', 'her', 'them', "'em", 'em', 'yourself', 'yourselves', 'each']);
const DETERMINER = new Set(['the', 'that', 'this', 'my', 'your', 'our', 'his', 'her', 'those', 'these', 'ur', 'yer']);
// A body part after a possessive stands for the person ("smash ur face in", "break his nose").
const POSSESSIVE = new Set(['your', 'ur', 'yer', 'his', 'her', 'their']);
const BODY_PART = new Set([
  'face',
  'head',
  'skull',
  'teeth',
  'nose',
  'jaw',
  'neck',
  'legs',
  'leg',
  'arms',
  'arm',
  'knees',
  'kneecaps',
  'ribs',
  'windows',
]);

const STARTS = new PerAnalysis<Set<number>>();
function insultStarts(a: Analysis): Set<number> {
  let set = STARTS.get(a);
  if (!set) STARTS.set(a, (set = new Set(a.hits('insult').map((h) => h.tokenStart))));
  return set;
}

function violence(a: Analysis): Cue[] {
  const out: Cue[] = [];
  const t = a.tokens;
  for (let v = 0; v < t.length; v++) {
    const verb = t[v] as Token;
    const base = VIOLENT[verb.norm];
    if (!base) continue;
    const [lo, hi] = sentenceTokens(a, v);
    const before: string[] = [];
    for (let j = Math.max(lo, v - 5); j < v; j++) before.push((t[j] as Token).norm);
    const m = AGENT.exec(before.join(' '));
    if (!m) continue;
    const agent = m[1] ?? '';
    if (/^(i'm|i am|im)$/.test(agent) && !verb.norm.endsWith('ing')) continue;
    // The person on the receiving end.
    const o = v + 1;
    if (o > hi) continue;
    let objEnd = -1;
    const on = (t[o] as Token).norm;
    const cue = personCueAt(a, o);
    const bodyPart = POSSESSIVE.has(on) && o + 1 <= hi && BODY_PART.has((t[o + 1] as Token).norm);
    if (bodyPart) objEnd = o + 1;
    else if (base === 'break')
      continue; // "break the news", "break you in gently": only a body part makes it violence
    else if (OBJECT_PRONOUN.has(on) || cue?.kind === 'named' || cue?.kind === 'role') objEnd = o;
    else if (DETERMINER.has(on) && o + 1 <= hi) {
      const c2 = personCueAt(a, o + 1);
      const insultNoun = insultStarts(a).has(o + 1);
      if (c2?.kind === 'named' || c2?.kind === 'role' || c2?.kind === 'generic' || insultNoun) objEnd = o + 1;
    }
    if (objEnd < 0) continue;
    const after = (k: number) => (k <= hi ? (t[k] as Token).norm : '');
    // Idioms that are not violence: "kill them with kindness", "shoot you an email", "kick him off the rota".
    if (base === 'kill' && after(objEnd + 1) === 'with' && after(objEnd + 2) === 'kindness') continue;
    if (base === 'shoot' && /^(a|an|over|the|some|through|across)$/.test(after(objEnd + 1))) continue;
    if (base === 'kick' && /^(out|off)$/.test(after(objEnd + 1))) continue;
    if (base === 'run' && after(objEnd + 1) !== 'over' && after(objEnd + 1) !== 'down') continue;
    if ((base === 'beat' || base === 'smash') && after(objEnd + 1) !== 'up' && after(objEnd + 1) !== 'in') continue;
    if (base === 'hit' && /^(up|with|back)$/.test(after(objEnd + 1))) continue;
    if (base === 'brain' || base === 'glass' || base === 'lamp' || base === 'leather') {
      if (!OBJECT_PRONOUN.has(on) && !bodyPart) continue;
    }
    const agentStart = v - m[0].trim().split(' ').length;
    const startTok = t[Math.max(lo, agentStart)] as Token;
    let endTok = t[objEnd] as Token;
    if ((base === 'run' || base === 'beat' || base === 'smash') && objEnd + 1 <= hi) endTok = t[objEnd + 1] as Token;
    const someone = /^some/.test(agent);
    out.push({
      start: startTok.start,
      end: endTok.end,
      tokenStart: Math.max(lo, agentStart),
      kind: 'harm',
      confidence: someone ? 0.75 : /could|would|'d|wanna|want/.test(agent) ? 0.7 : 0.85,
      why: someone ? 'invites violence against a person' : 'first-person violent verb aimed at a person',
    });
  }
  return out;
}

// "I'll make sure (that) your sign-off doesn't happen", "…this practice is finished".
const MAKE_SURE =
  /\b(?:i'll|i will|i'm going to|i am going to|we'll|we will) (?:make it (?:my|our) (?:\w+ )?(?:business|mission|job|priority) to )?(?:make sure|ensure|see to it|guarantee) (?:that )?(?:you|your|you're|he|his|she|her|they|their|this practice|the practice|this surgery|your practice)\b[^|]{0,60}?\b(never work|never works|never practise|finished|struck off|sacked|fired|closed down|shut down|lose|loses|doesn't happen|does not happen|won't happen|will not happen|never happens|doesn't go through|won't go through|fails|fail|never get|never gets|don't get|doesn't get|won't get)\b/g;
const STRONG_RUIN = /^(never work|never works|never practise|finished|struck off|sacked|fired|closed down|shut down)$/;
const CONDITION = /\b(if|unless|otherwise|or else|until)\b/;
const CARRY_ON =
  /\b(?:keep going|carry on|keep it up|keep this up|try it|try me|do that again|do it again|push me|cross me|keep pushing|keep talking)\b[^|]{0,12}?\band (?:see|watch) what happens\b/g;
// "your career round here is finished", "your registration's done": ruin pronounced on the reader.
const CAREER_OVER =
  /\byour (?:career|registration|job|practice|licence|reputation)\b[^|.]{0,25}?\b(?:is|'s|will be|are) (?:over|finished|done|toast|ruined|history)\b/g;
// "I know where the new receptionist parks", "I know where his kids go to school": the author can reach the person.
const KNOW_WHERE =
  /\b(?:i|we) know (?:exactly )?where (?:you|he|she|they|your|his|her|their|the|that|this)\b[^|.?]{0,30}?\b(?:lives?|parks?|works?|sleeps?|drinks?|stays?)\b/g;
const KNOW_THINGS =
  /\bi know (?:things|stuff|what you did|what you've done|your (?:little )?secret|all about you)\b(?! (?:are|is|have|were|will|can|get|look|seem|could|might|may|would))/g;

function structures(a: Analysis, line: TokenLine): Cue[] {
  const out: Cue[] = [];
  const sentenceText = (tok: number): string => {
    const [lo, hi] = sentenceTokens(a, tok);
    const prev = lo > 0 ? sentenceTokens(a, lo - 1) : undefined;
    let s = '';
    for (let j = prev ? prev[0] : lo; j <= hi; j++) s += ` ${(a.tokens[j] as Token).norm}`;
    return s;
  };
  for (const m of matchesOf(MAKE_SURE, line.text)) {
    const span = lineSpan(a, line, m.index, m[0].length);
    if (!span) continue;
    const outcome = m[1] ?? '';
    const strong = STRONG_RUIN.test(outcome);
    if (!strong && !CONDITION.test(sentenceText(span.tokenStart))) continue;
    out.push({
      ...span,
      kind: 'ruin',
      confidence: strong ? 0.85 : 0.75,
      why: "'make sure' + a ruin outcome as leverage",
    });
  }
  for (const m of matchesOf(CARRY_ON, line.text)) {
    const span = lineSpan(a, line, m.index, m[0].length);
    if (span) out.push({ ...span, kind: 'veiled', confidence: 0.75, why: 'dare with an unstated consequence' });
  }
  for (const m of matchesOf(CAREER_OVER, line.text)) {
    const span = lineSpan(a, line, m.index, m[0].length);
    if (span) out.push({ ...span, kind: 'ruin', confidence: 0.75, why: "pronounces the person's career finished" });
  }
  for (const m of matchesOf(KNOW_WHERE, line.text)) {
    const span = lineSpan(a, line, m.index, m[0].length);
    // The one who lives or parks there must be a person ("the practice works best" is not).
    let person = false;
    if (span)
      for (let j = span.tokenStart + 3; j < span.tokenEnd && !person; j++) {
        const k = personCueAt(a, j)?.kind;
        person = k !== undefined && k !== 'neutral' && k !== 'first';
      }
    // The fixed phrases already hold the common forms ("know where you live"); keep their span.
    const listed = span !== undefined && a.hits('threat').some((h) => h.start < span.end && h.end > span.start);
    if (span && person && !listed)
      out.push({
        ...span,
        kind: 'intimidation',
        confidence: 0.8,
        why: 'says the author knows where to find the person',
      });
  }
  for (const m of matchesOf(KNOW_THINGS, line.text)) {
    const span = lineSpan(a, line, m.index, m[0].length);
    if (span)
      out.push({
        ...span,
        kind: 'ruin',
        confidence: 0.65,
        why: 'hints at damaging knowledge held over the person (blackmail)',
      });
  }
  return out;
}

const KIND_OF_TAG: Record<string, ThreatKind> = {
  harm: 'harm',
  ruin: 'ruin',
  intimidation: 'intimidation',
  veiled: 'veiled',
  exposure: 'exposure',
  unmasking: 'unmasking',
};

function lexiconCues(a: Analysis): Cue[] {
  const hits = a.hits('threat');
  const out: Cue[] = [];
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i] as LexiconHit;
    if (isShadowed(hits, i)) continue;
    const tags = h.entry.tags ?? [];
    const kind = KIND_OF_TAG[tags.find((t) => t in KIND_OF_TAG) ?? 'veiled'] ?? 'veiled';
    const [lo, hi] = sentenceTokens(a, h.tokenStart);
    // A question or a denial ("Does he know where he lives?", "I don't know where you live").
    let denied = false;
    for (let j = h.tokenStart - 1; j >= lo && j >= h.tokenStart - 2; j--) {
      if (/^(do|does|did|doesn't|don't|didn't|whether|not|never|dont|doesnt|didnt)$/.test((a.tokens[j] as Token).norm))
        denied = true;
    }
    if (denied) continue;
    if (tags.includes('sentence-end')) {
      const rest = a.text.slice(h.end, h.end + 4);
      // A trailing name is only the person addressed ("Watch yourself, Dr Graham.").
      let vocative = h.tokenEnd <= hi && /^\s*,/.test(rest);
      for (let j = h.tokenEnd; vocative && j <= hi; j++) vocative = personCueAt(a, j)?.kind === 'named';
      if (h.tokenEnd <= hi && !/^\s*[.!?…]/.test(rest) && !vocative) continue;
      if (tags.includes('vocative') && !vocative) continue;
    }
    if (tags.includes('conditional')) {
      let cond = false;
      const [plo] = h.tokenStart > 0 && lo > 0 ? sentenceTokens(a, lo - 1) : [lo];
      for (let j = plo; j <= hi; j++) if (/^(if|unless|otherwise)$/.test((a.tokens[j] as Token).norm)) cond = true;
      if (!cond) continue;
    }
    out.push({
      start: h.start,
      end: h.end,
      tokenStart: h.tokenStart,
      kind,
      confidence: 0.85 * (h.entry.weight ?? 1),
      why: `threat phrase (${kind})`,
    });
  }
  return out;
}

/** Every threat cue in the draft, for this rule and for content.harassment (exposure, coercion). */
export function threatCues(a: Analysis, line: TokenLine = tokenLine(a)): Cue[] {
  const cached = CUES.get(a);
  if (cached) return cached;
  if (fastPaths() && !mayThreaten(a, line)) {
    CUES.set(a, []);
    return [];
  }
  const all = [...lexiconCues(a), ...violence(a), ...structures(a, line)]
    .filter((c) => !isReported(a, c.tokenStart, c.start, c.end))
    .sort((x, y) => x.start - y.start || y.end - x.end);
  const out: Cue[] = [];
  for (const c of all) {
    const last = out[out.length - 1];
    if (last && c.start < last.end) {
      if (c.end > last.end) last.end = c.end;
      continue;
    }
    out.push({ ...c });
  }
  CUES.set(a, out);
  return out;
}
const CUES = new PerAnalysis<Cue[]>();

/** The structures' regexes, pre-tested together. */
const STRUCTURES_TEST = anyMatchTest([MAKE_SURE, CARRY_ON, CAREER_OVER, KNOW_WHERE, KNOW_THINGS]);

/** A cue needs a threat-lexicon hit, a violent verb (violence()) or a structure (structures()). */
function mayThreaten(a: Analysis, line: TokenLine): boolean {
  return (
    a.hits('threat').length > 0 || a.tokens.some((t) => VIOLENT_WORDS.has(t.norm)) || STRUCTURES_TEST.test(line.text)
  );
}
// VIOLENT's words, and "constructor": violence() reads VIOLENT[norm], which an object's inherited
// members answer too, and that is the only one a lower-case token can name.
const VIOLENT_WORDS = new Set([...Object.keys(VIOLENT), 'constructor']);

const WHAT: Record<ThreatKind, string> = {
  harm: 'reads as a threat of violence',
  ruin: "reads as a threat to someone's career or livelihood",
  intimidation: 'reads as intimidation: it implies you can reach the person',
  veiled: 'reads as a veiled threat',
  exposure: 'reads as a threat to expose or shame someone',
  unmasking: 'reads as a threat to track down or unmask someone',
};

export default defineRule({
  id: 'content.threat',
  category: 'content',
  severity: 'stop',
  guidance: 'Content',
  readers: ['police', 'judge', 'gmc', 'employer'],
  description: 'Threats of harm or of ruin.',
  rationale:
    'The guidance singles out messages that could be read as threatening, and notes that they tend to reach the police, ' +
    'the GMC or NHS England when a relationship sours (Content; Avoiding the pitfalls). A threat of violence or of ' +
    "wrecking someone's career can be a criminal offence and is evidence of conduct, whatever the author meant; a " +
    'joke about hurting someone reads the same on a screenshot. Raising a concern through a proper route is not a threat.',
  examples: {
    flagged: [
      'You will regret this, trust me.',
      'Watch your back. I know where you live.',
      "I'm going to report you to the GMC and make sure you never work again.",
      "If he does that to my patient again I'll kill him.",
    ],
    clean: [
      'I will report this to the CQC.',
      'The deadline is killing me but the audit is nearly done.',
      'This virus kills thousands every winter: get your jab.',
      'Big changes coming to the appointment system. Watch this space!',
      'We regret to inform you that the clinic is cancelled.',
    ],
  },
  detect({ analysis: a }) {
    const out: RuleHit[] = [];
    for (const c of threatCues(a)) {
      const excerpt = a.text.slice(c.start, c.end);
      const [lo, hi] = sentenceTokens(a, c.tokenStart);
      const sentence = a.text.slice(
        (a.tokens[lo] as Token).start,
        Math.min(a.text.length, (a.tokens[hi] as Token).end + 6),
      );
      const joke = JOKE_MARKER.test(sentence);
      out.push({
        start: c.start,
        end: c.end,
        confidence: Math.max(0.55, c.confidence - (joke ? 0.1 : 0)),
        message:
          `Don't send this as it stands: '${excerpt}' ${WHAT[c.kind]}${joke ? ', even if meant as a joke' : ''}. The police, a ` +
          'court, the GMC or an employer could treat it as a threat, and messages like this surface when relationships break ' +
          'down (guidance: Content). If there is a real concern, raise it through the proper route and say only that.',
        suggestions: [
          {
            kind: 'advice',
            text: 'Delete the threat. If something needs to happen, state the legitimate step plainly ("I have raised this with the practice manager").',
          },
        ],
        why: [c.why, ...(joke ? ['joke marker: does not remove the threat'] : [])],
      });
    }
    return out;
  },
});
