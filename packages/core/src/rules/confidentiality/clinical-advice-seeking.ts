import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'confidentiality.clinical-advice-seeking',
  category: 'confidentiality',
  severity: 'caution',
  guidance: 'Confidentiality',
  readers: ['patient', 'gmc'],
  description: 'Asking peers for clinical advice about a particular patient over messaging or social media.',
  rationale: 'TODO',
  examples: { flagged: [], clean: [] },
  detect() {
    return [];
  },
});
