import { defineLexicon } from '../text/lexicon.js';

export default defineLexicon({
  id: 'patient-slang',
  description: 'Ward slang and mocking words for patients.',
  entries: [],
});
