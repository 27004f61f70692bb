import { defineLexicon, type LexiconEntry, many } from '../text/lexicon.js';

/**
 * Prescription-only medicines (POMs) that clinics advertise to the public, by generic name, brand,
 * and the street names adverts use instead ("tox", "skinny jabs"). Advertising a POM to the public
 * is unlawful in the UK (Human Medicines Regulations 2012, regulation 284), and the ASA treats
 * indirect names ("anti-wrinkle injections") as advertising the medicine. Vaccines given through
 * NHS programmes are left out: telling people they are eligible for one is health information.
 *
 * Tags (the rule picks its replacement wording by tag):
 *   botulinum    botulinum toxins
 *   weight-loss  GLP-1 and related weight-loss medicines
 *   antibiotic   antibiotics
 *   other        other POMs advertised to the public (acne, hair loss, hormones, sleep, B12)
 * weight < 1 marks names with an everyday or non-prescription sense.
 */

const HMR = 'Human Medicines Regulations 2012, reg. 284 (no advertising of POMs to the public); MHRA Blue Guide';
const BOTOX = 'ASA/CAP Enforcement Notice on advertising botulinum toxin (2020, updated 2022); MHRA Blue Guide; BNF (botulinum toxin type A, POM)';
const GLP1 = 'ASA/CAP Enforcement Notice on weight-loss prescription-only medicines (2023); MHRA; BNF (semaglutide, tirzepatide, liraglutide: POM)';
const ABX = 'BNF legal category (antibiotics: POM); MHRA Blue Guide; UKHSA antimicrobial stewardship';
const BNF = 'BNF legal category (POM); MHRA Blue Guide; ASA rulings on online pharmacy and clinic adverts';

export default defineLexicon({
  id: 'medicine',
  description: 'Prescription-only medicines and their street names (botulinum toxins, weight-loss injections, antibiotics...).',
  entries: [
    ...many(['botox', 'botox injections', 'baby botox', 'brotox', 'bocouture', 'azzalure', 'dysport', 'xeomin', 'letybo', 'relfydess',
      'alluzience', 'botulinum', 'botulinum toxin', 'botulinum toxin type a', 'anti wrinkle injection', 'anti wrinkle injections',
      'antiwrinkle injections', 'wrinkle relaxing injections', 'wrinkle relaxing injection', 'wrinkle relaxer', 'wrinkle relaxers',
      'wrinkle relaxing treatment', 'masseter botox', 'jaw botox', 'lip flip'], ['botulinum'], BOTOX,
      'A botulinum toxin, by brand, generic or the indirect name the ASA treats as naming it.'),
    ...many(['tox', 'preventative tox', 'tox top up', 'tox appointments'], ['botulinum'], BOTOX,
      'Trade slang for botulinum toxin; also short for toxicology, so weighted down.', 0.7),
    ...many(['semaglutide', 'wegovy', 'ozempic', 'rybelsus', 'tirzepatide', 'mounjaro', 'liraglutide', 'saxenda', 'victoza', 'xenical',
      'weight loss injection', 'weight loss injections', 'weight loss jab', 'weight loss jabs', 'weight loss pen', 'weight loss pens',
      'skinny jab', 'skinny jabs', 'fat jab', 'fat jabs', 'slimming injection', 'slimming injections', 'slimming jab', 'slimming jabs',
      'glp 1', 'glp1', 'glp 1 injections', 'fat loss injections'], ['weight-loss'], GLP1,
      'A prescription-only weight-loss medicine, by name or by the slang adverts use.'),
    ...many(['orlistat'], ['weight-loss'], GLP1, 'Orlistat 120 mg is POM; a 60 mg pharmacy version exists.', 0.7),
    ...many(['antibiotic', 'antibiotics', 'amoxicillin', 'co amoxiclav', 'augmentin', 'doxycycline', 'lymecycline', 'clarithromycin',
      'azithromycin', 'erythromycin', 'ciprofloxacin', 'levofloxacin', 'nitrofurantoin', 'trimethoprim', 'flucloxacillin',
      'cefalexin', 'metronidazole', 'penicillin', 'phenoxymethylpenicillin', 'clindamycin'], ['antibiotic'], ABX,
      'An antibiotic: POM, and a stewardship concern when sold on demand.'),
    ...many(['isotretinoin', 'roaccutane', 'finasteride', 'propecia', 'dutasteride', 'oral minoxidil', 'minoxidil tablets',
      'spironolactone', 'tretinoin', 'testosterone', 'testosterone replacement', 'trt', 'hcg', 'modafinil', 'diazepam', 'zopiclone',
      'zolpidem', 'tramadol', 'melatonin', 'propranolol', 'hydroxocobalamin', 'b12 injection', 'b12 injections', 'vitamin b12 injections',
      'vitamin b12 injection', 'b12 jab', 'b12 jabs', 'hyaluronidase', 'ivermectin', 'hydroxychloroquine', 'bioidentical hormones',
      'compounded hormones', 'accutane', 'kenalog', 'triamcinolone', 'hay fever injection', 'hay fever injections', 'hay fever jab',
      'hay fever jabs', 'hayfever injection', 'hayfever injections', 'hayfever jab', 'hayfever jabs', 'alprazolam', 'xanax', 'valium',
      'mysimba'], ['other'], BNF, 'A prescription-only medicine advertised to the public.'),
    ...many(['hrt', 'steroid injection', 'steroid injections', 'cortisone injection', 'cortisone injections', 'sildenafil', 'tadalafil'],
      ['other'], HMR, 'POM in most forms, but some forms are pharmacy medicines or the word names a service.', 0.7),
  ],
});
