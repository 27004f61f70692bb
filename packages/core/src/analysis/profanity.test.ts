import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from '../registry.js';
import { ProfanityScanner } from './profanity.js';

const gated = new ProfanityScanner();
const always = new ProfanityScanner({ gate: false });

const DISGUISED = [
  'fuck',
  'FUCK',
  'f*ck',
  'fuuuuck',
  'fvck',
  'sh1t',
  '$hit',
  '5hit',
  'sh!t',
  'b!tch',
  'b1tch',
  'a$$hole',
  'c0ck',
  'ƒuck',
  'ѕhit',
  'ｆｕｃｋ',
  'f u c k',
  's.h.i.t',
  'wordsbeforefuckandafter',
  'motherfucker',
  'bullshit',
  'dickhead',
  'bollocks',
  'wanker',
  'tosser',
  'twat',
  'arsehole',
  'bellend',
  'pr1ck',
  'c*nt',
  'cuuunt',
  'fk off',
  'fuk off',
  'phuck',
  'biatch',
  'Scunthorpe',
  'Penistone',
  'Dick Whittington',
  'anal fissure',
  'shiitake',
  'cocktail',
  'assessment',
  'cumulative',
  'What a bloody idiot',
  'ffs',
  'pissed off',
  'sod off',
  'Bugger!',
  'damn it',
  'hell no',
  'go to hell',
];

function corpus(): string[] {
  const texts = [...DISGUISED];
  for (const rule of RULES)
    for (const ex of [...rule.examples.flagged, ...rule.examples.clean])
      texts.push(typeof ex === 'string' ? ex : ex.text);
  const dev = join(
    dirname(fileURLToPath(import.meta.url)),
    '..',
    '..',
    '..',
    '..',
    '..',
    'shared',
    'eval',
    'dev.jsonl',
  );
  if (existsSync(dev)) {
    for (const line of readFileSync(dev, 'utf8').split('\n')) if (line.trim()) texts.push(JSON.parse(line).draft.text);
  }
  return texts;
}

describe('profanity scanner', () => {
  it('finds the same words with and without the obscenity pre-check', () => {
    const texts = corpus();
    expect(texts.length).toBeGreaterThan(100);
    for (const text of texts) expect(gated.scan(text), text).toEqual(always.scan(text));
  });

  it('finds disguised swearing', () => {
    for (const word of ['f*ck', 'fuuuuck', 'sh1t', 'ѕhit', 'ｆｕｃｋ', 'f u c k', 'wordsbeforefuckandafter']) {
      expect(gated.scan(`oh ${word} it`).length, word).toBeGreaterThan(0);
    }
  });

  it('leaves innocent words alone', () => {
    for (const word of ['Scunthorpe', 'Penistone', 'shiitake', 'cocktail', 'assessment', 'anal fissure']) {
      expect(gated.scan(`about ${word} today`), word).toEqual([]);
    }
  });
});
