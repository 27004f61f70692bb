import { defineLexicon } from '../text/lexicon.js';

export default defineLexicon({
  id: 'quasi-identifier',
  description: 'Occupations, rare conditions, unusual events and other quasi-identifiers of a patient.',
  entries: [],
});
