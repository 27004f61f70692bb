import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'promotion.qualification-claim',
  category: 'promotion',
  severity: 'caution',
  guidance: 'Using social media in a promotional way',
  readers: ['gmc', 'patient'],
  description: 'Titles or expertise claimed that the author\'s profile does not show.',
  rationale: 'TODO',
  examples: { flagged: [], clean: [] },
  detect() {
    return [];
  },
});
