import { describe, expect, it } from 'vitest';
import { checkDepth, MAX_JSON_DEPTH } from './json-depth.js';
import { facebookImporter } from './formats/facebook.js';
import { genericImporter } from './formats/generic.js';
import { slackImporter } from './formats/slack.js';
import { jsonArrayValues } from './formats/support.js';
import { collect, entryOf, testSource } from './formats/test-source.js';

const nested = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth);
/** Deep enough that walking it by recursion overflowed the stack (a RangeError, not an ImportError). */
const DEEP = nested(100_000);

async function refused(run: Promise<unknown>): Promise<string> {
  const error = await run.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toMatchObject({ name: 'ImportError' });
  return (error as Error).message;
}

describe('checkDepth', () => {
  it(`takes ${MAX_JSON_DEPTH} levels and refuses one more`, () => {
    expect(() => checkDepth(JSON.parse(nested(MAX_JSON_DEPTH)), 'f.json')).not.toThrow();
    expect(() => checkDepth({ a: JSON.parse(nested(MAX_JSON_DEPTH)) }, 'f.json')).toThrow(
      /^f\.json: nests JSON more than 1000 levels deep, which no export does$/,
    );
  });
});

describe('every JSON reader refuses a value nested too deep with an ImportError', () => {
  it('a Messenger file, whose strings are all repaired', async () => {
    const file = `{"participants": [], "messages": [{"content": ${DEEP}}]}`;
    const source = testSource({ 'messages/inbox/a_1/message_1.json': file }, { name: 'fb' });
    expect(await refused(collect(facebookImporter.items(source, {})))).toMatch(/message_1\.json: nests JSON/);
  });

  it('an element of a streamed array', async () => {
    const run = collect(jsonArrayValues(entryOf('tweets.js', `[{"tweet": ${DEEP}}]`, 4096), 'tweets.js'));
    expect(await refused(run)).toMatch(/^tweets\.js: nests JSON/);
  });

  it('a JSONL line', async () => {
    const source = testSource({ 'posts.jsonl': `{"text": ${DEEP}, "time": 1}\n` }, { name: 'posts.jsonl' });
    expect(await refused(collect(genericImporter.items(source, {})))).toMatch(/^posts\.jsonl: nests JSON/);
  });

  it('a Slack list', async () => {
    const source = testSource({
      'users.json': '[]',
      'dms.json': `[{"id": "D1", "members": ${DEEP}}]`,
      'D1/2024-01-01.json': '[]',
    });
    expect(await refused(collect(slackImporter.items(source, {})))).toMatch(/dms\.json: nests JSON/);
  });
});
