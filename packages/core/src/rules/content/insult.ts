import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'content.insult',
  category: 'content',
  severity: 'caution',
  guidance: 'Content',
  readers: ['colleague', 'employer', 'gmc', 'judge'],
  description: 'Name-calling or demeaning a person or group.',
  rationale: 'TODO',
  examples: { flagged: [], clean: [] },
  detect() {
    return [];
  },
});
