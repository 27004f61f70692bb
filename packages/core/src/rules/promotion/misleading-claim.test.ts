import { testRule } from '../../../test/rule-tester.js';
import rule from './misleading-claim.js';

testRule(rule, {
  clean: [
    {
      draft: 'Hepatitis C can now be cured in most people with a short course of tablets. Ask us for a test.',
      name: 'accurate cure claim, nothing sold',
    },
    { draft: "There's no cure for the common cold, sadly. Rest and fluids help.", name: '"no cure"' },
    {
      draft: 'No treatment for tennis elbow is guaranteed to work; most cases settle within a year.',
      name: 'a guarantee denied',
    },
    {
      draft: 'The MMR vaccine is safe and effective: two doses give around 97% protection. Call us to book.',
      name: 'NHS vaccine promotion',
    },
    {
      draft: 'Our laser hair removal is clinically proven (Smith et al, 2021, link below). £99 a session.',
      name: '"clinically proven" with a reference',
    },
    {
      draft: "No filler is risk-free, and we'll talk you through the risks at your consultation. £250 at our clinic.",
      name: 'risk-free denied in an advert',
    },
    {
      draft: 'There is no cure for tinnitus, but our hearing clinic can help you manage it. Private assessment £120.',
      name: 'no cure, in an advert',
    },
    {
      draft: "Teaching point: exertional 'heartburn' is angina until proven otherwise.",
      name: '"proven otherwise" in teaching',
    },
    {
      draft:
        'Our dermal fillers start at £200, after a consultation and a two-week cooling-off period. Not for everyone.',
      name: 'an honest advert',
    },
    { draft: 'Antibiotics don\u2019t cure colds. Rest and fluids help.', name: 'public health, nothing sold' },
    { draft: 'Christmas offer: £50 off skin consultations booked before Friday.', name: 'an offer with no claim' },
    {
      draft:
        'This programme won\u2019t give instant results, but most people lose some weight over six months. £40 a month.',
      name: 'instant results denied',
    },
    {
      draft: 'Lose weight safely: NHS weight management services are free. Ask your GP for a referral.',
      name: 'NHS service',
    },
    {
      draft: 'Our clinic can\u2019t promise a cure, and nobody honest can. Consultations £80.',
      name: 'honesty about cures',
    },
    // Shapes of an absolute claim, in words no list holds: each needs an advert around it.
    { draft: 'Zero complications on the ward this month. Proud of this team.', name: 'an audit result, nothing sold' },
    {
      draft: 'Had my booster on Friday: no side effects from my jab at all. Grateful to the pharmacy team.',
      name: 'one\u2019s own experience',
    },
    {
      draft: 'Ten years ago today we opened. Thank you to every single client who has trusted us with their skin.',
      name: 'thanks to every client, no result claimed',
    },
    { draft: 'A magic moment at clinic today: a nervous teenager left smiling.', name: '"magic" for a moment' },
    {
      draft: 'Guaranteed sunshine this bank holiday? Doubtful. Guaranteed traffic? Certainly.',
      name: 'jokey guarantees',
    },
    {
      draft: 'Our Elm Street clinic has permanently closed; we now see everyone at the main site.',
      name: 'closed for good',
    },
    // Probe-set fixes.
    {
      draft:
        "No cancer treatment works for everyone, and anyone telling you 'no chemo needed' is not being straight with you.",
      name: 'quoted cancer claim, no promotion',
    },
    {
      draft: 'Free delivery on repeat prescriptions from the pharmacy next door – ask at reception.',
      name: 'delivery wording, no claim',
    },
    {
      draft:
        'Our NHS weight management service has helped hundreds of patients lose 2 stone. Ask your GP for a referral.',
      name: 'social proof in an NHS service report is not a sale',
    },
    { draft: "It's a miracle we got parking at the hospital today 😅", name: 'a miracle as an idiom' },
    { draft: 'Guaranteed to rain on the day of the practice BBQ.', name: 'guaranteed as an idiom' },
    { draft: 'Coffee is the only cure for this Monday. See you at the practice meeting.', name: 'cure as an idiom' },
  ],
  flagged: [
    {
      draft: 'Our IV vitamin drips are 100% safe with no side effects – book yours today!',
      spans: ['100% safe', 'no side effects'],
      rewrite:
        'Our IV vitamin drips are generally well tolerated with few side effects for most people – book yours today!',
    },
    {
      draft: 'Semaglutide jabs: guaranteed results or your money back. DM to book.',
      spans: ['guaranteed results'],
      rewrite: 'Semaglutide jabs: results vary or your money back. DM to book.',
    },
    {
      draft: 'GutGlow probiotics are clinically proven to fix IBS. Use code GUT10 for 10% off.',
      spans: ['clinically proven to', 'fix'],
      rewrite: 'GutGlow probiotics are intended to help with IBS. Use code GUT10 for 10% off.',
    },
    {
      draft: 'This miracle cream clears eczema in days – I recommend it to everyone. Available online.',
      spans: ['miracle', 'clears eczema in days'],
      rewrite: 'This cream clears eczema in days – I recommend it to everyone. Available online.',
    },
    {
      draft: 'Our weight-loss programme: lose 2 stone in 8 weeks, guaranteed, or your money back.',
      spans: ['lose 2 stone', 'guaranteed'],
    },
    { draft: 'Lose 10kg by summer with our private weight plan – link in bio.', spans: ['Lose 10kg'] },
    {
      draft: 'Our laser hair removal gives permanent results. £99 a session, book now.',
      spans: ['permanent results'],
      rewrite: 'Our laser hair removal gives long-lasting results for some people. £99 a session, book now.',
    },
    {
      draft: 'Declaration: I run Clear Ears. Our microsuction is 100% painless and completely risk-free.',
      spans: ['100% painless', 'completely risk-free'],
    },
    { draft: 'Our immune-boost IV drip prevents flu naturally! 💧', spans: ['immune-boost', 'prevents flu'] },
    {
      draft: 'I own VitaDrip, and our IV vitamin therapy is proven to boost survival.',
      spans: ['proven to'],
      rewrite: 'I own VitaDrip, and our IV vitamin therapy is intended to boost survival.',
    },
    { draft: 'Our full-body MRI is guaranteed to catch cancer early. £1,200, book now.', spans: ['guaranteed to'] },
    { draft: 'Our filler treatments reverse ageing by ten years. DM to book 💫', spans: ['reverse ageing'] },
    {
      draft: 'Long COVID? Our ozone therapy gives guaranteed relief. Limited spaces this month.',
      spans: ['guaranteed relief'],
    },
    { draft: 'Fat-melting injections that work every time – £99 a session at our clinic!', spans: ['work every time'] },
    // Probe-set fixes: "free consult" is an offer (not NHS "free"); praise and social proof make a post promotional;
    // a dash ends a negation; "drop" a dress size; claims against cancer treatment.
    {
      draft: 'Our cryolipolysis sessions at my clinic melt fat for good – zero risk. Book your free consult!',
      spans: ['melt fat', 'zero risk'],
    },
    // Shapes of an absolute claim in an advert's voice, in new words.
    {
      draft: 'Our tear trough treatment: zero complications in five years. Consults open.',
      spans: ['zero complications'],
    },
    {
      draft: 'Honestly babe the results are permanent, my clients never need a top-up again',
      spans: ['results are permanent', 'never need a top-up again'],
    },
    { draft: 'Our hair clinic protocol regrows hair in 100% of men within three months.', spans: ['in 100% of men'] },
    {
      draft: 'Rosehip oil is the only serum that actually works on scars. Grab yours via the link.',
      spans: ['the only serum that actually works'],
    },
    {
      draft: 'Thread veins cleared forever and absolutely no risk of scarring with our laser.',
      spans: ['cleared forever', 'absolutely no risk'],
    },
    {
      draft: 'Ultrasound skin tightening: no pain, no downtime, zero risk and results for life.',
      spans: ['no pain', 'zero risk', 'results for life'],
    },
    { draft: 'My 8-week programme reverses type 2 diabetes. Message me to join.', spans: ['reverses'] },
    // A cure said of a condition is read whatever the verb ("cleared my little one's eczema").
    {
      draft: "This miracle balm cleared my little one's eczema. Every parent needs it!",
      spans: ['miracle', 'cleared'],
    },
    {
      draft: "Weight-loss injections with NO side effects – we've helped hundreds of people drop 2 dress sizes.",
      spans: ['NO side effects', 'drop 2 dress sizes'],
    },
    {
      draft: 'Cancer patients: our vitamin C infusions shrink tumours, no chemo needed. I run the clinic.',
      spans: ['shrink tumours', 'no chemo needed'],
    },
    { draft: 'Magic results from one session of our laser treatment. Book now!', spans: ['Magic results'] },
    { draft: 'Drop 10kg in 30 days on our plan! Message me to join 💪', spans: ['Drop 10kg'] },
  ],
});

// Advertising claims (a guarantee, a promise of safety) count wherever there is any sign of an offer;
// mentioned, asked or reported, they do not.
testRule(rule, {
  clean: [
    {
      draft: 'No side effects? No such thing. Every treatment we offer comes with a leaflet of its risks.',
      name: 'asked and answered',
    },
    {
      draft: "A supplement firm offered me £300 to say their powder 'boosts immunity'. I said no.",
      name: 'quoted and refused',
    },
    { draft: 'Be wary of any clinic that promises miracles. Ask us if you are unsure.', name: 'reported' },
  ],
  flagged: [
    {
      draft: 'Migraines gone with one acupuncture session, guaranteed, or we treat you again free.',
      spans: ['guaranteed'],
    },
    {
      draft: 'Skin boosters that work every single time, zero risk. DM to book.',
      spans: ['every single time', 'zero risk'],
    },
  ],
});
