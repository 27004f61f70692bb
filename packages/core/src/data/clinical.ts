import { defineLexicon, type LexiconEntry, many } from '../text/lexicon.js';

/**
 * Clinical and care words: their presence shows a draft is about someone's health or care, which is
 * what turns a name, a phone number or a date into confidential patient information.
 *
 * Tags:
 *   condition  a diagnosis or disease
 *   symptom    a complaint or sign
 *   test       an investigation or a result
 *   medicine   a medicine or treatment
 *   care       an episode of care: seen, referred, admitted, discharged, a consultation, a clinic
 *
 * Words that also name public campaigns ("flu", "clinic") are here too: on their own they never make
 * a finding; they only link an identifier that is already tied to a person to their care.
 */

const AZ = 'NHS Health A to Z (nhs.uk/conditions)';
const TESTS = 'NHS tests and treatments (nhs.uk/tests-and-treatments); common UK GP result shorthand';
const BNF = 'British National Formulary (BNF), commonly prescribed medicines in primary care (NHSBSA English Prescribing Dataset top items)';
const CARE = 'NHS Data Dictionary: care activities and settings (appointment, referral, admission, discharge); common UK GP usage';
const SYM = 'NHS 111 online symptom topics; common UK clinical usage';

/** One entry a phrase (the first listing wins its tags, source and note). */
function unique(...lists: LexiconEntry[][]): LexiconEntry[] {
  const byPhrase = new Map<string, LexiconEntry>();
  for (const e of lists.flat()) if (!byPhrase.has(e.phrase)) byPhrase.set(e.phrase, e);
  return [...byPhrase.values()];
}

export default defineLexicon({
  id: 'clinical',
  description: 'Clinical and care words that show a draft is about a patient or their care.',
  entries: unique(
    many([
      'diabet*', 'hypertension', 'high blood pressure', 'asthma*', 'copd', 'emphysema', 'bronchitis', 'pneumonia', 'chest infection', 'cancer*',
      'tumour', 'lymphoma', 'leukaemia', 'melanoma', 'carcinoma', 'metasta*', 'dementia', 'alzheimer*', 'stroke', 'tia', 'heart attack',
      'angina', 'heart failure', 'atrial fibrillation', 'arrhythmia', 'aortic aneurysm', 'aneurysm', 'ckd', 'kidney disease',
      'renal failure', 'liver disease', 'cirrhosis', 'hepatitis', 'hiv', 'shingles', 'chickenpox', 'measles', 'mumps', 'meningitis',
      'sepsis', 'septic', 'uti', 'urine infection', 'cellulitis', 'eczema', 'psoriasis', 'acne', 'rash', 'lump', 'breast lump', 'fracture*',
      'broken hip', 'broken wrist', 'osteoporosis', 'arthritis', 'gout', 'epilep*', 'seizure*', 'migraine*', 'parkinson*', 'multiple sclerosis',
      'motor neurone disease', 'depression', 'depressed', 'anxiety', 'panic attack*', 'psychosis', 'schizophrenia', 'bipolar',
      'self harm', 'overdose', 'suicid*', 'eating disorder', 'anorexia', 'bulimia', 'adhd', 'autism', 'alcoholism', 'addiction',
      'substance misuse', 'pregnan*', 'miscarriage', 'termination', 'ectopic', 'menopaus*', 'endometriosis', 'pcos', 'infertility', 'sti',
      'chlamydia', 'gonorrhoea', 'syphilis', 'herpes', 'thyroid', 'hypothyroid*', 'hyperthyroid*', 'anaemia', 'dvt', 'pulmonary embolism',
      'blood clot', 'covid', 'long covid', 'flu', 'influenza', 'tonsillitis', 'sore throat', 'ear infection', 'conjunctivitis', 'glaucoma',
      'cataract*', 'obesity', 'obese', 'ibs', 'crohn*', 'colitis', 'coeliac', 'gallstone*', 'appendicitis', 'hernia', 'prostate', 'incontinence',
      'falls', 'fall', 'frailty', 'terminal', 'palliative', 'end of life', 'dying', 'died', 'death', 'passed away', 'condition', 'diagnosis',
      'diagnosed', 'infection', 'disease', 'illness', 'injury', 'wound', 'ulcer', 'head injury', 'concussion', 'allerg*', 'anaphylaxis',
    ], ['condition'], AZ, 'A diagnosis or disease: health information about whoever it is linked to.'),
    many([
      'pain', 'chest pain', 'abdominal pain', 'back pain', 'headache', 'cough', 'coughing', 'fever', 'temperature', 'vomiting', 'diarrhoea',
      'bleeding', 'blood in', 'breathless*', 'short of breath', 'dizzy', 'dizziness', 'faint*', 'collapse*', 'palpitations', 'swelling', 'swollen',
      'itch*', 'numbness', 'weight loss', 'tired all the time', 'fatigue', 'confus*', 'low mood', 'hallucinat*', 'unwell', 'poorly', 'symptom*',
    ], ['symptom'], SYM, 'A symptom or sign: health information about whoever it is linked to.'),
    many([
      'blood test', 'blood tests', 'bloods', 'blood results', 'results', 'result', 'test results', 'hba1c', 'egfr', 'alt', 'bilirubin', 'lfts',
      'lft', 'fbc', 'u and e', 'u&e', 'crp', 'inr', 'tsh', 'psa', 'cholesterol', 'sodium', 'potassium', 'haemoglobin', 'ferritin', 'vitamin d',
      'ecg', 'x ray', 'xray', 'scan', 'mri', 'ct', 'ct scan', 'ultrasound', 'mammogram', 'smear', 'smear test', 'cervical screening',
      'colonoscopy', 'endoscopy', 'biopsy', 'histology', 'swab', 'urine sample', 'stool sample', 'spirometry', 'bp', 'blood pressure',
      'obs', 'observations', 'sats', 'oxygen saturation', 'bmi', 'mmhg', 'echo', 'angiogram', 'screening', 'screening scan',
    ], ['test'], TESTS, 'A test or result: health information about whoever it is linked to.'),
    many([
      'warfarin', 'apixaban', 'rivaroxaban', 'edoxaban', 'clopidogrel', 'aspirin', 'metformin', 'gliclazide', 'insulin', 'statin*',
      'atorvastatin', 'simvastatin', 'amlodipine', 'ramipril', 'lisinopril', 'losartan', 'candesartan', 'bisoprolol', 'indapamide',
      'furosemide', 'bendroflumethiazide', 'levothyroxine', 'omeprazole', 'lansoprazole', 'sertraline', 'citalopram', 'fluoxetine',
      'mirtazapine', 'amitriptyline', 'venlafaxine', 'duloxetine', 'diazepam', 'zopiclone', 'pregabalin', 'gabapentin', 'codeine',
      'tramadol', 'morphine', 'oxycodone', 'paracetamol', 'ibuprofen', 'naproxen', 'prednisolone', 'steroid*', 'antibiotic*', 'amoxicillin',
      'penicillin', 'doxycycline', 'clarithromycin', 'nitrofurantoin', 'trimethoprim', 'flucloxacillin', 'co-amoxiclav', 'inhaler*',
      'salbutamol', 'methotrexate', 'lithium', 'antidepressant*', 'antipsychotic*', 'hrt', 'contracepti*', 'the pill', 'coil', 'vaccin*',
      'jab', 'immunis*', 'chemo', 'chemotherapy', 'radiotherapy', 'dialysis', 'operation', 'surgery on', 'hip replacement', 'knee replacement',
      'physiotherapy', 'medication', 'medications', 'medicine', 'medicines', 'meds', 'tablets', 'prescription', 'prescribed', 'prescribe',
      'repeat prescription', 'dose', 'mg', 'treatment', 'therapy', 'counselling', 'injection',
    ], ['medicine'], BNF, 'A medicine or treatment: health information about whoever it is linked to.'),
    many([
      'shingrix', 'zostavax', 'pneumovax', 'prevenar', 'gardasil', 'fluenz', 'boostrix', 'repevax', 'priorix', 'mmrvaxpro', 'abrysvo',
      'arexvy', 'comirnaty', 'spikevax', 'mmr', 'hpv vaccine', 'pneumococcal', 'whooping cough vaccine', 'rsv vaccine', 'booster', 'second dose',
      '2nd dose', 'first dose', '1st dose',
    ], ['medicine'], 'UKHSA, "Immunisation against infectious disease" (the Green Book): UK routine vaccines and their brand names',
    'A vaccine or a dose of one: whether a named person has had it is health information.'),
    many([
      'appointment', 'consultation', 'clinic', 'in clinic', 'surgery today', 'home visit', 'house call', 'seen today', 'came in', 'came to see me',
      'came to see us', 'attended', 'attends', 'consulted', 'referral', 'refer', 'referred', 'referring', 'admission', 'admit', 'admitted',
      'discharge', 'discharged', 'discharge summary', 'a&e', 'a and e', 'emergency department', 'ambulance', 'ward', 'hospital', 'hospice',
      'care home', 'nursing home', 'follow up', 'review', 'medication review', 'triage', 'telephone triage', 'fit note', 'sick note',
      'notes', 'records', 'medical records', 'e-rs', 'ers', 'two week wait', '2ww', 'urgent referral', 'falls clinic', 'district nurses',
      'care plan', 'dnacpr', 'resus', 'sectioned', 'safeguarding', 'capacity', 'best interests', 'on the list', 'in room', 'is back', 'back again',
      'examined', 'examination', 'diagnose', 'treated', 'prognosis', 'post op', 'pre op',
    ], ['care'], CARE, 'An episode or setting of care: links the person it mentions to their care.'),
  ),
});
