import { defineLexicon } from '../text/lexicon.js';

export default defineLexicon({
  id: 'harassment',
  description: 'Bullying, intimidation and persistent targeting.',
  entries: [],
});
