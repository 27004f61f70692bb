import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'boundaries.wrong-recipient',
  category: 'boundaries',
  severity: 'stop',
  guidance: 'Direct messaging with patients',
  readers: ['patient', 'gmc'],
  description: 'The person the message addresses or discusses is not the recipient.',
  rationale: 'TODO',
  examples: { flagged: [], clean: [] },
  detect() {
    return [];
  },
});
