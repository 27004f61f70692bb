import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'confidentiality.image',
  category: 'confidentiality',
  severity: 'caution',
  guidance: 'Confidentiality',
  readers: ['patient', 'gmc'],
  description: 'An attached image in a clinical context, or one carrying location metadata.',
  rationale: 'TODO',
  examples: { flagged: [], clean: [] },
  detect() {
    return [];
  },
});
