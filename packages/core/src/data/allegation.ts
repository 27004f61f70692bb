import { defineLexicon } from '../text/lexicon.js';

export default defineLexicon({
  id: 'allegation',
  description: 'Allegations of wrongdoing, dishonesty, incompetence or criminality.',
  entries: [],
});
