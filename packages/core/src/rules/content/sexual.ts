import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'content.sexual',
  category: 'content',
  severity: 'stop',
  guidance: 'Avoiding the pitfalls of social media use',
  readers: ['patient', 'employer', 'gmc', 'police'],
  description: 'Sexual content or innuendo.',
  rationale: 'TODO',
  examples: { flagged: [], clean: [] },
  detect() {
    return [];
  },
});
