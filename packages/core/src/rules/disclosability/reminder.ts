import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'disclosability.reminder',
  category: 'disclosability',
  severity: 'info',
  guidance: 'Disclosability',
  readers: [],
  description: 'Group chats, direct messages and wording that relies on privacy or deletion: it can still be captured and disclosed.',
  rationale: 'TODO',
  examples: { flagged: [], clean: [] },
  detect() {
    return [];
  },
});
