/**
 * The importers' contract, as the fuzzing checks it: reading any export, however damaged, either yields items or
 * stops with an ImportError; never another exception. Items are well formed (the fields an audit hands the
 * engine as a Draft pass the engine's own checks), and an error's message repeats nothing of what the files
 * say. Problems are reported in words that never quote the input, so a long run can print them.
 */
import { CHANNELS, PLATFORMS, parseDraft } from '@pause/core';
import { ImportError, type ArchivedItem } from '../src/types.js';
import { echoes } from '../../../test/echo.js';

export interface ImportOutcome {
  items: number;
  /** The ImportError's message, when reading stopped with one. */
  error?: string;
  /** What broke the contract, quoting nothing of the input. */
  problems: string[];
  ms: number;
}

const isString = (v: unknown): v is string => typeof v === 'string';

/** What is wrong with an item, in words that quote none of it. */
export function itemProblems(item: ArchivedItem): string[] {
  const problems: string[] = [];
  if (!isString(item.id) || item.id === '') problems.push('an item has no id');
  if (!isString(item.text)) problems.push('an item has no text string');
  if (!isString(item.author)) problems.push('an item has no author string');
  if (!(CHANNELS as readonly string[]).includes(item.channel)) problems.push('an item has an unknown channel');
  if (!(PLATFORMS as readonly string[]).includes(item.platform)) problems.push('an item has an unknown platform');
  for (const key of ['url', 'threadId', 'replyTo'] as const)
    if (item[key] !== undefined && !isString(item[key])) problems.push(`an item's ${key} is not a string`);
  if (item.attachments !== undefined && !(Array.isArray(item.attachments) && item.attachments.every(isString)))
    problems.push("an item's attachments are not a list of names");
  // The audit makes each item a Draft: its time must be one the engine accepts as composedAt.
  try {
    parseDraft({ text: '', channel: item.channel, platform: item.platform, composedAt: item.at });
  } catch (e) {
    problems.push(`an item is not a valid draft (${(e as Error).message})`);
  }
  return problems;
}

/** An unexpected exception by name and the line of code that threw it (its message may quote the input). */
export function describeThrown(e: unknown): string {
  const err = e as { name?: unknown; stack?: unknown } | null;
  const name = typeof err?.name === 'string' ? err.name : typeof e;
  const frame = typeof err?.stack === 'string' ? /\n\s+at (.*)/.exec(err.stack)?.[1] : undefined;
  return frame ? `${name} at ${frame}` : name;
}

/**
 * Reads every item of `items` and checks the contract. `contents` are what the files say (Seed.contents),
 * `names` the paths and archive names an error may mention.
 */
export async function checkImport(
  items: () => AsyncIterable<ArchivedItem>,
  contents: readonly string[],
  names: readonly string[],
): Promise<ImportOutcome> {
  const started = performance.now();
  const outcome: ImportOutcome = { items: 0, problems: [], ms: 0 };
  try {
    for await (const item of items()) {
      outcome.items++;
      for (const p of itemProblems(item)) if (!outcome.problems.includes(p)) outcome.problems.push(p);
    }
  } catch (e) {
    if (e instanceof ImportError) {
      outcome.error = e.message;
      if (echoes(e.message, contents, names)) outcome.problems.push('the ImportError repeats what the file says');
    } else {
      outcome.problems.push(`threw ${describeThrown(e)}, not an ImportError`);
    }
  }
  outcome.ms = performance.now() - started;
  return outcome;
}
