import { defineLexicon } from '../text/lexicon.js';

export default defineLexicon({
  id: 'absolute',
  description: 'Absolutes and exasperation that raise the temperature (always, never, sick of).',
  entries: [],
});
