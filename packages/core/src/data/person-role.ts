import { defineLexicon } from '../text/lexicon.js';

const src = 'Pause: roles in UK general practice and hospital teams';

export default defineLexicon({
  id: 'person-role',
  description: 'Roles that point at a particular person, so that criticism of them is personal.',
  entries: [
    ...[
      'practice manager', 'receptionist', 'registrar', 'trainee', 'consultant', 'locum', 'partner', 'senior partner',
      'colleague', 'boss', 'manager', 'nurse', 'practice nurse', 'pharmacist', 'health visitor', 'district nurse',
      'ceo', 'medical director', 'clinical lead', 'trainer', 'supervisor', 'secretary', 'paramedic', 'physician associate',
      'fy1', 'fy2', 'f1', 'f2', 'house officer', 'junior', 'sho', 'spr', 'reg', 'on call', 'on-call',
    ].map((phrase) => ({ phrase, source: src, note: 'A role in the team; names one person in context.' })),
  ],
});
