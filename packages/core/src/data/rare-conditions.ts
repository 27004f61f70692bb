/**
 * Rare and locally conspicuous conditions: a patient who has one of these may be the only person in a
 * practice, a village or a school who does, so naming the condition next to an age, a job or a place
 * can be enough to recognise them. The quasi-identifier lexicon (data/quasi-identifier.ts) reads this
 * list and tags its entries `rare-condition`.
 *
 * Weight: how conspicuous the condition is (1 = rare in the Orphanet sense, fewer than 1 in 2,000
 * people; 0.7 = not rare nationally but notifiable or conspicuous locally: an outbreak or a contact
 * tracing exercise makes the patient easy to work out).
 *
 * Phrases follow the lexicon rules: a trailing `*` is a stem ("huntington*" meets "Huntington's",
 * "Huntingtons").
 */
export interface RareCondition {
  readonly phrase: string;
  readonly weight?: number;
  readonly source: string;
  readonly note: string;
}

const ORPHA = 'Orphanet (orpha.net), list of rare diseases and synonyms (prevalence under 1 in 2,000)';
const NHS_RARE = 'NHS Health A to Z (nhs.uk/conditions) and the UK Rare Diseases Framework (DHSC, 2021)';
const NOTIFIABLE = 'UKHSA, notifiable diseases and causative organisms (Health Protection (Notification) Regulations 2010)';
const CANCER = 'Cancer Research UK, rare and less common cancers; Orphanet rare tumours';

function group(phrases: readonly string[], source: string, note: string, weight?: number): RareCondition[] {
  return phrases.map((phrase) => (weight === undefined ? { phrase, source, note } : { phrase, weight, source, note }));
}

export const RARE_CONDITIONS: readonly RareCondition[] = [
  ...group([
    "wilson's disease", 'wilsons disease', 'huntington*', 'porphyria', 'acute intermittent porphyria',
    'cystic fibrosis', 'motor neurone disease', 'motor neuron disease', 'mnd', 'amyotrophic lateral sclerosis',
    'ehlers-danlos', 'marfan*', 'duchenne', 'muscular dystrophy', 'spinal muscular atrophy',
    'myasthenia gravis', 'haemophilia', 'hemophilia', 'sickle cell', 'sickle cell disease', 'thalassaemia', 'thalassemia',
    'fabry disease', 'gaucher disease', 'pompe disease', 'phenylketonuria', 'pku', 'prader-willi',
    'angelman syndrome', 'rett syndrome', 'fragile x', 'williams syndrome', 'digeorge syndrome', 'turner syndrome',
    "turner's syndrome", 'klinefelter*', 'neurofibromatosis', 'tuberous sclerosis', 'von hippel-lindau', 'li-fraumeni',
    'hereditary haemorrhagic telangiectasia', 'osteogenesis imperfecta', 'brittle bone disease', 'achondroplasia',
    'epidermolysis bullosa', 'xeroderma pigmentosum', 'progeria', 'treacher collins', 'moebius syndrome',
    'alpha-1 antitrypsin deficiency', 'hereditary angioedema', 'charcot-marie-tooth', 'friedreich*',
    'batten disease', 'tay-sachs', 'niemann-pick', 'hunter syndrome', 'hurler syndrome', 'mucopolysaccharidosis',
    'mitochondrial disease', 'leber*', 'stargardt*', 'retinitis pigmentosa', 'usher syndrome', 'alport syndrome',
    'polycystic kidney disease', 'crigler-najjar', 'congenital adrenal hyperplasia', 'hirschsprung*', 'biliary atresia',
    'kallmann syndrome', 'locked-in syndrome', 'kennedy disease', 'stiff person syndrome', 'narcolepsy',
  ], ORPHA, 'A rare (often inherited) condition: few people in any one area have it, so it points at them.'),
  ...group([
    'creutzfeldt-jakob*', 'cjd', 'progressive supranuclear palsy', 'multiple system atrophy', 'guillain-barre*',
    'neuromyelitis optica', 'transverse myelitis', 'moyamoya', 'syringomyelia', 'chiari malformation',
    'anti-nmda', 'idiopathic pulmonary fibrosis', 'pulmonary hypertension', 'pulmonary arterial hypertension', 'amyloidosis',
    'sarcoidosis', 'systemic sclerosis', 'scleroderma', "behcet's", 'behcets', "addison's disease", 'addisons disease',
    "cushing's", 'cushings', 'acromegaly', 'phaeochromocytoma', 'pheochromocytoma', 'primary biliary cholangitis',
    'primary sclerosing cholangitis', 'autoimmune hepatitis', 'aplastic anaemia', 'aplastic anemia',
    'paroxysmal nocturnal haemoglobinuria', 'mastocytosis', 'castleman disease', 'takayasu*', 'granulomatosis with polyangiitis',
    "wegener's", 'kawasaki disease', 'stevens-johnson syndrome', 'necrotising fasciitis', 'necrotizing fasciitis',
    'dermatomyositis', 'polymyositis', "still's disease", "whipple's disease", 'haemophagocytic lymphohistiocytosis',
  ], NHS_RARE, 'An uncommon diagnosis: named with an age or a place it narrows the field to one person.'),
  ...group([
    'mesothelioma', 'sarcoma', 'osteosarcoma', 'ewing sarcoma', "ewing's sarcoma", 'retinoblastoma', 'neuroblastoma',
    'wilms tumour', 'cholangiocarcinoma', 'merkel cell', 'thymoma', 'carcinoid', 'neuroendocrine tumour',
    'acoustic neuroma', 'hairy cell leukaemia', "waldenstrom*", 'myelofibrosis', 'langerhans cell histiocytosis',
  ], CANCER, 'A rare cancer: a handful of cases a year in a region.'),
  ...group([
    'tb', 'tuberculosis', "legionnaires'", "legionnaires' disease", 'legionella', 'typhoid', 'paratyphoid', 'cholera',
    'diphtheria', 'polio', 'rabies', 'leprosy', 'meningococcal', 'meningococcal septicaemia', 'botulism', 'tetanus',
    'anthrax', 'brucellosis', 'leptospirosis', "weil's disease", 'e coli o157', 'hus', 'haemolytic uraemic syndrome',
    'malaria', 'dengue', 'lassa', 'ebola', 'mpox', 'monkeypox', 'scarlet fever outbreak', 'measles outbreak',
  ], NOTIFIABLE, 'A notifiable or outbreak infection: contact tracing and local talk make the patient easy to identify.', 0.7),
];
