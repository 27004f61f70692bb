import { describe, expect, it } from 'vitest';
import { findingsOf, testRule } from '../../../test/rule-tester.js';
import rule from './patient-disparagement.js';

testRule(rule, {
  clean: [
    {
      draft: "Heartsink moment: opening the inbox after a week's leave to 412 documents.",
      name: 'slang before a moment describes the moment',
    },
    {
      draft:
        "Frequent attenders aren't a moral problem. They're a workforce problem and they deserve our best clinicians.",
      name: '"frequent attender" is the NHS term, not slang',
    },
    { draft: 'Patients are flooding our A&E with colds again.', name: 'the flood metaphor about demand, not a people' },
    {
      draft: 'Cancer patients: our infusions are now on the ward.',
      name: '"cancer patients" names a kind, not a likeness',
    },
    // Discussing the labels critically
    { draft: "Can we retire the phrase 'heartsink patient'? It says more about the doctor than the person." },
    { draft: "Older people are not 'bed blockers'. They are stuck because the care packages don't exist." },
    { draft: 'We should stop calling patients heartsink. Complex needs, with a plan attached, will do.' },
    { draft: "O'Dowd's 1988 paper on heartsink patients is still worth reading for trainees." },
    { draft: 'The term frequent flyer has no place in the notes; patients can read their records now.' },
    // Neutral service language and everyday overlaps
    {
      draft: 'Our PCN is reviewing how we support frequent attenders; frequent attendance usually signals unmet need.',
    },
    { draft: 'Finally cashed in my frequent flyer miles: Lisbon for four days!' },
    { draft: 'Apple crumble at the practice bake sale, all proceeds to the hospice.' },
    { draft: 'MRI showed a small supratentorial lesion, so we referred on.' },
    { draft: 'Screening invitations can over-test the worried well and miss those most at risk.' },
    // A patient's own words, or the author blaming themselves
    { draft: "A patient told us our phone line is 'useless and stupid'. Fair point, we are fixing it." },
    { draft: 'A patient called me an idiot today. Rough day, but I understand why.' },
    { draft: 'I felt like an idiot with my 3pm: I had missed the obvious diagnosis.' },
    // Compassion about hard consultations
    { draft: 'Tough clinic today. Some patients are carrying so much; I hope we helped.' },
    { draft: 'Lovely patient brought the team a cake today 😂 we are spoilt.' },
    { draft: 'Triage tool update: please tell the patient what would make you want to see them sooner.' },
    {
      draft: 'The idiots at the ICB have cut physio for our patients again.',
      name: 'probe: insult aimed at the ICB, patients are the ones affected',
    },
    {
      draft: 'The receptionist is an idiot, she booked my patient into the wrong clinic.',
      name: 'probe: insult aimed at a colleague',
    },
    { draft: 'Called a paki by a patient today. Reported it.', name: 'probe: reporting abuse received' },
  ],
  flagged: [
    { draft: 'Heartsink number three of the day just walked in 🙄', spans: ['Heartsink'] },
    { draft: "Frequent flyer back again with her 'chest pain'. Every week without fail.", spans: ['Frequent flyer'] },
    { draft: 'GOMER in bay 4, acopia written all over him lol', spans: ['GOMER', 'acopia', 'all over him'] },
    { draft: 'The bed blocker on ward 6 is still there. Can we chase social services?', spans: ['bed blocker'] },
    { draft: 'Another bedblocker for the weekend team, sorry.', spans: ['bedblocker'] },
    { draft: 'Classic PFO in resus again.', spans: ['PFO'] },
    { draft: 'LOL in NAD in cubicle 3, back to the care home she goes.', spans: ['LOL in NAD'] },
    { draft: 'Status dramaticus in room 2, as usual.', spans: ['Status dramaticus'] },
    { draft: "It's all supratentorial with this one.", spans: ['all supratentorial'] },
    { draft: 'Another timewaster in the 10am slot.', spans: ['timewaster'] },
    {
      draft: '3am and the worried well are out in force on 111. Not a thing wrong with any of them.',
      spans: ['worried well'],
    },
    { draft: 'Another Dr Google patient with a printout.', spans: ['Dr Google patient'] },
    { draft: 'Patients from the estate are all benefit scroungers.', spans: ['benefit scroungers'] },
    {
      draft: 'Another patient in a wheelchair moaning about the ramp. Some people just love being victims.',
      spans: ['moaning'],
    },
    { draft: 'Not wasting my clinic time on patients and their nonsense.', spans: ['nonsense'] },
    { draft: 'Mrs Patel in room 3 is the most exhausting patient on our list.', spans: ['exhausting patient'] },
    {
      draft: 'Dear patient who shouted at my receptionist: you are a pathetic excuse for a human being.',
      spans: ['pathetic excuse'],
    },
    { draft: 'My 3pm was a beached whale, could barely get the cuff on.', spans: ['beached whale'] },
    {
      draft: "This bloke came in with a sore toe at 3am. You couldn't make it up 🙄",
      spans: ["You couldn't make it up"],
    },
    { draft: 'Had the fittest patient in for a smear today 😂', spans: ['fittest'] },
    { draft: 'The patient is a junkie, no point prescribing anything.', spans: ['junkie'] },
    {
      draft: "Trans patients are just confused and we shouldn't be indulging them.",
      spans: ['confused'],
      name: 'probe: generalisation about trans patients',
    },
  ],
});

describe('content.patient-disparagement details', () => {
  it('uses stop wording and offers a reframe', () => {
    const [f] = findingsOf(rule, 'Heartsink number three of the day just walked in');
    expect(f?.message).toMatch(/^Don't send this as it stands/);
    expect(f?.suggestions[0]?.kind).toBe('advice');
    expect(f?.suggestions[0]?.text).toMatch(/complex needs/);
  });
  it('finds each label in a long message', () => {
    const text =
      'What a Monday.\n- Our favourite frequent flyer was in at 8.01 again.\n- The acopia lady rang four times.\n- And the usual heartsinks in between.';
    expect(findingsOf(rule, text).map((f) => f.excerpt)).toEqual(['frequent flyer', 'acopia', 'heartsinks']);
  });
});
