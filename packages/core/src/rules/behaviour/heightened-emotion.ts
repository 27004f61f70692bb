import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'behaviour.heightened-emotion',
  category: 'behaviour',
  severity: 'caution',
  guidance: 'Avoiding the pitfalls of social media use',
  readers: ['colleague', 'employer', 'gmc'],
  description: 'Anger or distress in the wording, or a self-reported mood.',
  rationale: 'TODO',
  examples: { flagged: [], clean: [] },
  detect() {
    return [];
  },
});
