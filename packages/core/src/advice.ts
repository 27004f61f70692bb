import { inWindow, localTime, nextLocalTime, toZonedIso } from './analysis/time.js';
import { minuteOfDay, type Policy } from './policy.js';
import type { Advice, Draft, Finding } from './types.js';

// The guidance's questions ("Avoiding the pitfalls of social media use"), in our own words.
export const QUESTIONS = {
  atAll: 'Do I need to post or send anything about this at all?',
  now: 'Does it need to go now, or can it wait until I have had time to think?',
  better: 'Could I say this in a more professional way?',
  readers:
    'Would I be content for a patient, a colleague, my employer or partners, NHS England, the GMC, a police officer or a judge to read it?',
  away: 'Would some time away from social media help, for instance keeping my phone out of the bedroom tonight?',
  ask: 'Could I ask a trusted friend or colleague to look at it first, without sharing anything confidential?',
} as const;

/** A reply that buys time without taking sides, for drafts written in answer to someone. */
export const HOLDING_REPLY =
  'Thanks for your message. I want to give this proper thought, so I will come back to you properly later.';

/** Rules that describe the moment rather than the words: waiting is the remedy. */
const TIMING_RULES = new Set(['behaviour.heightened-emotion', 'behaviour.spiral', 'behaviour.unusual-hour']);

const REDIRECT_RULES = ['boundaries.urgent-symptoms', 'boundaries.inbound-patient-request'];

const MORNING = 8 * 60;
const HOUR_MS = 3600_000;

/** The cue of an urgent finding the learned model raised: which emergency it is, physical or a crisis, is unknown. */
export const MAY_BE_CRISIS = 'may be an emergency or a crisis';

/** True when a finding's cues name suicidal thoughts, self-harm or an overdose. */
function aboutSelfHarm(findings: ReadonlyArray<Pick<Finding, 'why'>>): boolean {
  return findings.some((f) => (f.why ?? []).some((w) => /self-harm|suicid|overdose/i.test(w)));
}

/** True when every urgent cue is about emergency contraception (no emergency to send to 999). */
function onlyContraception(findings: ReadonlyArray<Pick<Finding, 'why'>>): boolean {
  return findings.length > 0 && findings.every((f) => (f.why ?? []).some((w) => /emergency contraception/i.test(w)));
}

/**
 * The ready reply to a message describing an emergency. Pass the urgent findings so that a message
 * about suicidal thoughts or self-harm also gets the Samaritans' number; without them the reply is
 * the general one.
 */
export function urgentReply(findings: ReadonlyArray<Pick<Finding, 'why'>> = []): string {
  if (findings.some((f) => f.why?.includes(MAY_BE_CRISIS)))
    return 'I am sorry you are going through this. I cannot give medical advice by message. If this is an emergency, or you are in danger or have taken anything, call 999 or go to A&E now. If it is urgent but not an emergency, use NHS 111 online or call 111. If you need to talk to someone, call Samaritans free on 116 123, any time of day or night.';
  const general =
    'I am sorry you are unwell. I cannot give medical advice by message. If this is an emergency, call 999 or go to A&E now. If it is urgent but not an emergency, use NHS 111 online or call 111.';
  if (onlyContraception(findings))
    return 'Thanks for letting me know. I cannot give medical advice by message, but please do not wait: emergency contraception works best the sooner it is taken. A pharmacy can give the morning after pill today, or contact a sexual health clinic or NHS 111 (online or call 111).';
  if (!aboutSelfHarm(findings)) return general;
  return 'I am so sorry you are going through this, and I am glad you told me. I cannot help properly by message. If you are in danger or have taken anything, call 999 or go to A&E now. If you need to talk to someone, call Samaritans free on 116 123, any time of day or night, or call NHS 111 and choose the mental health option.';
}

/** The ready reply to a patient asking for advice through social media or personal messages. */
export function redirectReply(draft: Draft): string {
  const practice = draft.author?.practiceNames?.[0];
  const where = practice ? `please contact ${practice}` : 'please contact your GP practice';
  return `Thanks for getting in touch. I cannot give medical advice through social media or personal messages, so ${where}, where your request can be dealt with properly and recorded in your notes. If you need help sooner, use NHS 111 online or call 111, and in an emergency call 999.`;
}

function isReply(draft: Draft): boolean {
  return (
    draft.channel === 'reply' || draft.channel === 'comment' || draft.thread.some((m) => !/^me$/i.test(m.author.trim()))
  );
}

/** The strategy for the author, from the findings: post, revise, defer, do not post, or redirect. */
export function advise(draft: Draft, findings: readonly Finding[], policy: Policy, composedAtMs?: number): Advice {
  const active = findings.filter((f) => f.severity !== 'info');

  if (draft.direction === 'inbound') {
    const lead = REDIRECT_RULES.find((id) => active.some((f) => f.ruleId === id));
    if (!lead) return { action: 'post', questions: [] };
    return {
      action: 'redirect',
      reply:
        lead === 'boundaries.urgent-symptoms'
          ? urgentReply(active.filter((f) => f.ruleId === lead))
          : redirectReply(draft),
      questions: [QUESTIONS.atAll],
    };
  }

  if (active.length === 0) return { action: 'post', questions: [] };

  const hasStop = active.some((f) => f.severity === 'stop' && !TIMING_RULES.has(f.ruleId));
  const timing = active.filter((f) => TIMING_RULES.has(f.ruleId));
  const questions: string[] = [QUESTIONS.atAll, QUESTIONS.now, QUESTIONS.better, QUESTIONS.readers];
  if (timing.length > 0) questions.push(QUESTIONS.away);
  if (hasStop || timing.length > 0) questions.push(QUESTIONS.ask);
  const holding = isReply(draft) ? { holdingReply: HOLDING_REPLY } : {};

  if (hasStop) return { action: 'do-not-post', questions, ...holding };
  if (timing.length > 0) {
    const advice: Advice = { action: 'defer', questions, ...holding };
    if (composedAtMs !== undefined) {
      const lateNight = timing.some((f) => f.ruleId === 'behaviour.unusual-hour');
      const morning = Math.max(MORNING, minuteOfDay(policy.quietHours.end));
      const inAnHour = composedAtMs + HOUR_MS;
      // An hour's wait that would end inside the quiet hours (a 22:40 draft, quiet from 23:00) waits for the morning.
      const quiet = (ms: number) =>
        inWindow(
          localTime(ms, draft.timeZone).minuteOfDay,
          minuteOfDay(policy.quietHours.start),
          minuteOfDay(policy.quietHours.end),
        );
      const until =
        lateNight || quiet(inAnHour)
          ? nextLocalTime(lateNight ? composedAtMs : inAnHour, draft.timeZone, morning)
          : inAnHour;
      advice.deferUntil = toZonedIso(until, draft.timeZone);
    }
    return advice;
  }
  return { action: 'revise', questions: [QUESTIONS.better, QUESTIONS.readers] };
}
