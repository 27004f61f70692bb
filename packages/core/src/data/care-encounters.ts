import { wordSet } from '../text/lexicon.js';

/**
 * Words by which a clinician says someone was in their care: an encounter ("saw", "came in", "home
 * visit"), an act of care ("treated", "cared for her through…", "stitched up") or the tie itself ("my
 * patient", "I'm her GP", "on our list"). Being someone's patient is itself confidential, so beside a
 * description that fits one person these words disclose as a diagnosis would.
 *
 * Sources: GMC, "Confidentiality: good practice in handling patient information" (2017), paras 8-9 and
 * 12 (that a person is a patient is personal information); NHS Data Dictionary, "Care Contact" and
 * "Activity" (the kinds of contact: consultation, home visit, procedure, review); common UK clinical usage.
 */
export const CARE_SOURCE =
  'GMC Confidentiality (2017) paras 8-9, 12; NHS Data Dictionary (care contact, activity); common UK clinical usage';

/**
 * Verbs and phrases of care, matched by stem so each entry covers its inflections ("treat" meets
 * "treating" and "treated"; "look after" meets "looked after"). Only verbs whose every form is care.
 */
export const CARE_VERBS: ReadonlySet<string> = wordSet(`
  examine, diagnose, vaccinate, immunise, resuscitate, care for, look after, operate on, patch up, stitch up,
  treat her, treat him, treat them, refer her, refer him, refer them, visit her, visit him, review her, review him,
  support her through, support him through, support them through, see her through, see him through,
  book her in, book him in, bring her in, bring him in, follow up, certify the death
`);

/**
 * Seeing, visiting or being off sick: a consultation in a draft about care, but also a sighting, a call or a
 * colleague's absence ("saw the landlord at the match", "our MP visited the surgery", "Sophie's off with a
 * migraine"), so it marks a sentence as about care and never by itself makes a person a patient.
 */
export const WEAK_ENCOUNTERS: ReadonlySet<string> = wordSet(`
  saw, seen, seeing a, seeing an, seeing the, seeing this, see a, see an, see the, see this, visited, delivered,
  sick note, off sick, off with
`);

/**
 * Words after "my patient" or "our patient" that make it a body or a list, not a tie to one person ("our
 * patient group", "my patient list"). Source: NHS England, Patient Participation Groups; common UK usage.
 */
export const NOT_A_TIE_AFTER: ReadonlySet<string> = wordSet(`
  group, groups, participation, panel, forum, survey, surveys, feedback, newsletter, list, lists, records, voice,
  population, base, safety, experience, education, leaflet, leaflets, information
`);

/** Encounters and ties in their written forms (not stemmed: "come" and "treat" have other senses). */
export const CARE_ENCOUNTERS: ReadonlySet<string> = wordSet(`
  treated, treating, came in, come in, came to see, was in, been in, in for, popped in, born at, born in, born on, gave birth, one of mine,
  one of ours, one of my patients, one of our patients, patient of mine, patient of ours, patients of ours,
  my patient, our patient, his gp, her gp, their gp, my list, our list, registered with us, registered with me,
  registered at my, registered at our, in my room, in clinic, on my visit, on the visit, on a home visit,
  on a ventilator, in icu, started on
`);
