import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'confidentiality.direct-identifier',
  category: 'confidentiality',
  severity: 'stop',
  guidance: 'Confidentiality',
  readers: ['patient', 'gmc', 'judge', 'nhs-england'],
  description: 'A patient identifier (NHS number, hospital number, date of birth, name, address, postcode, phone, email, NI number) in a draft about a patient.',
  rationale: 'TODO',
  examples: { flagged: [], clean: [] },
  detect() {
    return [];
  },
});
