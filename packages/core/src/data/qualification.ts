import { defineLexicon, many } from '../text/lexicon.js';

/**
 * Titles, post-nominals and claims of expertise a doctor might use of themselves. The rule
 * (rules/promotion/qualification-claim.ts) checks each self-claim against author.titles and
 * author.specialistRegister; a title describing someone else is left alone.
 *
 * Tags:
 *   title        a post or grade (consultant, professor, specialist, registrar…)
 *   specialty    a specialist's name (dermatologist, cardiologist…): a GP with an extended role is not one
 *   postnominal  a college fellowship or membership (FRCP, MRCP…)
 *   expertise    a claim of standing (expert, leading, world-renowned, top)
 *   place        a prestige address (Harley Street)
 */

const GMC =
  "GMC 'Good medical practice' (2024): represent your experience and qualifications honestly; GMC specialist and GP registers";
const ACT =
  'Medical Act 1983 s.49 (falsely claiming a qualification or registration); NHS Consultant contract (specialist register entry required)';
const COLLEGES = 'UK royal colleges\u2019 post-nominal letters (RCP, RCS, RCOG, RCPsych, RCGP, RCPCH, RCR, RCEM, RCA)';
const ASA =
  'ASA rulings on unverifiable "leading expert" and "Harley Street" claims in health advertising (CAP Code 3.7, substantiation)';

export default defineLexicon({
  id: 'qualification',
  description: 'Titles and claims of expertise (specialist, consultant, professor, expert).',
  entries: [
    ...many(
      [
        'consultant',
        'consultants',
        'professor',
        'prof',
        'specialist',
        'specialists',
        'senior lecturer',
        'reader in',
        'surgeon',
        'associate professor',
        'clinical professor',
        'honorary professor',
        'specialist registrar',
      ],
      ['title'],
      ACT,
      'A post or grade that the profile should show.',
    ),
    ...many(
      [
        'dermatologist*',
        'cardiologist*',
        'psychiatrist*',
        'neurologist*',
        'gynaecologist*',
        'obstetrician*',
        'endocrinologist*',
        'gastroenterologist*',
        'rheumatologist*',
        'oncologist*',
        'haematologist*',
        'nephrologist*',
        'urologist*',
        'paediatrician*',
        'pediatrician*',
        'radiologist*',
        'anaesthetist*',
        'orthopaedic surgeon',
        'plastic surgeon',
        'cosmetic surgeon',
        'immunologist*',
        'allergist*',
        'geriatrician*',
        'respiratory physician',
        'chest physician',
        'sports physician',
        'psychologist*',
        'pharmacologist*',
        'ophthalmologist*',
        'ent surgeon',
        'menopause specialist',
        'trichologist*',
        'nutritionist*',
        'dietitian*',
        'physician*',
      ],
      ['specialty'],
      GMC,
      'A specialist\u2019s name: a GP with a special interest or extended role is not one.',
    ),
    ...many(
      [
        'frcp',
        'mrcp',
        'frcs',
        'mrcs',
        'frcog',
        'mrcog',
        'frcpsych',
        'mrcpsych',
        'frcpch',
        'mrcpch',
        'frcr',
        'frcem',
        'frca',
        'frcgp',
        'mrcgp',
        'fffph',
        'fsem',
        'ffsem',
        'phd',
        'mba',
        'md',
        'msc',
        'drcog',
        'dfsrh',
        'dch',
        'frcam',
        'fellow of the',
      ],
      ['postnominal'],
      COLLEGES,
      'Letters after a name that the profile should show.',
    ),
    ...many(
      [
        'expert',
        'experts',
        'leading',
        'world leading',
        'world renowned',
        'internationally renowned',
        'renowned',
        'top',
        'best',
        'number one',
        'award winning',
        'pioneer',
        'authority',
        'guru',
      ],
      ['expertise'],
      ASA,
      'A claim of standing that no register shows and an advert must be able to prove.',
    ),
    ...many(['harley street'], ['place'], ASA, 'A prestige address that implies specialist standing.'),
    ...many(
      ['master injector', 'board certified', 'nurse consultant', 'consultant practitioner', 'leading injector'],
      ['expertise'],
      ASA,
      'A grade or certification no UK register shows.',
    ),
    ...many(
      ['doctor', 'medical doctor', 'skin doctor'],
      ['doctor'],
      GMC,
      'The title of a registered medical practitioner: a nurse, pharmacist or dentist who uses it of themselves claims a registration they do not hold.',
    ),
  ],
});
