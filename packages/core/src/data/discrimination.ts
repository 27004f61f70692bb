import { defineLexicon } from '../text/lexicon.js';

export default defineLexicon({
  id: 'discrimination',
  description: 'Slurs and demeaning generalisations about protected characteristics (Equality Act 2010).',
  entries: [],
});
