import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'content.clinical-misinformation',
  category: 'content',
  severity: 'stop',
  guidance: 'Content',
  readers: ['patient', 'gmc', 'nhs-england'],
  description: 'Clinical claims contrary to the current evidence base.',
  rationale: 'TODO',
  examples: { flagged: [], clean: [] },
  detect() {
    return [];
  },
});
