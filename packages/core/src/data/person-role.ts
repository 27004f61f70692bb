import { defineLexicon, type LexiconEntry, many } from '../text/lexicon.js';

/**
 * Words that point at people by their role, so that criticism aimed at them is personal.
 *
 * Tags:
 *   role   one person in context ("the practice manager", "my registrar", "the locum")
 *   group  several people ("these managers", "the receptionists", "patients", "politicians")
 *   body   an organisation spoken of as the people who run it ("the ICB", "NHS England"): name-calling
 *          aimed at it ("the ICB are clueless") demeans those people, while criticism of what it does
 *          ("the ICB's policy is wrong") stays fair comment
 */

const src = 'Pause: roles in UK general practice and hospital teams';
const NHS = 'NHS England, "Roles in general practice" and the NHS Long Term Workforce Plan (2023) staff groups';
const ORG = 'Bodies of the NHS in England and its regulators (Health and Care Act 2022; GMC, CQC, BMA, RCGP)';

export default defineLexicon({
  id: 'person-role',
  description: 'Roles that point at a particular person, so that criticism of them is personal.',
  entries: [
    ...many([
      'practice manager', 'receptionist', 'registrar', 'trainee', 'consultant', 'locum', 'partner', 'senior partner',
      'colleague', 'boss', 'manager', 'nurse', 'practice nurse', 'pharmacist', 'health visitor', 'district nurse',
      'ceo', 'medical director', 'clinical lead', 'trainer', 'supervisor', 'secretary', 'paramedic', 'physician associate',
      'fy1', 'fy2', 'f1', 'f2', 'house officer', 'junior', 'sho', 'spr', 'reg', 'on call',
    ], ['role'], src, 'A role in the team; names one person in context.'),
    ...many([
      'gp', 'doctor', 'gp partner', 'salaried gp', 'gp trainee', 'gp registrar', 'junior doctor', 'foundation doctor',
      'st1', 'st2', 'st3', 'surgeon', 'anaesthetist', 'radiologist', 'cardiologist', 'dermatologist', 'psychiatrist',
      'paediatrician', 'oncologist', 'orthopod', 'midwife', 'physio', 'physiotherapist', 'dentist', 'optometrist', 'hca',
      'healthcare assistant', 'care coordinator', 'social prescriber', 'practice administrator', 'administrator',
      'operations manager', 'ops manager', 'team leader', 'line manager', 'chief executive', 'director', 'chairman', 'chairwoman',
      'appraiser', 'educational supervisor', 'programme director', 'medical student', 'student', 'matron', 'sister',
      'ward manager', 'charge nurse', 'nurse practitioner', 'prescribing pharmacist', 'clinical pharmacist',
    ], ['role'], NHS, 'A clinical or managerial role; names one person in context.'),
    ...many([
      'managers', 'receptionists', 'registrars', 'trainees', 'consultants', 'locums', 'partners', 'colleagues', 'nurses',
      'pharmacists', 'paramedics', 'gps', 'doctors', 'junior doctors', 'surgeons', 'midwives', 'physios', 'admin staff',
      'admin team', 'reception team', 'staff', 'management', 'senior management', 'politicians', 'ministers', 'mps',
      'civil servants', 'bureaucrats', 'administrators', 'commissioners', 'executives', 'directors', 'pen pushers',
      'patients', 'relatives', 'parents', 'people', 'anti vaxxers', 'antivaxxers', 'followers', 'trolls', 'critics',
    ], ['group'], NHS, 'A group of people; demeaning the group is demeaning each of them.'),
    ...many([
      'icb', 'ccg', 'nhs england', 'nhse', 'the government', 'the department', 'dhsc', 'the trust',
      'the board', 'the lmc', 'the bma', 'the gmc', 'the cqc', 'the rcgp', 'the college', 'pcn', 'the council',
      'the home office', 'the treasury',
    ], ['body'], ORG, 'An organisation spoken of as the people who run it.'),
  ],
});
