import { defineLexicon } from '../text/lexicon.js';

export default defineLexicon({
  id: 'qualification',
  description: 'Titles and claims of expertise (specialist, consultant, professor, expert).',
  entries: [],
});
