import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'behaviour.unusual-hour',
  category: 'behaviour',
  severity: 'caution',
  guidance: 'Avoiding the pitfalls of social media use',
  readers: [],
  description: 'Composed in the small hours (quiet hours, default 23:00 to 06:00 local).',
  rationale: 'TODO',
  examples: { flagged: [], clean: [] },
  detect() {
    return [];
  },
});
