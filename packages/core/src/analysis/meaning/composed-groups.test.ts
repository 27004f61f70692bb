import { describe, expect, it } from 'vitest';
import { normalise } from '../../text/normalise.js';
import { tokenise } from '../../text/tokens.js';
import { composedGroups } from './composed-groups.js';

const groups = (text: string) => composedGroups(tokenise(normalise(text)), text).map((t) => `${t.group}: ${t.label}`);

describe('composedGroups', () => {
  it('reads an age band from any number', () => {
    expect(groups('The over-90s and the under 25s')).toEqual(['age: over-90s', 'age: under 25s']);
    expect(groups('Most 80-year-olds manage fine')).toEqual(['age: 80-year-olds']);
  });

  it('reads people with a disabling condition, the longest name of it first', () => {
    expect(groups("People with Down's syndrome and doctors with bipolar")).toEqual([
      "disability: People with Down's syndrome",
      'disability: doctors with bipolar',
    ]);
    expect(groups('staff with a learning disability')).toEqual(['disability: staff with a learning disability']);
  });

  it('leaves patients to the patient reading, and "with" beside anything else', () => {
    expect(groups('Patients with epilepsy should carry a card.')).toEqual([]);
    expect(groups('Tea with milk, over 20 minutes, for people with time to spare.')).toEqual([]);
  });
});
