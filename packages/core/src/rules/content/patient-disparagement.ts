import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'content.patient-disparagement',
  category: 'content',
  severity: 'stop',
  guidance: 'Content',
  readers: ['patient', 'gmc', 'employer', 'nhs-england'],
  description: 'Mocking or derogatory talk about patients, including ward slang.',
  rationale: 'TODO',
  examples: { flagged: [], clean: [] },
  detect() {
    return [];
  },
});
