import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'promotion.misleading-claim',
  category: 'promotion',
  severity: 'stop',
  guidance: 'Using social media in a promotional way',
  readers: ['patient', 'gmc', 'judge'],
  description: 'Promotional claims that cannot be supported: cure, guaranteed, 100% safe, no side effects, miracle, clinically proven with nothing behind it.',
  rationale: 'TODO',
  examples: { flagged: [], clean: [] },
  detect() {
    return [];
  },
});
