import { defineLexicon } from '../text/lexicon.js';

export default defineLexicon({
  id: 'pressure',
  description: 'Fear, false urgency and pressure in promotion.',
  entries: [],
});
