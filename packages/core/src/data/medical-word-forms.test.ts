import { describe, expect, it } from 'vitest';
import { isMedicalTermForm } from './medical-word-forms.js';

describe('the form of a medical term', () => {
  it('reads conditions and procedures no list needs to know', () => {
    for (const w of [
      'necrobiosis',
      'sarcoidosis',
      'cholangiocarcinoma',
      'neuropathy',
      'hepatomegaly',
      'cholecystectomy',
    ])
      expect(isMedicalTermForm(w)).toBe(true);
  });
  it('leaves everyday words with the same endings, and words too short to tell', () => {
    for (const w of ['diploma', 'nostalgia', 'sympathy', 'hypnosis', 'trophy', 'coma', 'arena', 'pizza'])
      expect(isMedicalTermForm(w)).toBe(false);
  });
});
