import type { Channel } from '@pause/core';
import { useEffect, useRef } from 'preact/hooks';
import {
  addToRecord,
  type Episode,
  type Finish,
  finishEpisode,
  noteRevision,
  reflectionPrefs,
  type Shown,
  wallClock,
} from '../lib/reflection.ts';
import { useSettings } from './settings.tsx';
import type { Checked } from './use-check.ts';

/**
 * How long a verdict must stand before an edit counts as a revision of it: while the author types on,
 * each check is overtaken within moments, and a half-typed word flagged in passing is not a verdict
 * they acted on.
 */
const SEEN_AFTER_MS = 1000;

const shownOf = (c: Checked, text: string): Shown => ({
  text,
  verdict: c.result.assessment.verdict,
  rules: [...new Set(c.result.assessment.findings.filter((f) => f.severity !== 'info').map((f) => f.ruleId))],
});

export interface Reflection {
  /** A keystroke's new text: emptying the box discards the draft; changing flagged words revises it. */
  typed(next: string): void;
  /** A fix, all fixes or a holding reply applied by a button. */
  fixed(): void;
  /** The draft was copied to post, or held in the Outbox. */
  finished(how: Exclude<Finish, 'discarded'>): void;
}

/**
 * Check's link to the reflection record: it follows one draft in memory and, when the record is on,
 * adds an entry once the author finishes with it. With the record off nothing is kept.
 */
export function useReflection(checked: Checked | undefined, text: string, channel: Channel): Reflection {
  const { settings } = useSettings();
  const episode = useRef<Episode>({});
  // The verdict for the text in the box, once it has been on screen for a moment.
  const seen = useRef<Shown>();
  useEffect(() => {
    seen.current = undefined;
    if (!checked || checked.text !== text || !text.trim()) return;
    const shown = shownOf(checked, text);
    const timer = setTimeout(() => (seen.current = shown), SEEN_AFTER_MS);
    return () => clearTimeout(timer);
  }, [checked, text]);

  // The check on screen (an answer for a keystroke may still be on its way) with the text as it stands.
  const last = () => (checked && text.trim() ? shownOf(checked, text) : undefined);
  const finish = (how: Finish) => {
    const shown = last();
    const prefs = reflectionPrefs();
    if (!shown || !prefs.on) return;
    const when = wallClock(Date.now(), settings.timezone);
    const done = finishEpisode(episode.current, how, shown, { when, channel, keepWords: prefs.words });
    episode.current = done.episode;
    if (done.entry) void addToRecord(done.entry);
  };
  return {
    typed(next) {
      if (!next.trim()) return finish('discarded');
      const s = seen.current;
      // Adding to the end is writing on; changing what was there is revising it.
      if (s && s.text === text && !next.startsWith(text)) episode.current = noteRevision(episode.current, s);
    },
    fixed() {
      const shown = last();
      if (shown) episode.current = noteRevision(episode.current, shown);
    },
    finished: finish,
  };
}
