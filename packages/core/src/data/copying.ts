import { defineLexicon } from '../text/lexicon.js';

export default defineLexicon({
  id: 'copying',
  description: 'Signs of reproduced material (copied from, full article, via, credit).',
  entries: [],
});
