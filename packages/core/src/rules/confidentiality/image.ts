import type { Analysis } from '../../analysis/analyse.js';
import { IMAGE_CUES, IMAGE_EXTENSIONS, IMAGE_KINDS, LOCATION_FIELDS, VIDEO_EXTENSIONS } from '../../data/image-cues.js';
import { defineRule } from '../../rule.js';
import { PhraseMatcher, type LexiconHit } from '../../text/matcher.js';
import { normalise } from '../../text/normalise.js';
import { tokenise, type Token } from '../../text/tokens.js';
import type { Attachment, Draft, Suggestion } from '../../types.js';

/*
 * confidentiality.image: a picture attached to a draft that may show a patient, their body, their
 * investigation or their record, or that carries the place it was taken.
 *
 * The engine never sees the picture. It judges what the edge (CLI, web app, extension) says about it
 * (kind, file name, hasLocation from the EXIF GPS block) and how the draft talks about it: a finding
 * ("rash", "keloid", a toddler's ear), an image test ("X-ray", "ECG"), a case ("guess the diagnosis"),
 * a patient, a clinical record on a screen ("my appointment screen", a screenshot of EMIS). A picture
 * described as a thing (a poster, an infographic, a cake) or set in a fundraising or awareness post
 * stays clean unless the words tie it to a particular patient's body. Location metadata is flagged
 * whatever the post is about: it can reveal a patient's home on a visit, or the author's own.
 *
 * The cue words live in data/image-cues.ts; this file compiles them into one matcher at load and runs
 * it only on drafts that carry a picture, so text-only drafts cost nothing.
 */

const MATCHER = new PhraseMatcher([IMAGE_CUES]);

/** Clinical-lexicon words that name public campaigns or causes more often than a patient's problem. */
const CAUSE_WORDS = new Set([
  'flu',
  'influenza',
  'covid',
  'long covid',
  'death',
  'died',
  'dying',
  'passed away',
  'condition',
  'illness',
  'disease',
  'falls',
  'fall',
  'terminal',
  'screening',
  'screening scan',
  'result',
  'results',
  'test results',
  'temperature',
  'cancer*',
  'dementia',
  'alzheimer*',
  'diabet*',
  'autism',
  'adhd',
  'stroke',
  'heart attack',
  'obesity',
  'obese',
  'depression',
  'anxiety',
  'suicid*',
  'pregnan*',
  'menopaus*',
  'symptom*',
  'unwell',
  'poorly',
  'bp',
  'blood pressure',
  'cholesterol',
  'bmi',
]);
const MEDIUM_TAGS = new Set(['condition', 'symptom', 'test']);
/** Patient words used for patients in general or for a group, not one person in a picture. */
const GENERIC_PATIENT = new Set([
  'patients',
  "patients'",
  'our patients',
  'my patients',
  'pts',
  'punter',
  'punters',
  'regulars',
  'service users',
  'attenders',
  'frequent attenders',
  'dna',
  'dnas',
  'did not attend',
  'sick note',
  'fit note',
  'turned up',
  'walked in',
  'rolled in',
  'service user',
]);
/** "Patient Participation Group", "patient survey": the word names a body or a document, not a person. */
const PATIENT_COMPOUND = new Set([
  'participation',
  'group',
  'groups',
  'forum',
  'panel',
  'representative',
  'representatives',
  'survey',
  'surveys',
  'feedback',
  'information',
  'leaflet',
  'leaflets',
  'experience',
  'safety',
  'access',
  'voice',
  'charter',
  'portal',
  'app',
  'day',
  'week',
]);
const SELF = new Set(['my', 'mine', 'own', 'myself', 'selfie']);
const PATIENT_TOKENS = new Set(['patient', "patient's", 'pt', "pt's", 'patients', "patients'"]);
const POSSESSIVE = new Set(['his', 'her', 'their']);
const CHILD = new Set([
  'little one',
  'toddler',
  "toddler's",
  'baby',
  "baby's",
  'infant',
  'child',
  "child's",
  'kid',
  "kid's",
  'boy',
  "boy's",
  'girl',
  "girl's",
  'newborn',
  'neonate',
]);
const AGE_UNITS = new Set([
  'yo',
  'yr',
  'yrs',
  'year',
  'years',
  'month',
  'months',
  'week',
  'weeks',
  'day',
  'days',
  'mo',
  'mth',
  'mths',
]);
const SCREENSHOT_NAME =
  /screen[\s_.-]?shot|screen[\s_.-]?(?:grab|capture|recording)|scrn[\s_.-]?shot|snip(?:ping)?[\s_.-]|^capture[\s_.-]/i;

type Visual = 'photo' | 'image' | 'screenshot' | 'video';

/** How many tokens after "photo of" a record word may stand ("photo of the letter we got today from…"). */
const CAPTURE_REACH = 5;

interface Picture {
  readonly attachment: Attachment;
  readonly visual: Visual;
  readonly name?: string;
  readonly location: boolean;
  readonly hits: readonly LexiconHit[];
}

/** The file's extension, lower case, without the dot. */
function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** The last part of a path (an edge may pass a full path; only the name is ever shown). */
function baseName(name: string): string {
  const cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
  return cut < 0 ? name : name.slice(cut + 1);
}

function visualOf(a: Attachment): Visual | undefined {
  const kind = a.kind.trim().toLowerCase();
  const name = typeof a.name === 'string' ? baseName(a.name) : '';
  const ext = extensionOf(name);
  if (
    kind === 'screenshot' ||
    (name !== '' && SCREENSHOT_NAME.test(name) && (IMAGE_KINDS.has(kind) || IMAGE_EXTENSIONS.has(ext)))
  )
    return 'screenshot';
  if (kind === 'video' || VIDEO_EXTENSIONS.has(ext)) return 'video';
  if (kind === 'photo') return 'photo';
  if (IMAGE_KINDS.has(kind) || IMAGE_EXTENSIONS.has(ext)) return ext === 'png' || ext === 'gif' ? 'image' : 'photo';
  return undefined;
}

/** Whether the edge says the picture carries where it was taken. */
function hasLocation(a: Attachment): boolean {
  if (a.hasLocation === true) return true;
  if (a.hasLocation === false) return false;
  for (const f of LOCATION_FIELDS) {
    const v = a[f];
    if (v === undefined || v === null || v === false || v === '') continue;
    if (typeof v === 'number' && !Number.isFinite(v)) continue;
    return true;
  }
  return false;
}

/** File names split into words: "IMG_4471.jpg" → "IMG 4471", "ShinRash-2.png" → "Shin Rash 2". */
function nameTokens(name: string): readonly Token[] {
  const stem = name
    .replace(/\.[A-Za-z0-9]{1,5}$/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_.+~-]+/g, ' ');
  return tokenise(normalise(stem));
}

function pictures(draft: Draft): Picture[] {
  const out: Picture[] = [];
  for (const attachment of draft.attachments) {
    const visual = visualOf(attachment);
    if (!visual) continue;
    const name =
      typeof attachment.name === 'string' && attachment.name.trim() !== ''
        ? baseName(attachment.name.trim())
        : undefined;
    out.push({
      attachment,
      visual,
      location: hasLocation(attachment),
      hits: name === undefined ? [] : MATCHER.match(nameTokens(name)),
      ...(name === undefined ? {} : { name }),
    });
  }
  return out;
}

const tagOf = (h: LexiconHit, tag: string) => h.entry.tags?.includes(tag) === true;
const strong = (h: LexiconHit) => (h.entry.weight ?? 1) >= 1;

/** "my rash", "my own X-ray", "my son's mole": the author's own or their family's, not a patient's. */
function isOwn(a: Analysis, h: LexiconHit): boolean {
  for (let j = h.tokenStart - 1; j >= 0 && j >= h.tokenStart - 3; j--) {
    const t = a.tokens[j] as Token;
    if (PATIENT_TOKENS.has(t.norm)) return false;
    if (SELF.has(t.norm)) return true;
  }
  return false;
}

/** A body part owned by a person: "a toddler's ear", "his left shin", "the patient's back". */
function isPersonsBody(a: Analysis, h: LexiconHit): boolean {
  for (let j = h.tokenStart - 1; j >= 0 && j >= h.tokenStart - 2; j--) {
    const n = (a.tokens[j] as Token).norm;
    if (
      POSSESSIVE.has(n) ||
      (n.endsWith("'s") &&
        n !== "it's" &&
        n !== "that's" &&
        n !== "what's" &&
        n !== "there's" &&
        n !== "here's" &&
        n !== "let's")
    ) {
      return !SELF.has(n);
    }
  }
  return false;
}

/**
 * The first record word standing just after a word that names the picture ("photo of" ... "med chart"),
 * in its sentence. Both lists are in text order, so one pass over each keeps a long draft linear.
 */
function recordCaptured(
  a: Analysis,
  captures: readonly LexiconHit[],
  records: readonly LexiconHit[],
): LexiconHit | undefined {
  const byStart = (x: LexiconHit, y: LexiconHit) => x.tokenStart - y.tokenStart;
  const rs = [...records].sort(byStart);
  let r = 0;
  for (const c of [...captures].sort(byStart)) {
    while (r < rs.length && (rs[r] as LexiconHit).tokenStart < c.tokenEnd) r++;
    const next = rs[r];
    if (!next) return undefined;
    if (next.tokenStart - c.tokenEnd <= CAPTURE_REACH && a.sentenceAt(next.start) === a.sentenceAt(c.start))
      return next;
  }
  return undefined;
}

/** A body part or finding named with "this" or "these": one in the picture ("this toenail"). */
function pointedAt(a: Analysis, h: LexiconHit): boolean {
  const before = a.tokens[h.tokenStart - 1]?.norm;
  return before === 'this' || before === 'these';
}

/** A particular patient: "my patient", "the lady in bed 4", "Patient: …", not "our patients" or "Patient Participation Group". */
function particularPatients(a: Analysis): LexiconHit[] {
  return a.hits('patient-ref').filter((h) => {
    if (GENERIC_PATIENT.has(h.entry.phrase)) return false;
    const next = a.tokens[h.tokenEnd];
    return !(next && PATIENT_COMPOUND.has(next.norm));
  });
}

/** A person described by age ("4yo", "34 year old", "little one, 4") or as a child. */
function describesAge(a: Analysis, hits: readonly LexiconHit[]): boolean {
  for (const h of hits) if (tagOf(h, 'person') && CHILD.has(h.entry.phrase)) return true;
  const tokens = a.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'number' && !/^\d{1,3}(?:yo|y|m|f|yrs?|mo)$/.test(t.norm)) continue;
    if (t.kind !== 'number') return true;
    const next = tokens[i + 1];
    if (next && AGE_UNITS.has(next.norm) && (next.norm === 'yo' || tokens[i + 2]?.norm === 'old')) return true;
  }
  return false;
}

/** Hits with those inside a longer one dropped ("leg ulcer" keeps, "ulcer" goes), in one pass. */
function longest(hits: readonly LexiconHit[]): LexiconHit[] {
  const sorted = [...hits].sort((x, y) => x.tokenStart - y.tokenStart || y.tokenEnd - x.tokenEnd);
  const out: LexiconHit[] = [];
  let reach = -1;
  for (const h of sorted) {
    if (h.tokenEnd <= reach) continue;
    out.push(h);
    reach = h.tokenEnd;
  }
  return out;
}

interface Finding {
  kind: 'record' | 'clinical';
  cue: string;
  confidence: number;
  why: string[];
}

function quote(a: Analysis, h: LexiconHit): string {
  return `"${a.text.slice(h.start, h.end)}"`;
}

/** What the words and names say the pictures show, or undefined when nothing ties them to care. */
function judge(a: Analysis, pics: readonly Picture[]): Finding | undefined {
  const text = MATCHER.match(a.tokens);
  const named = (tag: string) => pics.flatMap((p) => p.hits.filter((h) => tagOf(h, tag)).map((h) => ({ h, p })));
  const inText = (tag: string) => text.filter((h) => tagOf(h, tag));
  const nameCue = (x: { h: LexiconHit; p: Picture }) => `the file name "${x.p.name ?? ''}"`;

  const screenshot = pics.find((p) => p.visual === 'screenshot');
  const screen = inText('screen');
  const screenNamed = named('screen');
  const records = inText('record');
  const recordsNamed = named('record');
  const strongRecord = records.find(strong) ?? recordsNamed.find((x) => strong(x.h))?.h;
  const anyRecord = records[0] ?? recordsNamed[0]?.h;
  const onScreen = screenshot !== undefined || screen.length > 0 || screenNamed.length > 0;
  // "photo of the med chart", "screenshot of the task": the words say the picture is of a record.
  const captured = recordCaptured(a, inText('capture'), records);

  const suppressors = [
    ...inText('object'),
    ...inText('campaign'),
    ...named('object').map((x) => x.h),
    ...named('campaign').map((x) => x.h),
  ];
  // 1. A clinical system or record on a screen: never share, whatever else the post says. A word such
  // as "results" or "list" needs the draft to be about care as well ("bake sale results" is not).
  const careTalk = a.hits('clinical').length > 0 || a.hits('patient-ref').length > 0;
  if (captured && suppressors.length === 0) {
    const where = quote(a, captured);
    return {
      kind: 'record',
      cue: where,
      confidence: 0.85,
      why: ['the words say the picture is of a record', `clinical record cue: ${where}`],
    };
  }
  if (onScreen && anyRecord && (strongRecord || (careTalk && suppressors.length === 0))) {
    const where = records.includes(anyRecord)
      ? quote(a, anyRecord)
      : nameCue({ h: anyRecord, p: pics.find((p) => p.hits.includes(anyRecord)) as Picture });
    return {
      kind: 'record',
      cue: where,
      confidence: strongRecord ? 0.9 : 0.8,
      why: [
        screenshot
          ? `a screenshot is attached${screenshot.name ? ` (${screenshot.name})` : ''}`
          : 'the picture shows a screen',
        `clinical record cue: ${where}`,
      ],
    };
  }

  // The author's own (or their family's) picture: "my X-ray", "my son's rash". Everything clinical in
  // that sentence is theirs.
  const ownSentences = new Set<number>();
  for (const h of text)
    if ((tagOf(h, 'finding') || tagOf(h, 'imaging') || tagOf(h, 'body')) && isOwn(a, h))
      ownSentences.add(a.sentenceAt(h.start));
  const own = (h: LexiconHit) => ownSentences.has(a.sentenceAt(h.start));
  // Overlapping phrases ("leg ulcer", "ulcer") count once: the longest, first in the text.
  const visibleText = longest(
    text.filter((h) => (tagOf(h, 'finding') || tagOf(h, 'imaging') || tagOf(h, 'case')) && !own(h)),
  );
  const covered = new Set<number>();
  for (const h of visibleText) for (let t = h.tokenStart; t < h.tokenEnd; t++) covered.add(t);
  const visibleNamed = [...named('finding'), ...named('imaging'), ...named('case')];
  const aged = describesAge(a, text);
  const pointed = inText('ask').length > 0 || inText('look').length > 0 || aged;
  // A body part that belongs to someone ("a toddler's ear"), or beside an age and a question
  // ("Tongue of a 3 year old, what do you reckon?").
  // Or pointed at in the picture: "look at the state of this toenail".
  const bodies = inText('body').filter(
    (h) => strong(h) && !own(h) && (isPersonsBody(a, h) || (pointed && (aged || pointedAt(a, h)))),
  );
  const bodyNamed = named('body').filter((x) => strong(x.h));
  const patients = particularPatients(a);
  const patientNamed =
    pics.some((p) => p.hits.length > 0) &&
    pics.some((p) => p.name !== undefined && /(?:^|[^a-z])(?:patient|pt)(?:[^a-z]|$)/i.test(p.name));
  const medium = a
    .hits('clinical')
    .filter(
      (h) =>
        h.entry.tags?.some((t) => MEDIUM_TAGS.has(t)) &&
        !CAUSE_WORDS.has(h.entry.phrase) &&
        !own(h) &&
        !covered.has(h.tokenStart),
    );

  const why: string[] = [];
  let cue: string | undefined;
  let confidence = 0;
  const note = (c: string, w: string, conf: number) => {
    cue ??= c;
    if (!why.includes(w)) why.push(w);
    confidence = Math.max(confidence, conf);
  };
  for (const h of visibleText.slice(0, 2)) note(quote(a, h), `clinical picture cue: ${quote(a, h)}`, 0.85);
  for (const x of visibleNamed.slice(0, 1)) note(nameCue(x), `clinical word in ${nameCue(x)}`, 0.85);
  for (const h of bodies.slice(0, 1)) note(quote(a, h), `a person's body: ${quote(a, h)}`, 0.8);
  if (patients.length > 0)
    note(quote(a, patients[0] as LexiconHit), `a particular patient: ${quote(a, patients[0] as LexiconHit)}`, 0.8);
  else if (patientNamed) note('the file name', 'the file name names a patient', 0.8);
  if (bodyNamed.length > 0 && (visibleText.length > 0 || patients.length > 0))
    note(
      nameCue(bodyNamed[0] as { h: LexiconHit; p: Picture }),
      `body part in ${nameCue(bodyNamed[0] as { h: LexiconHit; p: Picture })}`,
      0.8,
    );
  if (medium.length > 0 && (pointed || why.length > 0))
    note(
      quote(a, medium[0] as LexiconHit),
      `clinical words with the picture: ${quote(a, medium[0] as LexiconHit)}`,
      why.length > 0 ? confidence : 0.6,
    );
  if (screenshot && why.length > 0)
    why.unshift(`a screenshot is attached${screenshot.name ? ` (${screenshot.name})` : ''}`);
  if (cue === undefined && strongRecord) {
    const c = quote(a, strongRecord);
    note(c, `clinical record cue: ${c}`, 0.75);
    if (suppressors.length > 0) return undefined;
    return { kind: 'record', cue: c, confidence, why };
  }
  if (cue === undefined) return undefined;

  // A poster, an infographic, a cake or a fundraising photo: clinical words there name a topic or a
  // cause. Only a particular patient's finding or body overrides that.
  if (suppressors.length > 0) {
    const tied = bodies.length > 0 || (patients.length > 0 && (visibleText.length > 0 || visibleNamed.length > 0));
    if (!tied) return undefined;
  }
  return { kind: 'clinical', cue, confidence, why };
}

function describe(pics: readonly Picture[]): string {
  const p = pics[0] as Picture;
  const noun =
    p.visual === 'video'
      ? 'video'
      : p.visual === 'screenshot'
        ? 'screenshot'
        : p.visual === 'photo'
          ? 'photo'
          : 'image';
  const more = pics.length > 1 ? ` (and ${pics.length - 1} more)` : '';
  return p.name ? `the ${noun} "${p.name}"${more}` : `the attached ${noun}${more}`;
}

const CONSENT =
  "Share a clinical picture only with the patient's explicit consent, recorded in their notes, and for a clear purpose; for a colleague's opinion use a secure clinical route (Advice and Guidance, a referral, an approved NHS messaging tool) rather than social media or a personal chat app.";
const DEIDENTIFY =
  'Crop to what matters and remove anything that could identify the patient: face, tattoos, jewellery, name bands, paperwork, screens and dates in the frame.';
const LOCATION =
  'Strip the location before sending: most phones offer "remove location" when sharing (or turn off location tagging in the camera\'s settings), or export a copy without its metadata.';
const RECORDS =
  'Never photograph or screenshot a clinical system, record or result to share it: say what you need to say in words, with nothing that identifies a patient.';

export default defineRule({
  id: 'confidentiality.image',
  category: 'confidentiality',
  severity: 'caution',
  guidance: 'Confidentiality',
  readers: ['patient', 'gmc'],
  description:
    'An attached image in a clinical context (a patient, a finding, an image test, a record on a screen), or one carrying location metadata.',
  rationale:
    'The Confidentiality section of "The pitfalls of social media usage and how to avoid them" (Londonwide LMCs) warns that patients can be recognised from what is shared, and a picture says far more than words: a face, a tattoo, a name band, a screen in the background, or the GPS position of a home visit stored in the file. ' +
    'Pictures are saved, forwarded and re-posted, and the GMC treats any photo of a patient or their record as a recording that needs their consent and a clinical purpose. ' +
    'The patient would object first, and the GMC would ask who consented. ' +
    'The rule judges what the edge reports about the file (its kind, name and location data) and how the draft describes it; a poster, a cake or a charity photo stays clean.',
  examples: {
    flagged: [
      {
        text: 'What do we think of this rash? Started yesterday, otherwise well.',
        channel: 'group-chat',
        platform: 'whatsapp',
        attachments: [{ kind: 'image', name: 'IMG_2291.jpg' }],
      },
      {
        text: 'Busy Monday! This is my appointment screen at 8.30 😅',
        platform: 'instagram',
        attachments: [{ kind: 'image', name: 'IMG_0930.jpg' }],
      },
      {
        text: 'Lovely afternoon at the practice summer fete!',
        platform: 'facebook',
        attachments: [{ kind: 'image', name: 'fete.jpg', hasLocation: true }],
      },
    ],
    clean: [
      {
        text: 'Our flu clinic poster is up in reception: dates and times are on it.',
        platform: 'facebook',
        attachments: [{ kind: 'image', name: 'flu-poster.png' }],
      },
      {
        text: 'The PPG have planted up the surgery garden. Come and see it!',
        platform: 'x',
        attachments: [{ kind: 'image', name: 'garden.jpg', hasLocation: false }],
      },
      'What do we think of this rash? Started yesterday, otherwise well.',
    ],
  },
  detect({ draft, analysis }) {
    if (draft.attachments.length === 0) return [];
    const pics = pictures(draft);
    if (pics.length === 0) return [];
    const located = pics.filter((p) => p.location);
    const found = judge(analysis, pics);
    if (!found && located.length === 0) return [];

    const subject = describe(found ? pics : located);
    const locNoun = describe(located.length > 0 ? located : pics);
    const locWhy = located.map((p) => `location data in ${p.name ? `"${p.name}"` : 'the picture'}`);
    const suggestions: Suggestion[] = [];
    let message: string;
    let confidence: number;
    let why: string[];
    if (found?.kind === 'record') {
      message =
        `Reconsider attaching ${subject}: the draft points to a clinical system or record (${found.cue}). ` +
        "A picture of a screen, list or record shows patients' names and details beyond the part you mean, which a patient or the GMC would see as a breach of confidentiality (guidance: Confidentiality). " +
        'Take the picture off and say what you need in words.';
      suggestions.push({ kind: 'advice', text: RECORDS });
      confidence = found.confidence;
      why = found.why;
    } else if (found) {
      message =
        `Reconsider attaching ${subject}: the draft presents it as clinical (${found.cue}), so it may show a patient, part of their body or their test. ` +
        'A patient can be recognised from a picture and its background, and a patient or the GMC would ask whether they consented (guidance: Confidentiality). ' +
        'Share it only with recorded consent, through a secure clinical route, with anything identifying cropped out.';
      suggestions.push({ kind: 'advice', text: CONSENT }, { kind: 'advice', text: DEIDENTIFY });
      confidence = found.confidence;
      why = found.why;
    } else {
      message =
        `Reconsider sending ${locNoun} as it is: the file carries GPS location data, so whoever saves it can see where it was taken, which could be a patient's home on a visit or your own (guidance: Confidentiality). ` +
        'Remove the location before sending.';
      confidence = 0.75;
      why = [];
    }
    if (located.length > 0) {
      if (found) message += ` It also carries GPS location data: remove that too.`;
      suggestions.push({ kind: 'advice', text: LOCATION });
      why = [...why, ...locWhy];
      confidence = Math.max(confidence, 0.75);
    }
    return [{ message, confidence, why, suggestions }];
  },
});
