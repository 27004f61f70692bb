import { describe, expect, it } from 'vitest';
import { findingsOf, testRule } from '../../../test/rule-tester.js';
import { createChecker } from '../../checker.js';
import rule from './inbound-patient-request.js';

type Channel = 'direct-message' | 'comment' | 'reply' | 'group-chat' | 'email';
const inbound = (text: string, channel: Channel = 'direct-message') => ({
  text,
  direction: 'inbound' as const,
  channel,
  platform: 'facebook' as const,
});

testRule(rule, {
  clean: [
    {
      draft: inbound('Can I have my repeat for the sertraline please? Nothing has changed, I am doing well on it.'),
      name: "a repeat of the same medicine is the practice's business",
    },
    {
      draft: inbound('Dad had his stent put in after the chest pain last March and he walked me down the aisle today.'),
      name: 'a red flag told as past, and no question',
    },
    {
      draft: inbound('Could I book my diabetes review for a Thursday afternoon? Any slots after school pick-up?'),
      name: 'booking a review: the practice\u2019s business, not clinical advice',
    },
    {
      draft: inbound('Is my repeat prescription ready to collect yet? Ordered it Monday.'),
      name: 'a prescription to collect',
    },
    {
      // Reported, not asked: boundaries.urgent-symptoms answers it with 999 and A&E.
      draft: inbound("Dad's face has dropped on one side and his speech is slurred."),
      name: 'red flag without a question',
    },
    {
      draft: inbound('Thank you so much for looking after Mum last winter. The card in reception is from all of us!'),
      name: 'thanks',
    },
    { draft: inbound('Dinner at ours on Saturday? Bring nothing but yourselves.'), name: 'social invitation' },
    {
      draft: inbound("Are you still OK to swap Thursday's duty for my Monday? I'll update the rota.", 'group-chat'),
      name: 'colleague rota swap',
    },
    { draft: inbound('Is the surgery open on the bank holiday Monday?', 'comment'), name: 'opening hours' },
    {
      draft: inbound('Is the flu clinic on Saturday still running? The poster says 9 till 1.', 'comment'),
      name: 'flu clinic time',
    },
    {
      draft: inbound('Can you confirm my appointment is at 3pm on Tuesday?', 'comment'),
      name: 'booking confirmation (admin, not advice)',
    },
    {
      draft: inbound("How's your knee after the marathon? Fancy a run on Sunday?"),
      name: "a friend asking after the doctor's knee",
    },
    {
      draft: inbound('Can you take the kids to football on Saturday? I am on call.'),
      name: '"can you take" without a health topic',
    },
    {
      draft: inbound('Could you have a look at the rota for next month when you get a minute?', 'group-chat'),
      name: 'look at the rota',
    },
    {
      draft: inbound(
        'The patient in bay 2 wants to know if she can take ibuprofen with her apixaban, what do you think?',
        'group-chat',
      ),
      name: 'colleague asking about a patient (peer advice, not a patient)',
    },
    { draft: inbound('Happy birthday! Hope you have a lovely day off.'), name: 'birthday wishes' },
    {
      draft: inbound('Great talk at the library last night on the menopause, thank you!', 'comment'),
      name: 'praise with a health word, no question',
    },
    {
      draft: { text: 'Should I take ibuprofen for my knee?', channel: 'direct-message' },
      name: 'outbound drafts are not judged',
    },
  ],
  flagged: [
    {
      draft: inbound(
        'Sorry to message you doctor, my chest has been tight since this morning, should I take an aspirin?',
      ),
      spans: ['should I take'],
      name: 'the request is shown, not the apology before it',
    },
    {
      draft: inbound('Sorry to bother you, my rash is spreading and itchy'),
      spans: ['Sorry to bother'],
      name: 'with no request after it, the preface stands for one',
    },
    {
      draft: inbound('Got my smear letter, it says HPV positive. What does that mean? Google is scaring me.'),
      spans: ['What does that mean'],
      name: 'a result to be explained is clinical, whatever the letter it came in',
    },
    {
      draft: inbound('mums face has dropped on one side and she cant lift her arm, shall i give her aspirin n wait'),
      spans: ['face has dropped'],
      name: 'a question typed without a question mark, beside a red flag',
    },
    {
      draft: inbound('My knee has been swollen and painful since the weekend, can I book in this week?'),
      spans: ['My knee has been swollen and painful since the weekend, can I book in this week?'],
      name: 'a booking that describes a symptom is about care',
    },
    {
      draft: inbound(
        "Hi Dr Okafor, sorry to message you on here. My son's had a rash on his tummy for three days. Should I be worried?",
      ),
      spans: ['Should I be worried'],
    },
    {
      draft: inbound(
        '@DrAllen my GP won\u2019t give me antibiotics for my cough, can you prescribe them instead?',
        'reply',
      ),
      spans: ['can you prescribe'],
    },
    {
      draft: inbound('Could you renew my prescription for propranolol? I\u2019ve run out.', 'email'),
      spans: ['Could you renew'],
    },
    {
      draft: inbound('@Dr Sam quick question, can you take Lemsip with amoxicillin?', 'group-chat'),
      spans: ['can you take'],
    },
    { draft: inbound("Doc, can I ask you about my mum's tablets?"), spans: ['can I ask you about'] },
    { draft: inbound('Is this rash anything to worry about?', 'comment'), spans: ['anything to worry about'] },
    { draft: inbound('Can you look at my results on the app?'), spans: ['Can you look at'] },
    { draft: inbound('Should I double my dose of sertraline this week?'), spans: ['Should I double'] },
    { draft: inbound('Is it normal for my period to be two weeks late?'), spans: ['Is it normal'] },
    {
      draft: inbound('My back has been aching for six weeks. Physio or a scan?'),
      spans: ['Physio or a scan?'],
      name: 'a plain question about their own health',
    },
    {
      draft: inbound('Crushing chest pain for 20 minutes. Should I wait for the surgery tomorrow?'),
      spans: ['Should I wait'],
      name: 'red flag with a question',
    },
    {
      draft: inbound("I wondered whether there's a stronger painkiller I could try for my back."),
      spans: ['I wondered whether'],
    },
    {
      draft: inbound('I am 47 and on HRT patches, still getting awful flushes, can I just go up to 75 myself?'),
      spans: ['can I just go up'],
      name: 'changing a dose themselves',
    },
    {
      draft: inbound("Is it normal for my son's temp to be 38.4 two days after his jabs?"),
      spans: ['Is it normal'],
      name: '"temp" for temperature',
    },
    {
      draft: inbound('hiya cn u do me sum more diazepam pls ran out n the surgery wont give me an appt'),
      spans: ['cn u do me sum'],
      name: 'text-speak prescription request',
    },
    {
      draft: inbound('I ran out of my sertraline on Friday and the chemist is shut.'),
      spans: ['I ran out'],
      name: 'ran out of a medicine',
    },
  ],
});

describe('boundaries.inbound-patient-request: the ready reply', () => {
  it('redirects to the practice, NHS 111 and 999', () => {
    const a = createChecker().assess({
      ...inbound('Can I take ibuprofen with my blood pressure tablets?'),
      author: { practiceNames: ['Riverside Surgery'] },
    });
    expect(a.advice.action).toBe('redirect');
    expect(a.advice.reply).toMatch(/Riverside Surgery/);
    expect(a.advice.reply).toMatch(/111/);
    expect(a.advice.reply).toMatch(/999/);
  });
  it('offers the reply as a suggestion, with a caution message', () => {
    const [f] = findingsOf(rule, inbound('Is it OK to take paracetamol with my antibiotics?'));
    expect(f?.severity).toBe('caution');
    expect(f?.message).toMatch(/^Reconsider/);
    expect(f?.suggestions[0]?.text).toMatch(/NHS 111/);
  });
});
