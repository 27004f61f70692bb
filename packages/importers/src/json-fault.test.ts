import { describe, expect, it } from 'vitest';
import { jsonFault } from './json-fault.js';
import { genericImporter } from './formats/generic.js';
import { slackImporter } from './formats/slack.js';
import { jsonArrayValues, readJson } from './formats/support.js';
import { collect, entryOf, testSource } from './formats/test-source.js';

const WORDS = 'Mrs Jones in bed 4 is dying';
const BROKEN = `{"text": "${WORDS}", oops}`;

async function message(run: Promise<unknown>): Promise<string> {
  const error = await run.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toMatchObject({ name: 'ImportError' });
  return (error as Error).message;
}

describe('jsonFault', () => {
  const fault = (text: string) => {
    try {
      JSON.parse(text);
    } catch (e) {
      return jsonFault(e, text);
    }
    throw new Error('parsed');
  };

  it('says what was expected and where, never the text', () => {
    expect(fault(BROKEN)).toBe('expected double-quoted property name at column 41');
    expect(fault(`{"a": 1,\n "b": "${WORDS}" x}`)).toBe(
      "expected ',' or '}' after property value at line 2, column 37",
    );
    expect(fault(`["${WORDS}`)).toBe('unterminated string at column 30');
    expect(fault(`["${WORDS}",`)).toBe('it ends too early');
    expect(fault(`["${WORDS}\u0001"]`)).toBe('bad control character in string literal at column 30');
  });

  it('says only "a character out of place" where V8 would quote the text', () => {
    expect(fault(`[1, ${WORDS}]`)).toBe('a character out of place');
    expect(fault(WORDS)).toBe('a character out of place');
  });
});

// V8's own message quoted the words around the fault ("…", ..."s in bed 4 is"... is not valid JSON).
describe('every JSON reader reports a broken file without its words', () => {
  it('a whole file (Facebook, Instagram, Mastodon)', async () => {
    const text = await message(readJson(entryOf('message_1.json', BROKEN), 'message_1.json'));
    expect(text).toBe('message_1.json: is not valid JSON (expected double-quoted property name at column 41)');
  });

  it('a streamed array (X, Mastodon, Telegram)', async () => {
    const run = collect(jsonArrayValues(entryOf('tweets.js', `[${BROKEN}]`), 'tweets.js'));
    expect(await message(run)).toBe('tweets.js: invalid JSON near character 46: expected double-quoted property name');
  });

  it('a JSONL line', async () => {
    const run = collect(
      genericImporter.items(testSource({ 'posts.jsonl': `${BROKEN}\n` }, { name: 'posts.jsonl' }), {}),
    );
    expect(await message(run)).toBe(
      'posts.jsonl: line 1 is not JSON (expected double-quoted property name at column 41)',
    );
  });

  it('a Slack file', async () => {
    const source = testSource({ 'users.json': BROKEN, 'general/2024-02-01.json': '[]' }, { name: 'slack' });
    expect(await message(collect(slackImporter.items(source, {})))).toBe(
      'slack → users.json: invalid JSON (expected double-quoted property name at column 41)',
    );
  });
});
