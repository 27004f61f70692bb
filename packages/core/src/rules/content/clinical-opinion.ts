import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'content.clinical-opinion',
  category: 'content',
  severity: 'info',
  guidance: 'Content',
  readers: ['gmc'],
  description: 'A clinical opinion offered publicly: a reminder that it must be justifiable and within competence.',
  rationale: 'TODO',
  examples: { flagged: [], clean: [] },
  detect() {
    return [];
  },
});
