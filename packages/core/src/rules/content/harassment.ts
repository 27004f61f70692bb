import type { Analysis } from '../../analysis/analyse.js';
import { defineRule, type RuleHit } from '../../rule.js';
import type { Draft } from '../../types.js';
import { isReported, lineSpan, tokenLine, type TokenLine } from '../../analysis/speech.js';
import { threatCues } from './threat.js';
import { hasMatch, matchesOf, anyMatchTest } from '../../text/prefilter.js';

/*
 * content.harassment: bullying, intimidation, exploitation and persistent targeting of a person.
 *
 * Harassment is a course of conduct more than a word, so the rule weighs cues and fires when they
 * add up (a sum of 1 or more):
 *  - fixed phrases from data/harassment.ts (persistence, "why are you ignoring me", humiliation,
 *    exclusion, recruiting others), each with a weight;
 *  - structures: counts of unanswered contact ("the 14th message", "called you six times"), a group
 *    asked to exclude or target someone ("can everyone stop giving Maria…", "let's all… until"),
 *    coercion that trades a duty for a favour ("if you want me to sign off…, you'll…"), publishing
 *    where someone lives, and, in a private message, remarks on a colleague's body or clothes;
 *  - threats of exposure ("…and so will everyone") and leverage ("otherwise I'll make sure…") found
 *    by content.threat, which also intimidate;
 *  - the thread: the author's fourth or later message in a row with no reply.
 * A firm complaint, a polite chase ("please reply when you can") or a report of harassment received
 * carries none of these cues.
 */

interface Cue {
  start?: number;
  end?: number;
  weight: number;
  why: string;
}

const COUNT_WORDS =
  '(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozens of|several|so many|multiple|countless|umpteen)';
const STRUCTURES: Array<{ re: RegExp; weight: number; why: string }> = [
  // "This is the 14th message I've sent you", "my fifth email"
  {
    re: /\b(?:\d+(?:st|nd|rd|th)|fourth|fifth|sixth|seventh|eighth|ninth|tenth|umpteenth|nth|twentieth) (?:message|text|email|call|voicemail|dm)s?\b/g,
    weight: 0.6,
    why: 'counts repeated contact',
  },
  {
    re: new RegExp(
      `\\b(?:called|rung|rang|phoned|messaged|texted|emailed|dmed|tagged|tried) you ${COUNT_WORDS} times\\b`,
      'g',
    ),
    weight: 0.5,
    why: 'counts repeated contact',
  },
  {
    re: new RegExp(`\\bday ${COUNT_WORDS} of (?:asking|messaging|tagging|waiting for)\\b`, 'g'),
    weight: 0.6,
    why: 'counts days of repeated contact',
  },
  // "I'll keep calling every hour until you pick up", "I'll tag him every day until he answers"
  {
    re: /\b(?:keep|kept) (?:calling|messaging|texting|emailing|ringing|tagging|asking|posting|reporting|contacting)\b[^|]{0,40}?\buntil (?:you|he|she)\b/g,
    weight: 1,
    why: 'promises persistent contact until the person gives in',
  },
  {
    re: /\bevery (?:day|hour|morning|night|week|single day) until (?:you|he|she|they)\b/g,
    weight: 1,
    why: 'promises persistent contact until the person gives in',
  },
  // "Can everyone stop giving Maria anything", "let's all reply-all to Sarah's emails… until she gets the message"
  {
    re: /\b(?:can everyone|can we all|everyone|everybody|let's all|lets all|we should all|we all need to)\b[^|]{0,12}?\b(?:stop giving|stop inviting|stop talking to|stop speaking to|ignore|avoid|exclude|freeze out|blank|unfollow|block)\b/g,
    weight: 1,
    why: 'asks a group to exclude someone',
  },
  {
    re: /\b(?:let's all|lets all|everyone|everybody)\b[^|]{0,50}?\b(?:until (?:she|he|they) (?:gets?|learns?|quits?|leaves?|stops?)|laugh at|reply all|tag (?:him|her|them)|report (?:him|her|them))\b/g,
    weight: 1,
    why: 'organises others to target someone',
  },
  // Publishing where someone lives
  {
    re: /\b(?:here's|here is|this is) where (?:[^ |]+ ){1,3}?(?:lives|live|works|parks)\b/g,
    weight: 1,
    why: "publishes a person's whereabouts",
  },
  { re: /\b(?:his|her|their) (?:home )?address is\b/g, weight: 0.8, why: "publishes a person's address" },
  // Coercion: a favour demanded in return for doing one's job
  {
    re: /\bif you (?:want|expect|need) me to (?:sign|approve|support|pass|give|write|put|recommend|agree|help|back)\b[^|]{0,80}?\byou(?:'ll| will| have to| need to| must| can| should)\b/g,
    weight: 1,
    why: 'trades a duty for a personal favour (coercion)',
  },
  { re: /\b(?:otherwise|if not|or else)\b[^|]{0,6}?\b(?:i'll|i will)\b/g, weight: 0.4, why: 'an ultimatum' },
];
/** In a private message: remarks on a colleague's body or clothes, unwanted attention (Equality Act 2010 s.26(2)). */
const APPEARANCE =
  /\b(?:you (?:should|ought to) wear (?:that|those|this|the|more|your)|you look(?:ed)? (?:gorgeous|hot|sexy|stunning|fit|beautiful|amazing|irresistible) in (?:that|those|your|the)|(?:that|those|your) (?:skirt|dress|top|jeans|trousers|scrubs|uniform) (?:really )?(?:suits|suit|shows|show) (?:you|off))\b/g;
const PRIVATE: ReadonlySet<Draft['channel']> = new Set(['direct-message', 'email']);
const STRUCTURES_TEST = anyMatchTest(STRUCTURES.map((s) => s.re));

function cues(a: Analysis, draft: Draft, line: TokenLine): Cue[] {
  const out: Cue[] = [];
  for (const h of a.hits('harassment')) {
    if (isReported(a, h.tokenStart, h.start, h.end)) continue;
    out.push({
      start: h.start,
      end: h.end,
      weight: h.entry.weight ?? 1,
      why: `harassment phrase (${(h.entry.tags ?? [])[0] ?? 'cue'})`,
    });
  }
  const add = (re: RegExp, weight: number, why: string) => {
    for (const m of matchesOf(re, line.text)) {
      const span = lineSpan(a, line, m.index, m[0].length);
      if (!span || isReported(a, span.tokenStart, span.start, span.end)) continue;
      out.push({ start: span.start, end: span.end, weight, why });
    }
  };
  for (const s of STRUCTURES) add(s.re, s.weight, s.why);
  if (PRIVATE.has(draft.channel) && !draft.recipients.some((r) => r.isPatient))
    add(APPEARANCE, 1, "remarks on a colleague's looks in a private message");
  // Threats of exposure, unmasking by name, and leverage intimidate as well as threaten.
  let leverage = false;
  for (const t of threatCues(a, line)) {
    const words = a.text.slice(t.start, t.end);
    if (t.kind === 'exposure')
      out.push({ start: t.start, end: t.end, weight: 1, why: 'threatens to expose or shame the person' });
    else if (
      t.kind === 'ruin' &&
      !leverage &&
      /\b(you|your|you're|he|his|she|her)\b/i.test(words) &&
      (/leverage/.test(t.why) || /until/i.test(words))
    ) {
      // A career held over one person as leverage; counted once.
      leverage = true;
      out.push({ start: t.start, end: t.end, weight: 0.6, why: "holds the person's career over them" });
    }
    if (t.kind === 'harm' && /\bpay (?:her|him|them) a visit\b/i.test(a.text.slice(t.start, t.end))) {
      out.push({ start: t.start, end: t.end, weight: 0.6, why: 'invites others to confront a person' });
    }
  }
  return out;
}

/** How many messages in a row, ending with the draft, the author has sent without a reply. */
function unanswered(a: Analysis): number {
  const e = a.thread.entries;
  let n = 0;
  for (let i = e.length - 1; i >= 0 && e[i]?.mine; i--) n++;
  const others = e.some((x) => !x.mine);
  return others || n > 1 ? n : 0;
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
      "If you want me to sign your form you'll swap my on-call weekend. Otherwise I'll make sure it doesn't get signed.",
    ],
    clean: [
      'Please reply when you can, no rush.',
      'Following up on my email of 3 March about the phlebotomy slots. Many thanks.',
      "I'm disappointed the complaint hasn't been answered after six weeks and will escalate it to the practice manager.",
      "A patient has messaged me twelve times asking 'why are you ignoring me'. I've reported it to the practice manager.",
    ],
  },
  // Every cue is a harassment phrase, a structure, a remark on looks in a private message, a threat cue
  // or, in a private message, a run of unanswered messages (thread entries are mine or not).
  gate({ analysis: a, draft }) {
    const line = tokenLine(a);
    if (a.hits('harassment').length > 0 || STRUCTURES_TEST.test(line.text)) return true;
    if (PRIVATE.has(draft.channel) && (unanswered(a) >= 3 || hasMatch(APPEARANCE, line.text))) return true;
    return threatCues(a, line).length > 0;
  },
  detect({ analysis: a, draft }) {
    const line = tokenLine(a);
    const found = cues(a, draft, line).sort((x, y) => (x.start ?? 0) - (y.start ?? 0));
    const run = PRIVATE.has(draft.channel) ? unanswered(a) : 0;
    const threadWeight = run >= 4 ? 1 : run === 3 ? 0.5 : 0;
    const total = found.reduce((s, c) => s + c.weight, 0) + threadWeight;
    if (total < 1) return [];
    const confidence = Math.min(0.95, 0.55 + 0.2 * total);
    const out: RuleHit[] = [];
    const message = (what: string) =>
      `Don't send this as it stands: ${what}. An employer, the GMC, the police or a court could read it as bullying or ` +
      'harassment, and private messages are disclosed when relationships sour (guidance: Content). Say what you need ' +
      'once, plainly, and use a formal route if there is a real problem.';
    const advice = {
      kind: 'advice' as const,
      text: 'Send one clear, polite message (or none), and take any real grievance to a manager, the practice or a formal process.',
    };
    let lastEnd = -1;
    for (const c of found) {
      if (c.start === undefined || c.end === undefined || c.weight < 0.4) continue;
      if (c.start < lastEnd) continue;
      lastEnd = c.end;
      out.push({
        start: c.start,
        end: c.end,
        confidence,
        message: message(
          `'${a.text.slice(c.start, c.end)}' ${c.why.startsWith('harassment phrase') ? 'targets a person' : c.why}`,
        ),
        suggestions: [advice],
        why: [
          c.why,
          ...found.filter((o) => o !== c).map((o) => o.why),
          ...(threadWeight ? [`${run} messages in a row without a reply`] : []),
        ],
      });
    }
    if (out.length === 0 || threadWeight >= 1) {
      out.push({
        confidence,
        message: message(
          `this would be message ${run} in a row to someone who has not replied, which reads as persistent targeting`,
        ),
        suggestions: [advice],
        why: [`${run} messages in a row without a reply`],
      });
    }
    return out;
  },
});
