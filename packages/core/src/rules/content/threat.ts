import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'content.threat',
  category: 'content',
  severity: 'stop',
  guidance: 'Content',
  readers: ['police', 'judge', 'gmc', 'employer'],
  description: 'Threats of harm or of ruin.',
  rationale: 'TODO',
  examples: { flagged: [], clean: [] },
  detect() {
    return [];
  },
});
