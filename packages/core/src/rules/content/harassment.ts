import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'content.harassment',
  category: 'content',
  severity: 'stop',
  guidance: 'Content',
  readers: ['colleague', 'employer', 'gmc', 'police', 'judge'],
  description: 'Bullying, intimidation, exploitation or persistent targeting of someone.',
  rationale: 'TODO',
  examples: { flagged: [], clean: [] },
  detect() {
    return [];
  },
});
