import { testRule } from '../../../test/rule-tester.js';
import rule from './copyright.js';

const LONG_QUOTE =
  'Guest post from a colleague\'s newsletter, reproduced here:\n\n"' +
  'Practices across the county are facing the hardest winter in a generation. Demand has risen every month since the spring, ' +
  'and the number of salaried posts advertised has fallen. Partners describe working twelve-hour days with no respite.\n\n' +
  'The local medical committee has asked the integrated care board for emergency funding, but so far none has been agreed. ' +
  'Meanwhile, patients wait longer for routine appointments, and continuity of care, which the evidence says saves lives, ' +
  'is the first casualty. Something has to give, and soon, before more practices hand back their contracts."';

const QUOTE_ONLY = LONG_QUOTE.replace(
  "Guest post from a colleague's newsletter, reproduced here:",
  "From this week's editorial:",
);
const QUOTE_SPAN = QUOTE_ONLY.slice(QUOTE_ONLY.indexOf('"'));

testRule(rule, {
  clean: [
    {
      draft: "As NICE puts it, 'offer a statin to people with a 10-year risk of 10% or more' (NG238).",
      name: 'short quote with attribution',
    },
    {
      draft: 'Excellent piece in Pulse on the contract. Full article: https://www.pulsetoday.co.uk/news/contract',
      name: 'a link to the full article',
    },
    {
      draft: 'Paywalled, sadly, but the full article is worth it: www.bmj.com/content/123',
      name: 'a paywalled link, not a paste',
    },
    {
      draft: "'Continuity saves lives' is the line from today's editorial that stuck with me. Hard to disagree.",
      name: 'a sentence quoted to comment on it',
    },
    { draft: "I've copied you in so you have the minutes.", name: '"copied you in" an email' },
    {
      draft: { text: 'Copy of the rota attached.', attachments: [{ kind: 'file', name: 'rota.xlsx' }] },
      name: 'own document attached',
    },
    {
      draft: {
        text: 'Found it on the shared drive: the updated referral form.',
        attachments: [{ kind: 'file', name: 'form.pdf' }],
      },
      name: 'own form found on the shared drive',
    },
    {
      draft: {
        text: 'Photo of our new garden, taken by our practice nurse. Thanks Jo!',
        attachments: [{ kind: 'image', name: 'garden.jpg' }],
      },
      name: 'own photo',
    },
    { draft: 'Typed up my notes from the RCGP conference below.', name: 'own notes' },
    {
      draft: "Full text of the new contract changes below (it's a public document):",
      name: 'whole but nothing copied or restricted',
    },
    {
      draft: "I won't paste the whole article because of copyright, but here's the gist: continuity matters.",
      name: 'negated',
    },
    { draft: 'Credit to the reception team for a brilliant CQC visit.', name: '"credit to" as praise' },
    { draft: 'Read the whole thing, it is brilliant: https://example.com/blog', name: 'whole thing + link' },
  ],
  flagged: [
    { draft: "Pasting the whole BMJ editorial below because it's paywalled for most of you:", spans: ['Pasting the'] },
    {
      draft: "Here's the full Evening Post article, copied below so you don't hit the paywall:",
      spans: ['copied below'],
    },
    {
      draft: {
        text: 'Not my image, found it on Instagram, but too good not to share 😂',
        attachments: [{ kind: 'image', name: 'cartoon.png' }],
      },
      spans: ['Not my image'],
    },
    {
      draft: {
        text: 'Found this chart on Google, explains the QOF changes perfectly.',
        attachments: [{ kind: 'image', name: 'chart.png' }],
      },
      spans: ['Found this chart'],
    },
    {
      draft: {
        text: "Gorgeous sunset by @peakphotos, screenshotted it from her page, hope she doesn't mind!",
        attachments: [{ kind: 'image', name: 'sunset.jpg' }],
      },
      spans: ['screenshotted it'],
    },
    { draft: "I've typed out the whole of chapter 4 of the Oxford Handbook below for revision.", spans: ['typed out'] },
    {
      draft: {
        text: "PDF of the whole of the latest textbook attached. Don't tell anyone where you got it.",
        attachments: [{ kind: 'file', name: 'book.pdf' }],
      },
      spans: ['PDF of the whole'],
    },
    {
      draft: "The article below was copied from the college's members-only area, please don't forward it.",
      spans: ['copied from'],
    },
    { draft: "Here's the whole article from the Times so you don't need a subscription:", spans: ['whole article'] },
    { draft: 'Here are the full lyrics to my favourite song, because why not 🎶', spans: ['full lyrics'] },
    {
      draft:
        'The following chapter is reproduced in full from the handbook because it explains it better than I could.',
      spans: ['reproduced'],
    },
    { draft: LONG_QUOTE, spans: ['reproduced'] },
    { draft: QUOTE_ONLY, spans: [QUOTE_SPAN], name: 'a long quoted block from a named kind of work' },
    {
      draft: { text: 'Not mine, credit to @gpcartoons', attachments: [{ kind: 'image', name: 'toon.png' }] },
      spans: ['Not mine'],
    },
    {
      draft: "This isn't my work: it's a poem by a favourite poet. I've copied it out in full below.",
      spans: ['copied it out'],
    },
  ],
});
