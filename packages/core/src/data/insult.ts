import { defineLexicon } from '../text/lexicon.js';

export default defineLexicon({
  id: 'insult',
  description: 'Name-calling and demeaning words aimed at a person or group.',
  entries: [],
});
