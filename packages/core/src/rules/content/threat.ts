import type { Analysis } from '../../analysis/analyse.js';
import {
  disjoint,
  endsSentence,
  isIndividual,
  namedInOwnWords,
  plainReport,
  spanOf,
  type ThreatKind as Kind,
  threatKind as kindOf,
} from '../../analysis/meaning/hostile.js';
import type { Act } from '../../analysis/meaning/types.js';
import { modelAlone, withModel } from '../../analysis/score.js';
import { defineRule, type RuleHit } from '../../rule.js';
import { firstHitFrom } from '../../text/matcher.js';

/*
 * content.threat: harm, ruin or intimidation aimed at a person, in the author's own voice. From the
 * meaning layer: violence the author promises, makes conditional or urges on someone; ruin of a career
 * or reputation promised, or reporting made the price of a demand; veiled threats. Harm only hoped for
 * ("hope he gets cancer") promises nothing: content.harassment names it. Reporting a concern through a proper route, as a plain statement, is not a threat; nor
 * are figures of speech with no person on the receiving end ("the rota is killing me").
 */

const THREAT_KINDS: ReadonlySet<string> = new Set(['violence', 'harm', 'career', 'intimidation']);

const WHAT: Record<Exclude<Kind, 'wish'>, string> = {
  harm: 'reads as a threat of violence',
  ruin: "reads as a threat to someone's career or livelihood",
  leverage: 'makes reporting someone the price of doing what you want',
  intimidation: 'reads as a veiled threat or intimidation',
};

/** How far before an act a modal phrase ("I'm going to", "someone should") may start. */
const MODAL_REACH = 10;

/**
 * A test of whether a span overlaps any of `spans`, in log time: the spans sorted by start with the
 * furthest end so far, so an ultimatum per line of a long draft is not checked against every other act.
 */
function overlapTest(
  spans: ReadonlyArray<{ start: number; end: number }>,
): (s: { start: number; end: number }) => boolean {
  const sorted = [...spans].sort((x, y) => x.start - y.start);
  const reach: number[] = [];
  for (const [k, x] of sorted.entries()) reach.push(Math.max(x.end, reach[k - 1] ?? 0));
  return ({ start, end }) => {
    // The last span starting before `end`: any overlap has reached past `start` by then.
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] as { start: number }).start < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (reach[lo - 1] as number) > start;
  };
}

/** The span with the words that make it a promise or a call before it ("I'll kill him", "Someone should punch him"). */
function withAgent(a: Analysis, act: Act, span: { start: number; end: number }): { start: number; end: number } {
  const clause = a.meaning.clauses[act.clause];
  for (const lexicon of ['mod-intent', 'mod-call']) {
    // Hits come in token order: only those starting a few tokens before the act can end just before it.
    const hits = a.hits(lexicon);
    for (let i = firstHitFrom(hits, act.tokenStart - MODAL_REACH); i < hits.length; i++) {
      const h = hits[i] as (typeof hits)[number];
      if (h.tokenStart >= act.tokenStart) break;
      if (
        h.tokenEnd <= act.tokenStart &&
        act.tokenStart - h.tokenEnd <= 2 &&
        (!clause || h.tokenStart >= clause.tokenStart)
      ) {
        return { start: Math.min(h.start, span.start), end: span.end };
      }
    }
  }
  return span;
}

const isGroup = (t: { kind: string }) => t.kind === 'group' || t.kind === 'place';
/** Aimed at a group or a place, or with no target of its own in a clause that names one ("X should be lined up and shot"). */
const aimedAtGroup = (a: Analysis, x: Act): boolean =>
  x.target ? isGroup(x.target) : (a.meaning.clauses[x.clause]?.targets.some(isGroup) ?? false);

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
      "Drop the complaint or I'll report you to the GMC.",
      'Say that about my nurses again and I will come round and sort you out.',
      "I'll break his nose next time I see him.",
    ],
    clean: [
      'I will report this to the CQC.',
      'The deadline is killing me but the audit is nearly done.',
      'This virus kills thousands every winter: get your jab.',
      'Big changes coming to the appointment system. Watch this space!',
      'We regret to inform you that the clinic is cancelled.',
      'A punch to the abdomen can rupture the spleen: always get checked after an assault.',
    ],
  },
  gate: ({ analysis: a }) =>
    // Acts the meaning layer composes without a lexicon hit of their own (an injury, a report, a curse).
    a.meaning.acts.some(
      (x) => x.kind === 'violence' || x.kind === 'career' || x.kind === 'harm' || x.kind === 'intimidation',
    ) ||
    a.hits('act-violence').length +
      a.hits('act-harm').length +
      a.hits('act-career').length +
      a.hits('act-intimidation').length >
      0 ||
    modelAlone(a, 'content.threat', () => a.meaning.targets.some(isIndividual)),
  detect({ analysis: a }) {
    const found: Array<{ start: number; end: number; act: Act; kind: Exclude<Kind, 'wish'> }> = [];
    for (const act of a.meaning.acts) {
      if (!endsSentence(a.text, act)) continue;
      const kind = kindOf(act);
      if (kind && kind !== 'wish') found.push({ ...withAgent(a, act, spanOf(act)), act, kind });
    }
    // An ultimatum's span reaches back to its condition: where a sharper act lies inside it, that one is shown.
    const isUltimatum = (f: (typeof found)[number]) => f.act.entry.tags?.includes('ultimatum') ?? false;
    const covered = overlapTest(found.filter((f) => !isUltimatum(f)));
    const sharper = found.filter((f) => !isUltimatum(f) || !covered(f));
    const hits = disjoint(sharper).map(({ start, end, act, kind }): RuleHit => {
      const excerpt = a.text.slice(start, end);
      const joke = act.modality.has('joke');
      // A joke marker, or a veiled phrase aimed at no one in particular, is a weaker reading: the model may overrule it.
      const aimless = kind === 'intimidation' && act.target === undefined;
      // An ultimatum is read from its structure (a condition and an adverse consequence): the model may overrule it.
      const structural = act.entry.tags?.includes('ultimatum') ?? false;
      return {
        start,
        end,
        confidence: Math.max(
          0.55,
          (kind === 'leverage' ? 0.75 : structural ? 0.7 : 0.85) - (joke ? 0.15 : 0) - (aimless ? 0.15 : 0),
        ),
        message:
          `Don't send this as it stands: '${excerpt}' ${WHAT[kind]}${joke ? ', even if meant as a joke' : ''}. The police, a ` +
          'court, the GMC or an employer could treat it as a threat, and messages like this surface when relationships break ' +
          'down (guidance: Content). If there is a real concern, raise it through the proper route and say only that.',
        suggestions: [
          {
            kind: 'advice',
            text: 'Delete the threat. If something needs to happen, state the legitimate step plainly ("I have raised this with the practice manager").',
          },
        ],
        why: [
          `${act.kind} aimed at ${act.target?.label ?? 'someone'}`,
          ...act.cues,
          ...(joke ? ['joke marker: does not remove the threat'] : []),
        ],
      };
    });
    return withModel(
      a,
      'content.threat',
      hits,
      (excerpt) => ({
        message: `Don't send this as it stands: '${excerpt}' reads as threatening. The police, a court, the GMC or an employer could treat it as a threat (guidance: Content). If there is a real concern, raise it through the proper route and say only that.`,
        suggestions: [
          {
            kind: 'advice',
            text: 'Delete the threat. If something needs to happen, state the legitimate step plainly.',
          },
        ],
      }),
      a.meaning.acts
        .filter(
          (x) =>
            THREAT_KINDS.has(x.kind) &&
            // Harm hoped for a person is harassment's to name: the author promises nothing.
            !(x.kind === 'harm' && x.modality.has('wish')) &&
            // Violence urged on a group or a place is incitement's to name (threatKind); the author's own
            // promise of it ("I'm running them over") is still a threat.
            (!aimedAtGroup(a, x) || x.agent === 'author' || x.modality.has('intent')) &&
            x.stance === 'own' &&
            !x.negated &&
            !x.modality.has('question') &&
            x.target?.kind !== 'self' &&
            !plainReport(x) &&
            endsSentence(a.text, x),
        )
        .map((x) => ({ start: x.start, end: x.end, why: `${x.kind}: "${x.entry.phrase}"` }))
        .concat(namedInOwnWords(a.meaning, isIndividual)),
      // Threat words that are all in quotation marks are mentioned, not made.
      !a.meaning.acts.some((x) => THREAT_KINDS.has(x.kind)) ||
        a.meaning.acts.some((x) => THREAT_KINDS.has(x.kind) && x.stance === 'own'),
    );
  },
});
