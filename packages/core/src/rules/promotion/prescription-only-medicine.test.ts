import { testRule } from '../../../test/rule-tester.js';
import rule from './prescription-only-medicine.js';

testRule(rule, {
  clean: [
    { draft: 'Our anti-wrinkle cream range is back in stock, £12 a tub', name: 'an anti-wrinkle cosmetic' },
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
    // Names, hashtags and descriptions read from data/medicine.ts: the same traps stay clean.
    {
      draft:
        'Semaglutide (Wegovy) is a prescription-only medicine. On the NHS it is offered through specialist weight services to some people.',
      name: 'a GP explaining a POM, nothing sold',
    },
    {
      draft:
        'Shortage notice: we cannot get some strengths of Ozempic. Please order your repeat early and speak to the pharmacy team.',
      name: 'a shortage notice',
    },
    {
      draft:
        'Botox for chronic migraine is available on the NHS through neurology if other treatments have not worked.',
      name: 'NHS route to a botulinum toxin',
    },
    {
      draft: 'Saw a fake Ozempic pen seized by the MHRA on the news today. Scary stuff.',
      name: 'news of counterfeits',
    },
    {
      draft: 'Natural skincare that loves your skin back 🌿 20% off this week #nobotox #botoxalternative',
      name: 'hashtags that reject the medicine',
    },
    {
      draft: 'Private GP appointments, £70, book online. #antibioticresistance #antibioticawareness',
      name: 'a stewardship hashtag beside an advert',
    },
    {
      draft: 'Private menopause consultations, £150: we talk through symptoms, options and risks. Book online.',
      name: 'an honest private advert naming no medicine',
    },
    {
      draft: 'Dermal fillers for lips and cheeks from £200, after a consultation. DM to book.',
      name: 'fillers priced by area are not POMs',
    },
    {
      draft:
        'Our weight management programme is free on the NHS for Riverside patients with a BMI over 30. Ask at reception.',
      name: 'NHS weight-management programme',
    },
    {
      draft: 'Pen and paper at the ready for the practice meeting. Weight loss group restarts Monday, free.',
      name: 'an effect word and a form word apart',
    },
  ],
  flagged: [
    // The provider's voice with no price or booking, and "anti-wrinkle" used as the treatment's own name.
    { draft: "Our clinic's Botox lasts longer than anyone's, I've done thousands", spans: ['Botox'] },
    { draft: 'Valentine\u2019s anti-wrinkle deal this week only, £150', spans: ['anti-wrinkle'] },
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
    { draft: 'Wegovy pens in stock! Message me for a private prescription 💉', spans: ['Wegovy pens'] },
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
    // Hashtags, descriptions by effect, makers and treatment areas.
    {
      draft: 'New clients welcome at the clinic this spring 💉✨ #ozempic #weightlossjourney #mounjaro',
      spans: ['#ozempic', '#mounjaro'],
    },
    { draft: 'Feeling amazing 6 weeks in 💪 ask me how! #mounjarojourney #glp1', spans: ['#mounjarojourney', 'glp1'] },
    { draft: 'Fresh faces for the weekend 😍 slots on Saturday, DM me #skinnyjab', spans: ['#skinnyjab'] },
    {
      draft: 'Wrinkle relaxing treatments from £120, three areas. Message to book x',
      spans: ['Wrinkle relaxing treatments'],
    },
    {
      draft: 'Our fat-melting pen programme starts at £179 a month, delivered to your door.',
      spans: ['fat-melting pen'],
    },
    { draft: "The appetite jab everyone's talking about is here! Limited slots, DM us", spans: ['appetite jab'] },
    { draft: 'Injections for frown lines from £99 this week. Book now!', spans: ['Injections for frown lines'] },
    {
      draft: 'We only use genuine Allergan product. Forehead and frown from £150, book via the link in bio',
      spans: ['Allergan'],
    },
    {
      draft: 'Forehead and frown from £150, crows feet £99. Book via the link in bio',
      spans: ['Forehead and frown', 'crows feet'],
    },
    {
      draft:
        'Did you know Mounjaro mimics the hormones that make you feel full? Free consultation at our clinic, link in bio.',
      spans: ['Mounjaro'],
      name: 'an information post that names the medicine to sell the clinic',
    },
    { draft: 'mounjaro pens back in stock!!! £159 first month, dm me hun x', spans: ['mounjaro pens'] },
    { draft: 'Feeling run down? B12 shots £35 walk-in this Saturday only!', spans: ['B12 shots'] },
    {
      draft: 'Discreet online prescriptions for sildenafil and tadalafil from £19. Order before 3pm.',
      spans: ['sildenafil and tadalafil'],
    },
  ],
});
