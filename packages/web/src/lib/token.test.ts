import { describe, expect, it } from 'vitest';
import { captureToken, takeToken, TOKEN_KEY } from './token.ts';

describe('the access token in the address', () => {
  it('is taken out of the hash, leaving the rest', () => {
    expect(takeToken('#token=abc123')).toEqual({ token: 'abc123', rest: '' });
    expect(takeToken('#x=1&token=t%2Fk')).toEqual({ token: 't/k', rest: '#x=1' });
    expect(takeToken('#section')).toEqual({ rest: '#section' });
    expect(takeToken('')).toEqual({ rest: '' });
  });

  it('moves into the store, and the address to show has no token', () => {
    const store = new Map<string, string>();
    const kv = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    };
    expect(captureToken({ pathname: '/share', search: '?text=hi', hash: '#token=s3cret' }, kv)).toBe('/share?text=hi');
    expect(store.get(TOKEN_KEY)).toBe('s3cret');
    expect(captureToken({ pathname: '/', search: '', hash: '' }, kv)).toBeUndefined();
  });
});
