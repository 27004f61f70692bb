import { describe, expect, it } from 'vitest';
import type { LexiconHit } from '../text/matcher.js';
import { normalise } from '../text/normalise.js';
import { tokenise } from '../text/tokens.js';
import { findTargets } from './targets.js';

const targets = (text: string, roles: LexiconHit[] = []) => findTargets(text, tokenise(normalise(text)), roles);
const names = (text: string) => targets(text).namedPeople.map((p) => p.name);

describe('findTargets: second person', () => {
  it('finds you, your, yourself, u, ur and contractions', () => {
    const t = targets("You said your rota was fine, but you're wrong and u know it, ur team too. Ask yourself.");
    expect(t.secondPerson.map((x) => x.raw)).toEqual(['You', 'your', "you're", 'u', 'ur', 'yourself']);
  });

  it('finds the curly-apostrophe contraction', () => {
    expect(targets('you’re late').secondPerson.map((x) => x.norm)).toEqual(["you're"]);
  });

  it('does not find words that merely contain you', () => {
    expect(targets('Young people, youth services and bayou trips').secondPerson).toEqual([]);
  });
});

describe('findTargets: named people', () => {
  it('finds a title and capitalised names, up to three', () => {
    expect(names('I spoke to Dr Patel and Mrs Mary Anne Smith today.')).toEqual(['Dr Patel', 'Mrs Mary Anne Smith']);
  });

  it('reads MS and MR in capitals as clinical abbreviations, not titles', () => {
    expect(names('Just diagnosed with MS. Such a shame. MR on the echo.')).toEqual([]);
    expect(names('Ms Kaur and Mr Yates are in today')).toEqual(['Ms Kaur', 'Mr Yates']);
  });

  it('accepts a title with a full stop and names with apostrophes', () => {
    expect(names("Ask Dr. O'Neil about it")).toEqual(["Dr. O'Neil"]);
  });

  it('gives offsets into the original text', () => {
    const text = '😀 Prof Jones is here';
    const [p] = targets(text).namedPeople;
    expect(text.slice(p!.start, p!.end)).toBe('Prof Jones');
  });

  it('needs a capitalised title and a capitalised name', () => {
    expect(names('the dr said so; Dr said so; ask dr Patel')).toEqual([]);
  });

  it('does not run a title into another title', () => {
    expect(names('Dr Nurse')).toEqual([]);
    expect(names('Dr Smith Dr Jones')).toEqual(['Dr Smith', 'Dr Jones']);
  });

  it('finds @handles but not email addresses', () => {
    expect(names('Thanks @drsmith_gp and @NHSEngland, mail me at joe@example.com')).toEqual([
      '@drsmith_gp',
      '@NHSEngland',
    ]);
  });

  it('sorts named people by position', () => {
    const t = targets('@first then Dr Second');
    expect(t.namedPeople.map((p) => p.name)).toEqual(['@first', 'Dr Second']);
  });

  it('finds nothing in empty text', () => {
    expect(targets('')).toEqual({ secondPerson: [], namedPeople: [], roles: [], greeted: [] });
  });
});

describe('findTargets: roles', () => {
  it('passes the person-role hits through', () => {
    const roles = [
      {
        lexicon: 'person-role',
        entry: { phrase: 'practice manager', source: 't', note: 't' },
        start: 4,
        end: 20,
        tokenStart: 1,
        tokenEnd: 3,
      },
    ];
    expect(targets('the practice manager', roles).roles).toBe(roles);
  });
});
