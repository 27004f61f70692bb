import { defineLexicon, many } from '../text/lexicon.js';

/**
 * Claims a health advert cannot stand behind: guarantees, absolute safety, cures, miracles,
 * "clinically proven" with nothing cited, promised outcomes. Structural forms ("lose 10kg by
 * summer", "clears eczema in days") are matched in rules/promotion/misleading-claim.ts.
 *
 * Tags (the rule picks its wording and its softer replacement by tag):
 *   guarantee  a promised result
 *   safety     absolute safety or comfort: 100% safe, no side effects, risk-free, painless
 *   cure       a cure or a fix
 *   miracle    miracle, wonder, magic
 *   proven     "clinically proven" and kin: fine with a reference, misleading without
 *   outcome    a promised result: permanent, instant, reverses ageing, boosts immunity
 */

const CAP12 =
  'CAP Code section 12 (medicines, medical devices, health-related and beauty products): claims need robust evidence; 12.2 no discouraging essential treatment';
const CAP3 = 'CAP Code rule 3.7 (substantiation) and rules on guarantees (section 3)';
const BLUE =
  'MHRA Blue Guide: advertising and promotion of medicines in the UK (no claims that a treatment is safe or free of side effects)';
const NUTRITION =
  'Retained Regulation (EC) 1924/2006 on nutrition and health claims (GB Nutrition and Health Claims Register); ASA rulings on "boosts immunity" claims';
const ASA =
  'ASA rulings on aesthetic and weight-loss advertising (permanent results, reverses ageing, before-and-after promises)';

export default defineLexicon({
  id: 'hype',
  description: 'Promotional claims that need evidence behind them (cure, guaranteed, miracle, risk-free).',
  entries: [
    ...many(
      [
        'guaranteed results',
        'results guaranteed',
        'guaranteed result',
        'guaranteed to',
        'guaranteed',
        'guarantees',
        'guaranteeing',
        'guarantee results',
        'we guarantee',
        'i guarantee',
        '100 guaranteed',
        'guaranteed relief',
        'guaranteed weight loss',
        'money back',
        'your money back',
        'money back guarantee',
        'or we treat you again free',
      ],
      ['guarantee'],
      CAP3,
      'No treatment or test can promise an outcome: bodies differ.',
    ),
    ...many(
      [
        '100 safe',
        '100 percent safe',
        'completely safe',
        'totally safe',
        'perfectly safe',
        'entirely safe',
        'absolutely safe',
        'no side effects',
        'no side effect',
        'without side effects',
        'without any side effects',
        'side effect free',
        'zero side effects',
        'no risks',
        'no risk',
        'zero risk',
        'risk free',
        'completely risk free',
        'totally risk free',
        '100 painless',
        'completely painless',
        'totally painless',
        'pain free guaranteed',
        '100 effective',
        '100 percent effective',
        '100 success',
        '100 success rate',
        'works for everyone',
        'works first time',
        'works for 100 of people',
        '100 accuracy',
        '100 accurate',
        '100 of our clients',
        '100 of clients',
        'zero pain',
        'zero bruising',
        'zero swelling',
        'no bruising ever',
        'absolutely no risk',
        'the only treatment that works',
        'the only treatment that truly works',
        'the only thing that works',
        'the only proven way',
        'when nothing else will',
        'when nothing else has',
        'nothing else works',
        'never fails',
        'no downtime guaranteed',
      ],
      ['safety'],
      BLUE,
      'Every treatment carries some risk, and every medicine some side effects.',
    ),
    ...many(
      [
        'cure',
        'cures',
        'cured',
        'cure for',
        'will cure',
        'fix',
        'fixes',
        'permanently fix',
        'permanent fix',
        'eliminates',
        'eradicates',
      ],
      ['cure'],
      CAP12,
      'A cure claim needs strong evidence, and most conditions sold to have none.',
      0.7,
    ),
    ...many(
      [
        'miracle',
        'miracles',
        'miraculous',
        'wonder drug',
        'wonder cream',
        'wonder treatment',
        'magic bullet',
        'magic pill',
        'breakthrough cure',
        'secret cure',
        'magic results',
        'magic result',
        'magical results',
        'works like magic',
        'worked like magic',
        'works magic',
        'magic jab',
        'magic pen',
        'magic cream',
        'magic serum',
        'magic formula',
        'magic potion',
        'miracle jab',
        'wonder jab',
      ],
      ['miracle'],
      CAP12,
      'Miracle and wonder claims promise what no product can deliver.',
    ),
    ...many(
      [
        'clinically proven to',
        'scientifically proven to',
        'clinically proven',
        'scientifically proven',
        'medically proven',
        'proven to',
        'proven results',
        'clinically tested to',
        'doctor approved',
        'doctor recommended',
        'backed by science',
        'science backed',
      ],
      ['proven'],
      CAP3,
      'A proof claim needs the evidence cited or available; without it the claim misleads.',
    ),
    ...many(
      [
        'permanent results',
        'results last forever',
        'results for life',
        'permanent tightening',
        'permanently destroy',
        'permanently reverses',
        'permanently remove',
        'permanently removes',
        'permanent weight loss',
        'instant results',
        'overnight results',
        'reverse ageing',
        'reverses ageing',
        'reverse aging',
        'reverses aging',
        'turn back the clock',
        'look 10 years younger',
        'immune boost',
        'immune boosting',
        'boost your immune system',
        'boosts your immune system',
        'boosts immunity',
        'boost immunity',
        'prevents flu',
        'prevent flu',
        'prevents colds',
        'detoxes your body',
        'flush out toxins',
        'melt fat',
        'melts fat',
        'burn fat',
        'burns fat',
      ],
      ['outcome'],
      NUTRITION,
      'A promised health outcome that no authorised claim or evidence supports.',
    ),
    ...many(['before and after'], ['outcome'], ASA, 'Before-and-after promises imply a typical result.', 0.6),
    ...many(
      ['works every time', 'work every time', 'every single time'],
      ['outcome'],
      CAP3,
      'A result promised every time; said of anything but a treatment ("every single time I book leave") it is only emphasis, so it needs a plain advert.',
    ),
    ...many(
      [
        'shrinks tumours',
        'shrink tumours',
        'shrinks tumors',
        'shrink tumors',
        'kills cancer cells',
        'kill cancer cells',
        'starves cancer',
        'no chemo needed',
        'no need for chemo',
        'no need for chemotherapy',
        'instead of chemo',
        'instead of chemotherapy',
        'alternative to chemo',
        'alternative to chemotherapy',
      ],
      ['cure'],
      CAP12,
      'A cancer-treatment claim, or one that discourages proven cancer treatment (CAP 12.2).',
    ),
  ],
});

/*
 * The shapes of an absolute claim, read on the token line by analysis/hype-claims.ts whatever the
 * words around them: a quantifier that admits no exception before a harm ("zero complications",
 * "none of the side effects"), a result said to hold for everyone ("works on every client"), a result
 * said to last for ever ("gone for good", "never need a top-up again"), and a product said to be the
 * only one that works. Sources as above: CAP Code rule 3.7 and section 12, the MHRA Blue Guide, and
 * ASA rulings on permanence and "100%" claims in aesthetic advertising.
 */

/** Quantifiers that deny any exception: "zero", "no", "100%" (the tokeniser drops the %). */
export const NO_EXCEPTION = [
  'zero',
  '0',
  'no',
  'none of the',
  'not a single',
  'absolutely no',
  'without any',
  'free of',
  'never any',
  'not one',
];

/** What a treatment can cause: claiming none of it is a promise of complete safety. */
export const HARMS = [
  'risk',
  'risks',
  'side effects',
  'side effect',
  'sideeffects',
  'complications',
  'complication',
  'bruising',
  'swelling',
  'scarring',
  'nausea',
  'adverse reactions',
  'reactions',
  'pain',
];

/** Words that say "every one" of the people treated. */
export const EVERY_ONE = ['100', 'every single', 'every', 'each and every', 'all of', 'all'];

/** Whom a result is said to hold for. */
export const TREATED = [
  'clients',
  'client',
  'patients',
  'patient',
  'customers',
  'customer',
  'users',
  'user',
  'women',
  'men',
  'woman',
  'man',
  'people',
  'person',
  'cases',
  'case',
];

/** The result said to be total: "100% regrowth", "100% results". */
export const TOTAL_RESULTS = [
  'success',
  'regrowth',
  'results',
  'result',
  'clearance',
  'effective',
  'accurate',
  'accuracy',
  'satisfaction guaranteed',
  'removal',
  'recovery',
  'safe',
];

/** Adverbs and phrases of permanence that a treatment's result cannot honestly carry. */
export const PERMANENCE = ['permanent', 'permanently', 'forever', 'for good', 'for life', 'for a lifetime', 'lifetime'];

/** Verbs of a product working, for "the only one that actually works". */
export const WORKS = ['works', 'work', 'worked', 'helps', 'shifts', 'fixes', 'delivers', 'lasts'];

/** What the treated are said to have had, for "every single client saw results". */
export const RESULT_VERBS = [
  'see',
  'sees',
  'saw',
  'seen',
  'lost',
  'loses',
  'lose',
  'improved',
  'improves',
  'regrew',
  'cleared',
  'achieved',
  'noticed',
  'works',
  'worked',
  'results',
  'healed',
  'cured',
];

/** Stems of the verbs that promise a condition ends: "cures", "healed", "reversing", "got rid of". */
export const CURE_STEMS = [
  'cur',
  'heal',
  'revers',
  'eliminat',
  'eradicat',
  'eras',
  'get rid',
  'got rid',
  'banish',
  'clear',
  'regrow',
  'fix',
  'kill',
  'wipe',
  'wipes',
  'knock',
];

/** Heads of an "X-free" compound that promise an absence: "symptom-free", "scar free". */
export const FREE_OF = [
  'symptom',
  'symptoms',
  'pain',
  'scar',
  'scars',
  'bruise',
  'bruising',
  'complication',
  'side effect',
  'needle',
  'acne',
  'spot',
  'wrinkle',
];
