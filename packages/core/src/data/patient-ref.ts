import { defineLexicon } from '../text/lexicon.js';

export default defineLexicon({
  id: 'patient-ref',
  description: 'Words that refer to a patient or patients.',
  entries: [],
});
