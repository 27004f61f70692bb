import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'content.discrimination',
  category: 'content',
  severity: 'stop',
  guidance: 'Content',
  readers: ['patient', 'colleague', 'employer', 'nhs-england', 'gmc', 'police', 'judge'],
  description: 'Demeaning people for a protected characteristic, slurs and sweeping generalisations.',
  rationale: 'TODO',
  examples: { flagged: [], clean: [] },
  detect() {
    return [];
  },
});
