import { describe, expect, it } from 'vitest';
import { mineOf } from './thread.js';

describe('mineOf', () => {
  it('reads "me" and the profile name however it is written', () => {
    const mine = mineOf(['Sue', 'Dr Grant', 'Sue'], 'Dr M Grant');
    expect(mine('Dr Grant')).toBe(true);
    expect(mine('Sue')).toBe(false);
    expect(mineOf(['Sue', 'me'])('Me')).toBe(true);
  });

  it('does not take another person with the same surname for the author', () => {
    const mine = mineOf(['Dr J Grant', 'Sue', 'me'], 'Dr M Grant');
    expect(mine('Dr J Grant')).toBe(false);
    expect(mine('me')).toBe(true);
  });

  it('takes the other of two named people as the author of a reply to the last message', () => {
    const mine = mineOf(['Helen', 'Dr Fox', 'Helen', 'Dr Fox', 'Helen']);
    expect(mine('Dr Fox')).toBe(true);
    expect(mine('Helen')).toBe(false);
  });

  it('guesses no author in a group of three or more with no "me"', () => {
    const mine = mineOf(['Helen', 'Dr Fox', 'Sam']);
    expect(['Helen', 'Dr Fox', 'Sam'].some(mine)).toBe(false);
  });
});
