import { defineLexicon } from '../text/lexicon.js';

export default defineLexicon({
  id: 'identifier-context',
  description: 'Context words that make a number or date an identifier (DOB, NHS no, born, lives at).',
  entries: [],
});
