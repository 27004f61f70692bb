import type { Attachment, AuthorProfile, Channel, Direction, Mood, Platform, Recipient } from '@pause/core';
import { parseThread } from './thread.ts';
import { isoWithOffset } from '@pause/ui';

/** What the compose and inbound pages collect: the words plus the context controls. */
export interface DraftFields {
  text: string;
  direction: Direction;
  channel: Channel;
  /** '' when the author has not said. */
  platform: Platform | '';
  /** Writing to (or replying to) a patient. */
  toPatient: boolean;
  /** The patient's name, optional: it lets the engine spot a message addressed to the wrong person. */
  patientName: string;
  mood: Mood | '';
  /** A pasted conversation, one message a line. */
  thread: string;
  /** What was read from attached photos (name, location, time taken), never the pictures themselves. */
  attachments: Attachment[];
}

export const EMPTY_FIELDS: DraftFields = {
  text: '',
  direction: 'outbound',
  channel: 'public-post',
  platform: '',
  toPatient: false,
  patientName: '',
  mood: '',
  thread: '',
  attachments: [],
};

/** The Draft input the engine (and the outbox) take: rules.md field names, optional fields left out when unset. */
export interface DraftInput {
  text: string;
  direction: Direction;
  channel: Channel;
  platform?: Platform;
  composedAt: string;
  timeZone: string;
  recipients?: Recipient[];
  thread?: ReturnType<typeof parseThread>;
  author?: AuthorProfile;
  mood?: Mood;
  attachments?: Attachment[];
}

export interface DraftEdge {
  /** "Now", read by the caller: the engine never reads the clock. */
  nowMs: number;
  timeZone: string;
  profile?: AuthorProfile;
}

/** Drops empty strings and empty lists so that an unfilled profile adds nothing to the draft. */
export function cleanProfile(p: AuthorProfile | undefined): AuthorProfile | undefined {
  if (!p) return undefined;
  const out: AuthorProfile = {};
  const list = (xs?: string[]) => (xs ?? []).map((x) => x.trim()).filter(Boolean);
  if (p.name?.trim()) out.name = p.name.trim();
  if (p.role?.trim()) out.role = p.role.trim();
  if (list(p.titles).length) out.titles = list(p.titles);
  if (p.specialistRegister) out.specialistRegister = true;
  if (list(p.declaredInterests).length) out.declaredInterests = list(p.declaredInterests);
  if (list(p.practiceNames).length) out.practiceNames = list(p.practiceNames);
  return Object.keys(out).length ? out : undefined;
}

/**
 * The Draft for the fields as they stand, composed now in the browser's zone. Line breaks are
 * normalised to \n, as a textarea reports them, so that offsets in the Assessment match the box.
 */
export function buildDraft(fields: DraftFields, edge: DraftEdge): DraftInput {
  const draft: DraftInput = {
    text: fields.text.replace(/\r\n?/g, '\n'),
    direction: fields.direction,
    channel: fields.channel,
    composedAt: isoWithOffset(edge.nowMs),
    timeZone: edge.timeZone,
  };
  if (fields.platform) draft.platform = fields.platform;
  if (fields.toPatient) draft.recipients = [{ name: fields.patientName.trim(), isPatient: true }];
  if (fields.mood) draft.mood = fields.mood;
  if (fields.attachments?.length) draft.attachments = fields.attachments;
  const author = cleanProfile(edge.profile);
  if (author) draft.author = author;
  const thread = parseThread(fields.thread, author?.name ? [author.name] : []);
  if (thread.length) draft.thread = thread;
  return draft;
}

/** The fields a held Draft was built from, so it can be reopened and edited in Check. */
export function fieldsOf(draft: DraftInput): DraftFields {
  const patient = draft.recipients?.find((r) => r.isPatient);
  return {
    text: draft.text,
    direction: draft.direction,
    channel: draft.channel,
    platform: draft.platform ?? '',
    toPatient: patient !== undefined,
    patientName: patient?.name ?? '',
    mood: draft.mood ?? '',
    thread: (draft.thread ?? []).map((m) => (m.author === 'them' ? m.text : `${m.author}: ${m.text}`)).join('\n'),
    attachments: draft.attachments ?? [],
  };
}
