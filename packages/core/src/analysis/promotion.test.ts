import { describe, expect, it } from 'vitest';
import { parseDraft } from '../draft.js';
import type { AuthorProfile } from '../types.js';
import { Analyser } from './analyse.js';
import { interestOrganisation, negatedBefore, promotionOf } from './promotion.js';

const analyser = new Analyser();
const promo = (text: string, author?: AuthorProfile) => {
  const draft = parseDraft({ text, ...(author ? { author } : {}) });
  const a = analyser.analyse(draft);
  return { a, p: promotionOf(a, draft.author) };
};
const skinwell: AuthorProfile = { titles: ['GP'], declaredInterests: ['Director, SkinWell Clinic Ltd'] };

describe('promotionOf', () => {
  it.each([
    'Our fat freezing erases it in one session.',
    "Honestly babe, my clients love it and it's so quick.",
    "I've treated thousands and seen zero complications.",
    'Consults are open for January 💫',
    'Sorted in ten minutes at my studio.',
  ])('hears the provider in %s', (text) => expect(promo(text).p.provider).toBe(true));

  it.each([
    'Our flu clinic runs on Saturday.',
    'Our partnership has appointed on merit every time.',
    'Had my booster on Friday, no side effects.',
  ])('hears no provider in %s', (text) => expect(promo(text).p.provider).toBe(false));

  it('reads "pain-free" as a compound, not the free NHS service', () => {
    expect(promo('Guaranteed pain-free filler, every single time.').p.nhs).toBe(false);
    expect(promo('Your smear test is free and takes five minutes.').p.nhs).toBe(true);
  });

  it.each([
    'Botox £150 for one area. DM to book!',
    'Private menopause consultations now available, link in bio.',
    'My favourite supplement – 15% off with code DOC15',
    'I recommend this cream to all my eczema patients. Available online.',
    'Our IV vitamin drips are back – book yours today.',
  ])('finds promotion in %s', (text) => expect(promo(text).p.present).toBe(true));

  it.each([
    'Book your flu jab today through the NHS App.',
    'Tickets £5 from the front desk, all for the hospice.',
    'Our practice receives about £110 per patient per year.',
    'Had a lovely walk this morning. Highly recommended!',
    "We don't prescribe Mounjaro privately and it isn't available on the NHS for most people.",
    'Measles is rising. Check your red book and call us to book.',
    'The locum who covered our Tuesday clinic was excellent.',
  ])('finds none in %s', (text) => expect(promo(text).p.present).toBe(false));

  it('names the author\u2019s declared interests and only sells with another cue', () => {
    expect(
      promo('Same-week skin checks at SkinWell Clinic, £95.', skinwell).p.interestMentions.map((m) => m.interest),
    ).toEqual(['Director, SkinWell Clinic Ltd']);
    expect(promo('SkinWell Clinic has closed, sadly.', skinwell).p.present).toBe(false);
  });

  it('sees declarations and plain ties', () => {
    expect(
      promo("Declaration: I'm a director of SkinWell. Skin checks £95.", skinwell).p.declarations.length,
    ).toBeGreaterThan(0);
    expect(promo('I own Bloom Aesthetics. Fillers from £200.').p.declarations.length).toBeGreaterThan(0);
    expect(promo('Great sleep app #ad').p.declarations.length).toBeGreaterThan(0);
    expect(promo('SkinWell Clinic offers skin checks, £95. Highly recommend!', skinwell).p.declarations).toEqual([]);
  });

  it('notes a cited reference', () => {
    expect(promo('Clinically proven (Smith et al, 2021). £99.').p.reference).toBe(true);
    expect(promo('Clinically proven. £99.').p.reference).toBe(false);
  });

  it('is cached per analysis', () => {
    const { a, p } = promo('Botox £150. DM to book!');
    expect(promotionOf(a)).toBe(p);
  });
});

describe('helpers', () => {
  it('reads the organisation of a declared interest', () => {
    expect(interestOrganisation('Medical adviser (paid), SleepEasy Ltd')).toBe('SleepEasy Ltd');
    expect(interestOrganisation('Owner, Bloom Aesthetics')).toBe('Bloom Aesthetics');
  });
  it('sees a negation before a token', () => {
    const { a } = promo('No treatment is guaranteed to work.');
    expect(negatedBefore(a, 3)).toBe(true);
    const { a: b } = promo('Results are guaranteed.');
    expect(negatedBefore(b, 2)).toBe(false);
  });
});
