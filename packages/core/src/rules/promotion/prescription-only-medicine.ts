import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'promotion.prescription-only-medicine',
  category: 'promotion',
  severity: 'stop',
  guidance: 'Using social media in a promotional way',
  readers: ['gmc', 'judge', 'nhs-england'],
  description: 'Advertising prescription-only medicines to the public.',
  rationale: 'TODO',
  examples: { flagged: [], clean: [] },
  detect() {
    return [];
  },
});
