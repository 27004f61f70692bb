import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'boundaries.inbound-patient-request',
  category: 'boundaries',
  severity: 'caution',
  guidance: 'Managing contact from patients via social media',
  readers: ['gmc'],
  description: 'A patient asks for clinical advice through social media or messaging.',
  rationale: 'TODO',
  direction: 'inbound',
  examples: { flagged: [], clean: [] },
  detect() {
    return [];
  },
});
