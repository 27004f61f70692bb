import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'boundaries.patient-dm',
  category: 'boundaries',
  severity: 'caution',
  guidance: 'Direct messaging with patients',
  readers: ['patient', 'gmc', 'employer'],
  description: 'Messaging a patient directly about their health, outside practice-sent reminders.',
  rationale: 'TODO',
  examples: { flagged: [], clean: [] },
  detect() {
    return [];
  },
});
