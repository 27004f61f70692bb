import { defineLexicon } from '../text/lexicon.js';

export default defineLexicon({
  id: 'advice-request',
  description: 'Wording that asks for medical advice or a clinical opinion.',
  entries: [],
});
