import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'behaviour.spiral',
  category: 'behaviour',
  severity: 'caution',
  guidance: 'Avoiding the pitfalls of social media use',
  readers: ['colleague', 'employer', 'gmc'],
  description: 'An escalating exchange: rapid back-and-forth and rising hostility.',
  rationale: 'TODO',
  examples: { flagged: [], clean: [] },
  detect() {
    return [];
  },
});
