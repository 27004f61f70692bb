import { describe, expect, it } from 'vitest';
import { MAX_THREAD_MESSAGES, parseThread } from './thread.ts';

describe('parseThread: a pasted conversation', () => {
  it('reads "Name: text" lines, oldest first, with "me" for the author', () => {
    expect(parseThread('Lee Hart: Can you sign me off?\nMe: Please book a review.\nLee Hart: Just sign it!!')).toEqual([
      { author: 'Lee Hart', text: 'Can you sign me off?' },
      { author: 'me', text: 'Please book a review.' },
      { author: 'Lee Hart', text: 'Just sign it!!' },
    ]);
  });

  it('takes plain lines as the other side and skips blank ones', () => {
    expect(parseThread('You never help\n\n   \nMe: I hear you')).toEqual([
      { author: 'them', text: 'You never help' },
      { author: 'me', text: 'I hear you' },
    ]);
  });

  it('recognises the author by their own names, in any case', () => {
    expect(parseThread('Dr Sam: see you at 10:30\ndr sam: ok', ['Dr Sam'])).toEqual([
      { author: 'me', text: 'see you at 10:30' },
      { author: 'me', text: 'ok' },
    ]);
  });

  it('strips WhatsApp export stamps (iOS and Android) and CR LF endings', () => {
    const pasted = '[12/06/2025, 20:15] Lee Hart: first\r\n12/06/2025, 20:16 - Dr Sam: second\r\n';
    expect(parseThread(pasted, ['Dr Sam'])).toEqual([
      { author: 'Lee Hart', text: 'first' },
      { author: 'me', text: 'second' },
    ]);
  });

  it('does not mistake links, times or labels for speakers', () => {
    expect(parseThread('https://example.org/a: b\nMeet at 10:30 please\nNote: bring the rota')).toEqual([
      { author: 'them', text: 'https://example.org/a: b' },
      { author: 'them', text: 'Meet at 10:30 please' },
      { author: 'them', text: 'Note: bring the rota' },
    ]);
  });

  it("keeps only the latest messages beyond the engine's cap", () => {
    const lines = Array.from({ length: MAX_THREAD_MESSAGES + 20 }, (_, i) => `A: message ${i}`).join('\n');
    const out = parseThread(lines);
    expect(out).toHaveLength(MAX_THREAD_MESSAGES);
    expect(out[0]!.text).toBe('message 20');
  });
});
