import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'content.profanity',
  category: 'content',
  severity: 'caution',
  guidance: 'Content',
  readers: ['patient', 'employer', 'gmc'],
  description: 'Swearing, including disguised forms (f*ck, sh1t, f u c k, look-alike letters).',
  rationale: 'TODO',
  examples: { flagged: [], clean: [] },
  detect() {
    return [];
  },
});
