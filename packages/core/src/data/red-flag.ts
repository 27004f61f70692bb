import { defineLexicon } from '../text/lexicon.js';

export default defineLexicon({
  id: 'red-flag',
  description: 'Red-flag symptoms that need 999, A&E or NHS 111 now.',
  entries: [],
});
