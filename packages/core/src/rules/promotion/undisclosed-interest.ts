import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'promotion.undisclosed-interest',
  category: 'promotion',
  severity: 'caution',
  guidance: 'Using social media in a promotional way',
  readers: ['gmc', 'employer', 'nhs-england'],
  description: 'Promoting a service or product without declaring a financial or other interest.',
  rationale: 'TODO',
  examples: { flagged: [], clean: [] },
  detect() {
    return [];
  },
});
