import { defineLexicon } from '../text/lexicon.js';

export default defineLexicon({
  id: 'threat',
  description: 'Threats of harm or ruin.',
  entries: [],
});
