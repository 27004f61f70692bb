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
    { draft: 'Copied the whole PCN in on the rota email, sorry all', name: 'copying people into an email' },
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
    // Own work, licensed work and sharing as intended.
    { draft: 'Shared my own video about asthma inhalers on TikTok, hope it helps!', name: 'own video' },
    { draft: 'Reposting my reel from last week about flu jabs.', name: 'reposting own reel' },
    {
      draft: 'I wrote this poem for our retiring practice nurse. Here it is in full:\nForty years of kindness...',
      name: 'own poem in full',
    },
    {
      draft: {
        text: 'This cartoon is by Dr Ben Smith, reposted with permission.',
        attachments: [{ kind: 'image', name: 'toon.png' }],
      },
      name: 'reposted with permission',
    },
    {
      draft: 'This photo from 1948 shows the first day of the NHS (public domain, Wellcome Collection).',
      name: 'public domain, credited',
    },
    {
      draft: "NHS England's new campaign poster, from their campaign toolkit, feel free to share.",
      name: 'official material shared as intended',
    },
    {
      draft: "Watch Dr Karan's video on sepsis here, it's brilliant: https://www.tiktok.com/@drkaran/video/123",
      name: "a link to someone's video",
    },
    { draft: 'I forwarded your email to the practice manager.', name: 'forwarding an email' },
    { draft: 'Saved the article to read later.', name: 'a copy for oneself' },
    { draft: 'I love the lyrics to that song, they always make me cry.', name: 'lyrics mentioned, not written out' },
    {
      draft: {
        text: 'Photo credit: Jane Smith. Our team at the fun run!',
        attachments: [{ kind: 'image', name: 'run.jpg' }],
      },
      name: 'a photo credited',
    },
    { draft: 'Credit goes to Dr Amin for organising the whole thing!', name: 'credit as praise' },
    {
      draft: 'Reposting for visibility: flu clinic this Saturday 9-12, no appointment needed.',
      name: 'own notice reposted',
    },
    { draft: 'Full text of my talk at the RCGP conference below, for anyone who missed it.', name: 'own talk in full' },
  ],
  flagged: [
    // Copying by its shape: a place a work was found, whoever made it unknown; a whole work named by its title.
    {
      draft: {
        text: 'Found this lovely watercolour of Whitby on Pinterest, no idea who painted it 😍',
        attachments: [{ kind: 'image', name: 'whitby.jpg' }],
      },
      spans: ['Found this lovely watercolour of Whitby on Pinterest'],
    },
    { draft: 'Re-uploaded the whole Dispatches documentary here for anyone who missed it', spans: ['Re-uploaded'] },
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
    {
      draft: 'c&p from the Pulse article since not everyone has a login: GPs will be required to...',
      spans: ['c&p'],
      name: 'copy-and-paste in shorthand, for readers without access',
    },
    {
      draft: "Forwarding this week's GP Update newsletter in full - they charge £200 a year so enjoy!",
      spans: ["Forwarding this week's GP Update newsletter"],
      name: 'a paid newsletter forwarded whole',
    },
    {
      draft: "Sharing the whole NICE guideline chapter on hypertension here so you don't have to click through.",
      spans: ['Sharing the whole NICE guideline'],
      name: 'a whole guideline chapter',
    },
    {
      draft: "Not my video but this paramedic's reel is hilarious, reposting it here 😂",
      spans: ['reposting'],
      name: "re-posting another creator's video",
    },
    {
      draft: "Reuploading Dr Karan's TikTok on sepsis because it's brilliant and he deleted it.",
      spans: ['Reuploading'],
      name: "re-uploading someone's TikTok",
    },
    {
      draft: 'Downloaded this video from YouTube and re-uploaded it here because everyone needs to see it.',
      spans: ['Downloaded this'],
    },
    {
      draft: {
        text: "Not sure who made this but it's brilliant 😂 #gplife",
        attachments: [{ kind: 'image', name: 'x.jpg' }],
      },
      spans: ['Not sure who made'],
      name: 'a picture from an unknown maker',
    },
    {
      draft: {
        text: 'Stole this meme from a GP group on Facebook lol',
        attachments: [{ kind: 'image', name: 'm.jpg' }],
      },
      spans: ['Stole this'],
    },
    {
      draft: "dunno who wrote this but here's the full thing, too good not to share:\n\nWhen I was a junior doctor...",
      spans: ['full thing'],
      name: 'an unknown author, the whole text',
    },
  ],
});

// Sold material passed on whole, with the verbs people use for it ("posting", "attaching", "dropping")
// and the kinds of work courses and podcasts sell (workbooks, handouts, recordings, episodes).
testRule(rule, {
  clean: [
    { draft: 'I paid for the minor ops course and have written up my own notes for the team.', name: 'own notes' },
    { draft: 'Posting the link to the RCGP guide here: every practice should read it.', name: 'a link to a guide' },
  ],
  flagged: [
    {
      draft: 'Posting all 12 pages of the paid finance survival guide here, partners, read it before the AGM.',
      spans: ['all 12 pages'],
    },
    {
      draft: 'Dropping the entire recording of the paid leadership webinar in the group drive, password pinned.',
      spans: ['Dropping the entire recording'],
    },
  ],
});
