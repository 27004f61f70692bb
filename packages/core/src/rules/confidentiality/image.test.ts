import { describe, expect, it } from 'vitest';
import { findingsOf, testRule } from '../../../test/rule-tester.js';
import { createChecker } from '../../checker.js';
import type { Attachment, Draft } from '../../types.js';
import rule from './image.js';

type Input = Partial<Draft> & { text: string };
const photo = (
  text: string,
  name = 'IMG_5521.jpg',
  extra: Partial<Attachment> = {},
  more: Partial<Input> = {},
): Input => ({
  text,
  platform: 'x',
  attachments: [{ kind: 'image', name, ...extra }],
  ...more,
});
const chat = (text: string, name = 'IMG_0412.jpg'): Input =>
  photo(text, name, {}, { channel: 'group-chat', platform: 'whatsapp' });

testRule(rule, {
  clean: [
    {
      draft: photo('Photo of the cake rota for next month, sign up in the kitchen 🎂'),
      name: '"photo of" a list that is no record',
    },
    {
      draft: photo('Look at this beauty of a sunset on the way home from visits 🌅'),
      name: 'pointing at a picture with no body part in it',
    },
    {
      draft: photo('New whiteboard in the staff room for the cake rota 🎂'),
      name: 'a whiteboard with nothing clinical on it',
    },
    {
      draft: photo('Our new minor ops room is finished! Ready for patients from Monday 🎉'),
      name: 'an empty treatment room',
    },
    {
      draft: photo('Acne awareness month: our poster is up in reception', 'poster.png'),
      name: 'a skin condition named on a poster',
    },
    { draft: 'What do you think of this rash? Started on Sunday.', name: 'text only: no attachment' },
    {
      draft: photo('Our flu clinic poster is up by the front door: all the dates are on it.', 'flu-clinic-poster.png'),
      name: 'a poster',
    },
    {
      draft: photo('Staff summer garden party in the sunshine, thank you all!', 'garden-party.jpg'),
      name: 'garden party',
    },
    {
      draft: photo("Our PPG made this cake for the surgery's 40th birthday 🎂", 'ppg-cake.jpg'),
      name: 'PPG cake (patient group, not a patient)',
    },
    {
      draft: photo('Thank you to the patient who brought us these flowers 💐'),
      name: 'a gift from a patient: a thing, not a person',
    },
    {
      draft: photo('Skin cancer awareness month: check your moles using the ABCDE rule.', 'abcde-infographic.png'),
      name: 'awareness infographic',
    },
    { draft: photo('New leaflet on eczema care, copies at reception.', 'eczema-leaflet.png'), name: 'a leaflet' },
    {
      draft: photo('Practice nurse Jo ran the Leeds 10k for the hospice and raised money for their ward appeal.'),
      name: 'fundraising',
    },
    {
      draft: photo('My own X-ray after falling off my bike 🙈 no more cycling for a while'),
      name: "the author's own X-ray",
    },
    { draft: photo("My daughter's chickenpox, day 3. Send calamine!"), name: "the author's child" },
    {
      draft: photo('Who wants cake? In the staff room now.', 'Screenshot 2026-04-02 at 10.11.02.png'),
      name: 'a screenshot of nothing clinical',
    },
    {
      draft: photo('Bake sale results: £120 for the hospice!', 'Screenshot_20260402.png'),
      name: '"results" that are not clinical',
    },
    {
      draft: photo("Stunning shot of the Dales, screenshotted from a friend's page.", 'dales-screenshot.jpg'),
      name: 'screenshot of a landscape',
    },
    {
      draft: photo('We are now offering ECGs at the surgery: new machine arrived today!', 'ecg-machine.jpg'),
      name: 'a new machine (service news)',
    },
    { draft: photo('Sepsis study day today, great turnout from all our teams.', 'study-day.jpg'), name: 'a study day' },
    {
      draft: photo('Lovely view from the new building.', 'IMG_2231.jpg', { hasLocation: false }),
      name: 'location explicitly absent',
    },
    {
      draft: { text: 'Rash attached, what do we think?', attachments: [{ kind: 'file', name: 'minutes.pdf' }] },
      name: 'a document, not a picture',
    },
    {
      draft: {
        text: 'Look at this rash',
        direction: 'inbound',
        channel: 'direct-message',
        attachments: [{ kind: 'image', name: 'rash.jpg' }],
      },
      name: 'inbound: judged by the inbound rules',
    },
    { draft: photo('Christmas jumper day raised £200 for Save the Children 🎄', 'jumpers.jpg'), name: 'jumper day' },
  ],
  flagged: [
    {
      draft: chat('Photo of the med chart attached - someone has written 625 with no units, is that mcg?'),
      spans: [null],
      name: 'the words say the picture is of a record on paper',
    },
    {
      draft: chat("here's a screenshot of the task, can someone pick it up?"),
      spans: [null],
      name: 'a screenshot of a task in the clinical system',
    },
    {
      draft: chat('look at the state of this toenail, what do you lot reckon - fungal or psoriatic?'),
      spans: [null],
      name: 'a body part pointed at in the picture, with a question',
    },
    // Records on a wall or on paper, a procedure, the queue: each pictures patients without a screen.
    { draft: photo('Team photo before flu clinic 💪 (ignore the clinic whiteboard behind us lol)'), spans: [null] },
    { draft: photo('Throwback to the first toenail avulsion I ever did, we all start somewhere 😅'), spans: [null] },
    { draft: photo('Thank you to everyone who queued in the rain for our flu clinic today ☔'), spans: [null] },
    {
      draft: photo('Classic erythema migrans 🎯 consent obtained. Check for ticks after a walk', 'bullseye.jpg'),
      spans: [null],
      name: 'a named skin finding (DermNet)',
    },
    { draft: chat('What do we think of this rash? Little one, 4, started yesterday, otherwise well.'), spans: [null] },
    { draft: photo('Never seen a keloid this big 😳', 'IMG_7781.jpg'), spans: [null], name: 'a keloid' },
    {
      draft: photo("Look what came out of a toddler's ear today! Always check 🐞", 'IMG_1102.jpg'),
      spans: [null],
      name: "a toddler's ear",
    },
    { draft: photo('Dermatology quiz! Guess the diagnosis 👇', 'quiz.png'), spans: [null], name: 'a diagnosis quiz' },
    {
      draft: photo(
        'Grim afternoon. Look at this leg ulcer I dressed 🤢',
        'IMG_1.jpg',
        {},
        { channel: 'direct-message', platform: 'whatsapp' },
      ),
      spans: [null],
      name: 'a wound sent to a partner',
    },
    {
      draft: photo('Our new X-ray viewer is so much sharper. Look at the detail!', 'viewer.jpg'),
      spans: [null],
      name: 'an X-ray',
    },
    {
      draft: chat('Is this a STEMI or am I being paranoid? He is still in my room.', 'ecg-photo.jpg'),
      spans: [null],
      name: 'ECG photo (named by the file)',
    },
    {
      draft: photo(
        "Can I send you a pic of a mole on my patient's back? Looks odd to me.",
        'IMG_3.jpg',
        {},
        { channel: 'direct-message', platform: 'teams' },
      ),
      spans: [null],
      name: "a patient's mole",
    },
    {
      draft: photo("Busy Monday! Here's my appointment screen at 9am 😅", 'IMG_0900.jpg'),
      spans: [null],
      name: 'appointment screen',
    },
    { draft: photo('EMIS down again, this is what I am staring at', 'IMG_0001.jpg'), spans: [null], name: 'EMIS' },
    {
      draft: photo(
        "Here's my list for this afternoon 😩 22 patients and 4 visits",
        'Screenshot 2026-03-02 at 12.01.33.png',
      ),
      spans: [null],
      name: 'a screenshot of a clinic list',
    },
    {
      draft: photo('Bloods back, what do we think?', 'Screenshot_20260302-1401.png'),
      spans: [null],
      name: 'a screenshot of results',
    },
    { draft: photo('Quiet day 😴', 'wound-day5.jpg'), spans: [null], name: 'the file name says wound' },
    {
      draft: photo('Tongue of a 3 year old, what do you reckon?'),
      spans: [null],
      name: 'a body part with an age and a question',
    },
    {
      draft: photo('Textbook shingles in clinic this morning, dermatomal and everything.'),
      spans: [null],
      name: 'shingles',
    },
    {
      draft: photo('Look at the size of the stone the lady in bed 6 passed!'),
      spans: [null],
      name: 'a particular patient',
    },
    {
      draft: photo('Nice sunny home visit round today 🌞', 'IMG_9.jpg', { hasLocation: true }),
      spans: [null],
      name: 'location data (home visit)',
    },
    {
      draft: photo('Lovely practice garden party!', 'party.jpg', { hasLocation: true }),
      spans: [null],
      name: 'location data in a non-clinical post',
    },
    {
      draft: photo('Beach day!', 'IMG_1.heic', { gps: { latitude: 53.8, longitude: -1.5 } }),
      spans: [null],
      name: 'GPS fields from another edge',
    },
    {
      draft: {
        text: 'Anyone seen anything like this before? 60M, itchy for months',
        channel: 'group-chat',
        attachments: [{ kind: 'photo' }],
      },
      spans: [null],
      name: 'an unnamed photo',
    },
    {
      draft: { text: 'Before and after 💉 book now', attachments: [{ kind: 'video', name: 'clip.mp4' }] },
      spans: [null],
      name: 'a video',
    },
  ],
});

describe('confidentiality.image: messages and advice', () => {
  it('says what was found, why, and what to do, with consent and de-identification advice', () => {
    const [f] = findingsOf(rule, chat('What do we think of this rash?', 'IMG_4471.jpg'));
    expect(f?.message).toMatch(/^Reconsider attaching the photo "IMG_4471.jpg"/);
    expect(f?.message).toContain('"rash"');
    expect(f?.message).toContain('guidance: Confidentiality');
    expect(f?.suggestions.map((s) => s.kind)).toEqual(['advice', 'advice']);
    expect(f?.suggestions.map((s) => s.text).join(' ')).toMatch(/consent/);
    expect(f?.suggestions.map((s) => s.text).join(' ')).toMatch(/name bands/);
    expect(f?.why).toContain('clinical picture cue: "rash"');
    expect(f?.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it('tells the author never to photograph records', () => {
    const [f] = findingsOf(rule, photo('Here is my SystmOne inbox this morning 😱', 'IMG_1.jpg'));
    expect(f?.message).toContain('clinical system or record');
    expect(f?.suggestions.map((s) => s.text).join(' ')).toMatch(/Never photograph or screenshot/);
  });

  it('asks for the location to be removed, alone or with the clinical advice', () => {
    const [loc] = findingsOf(rule, photo('Garden party!', 'party.jpg', { hasLocation: true }));
    expect(loc?.message).toMatch(/GPS location data/);
    expect(loc?.suggestions.map((s) => s.text).join(' ')).toMatch(/remove location/);
    const [both] = findingsOf(rule, photo('What do we think of this rash?', 'rash.jpg', { hasLocation: true }));
    expect(both?.message).toMatch(/remove that too/);
    expect(both?.why?.some((w) => w.startsWith('location data'))).toBe(true);
    expect(both?.suggestions).toHaveLength(3);
  });

  it('shows only the base name of a path', () => {
    const [f] = findingsOf(rule, photo('Look at this rash', '/home/me/Pictures/rash.jpg'));
    expect(f?.message).toContain('"rash.jpg"');
    expect(f?.message).not.toContain('/home/');
  });

  it('stays linear on long drafts full of cues', () => {
    const checker = createChecker(undefined, [rule]);
    for (const unit of [
      'We raised money for the hospice at the summer fete. ',
      'rash leg ulcer his ear 4 year old what do we think? ',
      'my X-ray ',
    ]) {
      const text = unit.repeat(Math.floor(20_000 / unit.length));
      checker.assess(photo(text));
      const t0 = performance.now();
      for (let i = 0; i < 5; i++) checker.assess(photo(text));
      expect((performance.now() - t0) / 5).toBeLessThan(2000); // a hang guard, not a speed target (see npm run bench)
    }
  });
});
