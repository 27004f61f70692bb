import { describe, expect, it } from 'vitest';
import { offerShared, sharedDraftText, takeShared } from './share.ts';

describe('the share target', () => {
  it('joins title, text and url, one a line, without repeating a link already in the text', () => {
    expect(sharedDraftText('?title=Rota&text=Who%20changed%20it%3F&url=https%3A%2F%2Fexample.org%2Fr')).toBe(
      'Rota\nWho changed it?\nhttps://example.org/r',
    );
    expect(sharedDraftText('?text=See%20https%3A%2F%2Fexample.org%2Fr&url=https%3A%2F%2Fexample.org%2Fr')).toBe(
      'See https://example.org/r',
    );
    expect(sharedDraftText('?text=only')).toBe('only');
    expect(sharedDraftText('')).toBe('');
  });

  it('hands shared text to the compose page once', () => {
    offerShared('hello');
    expect(takeShared()).toBe('hello');
    expect(takeShared()).toBeUndefined();
  });
});
