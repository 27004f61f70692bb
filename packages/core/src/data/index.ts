import { defineLexicon, type Lexicon } from '../text/lexicon.js';
import absolute from './absolute.js';
import adviceRequest from './advice-request.js';
import allegation from './allegation.js';
import allegationFrame from './allegation-frame.js';
import banter from './banter.js';
import clinical from './clinical.js';
import copying from './copying.js';
import crisis, { CRISIS_CUES } from './crisis.js';
import discrimination, { GROUP_ENTRIES } from './discrimination.js';
import emotion from './emotion.js';
import harassment from './harassment.js';
import hate from './hate.js';
import hype from './hype.js';
import identifierContext from './identifier-context.js';
import insult from './insult.js';
import medicine, { MEDICINE_EFFECTS } from './medicine.js';
import patientRef from './patient-ref.js';
import patientSlang from './patient-slang.js';
import personRole from './person-role.js';
import pressure from './pressure.js';
import privacy from './privacy.js';
import promotion from './promotion.js';
import qualification from './qualification.js';
import quasiIdentifier from './quasi-identifier.js';
import redFlag from './red-flag.js';
import redFlagLay from './red-flag-lay.js';
import sexual from './sexual.js';
import threat from './threat.js';
import { HEALTH_AGENTS, HEALTH_CONDITIONS, HEALTH_RELATIONS, INSINUATION } from './knowledge/health-claims.js';
import { HOSTILE_ACTS } from './taxonomy/acts.js';
import { GROUP_PLACES, GROUPS, ORIGIN_COUNTRIES } from './taxonomy/groups.js';
import { MODALITY } from './taxonomy/modality.js';
import { STANCE } from './taxonomy/stance.js';

/**
 * Neutral vocabulary the discrimination and incitement rules combine: a group word or a violent verb
 * alone proves nothing, so these lists do not count towards a thread's heat.
 */
const NEUTRAL: readonly Lexicon[] = [
  defineLexicon({
    id: 'protected-group',
    description: 'Groups defined by a protected characteristic (Equality Act 2010).',
    entries: GROUP_ENTRIES,
  }),
];

/** Every lexicon, compiled into one matcher per checker. Hits are read by lexicon id. */
export const LEXICONS: readonly Lexicon[] = [
  absolute,
  adviceRequest,
  allegation,
  allegationFrame,
  banter,
  clinical,
  copying,
  crisis,
  CRISIS_CUES,
  discrimination,
  emotion,
  harassment,
  hate,
  hype,
  identifierContext,
  insult,
  medicine,
  MEDICINE_EFFECTS,
  patientRef,
  patientSlang,
  personRole,
  pressure,
  privacy,
  promotion,
  qualification,
  quasiIdentifier,
  redFlag,
  redFlagLay,
  sexual,
  threat,
  ...NEUTRAL,
  GROUPS,
  GROUP_PLACES,
  ORIGIN_COUNTRIES,
  ...HOSTILE_ACTS,
  ...MODALITY,
  ...STANCE,
  HEALTH_AGENTS,
  HEALTH_CONDITIONS,
  HEALTH_RELATIONS,
  INSINUATION,
];
