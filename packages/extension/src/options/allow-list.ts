/** The allow-list as the options page edits it: one "rule-id: phrase" a line. */
import type { Policy } from '@pause/core';

const RULE_ID = /^[a-z]+\.[a-z-]+$/;

export function allowToLines(allow: Policy['allow']): string {
  return Object.entries(allow)
    .flatMap(([id, phrases]) => phrases.map((p) => `${id}: ${p}`))
    .join('\n');
}

/** Lines in, the policy's allow map out; lines that name no rule are returned as problems, by line number. */
export function linesToAllow(text: string): { allow: Policy['allow']; problems: number[] } {
  const allow: Policy['allow'] = {};
  const problems: number[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const colon = line.indexOf(':');
    const id = colon > 0 ? line.slice(0, colon).trim() : '';
    const phrase = colon > 0 ? line.slice(colon + 1).trim() : '';
    if (!RULE_ID.test(id) || !phrase) {
      problems.push(i + 1);
      return;
    }
    (allow[id] ??= []).push(phrase);
  });
  return { allow, problems };
}
