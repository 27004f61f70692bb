import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'content.defamation',
  category: 'content',
  severity: 'stop',
  guidance: 'Content',
  readers: ['judge', 'employer', 'gmc'],
  description: 'A damaging factual allegation about an identifiable person or organisation.',
  rationale: 'TODO',
  examples: { flagged: [], clean: [] },
  detect() {
    return [];
  },
});
