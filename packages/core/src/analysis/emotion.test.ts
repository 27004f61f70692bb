import { describe, expect, it } from 'vitest';
import { Analyser } from './analyse.js';
import { parseDraft } from '../draft.js';
import { emotionOf } from './emotion.js';

const analyser = new Analyser();
const kinds = (text: string) => emotionOf(analyser.analyse(parseDraft({ text }))).cues.map((c) => c.kind);
const words = (text: string) =>
  emotionOf(analyser.analyse(parseDraft({ text })))
    .cues.filter((c) => c.kind !== 'learned' && c.kind !== 'absolute')
    .map((c) => text.slice(c.start, c.end));

describe('emotion words are read in their emotional sense', () => {
  it('a state the author is in, directly or telegraphically', () => {
    expect(words("I'm absolutely shattered")).toContain('shattered');
    expect(words('Feeling completely crushed by the complaint.')).toContain('crushed');
    expect(words('Shattered. Off to bed.')).toContain('Shattered');
  });

  it('not a state of someone or something else, a verb with its object, or a denied one', () => {
    expect(words('Lives shattered by the news.')).toEqual([]);
    expect(words('Add the crushed garlic.')).toEqual([]);
    expect(words('I crushed the garlic.')).toEqual([]);
    expect(words('The patient was furious.')).toEqual([]);
    expect(words("I'm not angry.")).toEqual([]);
    expect(words('Shattered glass by the door.')).toEqual([]);
  });

  it("tears and shaking are the author's own, not a patient's", () => {
    expect(words('Left me in tears.')).toContain('in tears');
    expect(words('Sobbed in the car park before surgery.')).toContain('Sobbed');
    expect(words('The baby was crying all night.')).toEqual([]);
  });

  it('had enough and hate in their exasperated sense only', () => {
    expect(words("I've had enough of this.")).toContain("I've had enough");
    expect(words('Have you had enough to drink?')).toEqual([]);
    expect(words('I hate this rota.')).toContain('I hate this');
    expect(words('I hate to ask, sorry.')).toEqual([]);
  });

  it('blame aimed at the reader, but not a fixed phrase', () => {
    expect(kinds('You never listen to a word we say.')).toContain('blame');
    expect(kinds('You never know, it might work.')).not.toContain('blame');
  });

  it('sarcastic praise and words in quotation marks', () => {
    expect(kinds('Oh great, the system is down again.')).toContain('sarcasm');
    expect(words('She said she was "absolutely livid" about it.')).toEqual([]);
  });

  it('reads a whole sentence in capitals with someone in it as shouted, a headline not', () => {
    expect(kinds('WHY DOES NOBODY EVER ANSWER THE PHONE')).toContain('shouted');
    expect(kinds('GP SURGERIES FACE WINTER CRISIS')).not.toContain('shouted');
    expect(kinds('URGENT: WE ARE CLOSED TODAY')).not.toContain('shouted');
  });

  it('spelled-out swearing as emphasis, a look-alike letter not', () => {
    expect(kinds('f u c k i n g hell')).toContain('disguised');
    expect(kinds('this tool is the ѕhit')).not.toContain('disguised');
  });
});
