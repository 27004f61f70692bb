import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'content.copyright',
  category: 'content',
  severity: 'caution',
  guidance: 'Content',
  readers: ['judge'],
  description: 'Reproducing others\' material wholesale.',
  rationale: 'TODO',
  examples: { flagged: [], clean: [] },
  detect() {
    return [];
  },
});
