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
        'guarantee results',
        'we guarantee',
        'i guarantee',
        '100 guaranteed',
        'guaranteed relief',
        'guaranteed weight loss',
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
        'works every time',
        'work every time',
        'works for everyone',
        'works first time',
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
