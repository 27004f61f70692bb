import { defineLexicon } from '../text/lexicon.js';

export default defineLexicon({
  id: 'banter',
  description: 'Jokey or crude humour markers typical of group-chat banter.',
  entries: [],
});
