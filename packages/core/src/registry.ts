import type { Rule } from './rule.js';
import profanity from './rules/content/profanity.js';
import insult from './rules/content/insult.js';
import harassment from './rules/content/harassment.js';
import discrimination from './rules/content/discrimination.js';
import hateIncitement from './rules/content/hate-incitement.js';
import threat from './rules/content/threat.js';
import sexual from './rules/content/sexual.js';
import patientDisparagement from './rules/content/patient-disparagement.js';
import heightenedEmotion from './rules/behaviour/heightened-emotion.js';
import spiral from './rules/behaviour/spiral.js';
import unusualHour from './rules/behaviour/unusual-hour.js';
import groupBanter from './rules/behaviour/group-banter.js';
import directIdentifier from './rules/confidentiality/direct-identifier.js';
import patientDm from './rules/boundaries/patient-dm.js';
import inboundPatientRequest from './rules/boundaries/inbound-patient-request.js';
import urgentSymptoms from './rules/boundaries/urgent-symptoms.js';
import wrongRecipient from './rules/boundaries/wrong-recipient.js';
import indirectIdentification from './rules/confidentiality/indirect-identification.js';
import clinicalAdviceSeeking from './rules/confidentiality/clinical-advice-seeking.js';
import image from './rules/confidentiality/image.js';
import clinicalMisinformation from './rules/content/clinical-misinformation.js';
import clinicalOpinion from './rules/content/clinical-opinion.js';
import defamation from './rules/content/defamation.js';
import copyright from './rules/content/copyright.js';
import undisclosedInterest from './rules/promotion/undisclosed-interest.js';
import misleadingClaim from './rules/promotion/misleading-claim.js';
import prescriptionOnlyMedicine from './rules/promotion/prescription-only-medicine.js';
import exploitsVulnerability from './rules/promotion/exploits-vulnerability.js';
import qualificationClaim from './rules/promotion/qualification-claim.js';
import nhsPatients from './rules/promotion/nhs-patients.js';
import reminder from './rules/disclosability/reminder.js';

/** Every rule, in the order findings of equal position are listed. Adding a rule adds one line here. */
export const RULES: readonly Rule[] = [
  profanity,
  insult,
  harassment,
  discrimination,
  hateIncitement,
  threat,
  sexual,
  patientDisparagement,
  heightenedEmotion,
  spiral,
  unusualHour,
  groupBanter,
  directIdentifier,
  patientDm,
  inboundPatientRequest,
  urgentSymptoms,
  wrongRecipient,
  indirectIdentification,
  clinicalAdviceSeeking,
  image,
  clinicalMisinformation,
  clinicalOpinion,
  defamation,
  copyright,
  undisclosedInterest,
  misleadingClaim,
  prescriptionOnlyMedicine,
  exploitsVulnerability,
  qualificationClaim,
  nhsPatients,
  reminder,
];

const TITLES = new Map(RULES.map((r) => [r.id, r.description.replace(/ \([^()]*\)/g, '').replace(/\.$/, '')]));

/** A rule's description in a few words, without its examples in brackets: "A patient identifier in a draft about a patient". */
export function ruleTitle(id: string): string | undefined {
  return TITLES.get(id);
}
