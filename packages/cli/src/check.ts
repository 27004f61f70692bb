/** `pause check`: one draft (text, stdin or --draft file) or a stream of them (--jsonl). */
import { readFileSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import {
  createChecker,
  DraftError,
  MAX_TEXT_LENGTH,
  parseDraft,
  type Assessment,
  type Checker,
  type Draft,
} from '@pause/core';
import { parseCliArgs } from './args.js';
import { readAttachments } from './attach.js';
import { EXIT, UsageError } from './errors.js';
import { CHECK_HELP } from './help.js';
import { renderAssessment } from './render.js';
import { makeStyle, terminalWidth, wantColour } from './term.js';
import { localIso, resolveAt } from './time.js';

const OPTIONS = {
  channel: { type: 'string' },
  platform: { type: 'string' },
  at: { type: 'string' },
  tz: { type: 'string' },
  mood: { type: 'string' },
  direction: { type: 'string' },
  draft: { type: 'string' },
  attach: { type: 'string', multiple: true },
  policy: { type: 'string' },
  json: { type: 'boolean' },
  jsonl: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Largest --draft / --policy file read (a Draft may carry a long thread). */
const MAX_FILE_BYTES = 16 * 1024 * 1024;
/** Longest stdin read for one draft: enough UTF-8 for MAX_TEXT_LENGTH code units, and a little. */
const MAX_STDIN_BYTES = MAX_TEXT_LENGTH * 3 + 1024;
/** Longest --jsonl line. */
const MAX_LINE = MAX_FILE_BYTES;

type Obj = Record<string, unknown>;
const asString = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads a small JSON file; errors name the option and the file, never its content. */
function readJsonFile(option: string, path: string): unknown {
  let raw: string;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new UsageError(`${option} ${path}: is a directory, not a JSON file`);
    if (st.size > MAX_FILE_BYTES)
      throw new UsageError(`${option} ${path}: is too large (${st.size} bytes; the limit is ${MAX_FILE_BYTES})`);
    raw = readFileSync(path, 'utf8');
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EACCES'
          ? 'permission denied'
          : `cannot be read (${code ?? 'error'})`;
    throw new UsageError(`${option} ${path}: ${why}`);
  }
  return parseJson(raw.replace(/^\uFEFF/, ''), `${option} ${path}`);
}

/** JSON.parse with an error that gives the position but none of the text. */
function parseJson(raw: string, where: string): unknown {
  try {
    return JSON.parse(raw);
  } catch (e) {
    const pos = /position (\d+)/.exec((e as Error).message)?.[1];
    if (raw.trim() === '') throw new UsageError(`${where}: is empty, not JSON`);
    if (pos === undefined) throw new UsageError(`${where}: is not valid JSON`);
    const before = raw.slice(0, Number(pos));
    const line = before.split('\n').length;
    const col = Number(pos) - before.lastIndexOf('\n');
    throw new UsageError(`${where}: is not valid JSON (line ${line}, column ${col})`);
  }
}

async function readStdin(limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const b = chunk as Buffer;
    size += b.length;
    if (size > limit)
      throw new DraftError(
        'text',
        `is too long (more than ${MAX_TEXT_LENGTH} characters on stdin; the limit is ${MAX_TEXT_LENGTH})`,
      );
    chunks.push(b);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The Draft fields given as flags, ready to lay over a --draft file or a --jsonl line. */
function flagFields(values: Record<string, unknown>): Obj {
  const f: Obj = {};
  if (values.channel !== undefined) f.channel = values.channel;
  if (values.platform !== undefined) f.platform = values.platform;
  if (values.tz !== undefined) f.timeZone = values.tz;
  if (values.mood !== undefined) f.mood = values.mood;
  if (values.direction !== undefined) f.direction = values.direction;
  return f;
}

/**
 * Fills in composedAt at the edge: --at (with its shorthands) when given, else the draft's own,
 * else now.
 */
function withTime(fields: Obj, at: string | undefined, now: Date, atWins = true): Obj {
  const zone = typeof fields.timeZone === 'string' && fields.timeZone ? fields.timeZone : 'Europe/London';
  if (at !== undefined && (atWins || fields.composedAt === undefined)) {
    let resolved: string;
    try {
      resolved = resolveAt(at, zone, now);
    } catch {
      resolved = at; // a bad zone: parseDraft names timeZone
    }
    return { ...fields, composedAt: resolved };
  }
  if (fields.composedAt === undefined) return { ...fields, composedAt: localIso(now) };
  return fields;
}

/** The engine's checks plus the CLI's own: the text must have something in it. */
function toDraft(input: Obj): Draft {
  const draft = parseDraft(input);
  if (draft.text.trim() === '')
    throw new DraftError(
      'text',
      draft.text === '' ? 'is empty: there is nothing to check' : 'is only whitespace: there is nothing to check',
    );
  return draft;
}

function loadChecker(policyPath: string | undefined): Checker {
  const policy = policyPath === undefined ? undefined : readJsonFile('--policy', policyPath);
  return createChecker(policy);
}

export async function runCheck(args: string[]): Promise<number> {
  const { values, positionals } = parseCliArgs(args, OPTIONS, 'check');
  if (values.help) {
    process.stdout.write(CHECK_HELP);
    return 0;
  }
  if (values.json && values.jsonl)
    throw new UsageError('--json and --jsonl cannot be used together', 'see "pause check --help"');
  if (values.jsonl && (positionals.length > 0 || values.draft !== undefined)) {
    throw new UsageError(
      '--jsonl reads drafts from stdin: give no text argument and no --draft',
      'see "pause check --help"',
    );
  }
  const attachPaths = Array.isArray(values.attach) ? values.attach : [];
  if (values.jsonl && attachPaths.length > 0) {
    throw new UsageError(
      '--attach belongs to one draft: with --jsonl, put "attachments" in each line instead',
      'see "pause check --help"',
    );
  }
  const checker = loadChecker(asString(values.policy));
  const now = new Date();

  if (values.jsonl) return runJsonl(checker, values, now);

  let base: Obj = {};
  const draftPath = asString(values.draft);
  if (draftPath !== undefined) {
    const fromFile = readJsonFile('--draft', draftPath);
    if (!isObject(fromFile))
      throw new DraftError(
        'draft',
        `--draft ${draftPath} must hold a JSON object; got ${Array.isArray(fromFile) ? 'an array' : fromFile === null ? 'null' : `a ${typeof fromFile}`}`,
      );
    base = fromFile;
  }
  const fields: Obj = { ...base, ...flagFields(values) };
  if (attachPaths.length > 0) {
    // Read at the edge: the engine sees only what the file's metadata says, never the picture.
    const attached = await readAttachments(attachPaths);
    // A --draft file's own attachments come first; a malformed list is left for parseDraft to name.
    fields.attachments = Array.isArray(base.attachments)
      ? [...base.attachments, ...attached]
      : (base.attachments ?? attached);
  }
  const dash = positionals.length === 1 && positionals[0] === '-';
  if (positionals.length > 0 && !dash) fields.text = positionals.join(' ');
  else if (dash || fields.text === undefined) {
    if (process.stdin.isTTY && !dash) {
      throw new UsageError(
        'no text to check: give it in quotes, pipe it on stdin, or use --draft file.json',
        'see "pause check --help"',
      );
    }
    fields.text = (await readStdin(MAX_STDIN_BYTES)).replace(/^\uFEFF/, '').replace(/\r?\n$/, '');
  }
  const draft = toDraft(withTime(fields, asString(values.at), now));
  const assessment = checker.assess(draft);

  if (values.json) {
    process.stdout.write(`${JSON.stringify(assessment, null, 2)}\n`);
  } else {
    const style = makeStyle(wantColour(values['no-color'] === true, process.env, process.stdout.isTTY === true));
    const width = terminalWidth(process.stdout.isTTY ? process.stdout.columns : undefined, process.env);
    process.stdout.write(renderAssessment(draft, assessment, { style, width }));
  }
  return EXIT[assessment.verdict];
}

/** One error line for --jsonl: names the field, never repeats the draft. */
function errorLine(e: unknown, lineNo: number): string {
  let message: string;
  if (e instanceof DraftError || e instanceof UsageError) message = e.message;
  else message = `internal error: ${(e as Error)?.message ?? String(e)}`;
  return JSON.stringify({ error: `line ${lineNo}: ${message}` });
}

async function write(line: string): Promise<void> {
  if (!process.stdout.write(`${line}\n`)) {
    await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
  }
}

async function runJsonl(checker: Checker, values: Record<string, unknown>, now: Date): Promise<number> {
  if (process.stdin.isTTY)
    throw new UsageError('--jsonl reads drafts from stdin: pipe a file in, e.g. pause check --jsonl < drafts.jsonl');
  const defaults = flagFields(values);
  const at = values.at as string | undefined;
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  let allPost = true;
  for await (const raw of rl) {
    lineNo++;
    const line = lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (line.trim() === '') continue;
    let out: string;
    try {
      if (line.length > MAX_LINE) throw new UsageError(`is too long (${line.length} characters)`);
      const value = parseJson(line, 'draft');
      if (!isObject(value))
        throw new DraftError(
          'draft',
          `must be a JSON object; got ${Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`}`,
        );
      // Flags (and --at) fill in only what the line leaves out.
      const draft = toDraft(withTime({ ...defaults, ...value }, at, now, false));
      const assessment: Assessment = checker.assess(draft);
      if (assessment.verdict !== 'post') allPost = false;
      out = JSON.stringify(assessment);
    } catch (e) {
      allPost = false;
      out = errorLine(e, lineNo);
    }
    await write(out);
  }
  return allPost ? 0 : 1;
}
