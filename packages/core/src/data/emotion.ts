import { defineLexicon } from '../text/lexicon.js';

export default defineLexicon({
  id: 'emotion',
  description: 'Words of anger, distress and exasperation.',
  entries: [],
});
