import { defineLexicon } from '../text/lexicon.js';

export default defineLexicon({
  id: 'clinical',
  description: 'Clinical and care words that show a draft is about a patient or their care.',
  entries: [],
});
