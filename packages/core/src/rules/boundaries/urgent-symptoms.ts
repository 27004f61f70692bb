import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'boundaries.urgent-symptoms',
  category: 'boundaries',
  severity: 'stop',
  guidance: 'Direct messaging with patients',
  readers: ['patient', 'gmc'],
  description: 'Red-flag symptoms in a message from a patient: the reply must point to 999, A&E or NHS 111 now.',
  rationale: 'TODO',
  direction: 'inbound',
  examples: { flagged: [], clean: [] },
  detect() {
    return [];
  },
});
