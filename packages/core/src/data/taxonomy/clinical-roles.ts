import { wordSet } from '../../text/lexicon.js';

/*
 * How an author claims the standing of a clinical profession for what they write ("as a GP…",
 * "pharmacist here", "30 years in general practice"): the knowledge behind analysis/author-role.ts.
 * Sources: NHS England, "Roles in general practice" and NHS Health Careers (the professions and their
 * everyday short forms); GMC, Good medical practice 2024 and "Using social media as a medical
 * professional" (a doctor who identifies as one is read as speaking with a doctor's authority).
 */

/** Clinical professions by the word their title ends in, with the short forms people write. */
export const CLINICAL_ROLES = wordSet(`gp, doctor, doc, dr, medic, physician, surgeon, consultant, registrar, nurse,
  midwife, pharmacist, physio, physiotherapist, paramedic, dentist, optometrist, dietitian, dietician, psychiatrist,
  psychologist, paediatrician, pediatrician, anaesthetist, oncologist, cardiologist, dermatologist, neurologist,
  gynaecologist, obstetrician, radiologist, pathologist, microbiologist, immunologist, virologist, epidemiologist,
  clinician, practitioner, hca, osteopath, chiropractor, podiatrist, sonographer, radiographer, herbalist,
  naturopath, nutritionist, therapist, educator`);

/** After the role, words that make it the author's voice: "GP here", "nurse tip", "pharmacist PSA", "GP take". */
export const ROLE_VOICE_AFTER = wordSet('here, take, tip, tips, psa, perspective, hat, confession, confessions');

/** Before "a" or "an" and the role, words that make it the author's own: "as a", "I'm a", "I am a". */
export const ROLE_CLAIM_BEFORE = wordSet("as, i'm, im, am");

/** Before "a" or "an" and the role, verbs that make it the author's own after "I": "I've been a", "I was a". */
export const ROLE_CLAIM_VERBS = wordSet('been, was, trained, qualified, worked');

/** Just before the role, words that still name the author's own career: "retired GP", "ex-NHS nurse". */
export const ROLE_CAREER_BEFORE = wordSet('retired, ex, former, qualified, practising, practicing, registered');

/** After "N years in", the fields of a clinical career: "25 years in general practice". */
export const CLINICAL_FIELDS = wordSet(`practice, medicine, nursing, pharmacy, healthcare, care, surgery, psychiatry,
  paediatrics, midwifery, physiotherapy, aesthetics, dentistry, the nhs, nhs, a&e, ed`);

/**
 * Between the article and the role: words that tie the role to someone else ("as a patient of my GP",
 * "from a friend who's a nurse"), so the role is not the author's.
 */
export const NOT_OWN_ROLE_BETWEEN = wordSet(`of, to, for, with, my, your, his, her, their, our, the, and, or, by, who,
  that, at, in, on, friend, patient, mum, mother, dad, father, son, daughter, wife, husband, partner, sister, brother`);
