import { describe, expect, it } from 'vitest';
import { Analyser } from '../analysis/analyse.js';

const analyser = new Analyser();
const words = (text: string) => analyser.signals(text).tokens.map((t) => t.norm);

describe('the speller splits run-together words, not names', () => {
  it('splits a run-together word in lower case, and one that opens a sentence', () => {
    expect(words('so ihate this rota')).toEqual(['so', 'i', 'hate', 'this', 'rota']);
    expect(words('Ihate this rota')).toEqual(['i', 'hate', 'this', 'rota']);
  });

  it('leaves a capitalised word inside a sentence whole: it is a name', () => {
    expect(words('Happy retirement Dr Cockburn')).toEqual(['happy', 'retirement', 'dr', 'cockburn']);
    expect(words('The surgery in Meltham is shut')).toEqual(['the', 'surgery', 'in', 'meltham', 'is', 'shut']);
  });

  it('still splits a capitalised group word run into the next ("These Muslimsdisgust me")', () => {
    expect(words('These Muslimsdisgust me')).toEqual(['these', 'muslims', 'disgust', 'me']);
  });
});
