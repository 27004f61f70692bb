import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'content.hate-incitement',
  category: 'content',
  severity: 'stop',
  guidance: 'Content',
  readers: ['patient', 'colleague', 'employer', 'nhs-england', 'gmc', 'police', 'judge'],
  description: 'Incitement to hatred, violence or terrorism, or glorifying attacks.',
  rationale: 'TODO',
  examples: { flagged: [], clean: [] },
  detect() {
    return [];
  },
});
