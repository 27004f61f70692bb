import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'behaviour.group-banter',
  category: 'behaviour',
  severity: 'caution',
  guidance: 'Avoiding the pitfalls of social media use',
  readers: ['colleague', 'employer', 'gmc'],
  description: 'Jokey insults or crude humour in a group chat.',
  rationale: 'TODO',
  examples: { flagged: [], clean: [] },
  detect() {
    return [];
  },
});
