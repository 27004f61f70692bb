/**
 * The allow-list as the options page edits it: one phrase a line, accepted by every rule, or
 * "rule-id: phrase" for one rule only (the engine reads the rule id "*" as every rule).
 */
import type { Policy } from '@pause/core';

const RULE_ID = /^[a-z]+\.[a-z-]+$/;

export function allowToLines(allow: Policy['allow']): string {
  return Object.entries(allow)
    .flatMap(([id, phrases]) => phrases.map((p) => (id === EVERY_RULE ? p : `${id}: ${p}`)))
    .join('\n');
}

const EVERY_RULE = '*';

/** Lines in, the policy's allow map out; a line naming something that is not a rule is returned as a problem, by number. */
export function linesToAllow(text: string): { allow: Policy['allow']; problems: number[] } {
  const allow: Policy['allow'] = {};
  const problems: number[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const colon = line.indexOf(':');
    const named = colon > 0 ? line.slice(0, colon).trim() : '';
    // "Scunthorpe" is for every rule; "content.profanity: Scunthorpe" for one; "a.b:" or "x: y" is a mistake.
    const forOne = RULE_ID.test(named);
    const id = forOne ? named : EVERY_RULE;
    const phrase = forOne ? line.slice(colon + 1).trim() : line.trim();
    if (!phrase || (colon > 0 && !forOne && /^[a-z]+\.[a-z-]*$/i.test(named))) {
      problems.push(i + 1);
      return;
    }
    (allow[id] ??= []).push(phrase);
  });
  return { allow, problems };
}
