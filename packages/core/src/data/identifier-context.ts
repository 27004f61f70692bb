import { defineLexicon, type LexiconEntry, many } from '../text/lexicon.js';

/**
 * Context words for identifiers, in the manner of Presidio's context words: a number, date or name
 * is an identifier when the words around it say so ("NHS no", "DOB", "lives in", "my patient"), and
 * is something else when they say that ("order ref", "invoice", "book on", "our practice manager").
 *
 * Tags (read by analysis/identifiers.ts):
 *   nhs            labels an NHS number
 *   dob            labels a date of birth
 *   mrn            labels a hospital / medical record number
 *   ni             labels a National Insurance number
 *   email          labels an email address
 *   phone          labels a phone number
 *   personal-phone a phone number belonging to a person ("her mobile")
 *   residence      says where someone lives (before an address or postcode)
 *   home-visit     a home visit: the address or postcode after it is a patient's home
 *   not-nhs        a reference that is not a person's: order, invoice, tracking, booking…
 *   organisation   a number, address or email belonging to the practice or a service
 *   name-cue       introduces a person by name ("my patient Jane", "pt called…", "your neighbour…")
 *   name-verb      an action on a person named next ("ring back Priya Sandhu")
 *   salutation     greets the person the message is written to ("Dear Mrs Novak")
 *   colleague      a role in a team or organisation: a name beside it is a colleague's, not a patient's
 */

const PRESIDIO = 'Microsoft Presidio context-word approach (presidio-analyzer LemmaContextAwareEnhancer), our UK wording';
const NHSDD = 'NHS Data Dictionary: NHS Number, Person Birth Date, Local Patient Identifier';
const HMRC = 'HMRC National Insurance Manual NIM39110 (format of NI numbers)';
const UK = 'common UK usage';
const ED = 'Pause editorial';

/** One entry a phrase: a phrase listed under several tags keeps them all (and the first source and note). */
function merged(...lists: LexiconEntry[][]): LexiconEntry[] {
  const byPhrase = new Map<string, LexiconEntry>();
  for (const e of lists.flat()) {
    const seen = byPhrase.get(e.phrase);
    if (!seen) byPhrase.set(e.phrase, e);
    else byPhrase.set(e.phrase, { ...seen, tags: [...new Set([...(seen.tags ?? []), ...(e.tags ?? [])])] });
  }
  return [...byPhrase.values()];
}

export default defineLexicon({
  id: 'identifier-context',
  description: 'Context words that make a number or date an identifier (DOB, NHS no, born, lives at).',
  entries: merged(
    many(['nhs', 'nhs no', 'nhs number', 'nhs num', 'nhs nbr', 'nhsno', 'nhs id', 'nhs numbers'], ['nhs'], NHSDD,
      'Labels the 10-digit NHS Number that identifies a patient in England and Wales.'),
    many(['dob', 'd o b', 'date of birth', 'birth date', 'birthdate', 'born', 'born on', 'dob is', 'date of birth is'], ['dob'], NHSDD,
      'Labels a date as the person\'s date of birth.'),
    many(['mrn', 'hospital no', 'hospital number', 'hospital num', 'hosp no', 'hosp number', 'hosp num', 'unit no', 'unit number',
      'hospital id', 'patient id', 'pas no', 'pas number', 'rxx', 'medical record number', 'case note number', 'casenote number', 'k number'],
    ['mrn'], NHSDD, 'Labels a hospital or trust patient number (Local Patient Identifier).'),
    many(['ni', 'ni no', 'ni number', 'nino', 'nin', 'national insurance', 'national insurance number', 'national insurance no'], ['ni'], HMRC,
      'Labels a National Insurance number.'),
    many(['email', 'e mail', 'email address', 'emailed', 'emails', 'address'], ['email'], PRESIDIO, 'Labels an email address.'),
    many(['phone', 'phone number', 'tel', 'telephone', 'mobile', 'mob', 'mobile number', 'landline', 'contact number', 'number', 'ring', 'ring back',
      'call back', 'text', 'whatsapp'], ['phone'], PRESIDIO, 'Labels a phone number.'),
    many(['her number', 'his number', 'their number', 'her mobile', 'his mobile', 'their mobile', 'her phone', 'his phone', 'their phone',
      "patient's number", "patient's mobile", "patient's phone", 'her landline', 'his landline', 'ring her', 'ring him', 'call her', 'call him',
      'text her', 'text him', 'ring back', 'call back', 'ring them back', 'call them back',
      // "mob" is the everyday UK short form of mobile in texts and group chats.
      'her mob', 'his mob', 'their mob', 'her mob no', 'his mob no', 'her mobile number', 'his mobile number'],
    ['personal-phone'], ED, 'A phone number that belongs to a person, not to a service.'),
    many(['lives in', 'lives at', 'living in', 'living at', 'lived at', 'resides', 'resides at', 'home address', 'address', 'postcode', 'post code',
      'lives on', 'moved to'], ['residence'], PRESIDIO, 'Says where a person lives.'),
    many(['home visit on', 'home visit to', 'home visit at', 'house call on', 'house call to', 'house call at'],
      ['residence', 'home-visit'], ED, 'A home visit names where the patient lives: the street or postcode after it is their home.'),
    many(['order', 'order no', 'order number', 'ref', 'ref no', 'reference', 'invoice', 'tracking', 'tracking number', 'account', 'account number',
      'acc', 'booking', 'booking ref', 'serial', 'serial number', 'transaction', 'ticket', 'policy', 'po', 'purchase order', 'customer', 'parcel',
      'isbn', 'sort code', 'claim', 'membership', 'voucher', 'receipt', 'confirmation', 'licence', 'license', 'case number', 'job number',
      'consignment', 'delivery', 'dispatched', 'shipment', 'code', 'pin', 'barcode', 'batch', 'lot', 'model', 'part number', 'vat', 'company number',
      'charity number', 'registered charity', 'crn', 'utr', 'payroll', 'employee number', 'staff number', 'gmc number', 'gmc no', 'nmc pin',
      // An example of the format in a public explainer ("it looks like 943 476 5919"), not a patient's number.
      'looks like', 'look like', 'such as', 'for example', 'for instance', 'e g', 'eg', 'example', 'an example', 'format', 'in the format'],
    ['not-nhs'], ED, 'Says a number is a reference for a thing, an organisation or a member of staff, not a patient\'s NHS number.'),
    many(['practice', 'surgery', 'medical centre', 'health centre', 'helpline', 'reception', 'call us', 'ring us', 'contact us', 'book on',
      'book via', 'book', 'booking line', 'switchboard', 'office', 'pharmacy', 'practice mobile', 'practice phone', 'practice number', 'our number',
      'our phone', 'our mobile', 'our email', 'our address', 'find us', 'visit us', 'email us', 'write to us', 'main number', 'main line',
      'phone lines', 'freephone', 'free helpline', 'hotline', 'enquiries', 'appointments line', 'the number stays', 'practice manager on'],
    ['organisation'], ED, 'A number, address or email that belongs to the practice or a service, published on purpose.'),
    many(['patient', 'pt', 'my patient', 'our patient', 'a patient', 'the patient', 'patient called', 'patient named', 'pt called', 'pt named',
      'patient name', "patient's name", 'called', 'named', 'name is', "name's", 'known as', 'neighbour', 'client', 'service user', 'resident',
      'son', 'daughter', 'wife', 'husband', 'mum', 'dad', 'mother', 'father', 'grandson', 'granddaughter', 'grandmother', 'grandfather',
      'nan', 'gran', 'grandad', 'brother', 'uncle', 'aunt', 'cousin', 'partner', 'girlfriend', 'boyfriend', 'fiance', 'fiancee', 'carer', 'baby',
      'this is'],
    ['name-cue'], ED, 'Introduces a person by name; with clinical content nearby, a patient or someone close to one.'),
    many(['ring', 'ring back', 'call', 'call back', 'phone', 'text', 'see', 'saw', 'seen', 'visit', 'visited', 'review', 'reviewed', 'refer',
      'referred', 'admit', 'admitted', 'discharge', 'discharged', 'examine', 'examined', 'treat', 'treated', 'chase', 'book in', 'fit in',
      'squeeze in', 're'],
    ['name-verb'], ED, 'An action taken about the person named straight after it.'),
    many(['dear', 'hi', 'hello', 'hey', 'morning', 'good morning', 'afternoon', 'good afternoon', 'evening', 'good evening', 'thanks', 'thank you',
      'cheers', 'welcome', 'congratulations', 'congrats', 'happy birthday to', 'well done'],
    ['salutation'], UK, 'Greets or thanks the person named next, who is the reader or is being acknowledged, not discussed.'),
    many(['chair', 'chairperson', 'chairman', 'chairwoman', 'consultant', 'registrar', 'nurse', 'practice nurse', 'receptionist', 'manager',
      'practice manager', 'partner', 'senior partner', 'colleague', 'locum', 'gp', 'surgeon', 'trainee', 'pharmacist', 'secretary', 'treasurer',
      'trustee', 'volunteer', 'councillor', 'mp', 'mayor', 'director', 'lead', 'student', 'midwife', 'health visitor', 'physio', 'paramedic',
      'speaker', 'author', 'founder', 'coordinator', 'administrator', 'member of staff', 'team', 'ppg', 'participation group', 'committee', 'board',
      'prescriber', 'nurse prescriber', 'anaesthetist', 'radiologist', 'cardiologist', 'dermatologist', 'psychiatrist', 'paediatrician',
      'oncologist', 'physician', 'doctor', 'dentist', 'optometrist', 'hca', 'healthcare assistant', 'care coordinator', 'social prescriber',
      'health care assistant', 'ceo', 'chief executive', 'governor', 'head', 'headteacher', 'vicar', 'reverend', 'minister', 'secretary of state',
      'journalist', 'reporter', 'editor', 'professor', 'lecturer', 'tutor', 'trainer', 'supervisor', 'appraiser', 'deputy', 'assistant',
      'officer', 'inspector', 'commissioner', 'our new', 'joins us', 'joined us', 'retires', 'retiring', 'qualified'],
    ['colleague'], UK, 'A role in a team or organisation: a name beside it belongs to a colleague or public figure, not a patient.'),
  ),
});
