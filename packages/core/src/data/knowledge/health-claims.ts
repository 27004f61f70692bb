import { defineLexicon, terms, wordSet } from '../../text/lexicon.js';

/**
 * What health claims are made of, for content.clinical-misinformation: the agents a claim is about
 * (a vaccine, a remedy, a treatment, a protective measure), the conditions (a disease, a harm said
 * to follow), the relations between them (cures, replaces, causes, is useless, is a hoax), and the
 * evidence position on each pairing. The meaning layer (analysis/meaning/health-claims.ts) reads a
 * claim out of a clause however it is worded ("the jab is what's behind all these cancers", "three
 * weeks of oregano oil and the infection was gone", "covid's no worse than a cold") and the table
 * below says whether the evidence base stands against it.
 *
 * Each lexicon is matched on stems, so "cures", "cured" and "curing" all meet "cure". A word here
 * proves nothing alone: "vaccine", "cancer" and "causes" are in every NHS leaflet. Only an agent, a
 * relation and a condition bound in one clause, in a pairing the evidence rejects, make a claim, and
 * the rule then asks whether the author is making it or debunking, quoting or asking about it.
 *
 * Tags: the class of agent or condition (`vaccine`, `remedy`, …) or the kind of relation (`cure`, …).
 */

const NHS_VAX = 'NHS, "Why vaccination is safe and important" and "Vaccinations" (nhs.uk); UKHSA Green Book';
const NHS_CAM =
  'NHS, "Complementary and alternative medicine" (nhs.uk); Cancer Research UK, "Complementary and alternative therapies"';
const ASA = 'ASA/CAP guidance on health claims for complementary and alternative medicine and food supplements';
const BNF = 'BNF, treatment summaries; NICE CKS (medicines a condition is treated with)';
const AZ = 'NHS Health A to Z (nhs.uk/conditions); lay names from NHS 111 online';
const WHO = 'WHO, "Coronavirus disease (COVID-19) advice for the public: Mythbusters"; UKHSA';
const GRAMMAR = 'Common English usage for claims of effect and cause (Oxford English Dictionary senses)';

/** What a claim is about. */
/**
 * A serious illness said to be a trivial one, in every combination the words take: "no worse than a bad
 * flu", "basically the common cold", "nothing more than a mild cough" (WHO and Full Fact on the claim
 * that COVID-19 is "just a cold"). Made from its parts so that no wording is missing.
 */
function minimised(): string {
  const saying = [
    'no worse than',
    'just',
    'basically',
    'nothing more than',
    'no more than',
    'little more than',
    'only',
    'never more dangerous than',
    'no more dangerous than',
    'no more deadly than',
    'no deadlier than',
    'less dangerous than',
    'less deadly than',
    'milder than',
    'not much worse than',
    'hardly worse than',
    'barely worse than',
  ];
  const articles = ['', 'a ', 'the '];
  const mildly = ['', 'bad ', 'mild ', 'nasty ', 'common ', 'seasonal ', 'normal ', 'heavy '];
  const trivial = ['cold', 'flu', 'cough', 'sniffle', 'sniffles'];
  return saying
    .flatMap((x) => articles.flatMap((a) => mildly.flatMap((m) => trivial.map((t) => `${x} ${a}${m}${t}`))))
    .join(', ');
}

export const HEALTH_AGENTS = defineLexicon({
  id: 'health-agent',
  inflect: true,
  description: 'Vaccines, remedies, treatments and measures that health claims are made about.',
  entries: [
    ...terms(
      `vaccine, vaccines, vaccination, vaccinations, jab, jabs, jabbed, booster, boosters, booster jab, flu jab,
       covid jab, covid vaccine, mrna, mrna vaccine, mmr, mmr jab, hpv jab, hpv vaccine, measles jab, immunisation,
       immunisations, the shot, flu shot, covid shot, childhood vaccines, baby jabs, pfizer jab,
       moderna jab, astrazeneca jab, nasal flu spray, the rollout, the vaccine rollout, the jab rollout, first dose,
       second dose, third dose, booster dose`,
      'vaccine',
      NHS_VAX,
      'A vaccine, by any of its public names.',
    ),
    ...terms(
      'since 2021, after 2021, started in 2021, from 2021 on, since the rollout, after the rollout',
      'vaccine',
      'Full Fact, "Died suddenly" and "sudden deaths since 2021" fact checks',
      'The year the COVID-19 vaccines were given to most people, standing for them in posts that blame them for deaths.',
    ),
    ...terms(
      'rotavirus drops, rotavirus vaccine, hep b jab, hep b vaccine, menacwy, men b, menb, bcg, 6 in 1, six in one',
      'vaccine',
      NHS_VAX,
      'A vaccine, by any of its public names.',
    ),
    ...terms(
      `supplement, supplements, vitamin c, vitamin d, high dose vitamin c, iv vitamin, vitamin drip, zinc, elderberry,
       echinacea, garlic, raw garlic, ginger, turmeric, curcumin, apple cider vinegar, cider vinegar, lemon water,
       hot lemon, bicarbonate of soda, baking soda, colloidal silver, silver water, chlorine dioxide, mms, bleach,
       hydrogen peroxide, ozone therapy, essential oil, essential oils, oregano oil, tea tree oil, frankincense,
       cbd oil, cannabis oil, hemp oil, apricot kernels, laetrile, black seed oil, manuka honey, coconut oil,
       homeopathy, homeopathic remedy, homeopathic remedies, detox, detox tea, juice cleanse, juicing, cleanse,
       coffee enema, coffee enemas, alkaline water, alkaline diet, raw vegan diet, carnivore diet, fasting,
       water fasting, dry fasting, ivermectin, hydroxychloroquine, herbal remedy, herbal remedies, herbs,
       natural remedy, natural remedies, tincture, tinctures, crystals, reiki, cupping, mushroom powder,
       lions mane, sea moss, borax, castor oil, castor oil packs, grounding, earthing, infrared sauna, colostrum,
       methylene blue, fenbendazole, ivermectin paste, kombucha, bone broth, moringa, sungazing, natural immunity,
       catching it naturally, getting it naturally, measles party, chickenpox party, pox party, vitamin b17, vitamin k2,
       quercetin, nac, magnesium, high dose zinc, cod liver oil, urine therapy, raw milk, keto, keto diet, juice fast,
       reflexology, acupuncture, chiropractic, chiropractor, naturopath, naturopathy, ayurveda, ayurvedic,
       traditional chinese medicine, herbal tea, cinnamon, berberine, black seed, nigella, mistletoe, shark cartilage,
       ashwagandha, selenium, d mannose, cranberry, cranberry juice, nattokinase, tart cherry, tart cherry juice,
       salt pipe, salt therapy, mouth tape, mouth taping, eucalyptus oil, local honey, nad+, nad infusion,
       caprylic acid, belladonna, seed cycling, candida diet, zero sugar, sugar free diet, carnivore, raw food,
       sunlight, the sun, cold water therapy, ice baths, breathwork, nasal breathing, magnesium spray, iodine,
       lugol's iodine, vitamin a, vitamin drips, iv drips, hydration drips, ozone, chelation, parasite cleanse,
       liver cleanse, liver flush, gallbladder flush, oil pulling, activated charcoal, turpentine, dmso, hcq,
       mebendazole paste, wormer, horse paste, nutritional therapy, functional medicine, herbal, herbs and spices`,
      'remedy',
      `${NHS_CAM}; ${ASA}`,
      'A remedy with no evidence that it cures or replaces treatment for a serious condition.',
    ),
    ...terms(
      `acai, aloe vera, astragalus, asian ginseng, ginseng, bilberry, bilberry extract, bitter orange, black cohosh,
       bromelain, butterbur, cat's claw, chamomile, chasteberry, dandelion, dandelion tea, elderflower, evening primrose oil,
       fenugreek, feverfew, flaxseed, flaxseed oil, ginkgo, ginkgo biloba, goldenseal, grape seed extract, green tea,
       green tea extract, hawthorn, hoodia, horse chestnut, kava, lavender, lavender oil, licorice root, liquorice root,
       milk thistle, noni, passionflower, peppermint oil, red clover, rhodiola, saw palmetto, soy isoflavones,
       st john's wort, st johns wort, thunder god vine, valerian, yohimbe, lemon balm, coq10, coenzyme q10, ubiquinol,
       fish oil, omega 3, glucosamine, chondroitin, melatonin, probiotics, probiotic, collagen, collagen powder,
       red yeast rice, dhea, l arginine, l lysine, lysine, spirulina, chlorella, wheatgrass, beetroot juice,
       celery juice, garlic capsules, wild yam, progesterone cream, natural progesterone, bioidentical hormones`,
      'remedy',
      'NCCIH, "Herbs at a Glance" (nccih.nih.gov); NIH Office of Dietary Supplements, supplement fact sheets',
      'A herb or dietary supplement sold to the public, with no evidence that it replaces treatment for a serious condition.',
    ),
    ...terms(
      `antibiotic, amoxicillin, amoxil, penicillin, doxycycline, clarithromycin, azithromycin,
       a course of antibiotics`,
      'antibiotic',
      'NHS, "Antibiotics" (nhs.uk); UKHSA, "Antibiotic Guardian"; NICE NG79 (sore throat) and NG120 (cough)',
      'Antibiotics act on bacteria, not viruses.',
    ),
    ...terms(
      `chemo, chemotherapy, radiotherapy, statin, statins, insulin, inhaler, inhalers, steroid inhaler, blue inhaler,
       antidepressant, antidepressants, sertraline, citalopram, fluoxetine, ssris, levothyroxine, thyroxine,
       metformin, blood pressure tablets, blood pressure meds, epipen, antiretrovirals, hrt, chemo drugs, methotrexate,
       antivirals, antiviral, preventer, preventer inhaler, brown inhaler, blood thinners, anticoagulants, biologics,
       cpap, dialysis, immunotherapy, anti epileptics, antiepileptics, antipsychotics, lithium, ritalin, adhd meds,
       dmards, dmard, disease modifying drugs`,
      'treatment',
      BNF,
      'A treatment with a firm evidence base for the conditions it is prescribed for.',
    ),
    ...terms(
      'medication, medications, meds, prescribed medication, prescription meds, tablets, pills, painkillers, antihistamine, antihistamines, steroid cream, steroid creams, steroids, water tablets, diuretics',
      'medication',
      BNF,
      'Prescribed medicines in general: a claim can say to drop them, not that they are useless.',
    ),
    ...terms(
      'sun cream, suncream, sunscreen, sun screen, spf, sun block, sunblock, fluoride, fluoridation, fluoridated water, fluoride toothpaste, face mask, face masks, masks, mask wearing, masking',
      'protective',
      'NHS, "Sunscreen and sun safety", "Fluoride" (nhs.uk); UKHSA, "Water fluoridation: health monitoring report"; WHO mask guidance',
      'A protective measure whose safety is established.',
    ),
    ...terms(
      '5g, 5g masts, phone masts, wifi, wi fi, chemtrails, smart meters',
      'tech',
      `${WHO}; UKHSA, "Mobile phone base stations: radio waves and health"`,
      'Technologies blamed for disease in conspiracy theories.',
    ),
    ...terms(
      'smear test, smear tests, smears, cervical screening, mammogram, mammograms, breast screening, bowel screening, screening, psa test, aaa screening',
      'screening',
      'NHS, "NHS screening" (nhs.uk); UK National Screening Committee recommendations',
      'An NHS screening programme, offered because its benefits outweigh its harms.',
    ),
    ...terms(
      'big pharma, pharma, drug companies, drug company, pharmaceutical companies, the pharmaceutical industry, the drug industry, pharmaceutical industry',
      'pharma',
      'Full Fact and WHO on the "suppressed cure" conspiracy; NHS, "Cancer" (nhs.uk)',
      'The drug industry, said in conspiracy claims to hide cures.',
    ),
  ],
});

/** What a claim says an agent does, or what a condition is. */
export const HEALTH_CONDITIONS = defineLexicon({
  id: 'health-condition',
  inflect: true,
  description: 'Diseases and harms that health claims are made about.',
  entries: [
    ...terms(
      `cancer, cancers, tumour, tumours, tumor, leukaemia, lymphoma, melanoma, diabetes, type 1 diabetes, type 2 diabetes,
       type 1, type 2, hiv, aids, asthma, copd, epilepsy, multiple sclerosis, ms, parkinson's, dementia, alzheimer's,
       heart disease, high blood pressure, hypertension, arthritis, crohn's, colitis, lupus, thyroid, underactive thyroid,
       hypothyroidism, kidney disease, psoriasis, eczema, adhd, depression, schizophrenia, bipolar, infection, infections,
       sepsis, meningitis, tb, tuberculosis, pneumonia, chest infection, uti, water infection, kidney infection, lyme disease,
       long covid, covid, covid 19, coronavirus, corona, measles, polio, whooping cough, shingles, hepatitis, herpes,
       endometriosis, pcos, infertility, stroke, heart attack, autism, autoimmune disease`,
      'serious',
      AZ,
      'A serious, chronic or infectious condition that needs evidence-based care.',
    ),
    ...terms(
      'cold, colds, common cold, flu, a virus, viral infection, viral infections, sore throat, cough, coughs, sniffles, chest cold, bronchiolitis, glandular fever, covid, coronavirus, norovirus, sickness bug',
      'viral',
      'NHS, "Antibiotics" and "Common cold" (nhs.uk); NICE NG79 and NG120',
      'An illness caused by a virus, which antibiotics do not treat.',
    ),
    ...terms(
      `autism, autistic, infertility, infertile, sterile, sterility, miscarriage, miscarriages, stillbirth, stillbirths,
       cot death, sids, cancer, cancers, turbo cancer, dementia, alzheimer's, multiple sclerosis, ms, diabetes, allergies,
       autoimmune disease, brain damage, sudden death, sudden deaths, died suddenly, dna, your dna, magnetic, magnetism,
       aids, hiv, adhd, low iq, lower iq, paralysis, deaths, excess deaths, the flu, flu, covid, the virus, sads,
       sudden adult death, sudden adult death syndrome, heart attacks in young people, eczema, asthma,
       neurological damage, nerve damage, organ damage, immune damage, weakened immune system, cancer in children,
       chronic fatigue, long term damage, genetic damage, young people dropping dead, dropping dead`,
      'harm',
      `${NHS_VAX}; MHRA Yellow Card summaries; Cochrane reviews of vaccine safety`,
      'A harm that vaccines, fluoride, sunscreen or masks are falsely said to cause.',
    ),
    ...terms(
      `stopped talking, stop talking, lost his words, lost her words, lost all his words, lost all her words,
       lost his speech, lost her speech, lost their speech, lost his language, lost her language, regressed,
       stopped making eye contact, went quiet and stopped`,
      'harm',
      'NHS, "MMR vaccine" and "Autism" (nhs.uk): the loss of words or skills that the MMR-autism myth blames on the jab',
      'A child losing words or skills, which the MMR-autism myth puts down to a vaccine given before it.',
    ),
    ...terms(
      `collapsing on the pitch, collapsed on the pitch, collapsing on pitches, footballers collapsing,
       athletes collapsing, young athletes collapsing`,
      'harm',
      'Full Fact and Reuters Fact Check, "athletes collapsing" claims about COVID-19 vaccines',
      'Sportspeople collapsing, which posts blame on COVID-19 vaccines.',
    ),
    ...terms(
      'low oxygen, oxygen deprivation, hypoxia, co2 poisoning, carbon dioxide poisoning, lung damage, bacterial pneumonia, brain fog',
      'mask-harm',
      'WHO, "Coronavirus disease (COVID-19): Masks"; BMJ and UKHSA reviews of mask safety',
      'Harms falsely said to follow from wearing a face mask.',
    ),
    ...terms(
      'covid, covid 19, coronavirus, corona, the pandemic, pandemic, the virus, measles, hiv, aids, monkeypox, mpox, bird flu, polio, long covid',
      'outbreak',
      WHO,
      'A disease whose existence or danger conspiracy posts deny.',
    ),
  ],
});

/** How a claim binds an agent to a condition. */
export const HEALTH_RELATIONS = defineLexicon({
  id: 'health-relation',
  inflect: true,
  description: 'What a health claim says: cures, replaces treatment, causes, is useless, is a hoax.',
  entries: [
    ...terms(
      `cure, cures, cured, heal, healed, reverse, reversed, get rid of, got rid of, clear up, cleared up, cleared,
       fix, fixed, kill, kills the virus, wipe out, beat, beaten, eliminate, eradicate, melt away, dissolve, shrink,
       treat, works for, worked for, works against, knock out, knocked out, sort out, sorted out, flush out, gone,
       went away, disappeared, vanished, in remission, free of, free from, shift, get over, knock on the head,
       starve, starves, starved, stop in its tracks, see off, saw off, all you need, do the trick, did the trick,
       kill off, killed off, kill cancer cells, kills cancer cells, speed up recovery, recover faster, regrow, regrows,
       heal the gut, pass your, draw it out, draws it out, pull out, pulls out, got under control, get under control,
       halve the recovery time, halves the recovery time, halved the recovery time, back to normal, took off, take off, under control, dissolves, melt, melts,
       prevent, prevents, protect against, protects against, stop you catching, boost your immunity against,
       better than chemo, more effective than, all you need for, better quicker, better faster, better sooner,
       twice as fast, back on your feet, knock it on the head, knocks it on the head, clear it, clears it, shorten,
       shortens, shortened, never catch, never caught, never get ill, never get sick, won't catch, stop it dead,
       stops it dead, stopped it dead, stops them dead, stop them dead`,
      'cure',
      GRAMMAR,
      'Said to cure, reverse, treat or prevent a condition.',
    ),
    ...terms(
      `instead of, no more, no need for, ditch, bin, throw away, come off, came off, get off, stop taking, off my,
       don't need, do not need, never need, replace, replaced, ditched, binned, flush your, wean off, no longer need,
       better than, safer than, works better than, beats, rather than, swap your, swapped my, alternative to,
       off the, off his, off her, off your, stop the, stopped the, skip the, won't need the, wont need the,
       will not need the, in the bin, does what, natural, just a plaster, masking the problem, just masking,
       don't bother with, dont bother with, no need to bother with, ditch the, get them off, get him off,
       get her off, instead, skip, ignore the, no need to restart, don't need the, doesn't need the, bye bye,
       off it, off them, never needed, never need the, not needed my, ditched my, as effective as,
       just as effective as, every bit as effective as, as good as, just as good as, every bit as good as,
       works as well as, work as well as, works just as well as, same effect as, the same effect as, same job as,
       the same job as, does the same job as, does everything, forget, forget about, tip them away, tip it away,
       bin the, binned the, bin your, cancel the, cancelled the, cancelled my, sent back the, send back the,
       dump, dump the, dump your, dumped, dumped the, do more than, does more than, did more than`,
      'replace',
      GRAMMAR,
      'Said to replace or end an evidence-based treatment.',
    ),
    ...terms(
      `cause, caused, causes, causing, give you, gives you, gave, trigger, triggers, lead to, leads to, linked to,
       link to, result in, is behind, are behind, behind all, responsible for, make you, makes you, made him,
       made her, turn you, turns you, alter, alters, change, changes, rewrite, rewrites, damage, damages, fry, fries,
       spread, spreads, shed, sheds, ever since, since, straight after, right after, days after, weeks after,
       within days of, within hours of, within a week of, within a day of, following`,
      'cause',
      GRAMMAR,
      'Said to cause a harm or a disease.',
    ),
    ...terms(
      `useless, pointless, worthless, ineffective, does nothing, do nothing, did nothing, don't work, doesn't work,
       didn't work, do not work, does not work, never work, never works, a waste of time, waste of time, a scam, scam,
       a con, a racket, kills more than it saves, more harm than good, killing people,
       kill people, experimental gene therapy, a bioweapon, bioweapons, isn't needed, is not needed, not needed,
       isn't necessary, unnecessary, a sham, just a placebo, no better than placebo, don't actually work,
       doesn't actually work, don't really work, doesn't really work, didn't actually work, did absolutely nothing,
       does absolutely nothing, do absolutely nothing, did precisely nothing, did literally nothing,
       does literally nothing, did sod all, do sod all, does sod all`,
      'useless',
      GRAMMAR,
      'Said to be useless or a scam.',
    ),
    ...terms(
      `poison, poisonous, toxic, carcinogenic, a carcinogen, known carcinogen, rat poison, neurotoxic, neurotoxin,
       a chemical cosh, chemical cosh, killing babies, killing kids, killing children, killing our kids,
       killing young people, killing thousands, killing patients, killing women, killing off our, maiming`,
      'toxic',
      GRAMMAR,
      'Said to be a poison: a blanket harm claimed of a whole treatment, not a side effect at a dose.',
    ),
    ...terms(
      `money spinner, money spinners, money maker, money makers, money making scheme, cash cow, cash cows, cash grab,
       revenue stream, subscription model, gravy train, just there to make money, only there to make money,
       there to make money, exists to make money, a business model, profit machine`,
      'profit',
      'Lewandowsky and Cook, "The Conspiracy Theory Handbook" (2020): nefarious intent',
      'Said to exist only to make money for whoever sells it.',
    ),
    ...terms(
      'death jab, death jabs, death shot, clot shot, clot shots, kill shot, poison jab, poison jabs, vaxx injured, jab injured',
      ['useless', 'alone'],
      'Full Fact, COVID-19 vaccine fact checks',
      'A coined name that is itself the claim that a vaccine is deadly.',
    ),
    ...terms(
      `hoax, a hoax, scam, a scam, fake, made up, invented, doesn't exist, does not exist, never existed,
       didn't exist, glorified cold, glorified flu, a bad cold, a mild cold, harmless, a lie, a psyop, just anxiety,
       mostly anxiety, all anxiety, just deconditioning, mostly deconditioning, purely psychological,
       just psychological, mostly psychological, all psychological, all in the mind, all in your head,
       all in their heads, all in people's heads,
       ${minimised()}`,
      'hoax',
      `${WHO}; Full Fact, COVID-19 fact checks`,
      'Said not to exist, to be staged, or to be no worse than a cold.',
    ),
    ...terms(
      'plandemic, scamdemic, casedemic, fauxvid, covid hoax, coronahoax, covid scam',
      ['hoax', 'alone'],
      `${WHO}; Full Fact, COVID-19 fact checks`,
      'A coined word that is itself the claim that a disease is a hoax.',
    ),
    ...terms(
      `hide, hiding, hid, hidden, suppress, suppressing, suppressed, bury, burying, buried, cover up, covering up,
       sit on, sitting on, don't want you to know, do not want you to know, keep quiet about`,
      'hide',
      'Full Fact and WHO on the "suppressed cure" conspiracy',
      'Said to be hidden from the public.',
    ),
    ...terms(
      `wouldn't let, would not let, would never let, wouldn't give, would never give, won't let, will never let,
       skip, skipping, avoid, avoiding, refuse, refusing, say no to, steer clear of, stay away from, don't get jabbed,
       do not get jabbed, don't vaccinate, do not vaccinate, never vaccinate, not vaccinating, won't be vaccinating,
       wouldn't touch, would not touch, never touch, keep away from, won't be giving, will not be giving, won't give,
       not giving, don't let, do not let, don't do the, never have another, never having another, won't have the,
       not having the, opt out of, say no`,
      'refuse',
      NHS_VAX,
      'Advice to refuse or avoid a vaccine.',
    ),
  ],
});

/**
 * Insinuation: the rhetoric of a claim made without saying it, which leaves the reader to join a
 * treatment to a harm ("draw your own conclusions", "look at the timeline", "share before it gets
 * taken down"). With a vaccine, treatment or protective measure and a harm named in the same draft,
 * the draft makes the claim it hints at.
 */
export const INSINUATION = defineLexicon({
  id: 'health-insinuation',
  description: 'Phrases that hint at a claim and leave the reader to draw it.',
  entries: terms(
    `draw your own conclusions, draw your own conclusion, make of that what you will, make of it what you will,
     make of this what you will, do with that what you will, do with this what you will, just saying, just sayin,
     look at the timeline, look at the dates, check the timeline, not saying it's connected, not saying they're connected,
     not saying it's related, nobody is allowed to say, no one is allowed to say, nobody's allowed to say,
     not allowed to say, nobody is talking about, nobody's talking about, no one is talking about,
     no one's talking about, why is nobody talking, why is no one talking, wake up, do your research,
     do your own research, google it, look it up, share before it gets taken down, share before it's deleted,
     before it gets taken down, before they delete it, before it's taken down, they don't want you to know,
     connect the dots, join the dots, makes you wonder, makes you think, ask yourself why, say the obvious, open your eyes, sheeple, the data is out there, the truth is out there, funny that,
     coincidence, not a coincidence, no coincidence, i'll let you decide, you decide, let that sink in,
     just asking questions, i'm not saying anything, not saying anything, interesting timing,
     you do the maths, you do the math, do the maths, think about it`,
    'insinuation',
    'Lewandowsky and Cook, "The Conspiracy Theory Handbook" (2020); First Draft, "Understanding information disorder" (2019)',
    'A hint that leaves the reader to draw the claim.',
  ),
});

/**
 * Words that make a preparation of something from a kitchen or a health shop ("celery juice",
 * "beetroot shots", "a garlic clove", "bilberry extract", "a salt bath"): with a word before them
 * that is not a medicine, they name a remedy that no list needs to hold.
 * Source: NHS, "Complementary and alternative medicine"; the forms are those of the CAP Code's
 * food and food supplement rules (section 15).
 */
export const PREPARATION_HEADS: ReadonlySet<string> = new Set([
  'juice',
  'juices',
  'tea',
  'teas',
  'extract',
  'extracts',
  'powder',
  'powders',
  'capsules',
  'tincture',
  'tinctures',
  'vinegar',
  'oil',
  'oils',
  'bath',
  'baths',
  'soap',
  'cleanse',
  'smoothie',
  'smoothies',
  'broth',
  'shots',
  'clove',
  'cloves',
  'gummies',
  'tonic',
  'enema',
  'enemas',
]);

/** Words before a preparation head that make it a medicine, a body part or an everyday thing ("eye drops", "olive oil for cooking"). */
export const NOT_REMEDY_BEFORE: ReadonlySet<string> = new Set([
  'flu',
  'covid',
  'booster',
  'vaccine',
  'the',
  'a',
  'an',
  'my',
  'your',
  'their',
  'his',
  'her',
  'our',
  'of',
  'and',
  'or',
  'fizzy',
  'diet',
  'healthy',
  'balanced',
  'low',
  'high',
  'hospital',
  'weight',
  'engine',
  'cooking',
  'baby',
  'bubble',
  'hot',
  'cup',
  'no',
]);

/** After a claim that something is poison: a dose, a species or an organ that makes it a known harm ("toxic in overdose", "poisonous to dogs", "toxic to the retina"). */
export const DOSE_LIMITS: ReadonlySet<string> = new Set([
  'overdose',
  'overdoses',
  'dose',
  'doses',
  'large',
  'high',
  'excess',
  'amounts',
  'quantities',
  'dogs',
  'cats',
  'pets',
  'animals',
  'retina',
  'retinas',
  'liver',
  'kidney',
  'kidneys',
  'nerves',
  'hearing',
  'foetus',
  'fetus',
  'unborn',
  'if',
  'when',
  'unless',
]);

/** What drug companies are said to hide: with one of these after it, "hide" is the suppressed-cure claim. */
export const HIDDEN_THINGS: ReadonlySet<string> = new Set([
  'cure',
  'cures',
  'treatment',
  'treatments',
  'truth',
  'remedy',
  'remedies',
  'results',
  'data',
  'injuries',
  'deaths',
  'harms',
]);

/** After "doesn't work": an honest limit, not a denial ("for everyone", "every time", "perfectly"). */
export const EFFECT_LIMITS: ReadonlySet<string> = new Set([
  'everyone',
  'everybody',
  'all',
  'some',
  'every',
  'perfectly',
  'always',
  '100',
  'completely',
]);

/** After "for", a part of the population a limit is said of ("for most", "for healthy adults", "for under-65s"). */
export const POPULATION_LIMITS: ReadonlySet<string> = new Set([
  'most',
  'many',
  'healthy',
  'under',
  'over',
  'low',
  'younger',
  'older',
]);

/** After "this", a season or year a limit is said of ("isn't needed this winter"). */
export const SEASONS: ReadonlySet<string> = new Set(['year', 'season', 'winter', 'autumn', 'spring', 'summer', 'time']);

/** Where a disinfectant kills a virus without treating anyone ("bleach kills the virus on surfaces"). */
export const SURFACES: ReadonlySet<string> = new Set([
  'surfaces',
  'surface',
  'hands',
  'handles',
  'worktops',
  'counters',
  'skin',
  'toys',
  'floors',
]);

/**
 * Words that link a claim's condition back to its agent when the condition comes first: "cancers
 * caused by the jab", "my diabetes reversed with fasting", "the UTI cleared up after oregano oil".
 */
export const BACK_LINKS: ReadonlySet<string> = new Set([
  'since',
  'following',
  'by',
  'with',
  'using',
  'thanks',
  'after',
  'from',
  'since',
  'via',
  'because',
  'due',
  'within',
]);

/**
 * A fall told beside a timeline ("deaths have fallen since the vaccine"): the agent is credited, not
 * blamed. Just before a cause, these also undo it ("masks slow the spread of covid").
 */
export const DECREASE: ReadonlySet<string> = new Set([
  'prevent',
  'prevents',
  'preventing',
  'slow',
  'slows',
  'slowing',
  'stop',
  'stops',
  'stopping',
  'reduce',
  'reduces',
  'reducing',
  'limit',
  'limits',
  'limiting',
  'curb',
  'curbs',
  'fallen',
  'fell',
  'fall',
  'falling',
  'dropped',
  'drop',
  'down',
  'reduced',
  'halved',
  'plummeted',
  'declined',
  'lower',
  'fewer',
  'less',
  'prevented',
  'saved',
]);

/**
 * Words that may open an imperative without changing it ("honestly skip the jab", "girls, ditch the
 * SPF", "hun don't let her have it"): discourse markers and forms of address.
 */
/**
 * Verbs that advise taking or giving a medicine, or offer it: "ask for amoxicillin", "push for them",
 * "I always take a course", "just give them antibiotics", "I'll sort you a course", "I swear by". With
 * an antibiotic and a viral illness, they make the claim that antibiotics help it (NICE NG79, NG120;
 * NHS, "Antibiotics"), the myth rules.md names "antibiotics for viral colds".
 */
export const MEDICINE_ADVICE_VERBS =
  wordSet(`ask, asking, push, pushing, demand, demanding, insist, insisting, take, taking,
  give, giving, keep, keeping, start, starting, swear, sort, get, getting, prescribe, prescribing, grab, stock`);

export const ADVICE_OPENERS: ReadonlySet<string> = new Set([
  'honestly',
  'seriously',
  'tbh',
  'ok',
  'okay',
  'look',
  'girls',
  'guys',
  'ladies',
  'folks',
  'everyone',
  'hun',
  'babe',
  'mate',
  'mums',
  'parents',
  'pls',
  'please',
  'just',
  'so',
  'and',
  'but',
  'then',
  'always',
  'never',
]);

/** People a condition describes ("cancer patients", "asthma sufferers"): the claim is about them, not the condition. */
export const CONDITION_PEOPLE: ReadonlySet<string> = new Set([
  'patients',
  'patient',
  'sufferers',
  'survivors',
  'people',
  'kids',
  'children',
  'mums',
  'nurses',
  'ward',
  'wards',
]);

export interface HealthEvidence {
  /** The relation the row reads. */
  readonly relation:
    | 'cure'
    | 'replace'
    | 'cause'
    | 'useless'
    | 'toxic'
    | 'profit'
    | 'insinuate'
    | 'hoax'
    | 'hide'
    | 'refuse'
    | 'prescribe';
  /** Agent classes the relation is said of (none: a hoax is said of the condition itself). */
  readonly agents: readonly string[];
  /** Condition classes it must bind to (none: the relation is a claim alone, e.g. a vaccine "is poison"). */
  readonly conditions: readonly string[];
  /** The claim in a few words, for messages. */
  readonly claim: string;
  /** What the evidence says, in the project's own words. */
  readonly evidence: string;
  readonly sources: readonly string[];
  readonly link: string;
}

/**
 * The evidence position on each pairing the meaning layer can read: every row is a claim the
 * evidence base rejects. A pairing not listed is not a myth ("statins prevent heart attacks").
 */
export const HEALTH_EVIDENCE: readonly HealthEvidence[] = [
  {
    relation: 'cure',
    agents: ['remedy'],
    conditions: ['serious', 'condition', 'symptom'],
    claim: 'a remedy cures, reverses or prevents a serious condition',
    evidence:
      'No supplement, diet, oil or alternative therapy has been shown to cure, reverse or prevent a serious condition in ' +
      'the way claimed; relying on one can delay treatment that works.',
    sources: [NHS_CAM, ASA],
    link: 'https://www.nhs.uk/conditions/complementary-and-alternative-medicine/',
  },
  {
    relation: 'cure',
    agents: ['antibiotic'],
    conditions: ['viral'],
    claim: 'antibiotics cure or speed recovery from a viral illness',
    evidence:
      'Antibiotics act on bacteria, not viruses: they do not help colds, flu, most coughs and sore throats or COVID-19, and ' +
      'they cause side effects and resistance.',
    sources: ['NHS, "Antibiotics" (nhs.uk)', 'NICE NG79 and NG120'],
    link: 'https://www.nhs.uk/conditions/antibiotics/',
  },
  {
    relation: 'prescribe',
    agents: ['antibiotic'],
    conditions: ['viral'],
    claim: 'antibiotics should be taken or given for a viral illness',
    evidence:
      'Antibiotics act on bacteria, not viruses: advising them for a cold, flu, most coughs or COVID-19 does not speed ' +
      'recovery or stop it going to the chest, and it causes side effects and resistance.',
    sources: ['NHS, "Antibiotics" (nhs.uk)', 'NICE NG79 and NG120'],
    link: 'https://www.nhs.uk/conditions/antibiotics/',
  },
  {
    relation: 'replace',
    agents: ['treatment', 'medication', 'medicine', 'vaccine', 'screening'],
    conditions: [],
    claim: 'an evidence-based treatment can be dropped or replaced by something else',
    evidence:
      'Stopping or replacing a prescribed treatment (insulin, an inhaler, chemotherapy, antidepressants) without a ' +
      'clinician can be dangerous; no alternative has been shown to do the same job.',
    sources: [BNF, NHS_CAM],
    link: 'https://www.nhs.uk/conditions/complementary-and-alternative-medicine/',
  },
  {
    relation: 'cause',
    agents: ['vaccine'],
    conditions: ['harm'],
    claim: 'a vaccine causes a harm the evidence rules out',
    evidence:
      'Large studies of millions of people have found no link between vaccines and autism, infertility, cancer, sudden ' +
      'death or the other harms claimed; a vaccine cannot give you the disease it protects against or alter your DNA.',
    sources: [NHS_VAX, 'MHRA Yellow Card summaries', 'Cochrane reviews of vaccine safety'],
    link: 'https://www.nhs.uk/vaccinations/why-vaccination-is-safe-and-important/',
  },
  {
    relation: 'cause',
    agents: ['protective', 'screening'],
    conditions: ['harm', 'mask-harm', 'serious'],
    claim: 'sunscreen, fluoride or face masks cause disease',
    evidence:
      'Sunscreen lowers the risk of skin cancer, fluoride at UK levels is safe and prevents tooth decay, and face masks do ' +
      'not starve the wearer of oxygen.',
    sources: [
      'NHS, "Sunscreen and sun safety" (nhs.uk)',
      'UKHSA, "Water fluoridation: health monitoring report"',
      'WHO mask guidance',
    ],
    link: 'https://www.nhs.uk/live-well/seasonal-health/sunscreen-and-sun-safety/',
  },
  {
    relation: 'cause',
    agents: ['tech'],
    conditions: ['harm', 'serious', 'outbreak'],
    claim: '5G, wifi or phone masts cause disease',
    evidence:
      'Radio waves from phone masts and wifi are far below the levels that could harm health, and viruses cannot travel on ' +
      'them.',
    sources: [WHO, 'UKHSA, "Mobile phone base stations: radio waves and health"'],
    link: 'https://www.gov.uk/government/publications/mobile-phone-base-stations-radio-waves-and-health',
  },
  {
    relation: 'useless',
    agents: ['vaccine', 'treatment', 'protective', 'screening'],
    conditions: [],
    claim: 'a vaccine, treatment or protective measure is useless or a scam',
    evidence:
      'Vaccines, prescribed treatments, sunscreen and fluoride have a strong evidence base; calling them useless or a ' +
      'scam runs against it and can lead people to refuse care that protects them.',
    sources: [NHS_VAX, BNF],
    link: 'https://www.nhs.uk/vaccinations/why-vaccination-is-safe-and-important/',
  },
  {
    relation: 'toxic',
    agents: ['vaccine', 'treatment', 'protective', 'screening', 'medicine', 'medication', 'antibiotic'],
    conditions: [],
    claim: 'a vaccine, medicine or protective measure is a poison',
    evidence:
      'Licensed vaccines and medicines, sunscreen and fluoride at UK levels are not poisons: their side effects are ' +
      'known, monitored and weighed against their benefits, and calling them poison leads people to refuse care.',
    sources: [NHS_VAX, BNF, 'MHRA Yellow Card summaries'],
    link: 'https://www.nhs.uk/vaccinations/why-vaccination-is-safe-and-important/',
  },
  {
    relation: 'profit',
    agents: ['vaccine', 'treatment', 'protective'],
    conditions: [],
    claim: 'a vaccine or treatment exists only to make money',
    evidence:
      'NHS vaccines and treatments are chosen by the JCVI and NICE on evidence of benefit and cost-effectiveness; saying ' +
      'they exist to make money invites people to refuse care that protects them.',
    sources: [NHS_VAX, 'NICE, "How we develop NICE guidelines"; JCVI terms of reference'],
    link: 'https://www.nhs.uk/vaccinations/why-vaccination-is-safe-and-important/',
  },
  {
    relation: 'insinuate',
    agents: ['vaccine', 'protective', 'tech', 'treatment'],
    conditions: ['harm', 'mask-harm'],
    claim: 'a vaccine, treatment or protective measure is behind a harm, insinuated rather than said',
    evidence:
      'Hinting that a vaccine or treatment is behind a harm ("draw your own conclusions", "look at the timeline") makes ' +
      'the claim as surely as stating it; large studies have found no such link.',
    sources: [NHS_VAX, 'Lewandowsky and Cook, "The Conspiracy Theory Handbook" (2020)'],
    link: 'https://www.nhs.uk/vaccinations/why-vaccination-is-safe-and-important/',
  },
  {
    relation: 'hoax',
    agents: [],
    conditions: ['outbreak'],
    claim: 'a disease is a hoax or no worse than a cold',
    evidence:
      'COVID-19, measles and HIV are real and can kill; official mortality and hospital data show the harm, and comparing ' +
      'them with a cold understates it.',
    sources: [WHO, 'ONS, deaths involving COVID-19; UKHSA measles data'],
    link: 'https://www.nhs.uk/conditions/covid-19/',
  },
  {
    relation: 'hide',
    agents: ['pharma'],
    conditions: [],
    claim: 'drug companies are hiding a cure',
    evidence:
      'Cures are not being hidden: new treatments are tested in registered public trials, and a company with a cure would ' +
      'profit from selling it.',
    sources: ['Cancer Research UK, "Is there a cure for cancer being hidden?"', 'Full Fact'],
    link: 'https://www.cancerresearchuk.org/',
  },
  {
    relation: 'refuse',
    agents: ['vaccine', 'screening'],
    conditions: [],
    claim: 'people should refuse or avoid a recommended vaccine',
    evidence:
      'The vaccines offered on the NHS schedule are recommended because the evidence shows their benefits far outweigh ' +
      'their risks; advice from a doctor to refuse one carries weight it does not deserve.',
    sources: [NHS_VAX],
    link: 'https://www.nhs.uk/vaccinations/nhs-vaccinations-and-when-to-have-them/',
  },
];
