import type { Lexicon } from '../text/lexicon.js';
import absolute from './absolute.js';
import adviceRequest from './advice-request.js';
import banter from './banter.js';
import clinical from './clinical.js';
import discrimination from './discrimination.js';
import emotion from './emotion.js';
import harassment from './harassment.js';
import hate from './hate.js';
import identifierContext from './identifier-context.js';
import insult from './insult.js';
import patientRef from './patient-ref.js';
import patientSlang from './patient-slang.js';
import personRole from './person-role.js';
import privacy from './privacy.js';
import redFlag from './red-flag.js';
import sexual from './sexual.js';
import threat from './threat.js';

/** Every lexicon, compiled into one matcher per checker. Hits are read by lexicon id. */
export const LEXICONS: readonly Lexicon[] = [
  absolute, adviceRequest, banter, clinical, discrimination, emotion, harassment, hate, identifierContext, insult, patientRef,
  patientSlang, personRole, privacy, redFlag, sexual, threat,
];
