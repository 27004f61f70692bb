import { defineLexicon, type LexiconEntry, many } from '../text/lexicon.js';

/**
 * Words that say what an attached picture shows, read by confidentiality.image over the draft's text
 * and over each attachment's file name ("shin-rash.jpg"). Matched with the shared phrase matcher
 * (token by token after normalisation; `word*` is a stem).
 *
 * Tags:
 *   finding   something visible on a patient's body: a rash, a mole, a wound, a foreign body
 *   imaging   an investigation that is itself a picture: an X-ray, an ECG trace, a scan
 *   case      the picture presented as a clinical case: "guess the diagnosis", "teaching case"
 *   record    a clinical system or record (weight 1: named systems and records; below 1: words
 *             such as "notes" or "results" that need a screen or screenshot beside them)
 *   screen    a screen, a monitor, a screenshot: what turns a record word into a picture of a record
 *   ask       asking others for their view of the picture ("what do we think", "photo attached")
 *   look      pointing readers at the picture ("look at this", "never seen")
 *   body      a part of the body (weight below 1: parts with everyday senses, "back", "hand")
 *   person    a person described as someone being cared for (a child, "his", "her")
 *   object    the picture is of a thing, not a person: a poster, a leaflet, an infographic, a cake
 *   campaign  a charity, awareness or fundraising setting, where disease names are causes
 */

const SKIN = 'NHS Health A to Z, skin conditions (nhs.uk/conditions); DermNet (dermnetnz.org) topic index';
const INJURY = 'NHS Health A to Z, injuries and wounds; common UK primary care usage';
const IMAGING = 'NHS tests and treatments (nhs.uk/tests-and-treatments): imaging and ECG; Royal College of Radiologists patient information';
const SYSTEMS = 'NHS England GP IT Futures / Digital Care Services catalogue: principal GP clinical systems and workflow tools';
const RECORDS = 'NHS Data Dictionary and common UK GP usage: parts of the clinical record';
const GMC = 'GMC, "Making and using visual and audio recordings of patients" (2011, updated 2013): what counts as a recording of a patient';
const BODY = 'Common English anatomy words (NHS Health A to Z body-part topics)';
const ED = 'Pause editorial: how clinicians caption and share pictures (common UK usage)';

export const IMAGE_CUES = defineLexicon({
  id: 'image-cue',
  description: 'What an attached picture shows: a clinical finding, an image test, a record, or a poster.',
  entries: [
    ...many([
      'rash', 'rashes', 'mole', 'moles', 'lesion', 'lesions', 'skin lesion', 'wound', 'wounds', 'ulcer', 'ulcers', 'ulcerated',
      'leg ulcer', 'pressure sore', 'pressure sores', 'bed sore', 'bedsore', 'keloid', 'keloids', 'cyst', 'cysts', 'lipoma', 'abscess',
      'abscesses', 'boil on', 'carbuncle', 'blister', 'blisters', 'bruise', 'bruises', 'bruising', 'haematoma', 'hematoma', 'burn on',
      'burns on', 'scald', 'scar', 'scars', 'scarring', 'wart', 'warts', 'verruca', 'verrucas', 'skin tag', 'skin tags', 'eczema',
      'psoriasis', 'dermatitis', 'urticaria', 'hives', 'impetigo', 'cellulitis', 'ringworm', 'scabies', 'melanoma', 'bcc', 'basal cell',
      'squamous cell', 'actinic keratosis', 'seborrhoeic keratosis', 'birthmark', 'naevus', 'nevus', 'chickenpox', 'shingles', 'measles',
      'cold sore', 'cold sores', 'stye', 'conjunctivitis', 'pink eye', 'jaundice', 'jaundiced', 'petechiae', 'petechial', 'purpura',
      'purpuric', 'non blanching', 'swelling', 'swollen', 'lump', 'lumps', 'growth on', 'gangrene', 'necrotic', 'pus', 'infected toe',
      'ingrown toenail', 'fungal nail', 'tonsils', 'tonsillitis', 'quinsy', 'oral thrush', 'tongue tie', 'hernia', 'stoma',
      'varicose veins', 'bunion', 'deformity', 'ganglion', 'sebaceous cyst', 'insect bite', 'tick bite', 'dog bite', 'bite mark',
      'bite marks', 'rash on', 'lesion on',
      'erythema', 'erythema migrans', 'erythema multiforme', 'erythema nodosum', 'bullseye rash', "bull's eye rash", 'target lesion',
      'target lesions', 'vitiligo', 'alopecia', 'rosacea', 'acne', 'tinea', 'pityriasis', 'lichen planus', 'molluscum', 'slapped cheek',
      'hand foot and mouth', 'herpes zoster', 'angioedema', 'xanthelasma', 'clubbing', 'spider naevi', 'pilonidal', 'paronychia',
      'intertrigo', 'hidradenitis', 'folliculitis', 'pyoderma', 'vasculitis', 'livedo', 'telangiectasia', 'ecchymosis', 'nail changes',
    ], 'finding', SKIN, 'Something seen on a patient\'s body: a picture of it is a recording of the patient.'),
    ...many([
      'laceration', 'lacerations', 'cut on', 'gash', 'stitches', 'sutures', 'sutured', 'steri strips', 'staples', 'foreign body',
      'foreign bodies', 'splinter', 'fracture', 'fractured', 'fractures', 'dislocation', 'dislocated', 'injury', 'injuries', 'degloving',
      
    ], 'finding', INJURY, 'An injury or something taken from a patient\'s body: a picture of it shows the patient or their treatment.'),
    ...many([
      'x ray', 'xray', 'x rays', 'xrays', 'radiograph', 'radiographs', 'cxr', 'ct', 'ct scan', 'mri', 'mri scan', 'ultrasound', 'ecg',
      'ecgs', 'ekg', 'rhythm strip', 'stemi', 'nstemi', 'st elevation', 'heart trace', 'mammogram', 'angiogram', 'fundus', 'fundoscopy',
      'retinal photo', 'retinal image', 'otoscopy', 'eardrum', 'ear drum', 'tympanic membrane', 'dermoscopy', 'dermatoscopy',
      'dermatoscope', 'histology', 'biopsy', 'blood film', 'urine dip', 'specimen', 'imaging', 'scan', 'scans', 'echo', 'echocardiogram',
      'spirometry trace', 'pacs', 'chest film', 'films', 'plain film',
    ], 'imaging', IMAGING, 'An investigation that is a picture: it belongs to a patient and often carries their name and date of birth.'),
    ...many([
      'guess the diagnosis', 'spot diagnosis', 'spot the diagnosis', 'name the diagnosis', 'what\'s the diagnosis', 'whats the diagnosis',
      'diagnosis quiz', 'dermatology quiz', 'derm quiz', 'radiology quiz', 'ecg quiz', 'x ray quiz', 'clinical quiz', 'picture quiz',
      'teaching case', 'interesting case', 'case of the week', 'case of the day', 'textbook case', 'classic case', 'clinical photo',
      'clinical photos', 'clinical photograph', 'clinical image', 'clinical images', 'clinical picture', 'medical photo',
      'dermatology', 'derm', 'derms', 'radiology', 
      'what would you do', 'differentials', 'differential diagnosis',
      'first patient', 'before and after', 'post op', 'post-op',
    ], 'case', ED, 'The picture is presented as a clinical case or a procedure: it shows a patient or their care.'),
    ...many([
      'emis', 'emis web', 'systmone', 'systm one', 'system one', 'tpp', 'docman', 'accurx', 'ardens', 'medical record', 'medical records',
      'patient record', 'patient records', 'patient notes', 'clinical record', 'clinical records', 'clinical system', 'summary care record',
      'gp record', 'gp records', 'appointment screen', 'appointments screen', 'appointment book', 'appointment list', 'appointments list',
      'clinic list', 'patient list', 'patient lists', 'triage list', 'duty list', 'home visit list', 'visit list', 'blood results',
      'test results', 'lab results', 'discharge summary', 'discharge letter', 'referral letter', 'clinic letter', 'consultation notes',
      'prescription', 'prescriptions', 'repeat prescription', 'drug chart', 'obs chart', 'ward list', 'handover sheet', 'the notes',
      'patient details', 'patient data', 'ice results',
    ], 'record', RECORDS, 'A clinical system or record: a picture of it shows patients\' names and details.'),
    ...many([
      'notes', 'results', 'records', 'record', 'list', 'inbox', 'workflow', 'tasks', 'task list', 'letters', 'bloods', 'vision', 'ice',
      'template', 'templates', 'dashboard', 'appointments', 'clinic', 'consultation', 'system', 'the system',
    ], 'record', SYSTEMS, 'Words for a clinical system or the work in it that only point at a record when a screen or screenshot is mentioned.', 0.5),
    ...many([
      'screen', 'screens', 'monitor', 'screenshot', 'screenshots', 'screenshotted', 'screen shot', 'screen grab', 'screengrab',
      'screen capture', 'printout', 'print out', 'snip', 'snipping', 'my computer', 'my pc', 'desktop',
    ], 'screen', ED, 'A screen or a capture of one: with a record word, a picture of a clinical system.'),
    ...many([
      'what do we think', 'what do you think', 'what do you reckon', 'what do we reckon', 'what d\'you reckon', 'thoughts', 'any thoughts',
      'any ideas', 'ideas anyone', 'opinions', 'opinion please', 'what is this', 'what\'s this', 'whats this', 'what is it', 'any idea what',
      'photo attached', 'pic attached', 'picture attached', 'image attached', 'photos attached', 'pics attached', 'see photo', 'see pic',
      'see picture', 'see attached', 'attached photo', 'attached pic', 'send you a pic', 'send you a photo', 'send a pic', 'sent a pic',
      'sent you a pic', 'pic of', 'photo of', 'picture of', 'seen this before', 'seen anything like', 'is this a', 'is this an',
      'worth referring', 'needs a 2ww', 'need a 2ww', 'refer or', 'am i being paranoid',
    ], 'ask', ED, 'Asking others to look at the picture and give a view: a clinical opinion sought on an image.'),
    ...many([
      'look at this', 'look at these', 'look what', 'look at the', 'check this out', 'check out this', 'have a look', 'take a look',
      'this one', 'get a load of', 'never seen', 'ever seen', 'here\'s my', 'here is my', 'here\'s what', 'this is what', 'this beauty',
      'how about this', 'this little', 'this big', 'today',
    ], 'look', ED, 'Pointing readers at the picture.'),
    ...many([
      'ear', 'ears', 'eye', 'eyes', 'eyelid', 'nose', 'nostril', 'mouth', 'lip', 'lips', 'tongue', 'throat', 'tonsil', 'neck', 'scalp',
      'shoulder', 'elbow', 'wrist', 'finger', 'fingers', 'thumb', 'nail', 'nails', 'toenail', 'abdomen', 'tummy', 'belly', 'navel',
      'belly button', 'groin', 'genitals', 'penis', 'scrotum', 'vulva', 'buttock', 'buttocks', 'thigh', 'knee', 'knees', 'shin', 'shins',
      'calf', 'ankle', 'ankles', 'foot', 'feet', 'heel', 'toe', 'toes', 'breast', 'breasts', 'nipple', 'armpit', 'torso', 'skin', 'leg',
      'legs', 'forearm', 'cheek', 'forehead', 'chin', 'perineum', 'anus', 'rectum',
    ], 'body', BODY, 'A part of the body: with a person or a finding, the picture shows a patient\'s body.'),
    ...many([
      'back', 'hand', 'hands', 'head', 'face', 'arm', 'arms', 'chest', 'bottom', 'side', 'hip', 'hips', 'lower back',
    ], 'body', BODY, 'A part of the body whose word also has everyday senses ("call her back"): counts only beside a finding.', 0.5),
    ...many([
      'little one', 'toddler', 'toddler\'s', 'baby', 'baby\'s', 'infant', 'child', 'child\'s', 'kid', 'kid\'s', 'boy', 'boy\'s', 'girl',
      'girl\'s', 'newborn', 'neonate', 'his', 'her', 'their', 'lady\'s', 'man\'s', 'woman\'s', 'gentleman\'s', 'chap\'s', 'bloke\'s',
      'guy\'s', 'patient\'s', 'pt\'s', 'he\'s', 'she\'s', 'him', 'mum\'s', 'dad\'s', 'grandad\'s', 'nan\'s', 'he', 'she',
    ], 'person', ED, 'A person, often described the way a clinician describes someone in their care.'),
    ...many([
      'poster', 'posters', 'leaflet', 'leaflets', 'flyer', 'flyers', 'infographic', 'infographics', 'cartoon', 'cartoons', 'meme',
      'diagram', 'diagrams', 'graph', 'graphs', 'slide deck', 'powerpoint', 'page', 'pages', 'chapter', 'handbook', 
      'article', 'logo', 'banner', 'signage', 'certificate', 'award', 'trophy', 'cake', 'cakes', 'garden', 'building', 'new extension',
      'team photo', 'staff photo', 'group photo', 'selfie', 'jumper', 'jumpers', 'bake sale', 'coffee morning', 'card', 'flowers',
      'thank you card', 'waiting room display', 'noticeboard', 'notice board', 'display board', 'timetable', 'opening hours',
      'menu', 'machine', 'machines', 'equipment', 'now offering', 'now offer', 'new service', 'sunset', 'sunrise', 'landscape', 'my dog', 'my cat', 'the dog', 'the cat', 'pages of',
    ], 'object', ED, 'The picture is described as a thing or a scene, not a person or a record.'),
    ...many([
      'awareness', 'charity', 'charities', 'fundraising', 'fundraiser', 'sponsor', 'sponsored', 'donate', 'raised money', 'we raised', 'raising money', 'raising funds', 'raised over', 'donated',
      'donations', 'appeal', 'campaign', 'research uk', 'society', 'trust fund', 'fun run', 'marathon', '10k', 'half marathon',
      'sponsored walk', 'memory walk', 'relay', 'bake off', 'study day', 'conference', 'training day',
      'training session', 'webinar', 'lecture', 'event', 'stall', 'exhibition',
    ], 'campaign', ED, 'A charity, awareness or fundraising setting: disease names here are causes, not patients.'),
  ],
});

/** Attachment kinds and file-name endings that are pictures or video (EXIF-bearing formats first). */
export const IMAGE_KINDS = new Set(['image', 'photo', 'picture', 'screenshot', 'scan', 'video', 'gif']);
export const IMAGE_EXTENSIONS = new Set([
  'jpg', 'jpeg', 'jpe', 'jfif', 'png', 'heic', 'heif', 'avif', 'tif', 'tiff', 'webp', 'gif', 'bmp', 'dng', 'raw', 'cr2', 'nef', 'arw',
  'mp4', 'mov', 'm4v', 'avi', 'webm', '3gp', 'mkv',
]);
export const VIDEO_EXTENSIONS = new Set(['mp4', 'mov', 'm4v', 'avi', 'webm', '3gp', 'mkv']);

/** Metadata fields (other than hasLocation) that carry where a picture was taken. */
export const LOCATION_FIELDS = [
  'gps', 'GPSLatitude', 'GPSLongitude', 'latitude', 'longitude', 'lat', 'lon', 'lng', 'location', 'geo', 'geolocation', 'coordinates',
] as const;

export { GMC as RECORDING_GUIDANCE_SOURCE };
