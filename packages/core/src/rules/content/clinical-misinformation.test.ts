import { describe, expect, it } from 'vitest';
import { findingsOf, testRule } from '../../../test/rule-tester.js';
import { CLAIMS, compileClaims } from '../../data/claims.js';
import rule from './clinical-misinformation.js';

// Every claim family has a stated case, a debunking case and a quoting (or reporting) case.
testRule(rule, {
  clean: [
    { draft: 'My covid was no worse than a bad cold, thankfully.', name: "the author's own bout is not a claim" },
    {
      draft: "For most healthy under-65s another covid booster isn't needed this winter.",
      name: 'a limit of who and when, not a denial',
    },
    { draft: "Masks don't do much for a rhinovirus in a well-ventilated room if you're not coughing? Asking." },
    // vaccines-autism
    { draft: "There's no evidence that the MMR vaccine causes autism.", name: 'vaccines-autism: debunked' },
    {
      draft: "People still say vaccines cause autism. They don't.",
      name: 'vaccines-autism: quoted, refuted next sentence',
    },
    { draft: 'Do vaccines cause autism? No, and here is how we know.', name: 'vaccines-autism: asked' },
    { draft: 'There is no link between MMR and autism.', name: 'vaccines-autism: "no link"' },
    { draft: 'The myth that vaccines cause autism just will not die.', name: 'vaccines-autism: "the myth that"' },
    // mmr
    { draft: "The MMR does not overload a child's immune system.", name: 'mmr: debunked' },
    {
      draft:
        "Some parents worry that the MMR overloads the immune system. It doesn't: children meet thousands of antigens a day.",
      name: 'mmr: reported worry, refuted',
    },
    // hpv-vaccine
    { draft: 'The HPV vaccine does not cause infertility.', name: 'hpv: debunked' },
    { draft: "I've heard people say the HPV jab causes infertility. That's a myth.", name: 'hpv: quoted, refuted' },
    // vaccines-infertility
    { draft: "COVID vaccines don't cause infertility or miscarriage.", name: 'infertility: debunked' },
    {
      draft: '"The jab makes you infertile" is a claim I hear every week. It is false.',
      name: 'infertility: in quotation marks',
    },
    // vaccine-shedding
    { draft: 'Vaccine shedding is not real: there is no live virus in COVID vaccines.', name: 'shedding: debunked' },
    {
      draft: "A patient asked whether vaccinated people shed the vaccine. They don't.",
      name: 'shedding: asked about, refuted',
    },
    // vaccine-dna
    { draft: "No, the COVID vaccine can't change your DNA.", name: 'dna: debunked' },
    { draft: 'Posts claiming mRNA vaccines rewrite your genes are wrong.', name: 'dna: reported claim' },
    {
      draft: 'Contrary to what you may have read, the COVID vaccine does not change your DNA.',
      name: 'dna: "contrary to what you may have read"',
    },
    // vaccine-safety
    { draft: "The flu jab can't give you flu.", name: 'vaccine-safety: debunked' },
    {
      draft: "You'll hear that vaccines contain microchips. This is nonsense.",
      name: 'vaccine-safety: quoted, refuted',
    },
    {
      draft: "The flu vaccine doesn't work for everyone, but it is still the best protection we have.",
      name: 'vaccine-safety: honest limits',
    },
    // covid-treatment
    { draft: 'Ivermectin does not treat COVID-19. Large trials found no benefit.', name: 'covid-treatment: debunked' },
    {
      draft: "My uncle insists ivermectin cured his COVID. It didn't; he recovered as most people do.",
      name: 'covid-treatment: reported',
    },
    {
      draft: 'Bleach kills coronavirus on surfaces, so wipe the door handles.',
      name: 'covid-treatment: true statement about surfaces',
    },
    // covid-denial
    { draft: 'COVID is not a hoax; it has killed millions.', name: 'covid-denial: debunked' },
    { draft: "Someone commented that COVID is just a cold. It isn't.", name: 'covid-denial: reported, refuted' },
    { draft: 'Children can get COVID, though usually mildly.', name: 'covid-denial: accurate statement' },
    // 5g
    { draft: '5G does not spread COVID-19.', name: '5g: debunked' },
    { draft: 'The rumour that 5G causes COVID is still going round.', name: '5g: "the rumour that"' },
    // antibiotics-viral
    { draft: "Antibiotics don't work on colds or flu.", name: 'antibiotics: debunked' },
    {
      draft: '"Antibiotics cure colds" is one of the commonest myths we hear.',
      name: 'antibiotics: in quotation marks',
    },
    {
      draft: 'Antibiotics work against bacteria, not viruses, so they will not help a cold.',
      name: 'antibiotics: "not viruses"',
    },
    {
      draft: 'If you have flu and then get a chest infection, you may need antibiotics.',
      name: 'antibiotics: bacterial complication',
    },
    // homeopathy
    { draft: "Homeopathy doesn't work better than placebo.", name: 'homeopathy: debunked' },
    { draft: 'A reader says homeopathy cured her eczema. The trials say otherwise.', name: 'homeopathy: reported' },
    // detox-alkaline
    { draft: "Alkaline water can't change your blood pH.", name: 'alkaline: debunked' },
    { draft: "Influencers claim detox foot pads draw out toxins. They don't.", name: 'detox: reported, refuted' },
    {
      draft: 'Alcohol detox should be medically supervised because withdrawal can be dangerous.',
      name: 'detox: alcohol detox is real treatment',
    },
    // cancer-cure
    { draft: 'Apricot kernels do not cure cancer and can cause cyanide poisoning.', name: 'cancer-cure: debunked' },
    { draft: "You may read online that sugar feeds cancer. It doesn't.", name: 'cancer-cure: quoted, refuted' },
    {
      draft: 'Hepatitis C can now be cured in most people with a short course of tablets.',
      name: 'cancer-cure: a real cure of another disease',
    },
    // fluoride
    { draft: "Fluoride at UK levels doesn't cause cancer.", name: 'fluoride: debunked' },
    {
      draft: "Some campaigners say fluoride is a poison. That's not what the evidence shows.",
      name: 'fluoride: reported',
    },
    // statins
    { draft: "Statins don't cause dementia.", name: 'statins: debunked' },
    { draft: 'The idea that statins are poison has cost lives.', name: 'statins: "the idea that"' },
    {
      draft: 'Statins can cause muscle aches in a small number of people; talk to us rather than just stopping.',
      name: 'statins: honest side effects',
    },
    // teething
    { draft: "Teething doesn't cause a high fever.", name: 'teething: debunked' },
    {
      draft: "I was told at medical school that teething causes high fevers. It doesn't.",
      name: 'teething: what the author was told',
    },
    // me-cfs
    { draft: 'Graded exercise therapy does not cure ME/CFS, and NICE advises against it.', name: 'me-cfs: debunked' },
    { draft: "It's a myth that chronic fatigue is all in the mind.", name: 'me-cfs: "a myth that"' },
    // immune-boost
    { draft: "Vitamin D doesn't prevent COVID.", name: 'immune-boost: debunked' },
    { draft: "Clinics claim IV drips prevent flu. They don't.", name: 'immune-boost: reported, refuted' },
    // near misses
    { draft: 'Flu clinic this Saturday, 9am to 1pm. Book via the NHS App or call reception.', name: 'practice notice' },
    { draft: 'Sunscreen is safe and prevents skin cancer.', name: 'accurate prevention claim' },
    {
      draft: 'Myth busting Monday!\nVaccines cause autism.\nFact: large studies found no link.',
      name: 'under a myth-busting heading',
    },
    // Probe-set fixes: debunked forms of the new patterns.
    {
      draft: "Some people claim the covid jab is more dangerous than covid itself. It isn't.",
      name: 'vaccine-safety: "more dangerous than" reported and refuted',
    },
    {
      draft:
        'Autism diagnoses soared after MMR came in? No: the definition widened, and studies of millions of children found no link.',
      name: 'vaccines-autism: timeline asked and answered',
    },
    { draft: 'Do statins do more harm than good? Not for people at raised risk.', name: 'statins: asked' },
  ],
  flagged: [
    { draft: 'Masks do nothing.', spans: ['Masks do nothing'], name: 'the plain form of "useless"' },
    { draft: 'The flu jab does nothing.', spans: ['flu jab does nothing'] },
    {
      draft: 'Covid was no worse than a bad flu and lockdown was for nothing.',
      spans: ['Covid was no worse than a bad flu'],
      name: 'a serious illness said to be a trivial one',
    },
    { draft: "The MMR jab causes autism, and I won't pretend otherwise.", spans: ['The MMR jab causes autism'] },
    { draft: "I'm telling you, the MMR causes autism.", spans: ['the MMR causes autism'] },
    { draft: 'Did you know the MMR causes autism?', spans: ['the MMR causes autism'] },
    {
      draft: "Three vaccines in one jab overwhelm a toddler's immune system.",
      spans: ["vaccines in one jab overwhelm a toddler's immune"],
    },
    {
      draft: 'The HPV vaccine encourages girls to have sex earlier.',
      spans: ['HPV vaccine encourages girls to have sex'],
    },
    { draft: 'Tell every parent you know: the HPV jab causes infertility.', spans: ['HPV jab causes infertility'] },
    {
      draft: 'The COVID vaccine causes miscarriages, so avoid it in pregnancy.',
      spans: ['The COVID vaccine causes miscarriages'],
    },
    {
      draft: 'Vaccinated people shed spike protein, so keep your kids away from them.',
      spans: ['Vaccinated people shed'],
    },
    { draft: 'mRNA vaccines alter your DNA permanently.', spans: ['mRNA vaccines alter your DNA'] },
    { draft: 'The flu jab gives you flu, every single year.', spans: ['flu jab gives you flu'] },
    { draft: 'Hydroxychloroquine cures COVID, whatever the trials say.', spans: ['Hydroxychloroquine cures COVID'] },
    { draft: 'COVID is a hoax.', spans: ['COVID is a hoax'] },
    { draft: '5G masts spread the virus.', spans: ['5G masts spread the virus'] },
    { draft: 'Antibiotics will clear up your cold in no time.', spans: ['Antibiotics will clear up your cold'] },
    { draft: 'Homeopathy cured my hay fever and I recommend it to patients.', spans: ['Homeopathy cured'] },
    { draft: 'A juice cleanse flushes toxins out of your body.', spans: ['juice cleanse flushes toxins'] },
    {
      draft: 'Alkaline water neutralises acid and prevents cancer.',
      spans: ['Alkaline water neutralises acid and prevents cancer'],
    },
    { draft: 'Cannabis oil cures cancer – my aunt is proof.', spans: ['Cannabis oil cures cancer'] },
    { draft: 'Sugar feeds cancer, so cut it out completely.', spans: ['Sugar feeds cancer'] },
    { draft: "Fluoride in tap water lowers children's IQ.", spans: ["Fluoride in tap water lowers children's IQ"] },
    { draft: "Statins cause dementia, so I'd come off them.", spans: ['Statins cause dementia'] },
    {
      draft: 'A high temperature in a baby is usually just teething.',
      spans: ['high temperature in a baby is usually just teething'],
    },
    { draft: 'ME/CFS is psychological and graded exercise is the cure.', spans: ['graded exercise is the cure'] },
    { draft: 'Vitamin C stops colds – take 1000mg a day.', spans: ['Vitamin C stops colds'] },
    // Probe-set fixes: intensified "more harm than good", "more dangerous than", "kills viruses", the autism timeline.
    { draft: 'Statins do far more harm than good.', spans: ['Statins do far more harm than good'] },
    {
      draft: 'tbh the covid jab is way more dangerous than covid itself for young lads',
      spans: ['the covid jab is way more dangerous than covid'],
    },
    {
      draft: 'Colloidal silver kills viruses better than any vaccine ever could.',
      spans: ['Colloidal silver kills viruses'],
    },
    {
      draft: 'Autism rates exploded right after MMR came in. Coincidence?',
      spans: ['Autism rates exploded right after MMR'],
    },
  ],
});

// Claims read by meaning (analysis/health-claims.ts): an agent, a relation and a condition in one
// sentence, in a pairing the evidence table rejects. None of these wordings is listed anywhere.
testRule(rule, {
  clean: [
    {
      draft: "Antibiotics don't work on colds or flu, so rest, fluids and paracetamol.",
      name: 'true: antibiotics and viruses',
    },
    { draft: "There's no good evidence that turmeric shrinks tumours.", name: 'remedy claim denied' },
    { draft: 'The flu jab can give you a sore arm and mild flu-like symptoms for a day.', name: 'known side effect' },
    { draft: 'Masks are useless if you wear them under your nose.', name: 'conditional advice' },
    { draft: 'Statins prevent heart attacks and strokes in people at high risk.', name: 'evidence-based pairing' },
    { draft: 'Stop taking your statins if you get unexplained muscle pain, and ring us.', name: 'safety-netting' },
    { draft: 'Some parents worry the jab causes infertility. It does not.', name: 'worry, refuted' },
    { draft: 'Does apple cider vinegar cure diabetes? No.', name: 'asked and answered' },
    { draft: 'About a third of parents round here skip the MMR, which worries me.', name: 'reported behaviour' },
    { draft: 'Bleach kills the virus on surfaces, so wipe the door handles.', name: 'disinfection' },
    { draft: "The flu vaccine doesn't work for everyone, but it is still the best protection.", name: 'honest limit' },
    { draft: "We're moving the covid booster clinic to Thursday; book your jab online.", name: 'programme notice' },
  ],
  flagged: [
    {
      draft: 'Three weeks of oregano oil and my UTI was completely gone, no antibiotics needed.',
      spans: ['oregano oil and my UTI was completely gone'],
    },
    {
      draft: "The jab is behind all these turbo cancers we're seeing.",
      spans: ['The jab is behind all these turbo cancers'],
    },
    { draft: 'Covid was no worse than a bad cold for most of us.', spans: ['Covid was no worse than a bad cold'] },
    { draft: 'Masks are useless and always were.', spans: ['Masks are useless'] },
    {
      draft: "As a GP I wouldn't let my kids have the covid booster.",
      spans: ["wouldn't let my kids have the covid booster"],
    },
    {
      draft: "Big pharma are sitting on the cure for cancer because there's no money in it.",
      spans: ['Big pharma are sitting on the cure'],
    },
    { draft: 'Sun cream causes more cancers than the sun does.', spans: ['Sun cream causes more cancers'] },
    { draft: 'Antibiotics will clear that flu up in no time.', spans: ['Antibiotics will clear that flu'] },
    { draft: 'Fluoride is poison, filter your water.', spans: ['Fluoride is poison'] },
    { draft: 'Since I started water fasting, no more insulin!', spans: ['no more insulin'] },
    { draft: 'Honestly the MMR? As a doctor I would never let my own kids have it.', spans: ['would never let'] },
  ],
});

// Kinds of claim read without a listed wording: a blanket "poison", a profit motive, a remedy said
// to equal a medicine, preparations and medicines no list names, shorthand, insinuation, and the
// author's own count of cases. Each has a trap beside it.
testRule(rule, {
  clean: [
    { draft: 'Paracetamol is toxic in overdose, so keep it locked away.', name: 'toxic at a dose' },
    { draft: 'Tamoxifen is poisonous to dogs, so keep your tablets out of reach.', name: 'toxic to a pet' },
    { draft: "I've seen a video claiming the jab causes miscarriages. It doesn't.", name: 'seen media, refuted' },
    {
      draft: 'Measles causes brain damage and deaths. Make of that what you will: get the MMR.',
      name: 'insinuating words, the harm put down to the disease',
    },
    { draft: "Olive oil drops won't clear an ear infection; see the pharmacist.", name: 'preparation, negated' },
    {
      draft: "Lemon and ginger tea is lovely when you have a cold, but it won't shorten it.",
      name: 'remedy for comfort, no cure claimed',
    },
    { draft: 'Vaccines are not a money spinner: practices are paid a small fee per dose.', name: 'profit denied' },
  ],
  flagged: [
    { draft: "Honestly, statins. I've seen what they do to people. They're poison.", spans: ['poison'] },
    { draft: 'Factor 50 sunscreen on a toddler is toxic.', spans: ['sunscreen on a toddler is toxic'] },
    {
      draft: 'The shingles jab is just a money spinner for the surgery.',
      spans: ['jab is just a money spinner'],
    },
    { draft: 'Valerian is just as effective as sertraline for low mood.', spans: ['just as effective as sertraline'] },
    { draft: 'Nettle tea cleared my eczema in a week.', spans: ['Nettle tea cleared my eczema'] },
    { draft: 'Binned the bisoprolol, hawthorn extract does the job now.', spans: ['Binned the bisoprolol'] },
    { draft: 'Forget amlodipine. Celery juice every morning sorted my blood pressure.', spans: ['Forget amlodipine'] },
    { draft: 'Covid jab = infertility. Simple.', spans: ['Covid jab = infertility'] },
    {
      draft: "I've seen more miscarriages since the vaccine rollout than in 20 years on the unit.",
      spans: ['miscarriages since the vaccine rollout'],
    },
    { draft: 'Family chat: do not let grandad have the RSV jab.', spans: ['do not let grandad have the RSV jab'] },
    {
      draft: 'So many sudden deaths in young footballers this year. Every one of them had the booster. Just saying.',
      spans: ['sudden deaths'],
    },
  ],
});

describe('content.clinical-misinformation data', () => {
  it('every claim names a source and has evidence in its own words', () => {
    for (const c of CLAIMS) {
      expect(c.sources.length, c.id).toBeGreaterThan(0);
      expect(c.evidence.length, c.id).toBeGreaterThan(40);
      expect(c.link, c.id).toMatch(/^https:\/\/www\.nhs\.uk\//);
    }
  });
  it('claim ids are unique and every pattern compiles', () => {
    expect(new Set(CLAIMS.map((c) => c.id)).size).toBe(CLAIMS.length);
    expect(compileClaims(CLAIMS).every((c) => c.patterns.length > 0)).toBe(true);
  });
  it('the message names the claim, the evidence and a source, and suggests the NHS page', () => {
    const [f] = findingsOf(rule, 'Statins are poison.');
    expect(f?.severity).toBe('stop');
    expect(f?.message).toMatch(/^Don't send this as it stands/);
    expect(f?.message).toContain('NHS');
    expect(f?.suggestions[0]?.text).toContain('https://www.nhs.uk/conditions/statins/');
  });
  it('stays fast on adversarial input', () => {
    const text = `${'vaccines cause '.repeat(300)}autism ${'5g '.repeat(500)}`;
    const t0 = performance.now();
    findingsOf(rule, text);
    expect(performance.now() - t0).toBeLessThan(2000); // a hang guard, not a speed target (see npm run bench)
  });
});

// Antibiotics advised or offered for a viral illness (NICE NG79, NG120), a child's lost words put
// down to a jab given days before, a disease minimised by comparison or called all in the mind.
testRule(rule, {
  clean: [
    { draft: "Got a cold? Don't ask for antibiotics, they won't help.", name: 'advice denied' },
    { draft: 'Sore throat? Most people get better in a week without antibiotics.', name: 'done without' },
    {
      draft: 'Chesty cough that won\u2019t shift? Our online service can prescribe amoxicillin the same day.',
      name: 'a service able to prescribe, not advice',
    },
    {
      draft: "If it's a viral cough antibiotics won't help; take the ones we prescribe if it turns into pneumonia.",
      name: 'conditional on a bacterial illness',
    },
    { draft: 'Take your antibiotics to the end of the course for your UTI.', name: 'a bacterial illness' },
    {
      draft: 'He had the MMR at 13 months and within a week he was walking. So proud.',
      name: 'a milestone after a jab, no harm',
    },
    {
      draft: 'Long covid has psychological effects as well as physical ones.',
      name: 'a true statement about long covid',
    },
  ],
  flagged: [
    {
      draft: 'At the first sign of a cold just ask your GP for amoxicillin, you bounce back in half the time.',
      spans: ['ask your GP for amoxicillin'],
    },
    {
      draft: "Feeling a cold coming on? DM me and I'll sort you a course of azithromycin.",
      spans: ['sort you a course of azithromycin'],
    },
    {
      draft: 'honestly just give the ones with a cough amoxicillin over the phone',
      spans: ['give the ones with a cough amoxicillin'],
    },
    {
      draft: 'My friend\u2019s son lost all his words within a week of the MMR.',
      spans: ['lost all his words within a week of the MMR'],
    },
    {
      draft: 'Covid was never more dangerous than a bad cold for anyone under 70.',
      spans: ['Covid was never more dangerous than a bad cold'],
    },
    { draft: 'Long covid is just anxiety and deconditioning.', spans: ['Long covid is just anxiety'] },
  ],
});
