import { describe, expect, it } from 'vitest';
import { parseDraft } from '../draft.js';
import { Analyser } from './analyse.js';
import { authorRoles } from './author-role.js';

const analyser = new Analyser();
const roles = (text: string) => {
  const a = analyser.analyse(parseDraft({ text }));
  return authorRoles(a).map((i) => a.tokens[i]?.norm);
};

describe('authorRoles', () => {
  it('finds the author speaking in a clinical role', () => {
    expect(roles('As a GP I would never do that.')).toEqual(['gp']);
    expect(roles('Speaking as an A&E nurse: no.')).toEqual(['nurse']);
    expect(roles('Pharmacist here, and honestly no.')).toEqual(['pharmacist']);
    expect(roles("I'm a practice nurse and I disagree.")).toEqual(['nurse']);
    expect(roles("I've been a physio for 20 years.")).toEqual(['physio']);
    expect(roles('Retired GP, 38 years.')).toEqual(['gp']);
    expect(roles('After 25 years in general practice I know this.')).toEqual(['years']);
    expect(roles('GP take: rest and fluids.')).toEqual(['gp']);
  });
  it('does not take someone else\u2019s role for the author\u2019s', () => {
    expect(roles('My GP says no.')).toEqual([]);
    expect(roles('As a patient of my GP I was pleased.')).toEqual([]);
    expect(roles('She was a nurse for years.')).toEqual([]);
    expect(roles('Ask a pharmacist for advice.')).toEqual([]);
    expect(roles('Dr Patel is here on Tuesdays.')).toEqual([]);
  });
});
