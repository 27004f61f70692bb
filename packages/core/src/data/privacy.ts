import { defineLexicon } from '../text/lexicon.js';

export default defineLexicon({
  id: 'privacy',
  description: 'Wording that relies on privacy or deletion (between us, delete later, anonymous account).',
  entries: [],
});
