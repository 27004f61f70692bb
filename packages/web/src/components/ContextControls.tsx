import { type Channel, type Mood, PLATFORM_NAME, type Platform } from '@pause/core';
import type { DraftFields } from '../lib/draft.ts';

/** Platforms as the picker lists them: their names, with the older name of X and nouns for the rest. */
export const PLATFORM_LABEL: Record<Platform, string> = {
  ...PLATFORM_NAME,
  x: 'X (Twitter)',
  teams: 'Microsoft Teams',
  email: 'Email',
  blog: 'Blog',
  other: 'Other',
};
export const CHANNEL_LABEL: Record<Channel, string> = {
  'public-post': 'A public post',
  reply: 'A reply',
  'group-chat': 'A group chat',
  'direct-message': 'A direct message',
  email: 'An email',
  comment: 'A comment',
};
const MOOD_LABEL: Record<Mood, string> = { calm: 'Calm', upset: 'Upset', angry: 'Angry', tired: 'Tired' };

type Set = <K extends keyof DraftFields>(key: K, value: DraftFields[K]) => void;

export function PlatformChannel({ prefix, fields, set }: { prefix: string; fields: DraftFields; set: Set }) {
  return (
    <div class="row">
      <div class="field">
        <label class="field-label" for={`${prefix}-platform`}>
          Where
        </label>
        <select
          id={`${prefix}-platform`}
          value={fields.platform}
          onChange={(e) => set('platform', e.currentTarget.value as Platform | '')}
        >
          <option value="">Not saying</option>
          {(Object.keys(PLATFORM_LABEL) as Platform[]).map((p) => (
            <option value={p}>{PLATFORM_LABEL[p]}</option>
          ))}
        </select>
      </div>
      <div class="field">
        <label class="field-label" for={`${prefix}-channel`}>
          What kind of message
        </label>
        <select
          id={`${prefix}-channel`}
          value={fields.channel}
          onChange={(e) => set('channel', e.currentTarget.value as Channel)}
        >
          {(Object.keys(CHANNEL_LABEL) as Channel[]).map((c) => (
            <option value={c}>{CHANNEL_LABEL[c]}</option>
          ))}
        </select>
      </div>
    </div>
  );
}

/** The context of a draft, folded away by default: most drafts need none of it. */
export function ContextControls({ fields, set }: { fields: DraftFields; set: Set }) {
  return (
    <details class="context">
      <summary>Context: where it goes, who to, your mood, the thread</summary>
      <div class="context-body">
        <PlatformChannel prefix="ctx" fields={fields} set={set} />
        <div class="field check">
          <input
            id="ctx-patient"
            type="checkbox"
            checked={fields.toPatient}
            onChange={(e) => set('toPatient', e.currentTarget.checked)}
          />
          <label for="ctx-patient">I am writing to a patient, or replying to one</label>
        </div>
        {fields.toPatient ? (
          <div class="field">
            <label class="field-label" for="ctx-patient-name">
              The patient’s name (optional)
            </label>
            <p class="hint" id="ctx-patient-name-hint">
              Used only to spot a message addressed to the wrong person. It stays in this browser.
            </p>
            <input
              id="ctx-patient-name"
              type="text"
              autocomplete="off"
              value={fields.patientName}
              aria-describedby="ctx-patient-name-hint"
              onInput={(e) => set('patientName', e.currentTarget.value)}
            />
          </div>
        ) : null}
        <div class="field">
          <label class="field-label" for="ctx-mood">
            How are you feeling?
          </label>
          <select id="ctx-mood" value={fields.mood} onChange={(e) => set('mood', e.currentTarget.value as Mood | '')}>
            <option value="">Not saying</option>
            {(Object.keys(MOOD_LABEL) as Mood[]).map((m) => (
              <option value={m}>{MOOD_LABEL[m]}</option>
            ))}
          </select>
        </div>
        <div class="field">
          <label class="field-label" for="ctx-thread">
            The conversation so far (optional)
          </label>
          <p class="hint" id="ctx-thread-hint">
            Paste it oldest first, one message a line, as “Name: message” (“Me: …” for yours) or plain lines for theirs.
          </p>
          <textarea
            id="ctx-thread"
            rows={4}
            value={fields.thread}
            aria-describedby="ctx-thread-hint"
            onInput={(e) => set('thread', e.currentTarget.value)}
          />
        </div>
      </div>
    </details>
  );
}
