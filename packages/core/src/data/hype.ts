import { defineLexicon } from '../text/lexicon.js';

export default defineLexicon({
  id: 'hype',
  description: 'Promotional claims that need evidence behind them (cure, guaranteed, miracle, risk-free).',
  entries: [],
});
