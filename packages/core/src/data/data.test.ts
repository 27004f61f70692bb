// Word lists are data with a source: every entry names where it comes from and why it is there, no
// entry is listed twice, and every phrase survives normalisation as words the matcher can compare.
import { describe, expect, it } from 'vitest';
import { normalise } from '../text/normalise.js';
import { phraseTokens } from '../text/tokens.js';
import { CLAIMS } from './claims.js';
import { LEXICONS } from './index.js';
import { PROFANITY_ALLOW, PROFANITY_TERMS } from './profanity-allow.js';

describe('lexicons', () => {
  it('have unique ids', () => {
    expect(new Set(LEXICONS.map((l) => l.id)).size).toBe(LEXICONS.length);
  });

  for (const lexicon of LEXICONS) {
    describe(lexicon.id, () => {
      it('has a description and entries', () => {
        expect(lexicon.description.length).toBeGreaterThan(10);
        expect(lexicon.entries.length).toBeGreaterThan(0);
      });

      it('names a source and a note for every entry', () => {
        const missing = lexicon.entries.filter((e) => !e.source?.trim() || !e.note?.trim()).map((e) => e.phrase);
        expect(missing).toEqual([]);
      });

      it('lists no phrase twice with the same tags', () => {
        const seen = new Map<string, number>();
        for (const e of lexicon.entries) {
          const key = `${phraseTokens(e.phrase, normalise).join(' ')}${e.phrase.endsWith('*') ? '*' : ''} ${[...(e.tags ?? [])].sort().join(',')}`;
          seen.set(key, (seen.get(key) ?? 0) + 1);
        }
        expect([...seen].filter(([, n]) => n > 1).map(([k]) => k)).toEqual([]);
      });

      it('keeps every phrase as words after normalisation', () => {
        const mangled = lexicon.entries
          .filter((e) => phraseTokens(e.phrase.replace(/\*$/, ''), normalise).length === 0)
          .map((e) => e.phrase);
        expect(mangled).toEqual([]);
      });

      it('has weights between 0 and 1', () => {
        expect(
          lexicon.entries.filter((e) => e.weight !== undefined && (e.weight < 0 || e.weight > 1)).map((e) => e.phrase),
        ).toEqual([]);
      });
    });
  }
});

describe('profanity data', () => {
  it('names a source for every term and allow-listed phrase', () => {
    expect(PROFANITY_TERMS.filter((t) => !t.source?.trim()).map((t) => t.word)).toEqual([]);
    expect(PROFANITY_ALLOW.filter((a) => !a.source?.trim() || !a.note?.trim()).map((a) => a.phrase)).toEqual([]);
  });
});

describe('claims', () => {
  it('give the evidence and at least one source for every claim', () => {
    for (const claim of CLAIMS) {
      expect(claim.sources.length, claim.id).toBeGreaterThan(0);
      for (const s of claim.sources) expect(JSON.stringify(s).length, claim.id).toBeGreaterThan(10);
    }
    expect(new Set(CLAIMS.map((c) => c.id)).size).toBe(CLAIMS.length);
  });
});
