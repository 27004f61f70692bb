import { defineLexicon } from '../text/lexicon.js';

export default defineLexicon({
  id: 'hate',
  description: 'Incitement to hatred, violence or terrorism; glorifying attacks.',
  entries: [],
});
