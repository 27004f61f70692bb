import { defineLexicon } from '../text/lexicon.js';

export default defineLexicon({
  id: 'sexual',
  description: 'Sexual content and innuendo.',
  entries: [],
});
