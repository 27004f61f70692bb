import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'confidentiality.indirect-identification',
  category: 'confidentiality',
  severity: 'stop',
  guidance: 'Confidentiality',
  readers: ['patient', 'gmc', 'judge'],
  description: 'Enough quasi-identifiers together (age, sex, place, occupation, rare condition, date, unusual event) to single a patient out.',
  rationale: 'TODO',
  examples: { flagged: [], clean: [] },
  detect() {
    return [];
  },
});
