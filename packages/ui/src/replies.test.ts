import { createChecker } from '@pause/core';
import { describe, expect, it } from 'vitest';
import { suggestedReplies } from './replies.ts';

const inbound = (text: string) => createChecker().assess({ text, direction: 'inbound', channel: 'direct-message' });

describe('replies to a message received', () => {
  it('puts the 999 / 111 reply first for red-flag symptoms, then the redirect', () => {
    const replies = suggestedReplies(
      inbound('Hi doctor, I have had crushing chest pain for an hour, what should I take?'),
    );
    expect(replies.map((r) => r.id)).toEqual(['urgent', 'redirect']);
    expect(replies[0]!.text).toMatch(/999/);
    expect(replies[1]!.text).toMatch(/GP practice/);
  });

  it('offers the redirect reply alone for a plain request for advice', () => {
    const replies = suggestedReplies(inbound('Hi, can you tell me if I should double my dose of ramipril?'));
    expect(replies.map((r) => r.id)).toEqual(['redirect']);
    expect(replies[0]!.text).toMatch(/NHS 111/);
  });

  it('offers nothing for an ordinary message', () => {
    expect(suggestedReplies(inbound('Thanks for the lovely flowers, see you at book club.'))).toEqual([]);
  });
});
