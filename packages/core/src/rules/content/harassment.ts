import type { Analysis } from '../../analysis/analyse.js';
import {
  aimedHostility,
  disjoint,
  isIndividual,
  namedInOwnWords,
  plainReport,
  spanOf,
  threatKind,
} from '../../analysis/meaning/hostile.js';
import { withModel } from '../../analysis/score.js';
import { defineRule, type RuleHit } from '../../rule.js';
import type { Channel, Draft } from '../../types.js';

/*
 * content.harassment: bullying, intimidation, exploitation or persistent targeting of a person. From the
 * meaning layer: a pile-on, ridicule, exclusion, a person left to struggle or relentless pressure
 * (act-harass); a lever of power at work traded for compliance (act-coercion: a sign-off, a contract, a
 * rota, with a condition); reporting made the price of a demand; harm wished on a person; sexual
 * attention sent privately to a colleague; and, in a private conversation, a run of messages the other
 * person has not answered.
 */

const PRIVATE: ReadonlySet<Channel> = new Set<Channel>(['direct-message', 'email']);

interface Cue {
  start: number;
  end: number;
  confidence: number;
  why: string;
  what: string;
}

/** How many messages in a row, ending with the draft, the author has sent without a reply. */
function unanswered(a: Analysis): number {
  const e = a.thread.entries;
  let n = 0;
  for (let i = e.length - 1; i >= 0 && e[i]?.mine; i--) n++;
  return e.some((x) => !x.mine) || n > 1 ? n : 0;
}

function cues(a: Analysis, draft: Draft): Cue[] {
  const out: Cue[] = [];
  const acts = a.meaning.acts;
  for (const act of acts) {
    if (act.negated || act.stance !== 'own') continue;
    if (act.kind === 'harass' && act.agent !== 'other' && act.target?.kind !== 'self') {
      out.push({
        ...spanOf(act),
        confidence: 0.8,
        why: 'pressure, ridicule or exclusion aimed at a person',
        what: 'reads as bullying',
      });
    }
    // A harm to someone's job, name or safety made the price of a demand ("withdraw it or I write to the
    // GMC"): pressure to comply, which is intimidation as well as a threat.
    const kind = threatKind(act);
    if (kind === 'leverage' && act.agent === 'author' && !plainReport(act)) {
      out.push({
        ...spanOf(act),
        confidence: 0.7,
        why: 'a harm to the person made the price of a demand',
        what: 'pressures the person with a threat',
      });
    }
    // Harm hoped for a person ("hope you rot", "hope your practice fails") is abuse aimed at them, with
    // no promise to act: hostility that targets someone, not a threat the author could carry out.
    if (kind === 'wish') {
      out.push({
        ...spanOf(act),
        // The learned model was trained with such wishes labelled threats as often as harassment: it pulls
        // this reading down, so the structure carries it.
        confidence: 0.85,
        why: 'harm wished on a person',
        what: 'wishes harm on someone',
      });
    }
    // Remarks on looks or sexual attention sent privately to a colleague are unwanted attention.
    if (act.kind === 'sexual' && act.target?.kind === 'you' && PRIVATE.has(draft.channel)) {
      out.push({
        ...spanOf(act),
        confidence: 0.75,
        why: 'sexual attention sent privately to the person',
        what: 'is unwanted attention',
      });
    }
  }
  // A lever of power (sign-off, contract, rota) beside a condition, said to the person it is held over.
  for (const lever of acts.filter(
    (x) => x.kind === 'coercion' && x.entry.tags?.includes('lever') && x.stance === 'own',
  )) {
    const s = a.sentenceAt(lever.start);
    const near = (x: { start: number }) => Math.abs(a.sentenceAt(x.start) - s) <= 1;
    const condition = acts.some((x) => x.kind === 'coercion' && x.entry.tags?.includes('condition') && near(x));
    const personal = a.meaning.targets.some((t) => (t.kind === 'you' || t.kind === 'person') && near(t));
    if (condition && personal) {
      out.push({
        start: lever.start,
        end: lever.end,
        confidence: 0.8,
        why: 'a lever of power traded for compliance',
        what: 'trades on your power over the person',
      });
    }
  }
  const run = PRIVATE.has(draft.channel) ? unanswered(a) : 0;
  if (run >= 4 || (run >= 3 && out.length > 0)) {
    out.push({
      start: 0,
      end: a.text.length,
      // The learned model reads the draft, not the thread: four unanswered messages stand whatever it says.
      confidence: run >= 4 ? 0.8 : 0.7,
      why: `${run} messages in a row without a reply`,
      what: 'keeps contacting someone who has not replied',
    });
  }
  return out;
}

export default defineRule({
  id: 'content.harassment',
  category: 'content',
  severity: 'stop',
  guidance: 'Content',
  readers: ['colleague', 'employer', 'gmc', 'police', 'judge'],
  description: 'Bullying, intimidation, exploitation or persistent targeting of a person.',
  rationale:
    'The Content section warns that posts and messages can be taken as bullying, harassing or exploitative, and that ' +
    'harassment law applies to them; the pitfalls section adds that such messages reach the police, the GMC or NHS ' +
    'England when relationships break down. Repeated unwanted contact, humiliating someone before others, rallying ' +
    'people against them or trading a duty for a favour is a course of conduct a court, an employer or the GMC would act on.',
  examples: {
    flagged: [
      "This is my 9th message today. Why are you ignoring me? I'll keep calling until you pick up.",
      "Let's all ignore Dev's emails until he gets the message 😂",
      'Everyone is talking about how useless you are. The sooner you leave the better.',
      "If you want me to sign your form you'll swap my on-call weekend. Otherwise I'll make sure your sign-off doesn't happen.",
      'I hope he gets cancer.',
      'Nobody cover for Sam this week, let him sink.',
    ],
    clean: [
      'Please reply when you can, no rush.',
      'Following up on my email of 3 March about the phlebotomy slots. Many thanks.',
      "I'm disappointed the complaint hasn't been answered after six weeks and will escalate it to the practice manager.",
      "A patient has messaged me twelve times asking 'why are you ignoring me'. I've reported it to the practice manager.",
      'Your ARCP panel is on 12 June; let me know if you need help with your portfolio.',
    ],
  },
  detect({ analysis: a, draft }) {
    const whole = (c: Cue) => c.start === 0 && c.end === a.text.length;
    const hits = disjoint(cues(a, draft)).map(
      (c): RuleHit => ({
        ...(whole(c) ? {} : { start: c.start, end: c.end }),
        message: `Don't send this as it stands: ${whole(c) ? 'this message' : `"${a.text.slice(c.start, c.end)}"`} ${c.what}. A colleague could take it to your employer, the GMC or the police as harassment (guidance: Content). Say what you need plainly and leave the pressure out.`,
        confidence: c.confidence,
        why: [c.why],
        suggestions: [
          {
            kind: 'advice',
            text: 'Make the request once, plainly, through the proper channel, and give the person time to answer.',
          },
        ],
      }),
    );
    return withModel(
      a,
      'content.harassment',
      hits,
      (excerpt) => ({
        message: `Don't send this as it stands: "${excerpt}" reads as pressure on, or bullying of, a person. A colleague could take it to your employer, the GMC or the police as harassment (guidance: Content). Say what you need plainly and leave the pressure out.`,
        suggestions: [
          {
            kind: 'advice',
            text: 'Make the request once, plainly, through the proper channel, and give the person time to answer.',
          },
        ],
      }),
      aimedHostility(a.meaning.acts, a.text)
        .filter((x) => x.target?.kind === 'you' || x.target?.kind === 'person')
        .map((x) => ({ start: x.start, end: x.end, why: `${x.kind} aimed at ${x.target?.label}` }))
        .concat(namedInOwnWords(a.meaning, isIndividual)),
    );
  },
});
