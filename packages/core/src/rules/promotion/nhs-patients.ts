import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'promotion.nhs-patients',
  category: 'promotion',
  severity: 'stop',
  guidance: 'Using social media in a promotional way',
  readers: ['nhs-england', 'employer', 'gmc'],
  description: 'Steering one\'s NHS-registered patients to one\'s own private services.',
  rationale: 'TODO',
  examples: { flagged: [], clean: [] },
  detect() {
    return [];
  },
});
