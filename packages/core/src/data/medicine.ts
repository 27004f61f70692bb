import { defineLexicon } from '../text/lexicon.js';

export default defineLexicon({
  id: 'medicine',
  description: 'Prescription-only medicines and their street names (botulinum toxins, weight-loss injections, antibiotics...).',
  entries: [],
});
