import { testRule } from '../../../test/rule-tester.js';
import rule, { declarationLine } from './undisclosed-interest.js';
import { describe, expect, it } from 'vitest';

const skinwell = {
  titles: ['GP', 'MRCGP'],
  declaredInterests: ['Director, SkinWell Clinic Ltd'],
  practiceNames: ['Riverside Surgery'],
};
const snoozly = { titles: ['GP'], declaredInterests: ['Medical adviser (paid), Snoozly Ltd'] };
const menoplus = { titles: ['GP'], declaredInterests: ['Medical director, MenoPlus Ltd'] };

testRule(rule, {
  clean: [
    {
      // An advert with its price and a way to book is plainly the advertiser's own (two training writers
      // of the promotion family labelled it so); the same clinic recommended in a reader's voice is not.
      draft: {
        text: 'Private menopause clinic now open on Thursdays, £180 for 45 minutes. Book at menoclinic.co.uk',
        author: menoplus,
      },
      name: "an advert for the author's clinic, with its price and booking",
    },
    {
      draft: 'Ambassador for @LumaSkin (paid). Their new serum launches tomorrow, use code LUMA10.',
      name: '(paid) label',
    },
    {
      draft: 'My latest video: I tried every weight-loss tea so you do not have to. Zero affiliate links.',
      name: 'tie denied',
    },
    {
      draft: {
        text: "Declaration: I'm a director of SkinWell Clinic. Private skin checks on Saturdays, £95.",
        author: skinwell,
      },
      name: 'declared with "Declaration:"',
    },
    {
      draft: { text: 'I own SkinWell Clinic. We now offer same-week mole checks, £95.', author: skinwell },
      name: 'declared with "I own"',
    },
    {
      draft: { text: 'Skin checks at my own clinic, SkinWell, from £95. DM to book.', author: skinwell },
      name: '"my own clinic" makes the tie plain',
    },
    {
      draft: { text: 'Loving this sleep app, it got me through nights on call #ad', author: snoozly },
      name: '#ad declares it',
    },
    {
      draft: {
        text: "I'm a paid adviser to Snoozly, so read this with that in mind: it's the best sleep app I know.",
        author: snoozly,
      },
      name: 'paid adviser, said in the post',
    },
    {
      draft: { text: 'Our IV vitamin drips are back in stock – book yours today.' },
      name: '"our" drips: the tie is plain',
    },
    {
      draft: { text: 'Had a lovely walk along the river this morning. Highly recommended!', author: skinwell },
      name: 'praise of a walk, not a product',
    },
    {
      draft: { text: 'Tickets £8 for the practice quiz night, all proceeds to the hospice.', author: skinwell },
      name: 'charity tickets',
    },
    {
      draft: { text: 'Flu jabs are now available for eligible patients. Book through the NHS App.', author: skinwell },
      name: 'NHS programme',
    },
    {
      draft: { text: 'Riverside patients: our NHS minor surgery clinic now runs on Tuesdays too.', author: skinwell },
      name: 'NHS clinic of the practice',
    },
    {
      draft: { text: 'Macmillan\u2019s free support line is brilliant for anyone affected by cancer.' },
      name: 'recommending a charity service',
    },
    {
      draft: { text: 'October to March: consider a daily vitamin D supplement. Cheap from any supermarket.' },
      name: 'national advice, no brand',
    },
    {
      draft: { text: 'Struggling with sleep? Snoozly is the best sleep app out there.', author: { titles: ['GP'] } },
      name: 'no interest in the profile',
    },
    {
      draft: 'This cream really helped my eczema patients. Available in most chemists.',
      name: 'no profile, no code: no known interest',
    },
    {
      draft: {
        text: 'SkinWell Clinic has closed, sadly. Please ask your own GP about any mole you are worried about.',
        author: skinwell,
      },
      name: 'names the clinic but sells nothing',
    },
    // Probe-set fixes: declarations in other words.
    {
      draft: {
        text: "Wegovy pens back in stock. (I'm prescribing lead at SlimWell Online.)",
        author: { titles: ['GP'], declaredInterests: ['Prescribing lead (paid), SlimWell Online Ltd'] },
      },
      name: '"I\'m prescribing lead at" declares it',
    },
    {
      draft: {
        text: "I've joined Clearskin as medical director! Skin checks from £80, DM to book.",
        author: { titles: ['GP'], declaredInterests: ['Medical director, Clearskin Ltd'] },
      },
      name: '"joined … as medical director" declares it',
    },
    {
      draft: {
        text: 'My go-to home BP monitor (affiliate link, I earn a small commission): link in bio.',
        author: { titles: ['GP'], declaredInterests: ['Affiliate, Amazon Associates'] },
      },
      name: 'commission stated in the post',
    },
    {
      draft: {
        text: 'Registered at Riverside? Our private clinic upstairs has Saturday slots, £60.',
        author: skinwell,
      },
      name: '"our private clinic" makes the tie plain',
    },
    {
      draft: { text: 'Check out the NHS Couch to 5K app – free and brilliant.', author: skinwell },
      name: 'everyday praise of a free NHS app',
    },
    // Ties named in the wording but properly labelled, or no interest at all.
    {
      draft: '#ad Paid partnership with VitaBoost. Their vitamin D got me through winter, code JO10 for 10% off.',
      name: 'labelled ad with a code',
    },
    {
      draft: 'Proud to be an ambassador for Mind this year 💚 Donate via my link, every pound helps.',
      name: 'a charity ambassador',
    },
    {
      draft: {
        text: 'Our weight management service at Hadley Pharmacy now runs on Saturdays, consultations in clinic from £30.',
        author: { titles: ['Pharmacist'], declaredInterests: ['Owner, Hadley Pharmacy'] },
      },
      name: "the business's own advert in the provider's voice",
    },
    {
      draft: 'If anyone uses my name in another complaint I will take it further.',
      name: '"my name" with no referral',
    },
    {
      draft: 'Just finished Being Mortal by Atul Gawande. Everyone in healthcare should read it.',
      name: 'a book, no interest',
    },
    {
      draft: 'Use COVID19 testing kits only if your GP asks you to; they are free on the NHS.',
      name: 'a name with a number is no code',
    },
  ],
  flagged: [
    {
      draft: 'Best osteopath in Bristol, hands down. Tell them Dr Jo sent you and the first session is free 👍',
      spans: ['Tell them Dr Jo sent you'],
    },
    {
      draft: 'This dictation app has saved me hours. Use my referral link for three months free 👇',
      spans: ['my referral link'],
    },
    { draft: 'My protein bars for long clinics 💪 Code NURSEAMY for 15% off', spans: ['Code NURSEAMY'] },
    {
      draft: {
        text: 'Struggling with hot flushes? The new menopause clinic on Elm Road is brilliant, highly recommend. £150 well spent.',
        author: menoplus,
      },
      spans: ['£150'],
    },
    {
      draft: {
        text: 'Worried about a mole? SkinWell Clinic offers same-week skin checks. Highly recommend!',
        author: skinwell,
      },
      spans: ['SkinWell Clinic'],
      rewrite:
        'Worried about a mole? SkinWell Clinic offers same-week skin checks. Highly recommend!\n\nDeclaration: I am a director of SkinWell Clinic Ltd.',
    },
    {
      draft: { text: 'Snoozly is the best sleep app out there. Download it today!', author: snoozly },
      spans: ['Snoozly'],
      rewrite:
        'Snoozly is the best sleep app out there. Download it today!\n\nDeclaration: I am a paid medical adviser to Snoozly Ltd.',
    },
    {
      draft: { text: "Snoozly's new CBT-I course is out – the one I recommend to everyone.", author: snoozly },
      spans: ["Snoozly's"],
    },
    { draft: 'My favourite winter supplement – 20% off with code DOC20!', spans: ['code DOC20'] },
    { draft: 'Obsessed with this collagen powder. Use my code GLOWDOC for money off 💛', spans: ['code GLOWDOC'] },
    { draft: 'Brilliant new skincare range – affiliate link in my bio.', spans: ['affiliate'] },
    {
      draft: { text: 'Need antibiotics fast? SkinWell Clinic can prescribe same day.', author: skinwell },
      spans: ['SkinWell Clinic'],
    },
    {
      draft: {
        text: 'Fed up waiting? Fast-track private physio at Active Recovery Clinic, 20% off!',
        author: { titles: ['GP'], declaredInterests: ['Owner, Active Recovery Clinic'] },
      },
      spans: ['Active Recovery Clinic'],
    },
    {
      draft: {
        text: 'GlucoSense sensors are the best CGM I\u2019ve used. I recommend them to everyone.',
        author: { titles: ['GP'], declaredInterests: ['Speaker fees, GlucoSense Ltd'] },
      },
      spans: ['GlucoSense'],
    },
    // Probe-set fixes: everyday recommendations of the author's own business, and NHS words inside a steer.
    {
      draft: {
        text: 'Shout out to the team at SkinWell Clinic – brilliant with moles, go and see them!',
        author: skinwell,
      },
      spans: ['SkinWell Clinic'],
    },
    {
      draft: {
        text: "Which online pharmacy? PillPost, every time – it's where I'd send my own family.",
        author: { titles: ['GP'], declaredInterests: ['Medical director, PillPost Pharmacy Ltd'] },
      },
      spans: ['PillPost'],
    },
    {
      draft: {
        text: "If you're one of my NHS patients, mention my name at the physio clinic on Elm Road for a discount.",
        author: { titles: ['GP'], declaredInterests: ['Shareholder, MoveWell Physio Ltd'] },
      },
      // A referral by name is the tie itself.
      spans: ['mention my name'],
    },
    {
      draft: 'Absolutely loving this Glow skincare range 😍 link in bio, use JO10 for 10% off!',
      spans: ['use JO10'],
    },
    {
      draft:
        'As a proud ambassador for VitaBoost I can tell you these gummies are brilliant. Shop via my link below 👇',
      spans: ['proud ambassador'],
    },
    {
      draft:
        "Gifted these by the lovely team at PureBiome and they're fab, the best probiotic I've tried. Grab yours with DRJO20",
      spans: ['with DRJO20'],
    },
    {
      draft: 'My go-to for hormone bloods is Thriva, super quick results. Link in my bio for money off your first kit.',
      spans: ['Link in my bio'],
    },
  ],
});

describe('declarationLine', () => {
  it('turns a profile entry into a plain sentence', () => {
    expect(declarationLine('Director, SkinWell Clinic Ltd')).toBe('I am a director of SkinWell Clinic Ltd');
    expect(declarationLine('Owner, Bloom Aesthetics')).toBe('I own Bloom Aesthetics');
    expect(declarationLine('Partner, Northbank Private GP LLP')).toBe('I am a partner at Northbank Private GP LLP');
    expect(declarationLine('Speaker fees, GlucoSense Ltd')).toBe('I have received speaker fees from GlucoSense Ltd');
    expect(declarationLine('Shareholder, GutGlow Ltd')).toBe('I hold shares in GutGlow Ltd');
    expect(declarationLine('Medical adviser (paid), SleepEasy Ltd')).toBe(
      'I am a paid medical adviser to SleepEasy Ltd',
    );
  });
});
