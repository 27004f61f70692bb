import { testRule } from '../../../test/rule-tester.js';
import rule from './prescription-only-medicine.js';

testRule(rule, {
  clean: [
    {
      draft:
        'Semaglutide and tirzepatide are available on the NHS only for some people. Please don\u2019t buy them from unregulated websites or salons.',
      name: 'NHS information and a warning',
    },
    {
      draft: 'Antibiotics don\u2019t help most sore throats. Your pharmacist can advise.',
      name: 'antibiotic stewardship',
    },
    {
      draft: 'Turning 70? You\u2019re now eligible for the shingles vaccine (Shingrix). Book online 💉',
      name: 'NHS vaccine programme',
    },
    { draft: 'PrEP is free on the NHS from sexual health clinics.', name: 'NHS access to a medicine' },
    { draft: "No, 'natural Ozempic' drinks don't work like the real medicine.", name: 'debunking, nothing sold' },
    {
      draft:
        'We\u2019ve had lots of questions about Mounjaro. We don\u2019t prescribe it privately and it isn\u2019t available on the NHS for most people.',
      name: 'a refusal, not an offer',
    },
    {
      draft: 'Private clinic update: we no longer offer weight-loss injections. Dietitian consultations are £60.',
      name: 'offer withdrawn',
    },
    {
      draft: 'Our private clinic offers aesthetic consultations from £50. DM to book.',
      name: 'consultations, no medicine named',
    },
    {
      draft: 'Dermal fillers from £200 at our clinic, after a consultation. DM to book.',
      name: 'fillers are not POMs',
    },
    { draft: 'Our PCN\u2019s antibiotic prescribing fell 12% this winter. Thanks, everyone.', name: 'an audit result' },
    {
      draft:
        'Private skin checks, £95. Separately: antibiotic resistance is rising, so we only prescribe antibiotics when they help.',
      name: 'stewardship message beside an advert',
    },
    { draft: 'The tox screen came back clear, thankfully.', name: '"tox" as toxicology' },
    // Probe-set fixes.
    {
      draft:
        'Hay fever? A steroid nasal spray and an antihistamine help most people. We do not offer the hay fever jab because of its risks.',
      name: 'hay fever jab declined',
    },
  ],
  flagged: [
    {
      draft: 'Botox at Bloom Aesthetics – £180 for three areas. Book now for the summer!',
      spans: ['Botox'],
      rewrite: 'Aesthetic consultations at Bloom Aesthetics – £180 for three areas. Book now for the summer!',
    },
    { draft: 'Baby Botox 💉 for a fresh, natural look. DM to book!', spans: ['Baby Botox'] },
    {
      draft: 'Anti-wrinkle injections with Azzalure 💉 £50 off if you book before Friday!',
      spans: ['Anti-wrinkle injections with Azzalure'],
      rewrite: 'Aesthetic consultations 💉 £50 off if you book before Friday!',
    },
    { draft: 'Tox top-ups for the party season! £10 off before 20 December.', spans: ['Tox'] },
    {
      draft: 'New year, new you: skinny jabs available now from £199 a month. Message me to book 💉',
      spans: ['skinny jabs'],
      rewrite:
        'New year, new you: weight-management consultations available now from £199 a month. Message me to book 💉',
    },
    { draft: 'Mounjaro now available privately from £149 a month.', spans: ['Mounjaro'] },
    { draft: 'Wegovy pens in stock! Message me for a private prescription 💉', spans: ['Wegovy'] },
    { draft: 'Semaglutide weight-loss jabs now available – message to book.', spans: ['Semaglutide weight-loss jabs'] },
    { draft: 'Lose weight with tirzepatide! I prescribe it privately – link in bio 🔥', spans: ['tirzepatide'] },
    { draft: 'Need antibiotics fast? Our online clinic can prescribe them same day, £25.', spans: ['antibiotics'] },
    { draft: 'Roaccutane for acne – fast-track private prescriptions, £80 consultation.', spans: ['Roaccutane'] },
    {
      draft: 'Private finasteride and oral minoxidil packages from £25 a month 👨\u200d🦲',
      spans: ['finasteride and oral minoxidil'],
    },
    {
      draft: 'Need a private prescription for Ozempic? Same-day online service, £179. Link in bio.',
      spans: ['Ozempic'],
      rewrite:
        'Need a private prescription for weight-management consultations? Same-day online service, £179. Link in bio.',
    },
    {
      draft: 'B12 injections now available at our wellness clinic, £35 each. Walk-ins welcome!',
      spans: ['B12 injections'],
    },
    // Probe-set fixes: hay fever injections, delivery wording as a sale, social proof.
    { draft: 'Hay fever jab (Kenalog) now available – £60, message us to book.', spans: ['Hay fever jab (Kenalog'] },
    {
      draft: 'Finasteride hair loss kits, prescribed online and shipped discreetly to your door.',
      spans: ['Finasteride'],
    },
    {
      draft: "Weight loss injections with NO side effects – we've helped hundreds of people.",
      spans: ['Weight loss injections'],
    },
  ],
});
