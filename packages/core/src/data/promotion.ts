import { defineLexicon } from '../text/lexicon.js';

export default defineLexicon({
  id: 'promotion',
  description: 'Promotional intent: prices, booking, offers, DM to book, product endorsements.',
  entries: [],
});
