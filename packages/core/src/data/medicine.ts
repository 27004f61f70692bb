import { defineLexicon, type LexiconEntry, splitList, terms, wordSet } from '../text/lexicon.js';

/**
 * Prescription-only medicines (POMs) that are advertised to the public in the UK, as a knowledge
 * table: each medicine by its generic name (BNF), its UK brands, the companies that make it (named
 * alone in adverts: "genuine Allergan product") and the street names and euphemisms adverts use
 * instead ("tox", "skinny jab", "tirz"). Advertising a POM to the public is unlawful in the UK
 * (Human Medicines Regulations 2012, regulation 284), and the ASA treats indirect names
 * ("anti-wrinkle injections", "weight-loss jabs") as advertising the medicine. Vaccines given through
 * NHS programmes are left out: telling people they are eligible for one is health information.
 *
 * Injectables described by their effect ("wrinkle-relaxing", "fat-melting pen", "appetite jab") are
 * read by analysis/medicines.ts from the effect and form lexicon below, so any pairing of an effect
 * with an injectable form is found, not only the pairings listed here.
 *
 * Classes (the rule picks its replacement wording by class, the first tag of every entry):
 *   botulinum    botulinum toxins
 *   weight-loss  GLP-1 and related weight-loss medicines
 *   antibiotic   antibiotics
 *   other        other POMs advertised to the public (acne, hair loss, erections, hormones, sleep, B12…)
 * The second tag says how the medicine is named: generic, brand, maker or street.
 * weight < 1 marks names with an everyday or non-prescription sense.
 */

export type MedicineClass = 'botulinum' | 'weight-loss' | 'antibiotic' | 'other';

interface Medicine {
  /** Generic names (BNF), comma-separated. */
  readonly generic: string;
  readonly class: MedicineClass;
  /** UK brands, comma-separated. */
  readonly brands?: string;
  /** Marketing-authorisation holders, named in adverts in place of the product. */
  readonly makers?: string;
  /** Euphemisms, slang and descriptions adverts use instead of the name. */
  readonly street?: string;
  /** Names that also have an everyday or pharmacy (P/GSL) sense, weighted down. */
  readonly ambiguous?: string;
  readonly source: string;
  readonly note: string;
}

const HMR = 'Human Medicines Regulations 2012, reg. 284 (no advertising of POMs to the public); MHRA Blue Guide';
const BOTOX =
  'ASA/CAP Enforcement Notice on advertising botulinum toxin (2020, updated 2022); MHRA Blue Guide; BNF (botulinum toxin type A, POM)';
const GLP1 =
  'ASA/CAP Enforcement Notice on weight-loss prescription-only medicines (2023); ASA rulings on weight-loss injection adverts (2024-25); MHRA; BNF (semaglutide, tirzepatide, liraglutide: POM)';
const ABX = 'BNF legal category (antibiotics: POM); MHRA Blue Guide; UKHSA antimicrobial stewardship';
const BNF = 'BNF legal category (POM); MHRA Blue Guide; ASA rulings on online pharmacy and clinic adverts';
const CD =
  'BNF legal category (POM, Controlled Drug); Misuse of Drugs Regulations 2001; ASA rulings on private clinic adverts';

const MEDICINES: readonly Medicine[] = [
  {
    generic: 'botulinum, botulinum toxin, botulinum toxin type a, botulinum toxins',
    class: 'botulinum',
    brands: 'botox, vistabel, bocouture, azzalure, dysport, xeomin, letybo, relfydess, alluzience',
    makers: 'allergan, galderma, ipsen, merz aesthetics',
    street: `botox injections, baby botox, brotox, masseter botox, jaw botox, lip flip, anti wrinkle injection,
      anti wrinkle injections, antiwrinkle injections, anti wrinkle treatment, anti wrinkle treatments,
      wrinkle relaxing injections, wrinkle relaxing injection, wrinkle relaxing, wrinkle relaxer, wrinkle relaxers,
      wrinkle relaxing treatment, wrinkle relaxing treatments, wrinkle relaxant, muscle relaxing injections,
      line smoothing injections, preventative tox, tox top up, tox appointments, baby tox, units of toxin, units of tox,
      sweat injections, sweating injections`,
    ambiguous: 'tox, tweakments, tweakment',
    source: BOTOX,
    note: 'A botulinum toxin, by brand, generic, maker or the indirect name the ASA treats as naming it; "tox" is also toxicology and "tweakments" also covers fillers, so both are weighted down.',
  },
  {
    generic: 'semaglutide, tirzepatide, liraglutide, dulaglutide, exenatide, retatrutide, glp 1, glp1',
    class: 'weight-loss',
    brands: 'wegovy, ozempic, rybelsus, mounjaro, zepbound, saxenda, victoza, trulicity, byetta, xenical, mysimba',
    makers: 'novo nordisk, eli lilly',
    street: `weight loss injection, weight loss injections, weight loss jab, weight loss jabs, weight loss pen,
      weight loss pens, skinny jab, skinny jabs, skinny pen, skinny pens, fat jab, fat jabs, slimming injection,
      slimming injections, slimming jab, slimming jabs, glp 1 injections, fat loss injections, tirz, reta, mounjaro jab,
      ozempic pen, ozempic pens, wegovy pen, wegovy pens, mounjaro pen, mounjaro pens, naltrexone bupropion, weight jab,
      weight jabs, appetite jab, appetite jabs`,
    ambiguous: 'sema, orlistat',
    source: GLP1,
    note: 'A prescription-only weight-loss medicine, by name or by the slang adverts and resellers use; orlistat 60 mg is a pharmacy medicine and "sema" has other senses, so both are weighted down.',
  },
  {
    generic: `antibiotic, antibiotics, amoxicillin, co amoxiclav, doxycycline, lymecycline, clarithromycin,
      azithromycin, erythromycin, ciprofloxacin, levofloxacin, nitrofurantoin, trimethoprim, flucloxacillin, cefalexin,
      cephalexin, metronidazole, penicillin, phenoxymethylpenicillin, clindamycin, fosfomycin, pivmecillinam`,
    class: 'antibiotic',
    brands: 'augmentin, amoxil, flagyl, macrobid, macrodantin',
    ambiguous: 'abx, cipro',
    source: ABX,
    note: 'An antibiotic: POM, and a stewardship concern when sold on demand.',
  },
  {
    generic: 'isotretinoin, tretinoin, adapalene, hydroquinone, spironolactone',
    class: 'other',
    brands: 'roaccutane, accutane, differin, epiduo, duac, treclin',
    source: BNF,
    note: 'A prescription-only acne or skin medicine sold through private skin clinics.',
  },
  {
    generic: 'finasteride, dutasteride, oral minoxidil, minoxidil tablets',
    class: 'other',
    brands: 'propecia',
    source: BNF,
    note: 'A prescription-only hair-loss medicine (topical minoxidil is not one).',
  },
  {
    generic: 'vardenafil, avanafil',
    class: 'other',
    brands: 'levitra, spedra',
    ambiguous: 'sildenafil, tadalafil, viagra, cialis',
    source: HMR,
    note: 'An erectile-dysfunction medicine: POM, though some sildenafil and tadalafil packs are pharmacy medicines.',
  },
  {
    generic: `testosterone, testosterone replacement, estradiol, oestradiol, progesterone, micronised progesterone,
      hcg, bioidentical hormones, compounded hormones, body identical hormones`,
    class: 'other',
    brands: 'testogel, tostran, oestrogel, sandrena, utrogestan, evorel',
    street: 'trt',
    ambiguous: 'hrt',
    source: BNF,
    note: 'Hormone therapy: POM; "HRT" also names an NHS service, so it is weighted down.',
  },
  {
    generic: 'melatonin, zopiclone, zolpidem, diazepam, alprazolam, propranolol, modafinil, tramadol',
    class: 'other',
    brands: 'circadin, slenyto, xanax, valium',
    source: BNF,
    note: 'A prescription-only medicine for sleep, anxiety or alertness sold online (melatonin is POM in the UK).',
  },
  {
    generic: 'lisdexamfetamine, methylphenidate, dexamfetamine, esketamine',
    class: 'other',
    brands: 'elvanse, ritalin, concerta, spravato',
    ambiguous: 'ketamine, medical cannabis, cannabis based medicines',
    source: CD,
    note: 'A controlled prescription-only medicine that private clinics advertise (ADHD, depression, cannabis-based medicines).',
  },
  {
    generic: `hydroxocobalamin, cyanocobalamin injection, b12 injection, b12 injections, vitamin b12 injection,
      vitamin b12 injections, b12 jab, b12 jabs, b12 shot, b12 shots`,
    class: 'other',
    source: BNF,
    note: 'Vitamin B12 by injection is POM; salons and "vitamin bars" sell it as a pick-me-up.',
  },
  {
    generic: `hyaluronidase, ivermectin, hydroxychloroquine, triamcinolone, hay fever injection, hay fever injections,
      hay fever jab, hay fever jabs, hayfever injection, hayfever injections, hayfever jab, hayfever jabs`,
    class: 'other',
    brands: 'kenalog',
    ambiguous: 'steroid injection, steroid injections, cortisone injection, cortisone injections',
    source: BNF,
    note: 'A prescription-only medicine advertised to the public ("hay fever jab" is a depot steroid); steroid injections also name an NHS procedure.',
  },
];

const ROLES = ['generic', 'brands', 'makers', 'street', 'ambiguous'] as const;
const ROLE_TAG: Record<(typeof ROLES)[number], string> = {
  generic: 'generic',
  brands: 'brand',
  makers: 'maker',
  street: 'street',
  ambiguous: 'street',
};

function entriesOf(m: Medicine): LexiconEntry[] {
  const out: LexiconEntry[] = [];
  for (const role of ROLES) {
    const list = m[role];
    if (!list) continue;
    // A maker stands for its products only by inference; an ambiguous name has another sense.
    const weight = role === 'ambiguous' ? 0.6 : role === 'makers' ? 0.8 : undefined;
    out.push(...terms(list, [m.class, ROLE_TAG[role]], m.source, m.note, weight));
  }
  return out;
}

export default defineLexicon({
  id: 'medicine',
  description:
    'Prescription-only medicines by generic name, brand, maker and street name (botulinum toxins, weight-loss injections, antibiotics...).',
  entries: MEDICINES.flatMap(entriesOf),
});

/** Names as one word, for hashtags ("#mounjarojourney", "#skinnyjab"), with their class; ambiguous and short names left out. */
export const HASHTAG_NAMES: ReadonlyMap<string, MedicineClass> = new Map(
  MEDICINES.flatMap((m) =>
    (['generic', 'brands', 'street'] as const).flatMap((role) =>
      splitList(m[role] ?? '')
        .map((name) => name.replace(/ /g, ''))
        .filter((name) => name.length >= 5)
        .map((name): [string, MedicineClass] => [name, m.class]),
    ),
  ),
);

/**
 * Words that turn a hashtag naming a medicine into one about something else: before the name
 * ("#nobotox", "#naturalbotox") or after it ("#botoxalternative", "#antibioticresistance",
 * "#ozempicshortage"). Source: common UK health-campaign and "natural beauty" hashtags.
 */
export const HASHTAG_NOT_BEFORE: readonly string[] = splitList('no, natural, fake, anti, saynoto, ditchthe');
export const HASHTAG_NOT_AFTER: readonly string[] = splitList(
  'free, alternative, natural, fake, dupe, resistance, awareness, guardian, stewardship, shortage, recall, scam, warning, safety, facts, myths, face',
);

/**
 * Words that make a sentence naming a medicine a warning or information rather than an offer
 * ("don't buy it from unregulated sellers", "antibiotic resistance", "eligibility criteria").
 * Source: MHRA #FakeMeds campaign and UKHSA stewardship wording; NHS eligibility pages.
 */
export const MEDICINE_WARNING: ReadonlySet<string> = wordSet(
  'unregulated, illegal, illegally, fake, counterfeit, beware, dangerous, scam, scams, resistance, resistant, stewardship, overuse, misuse, shortage, shortages, eligible, eligibility, criteria, seized, unlicensed',
);

const ASA_DESC =
  'ASA/CAP Enforcement Notices on botulinum toxin (2020) and weight-loss POMs (2023): describing an injectable by its effect names the medicine';

/**
 * Effects and forms that together describe a POM without naming it: an effect ("wrinkle", "frown
 * lines", "appetite", "fat melting") beside an injectable form ("injections", "jab", "pen") is a
 * botulinum toxin or a weight-loss medicine, however the two are put together. Botulinum treatment
 * areas ("forehead", "three areas") name it when priced. Read by analysis/medicines.ts.
 *
 * Tags: [class, role], role one of effect (names the class beside a form), area (names it beside a
 * price) and form (an injectable; class "any").
 */
export const MEDICINE_EFFECTS = defineLexicon({
  id: 'medicine-effect',
  description: 'Effects, treatment areas and injectable forms that describe a prescription-only medicine.',
  entries: [
    ...terms(
      `wrinkle, wrinkles, anti wrinkle, antiwrinkle, frown, frown line, frown lines, forehead lines, crows feet,
       crow's feet, fine lines, expression lines, elevens, bunny lines, gummy smile, jaw slimming, masseter,
       teeth grinding, excessive sweating, hyperhidrosis, sweaty armpits, wrinkle relaxing, line smoothing,
       muscle relaxing, anti ageing, anti aging`,
      ['botulinum', 'effect'],
      ASA_DESC,
      'What a botulinum toxin is injected for.',
    ),
    ...terms(
      'forehead, frown, crows feet, one area, two areas, three areas, 1 area, 2 areas, 3 areas, 4 areas',
      ['botulinum', 'area'],
      ASA_DESC,
      'A botulinum treatment area, priced per area in aesthetic adverts.',
    ),
    ...terms(
      `weight loss, fat loss, slimming, skinny, appetite, appetite suppressing, appetite suppressant, hunger,
       fat melting, fat burning, fat burner, cravings, weight management, weight shifting`,
      ['weight-loss', 'effect'],
      ASA_DESC,
      'What a weight-loss medicine is injected for.',
    ),
    ...terms(
      'b12, vitamin b12, vitamin d, cobalamin',
      ['other', 'effect'],
      BNF,
      'A vitamin that is a POM when injected.',
    ),
    ...terms(
      'injection, injections, injectable, injectables, jab, jabs, pen, pens, needle, needles',
      ['any', 'form'],
      ASA_DESC,
      'An injectable form: with an effect it describes the medicine ("shots" is left out: it is also a drink).',
    ),
  ],
});

/*
 * Words around an effect that make it the name of the treatment itself (read by analysis/medicines.ts).
 * Source: ASA rulings on "anti-wrinkle" adverts; common UK aesthetic advertising usage.
 */
/** Effects used in adverts as the name of the treatment itself. Source: ASA rulings on "anti-wrinkle" adverts. */
export const EFFECT_AS_NAME = new Set(['anti wrinkle', 'antiwrinkle', 'wrinkle relaxing']);
/** Words before the effect that make it a treatment done or had ("doing anti-wrinkle", "on anti-wrinkle"). */
export const TREATMENT_BEFORE = new Set([
  'do',
  'doing',
  'does',
  'did',
  'on',
  'for',
  'my',
  'our',
  'your',
  'book',
  'booked',
  'had',
]);
/** Words after it that make it a thing sold ("anti-wrinkle deal", "anti-wrinkle 3 areas", "anti-wrinkle at my clinic"). */
export const TREATMENT_AFTER = new Set([
  'deal',
  'deals',
  'bundle',
  'offer',
  'offers',
  'sale',
  'special',
  'package',
  'packages',
  'clinic',
  'clinics',
  'slot',
  'slots',
  'appointment',
  'appointments',
  'session',
  'sessions',
  'day',
  'days',
  'evening',
  'evenings',
  'at',
  'from',
  'top',
  'topup',
  'price',
  'prices',
  '1',
  '2',
  '3',
  '4',
  'one',
  'two',
  'three',
]);
export const NOT_A_TREATMENT = new Set([
  'cream',
  'creams',
  'serum',
  'serums',
  'skincare',
  'moisturiser',
  'moisturizer',
  'night',
  'eye',
  'mask',
  'oil',
  'routine',
  'products',
  'product',
]);
export const FORM_WORDS = new Set(['injection', 'injections', 'treatment', 'treatments', 'jab', 'jabs', 'injectables']);
