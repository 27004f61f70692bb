import { describe, expect, it } from 'vitest';
import { testRule } from '../../../test/rule-tester.js';
import { ageCues } from '../../analysis/ages.js';
import rule from './indirect-identification.js';

testRule(rule, {
  clean: [
    // Singling out needs the person's own health beside the description.
    {
      draft: 'Big thanks to the pharmacists on the high street who ran our COPD inhaler checks this week.',
      name: 'a plural role is a group, not one person',
    },
    {
      draft: 'Our local podiatrist had a great idea: a free foot-check stall at the diabetes fair.',
      name: 'a care worker beside health words that are their work',
    },
    {
      draft:
        "Our neighbour's cat has been limping. I'll mention it when I see them; the vet at Southfields does home visits.",
      name: 'a care worker, and health in another sentence that is not theirs',
    },
    {
      draft: 'Meet our practice asthma nurse team: they run the Tuesday evening reviews.',
      name: 'a condition that names the role is its specialty',
    },
    {
      draft: 'Hats off to the landlord of the Plough who let us run blood pressure checks in his bar.',
      name: 'a condition naming a service or campaign',
    },
    {
      draft: 'The imam at the Central Mosque sat with my dying mum through the night. Kindness itself.',
      name: "the author's own family's health",
    },
    {
      draft: 'Remembering the first GP in Brixton to open the doors to everyone, a pioneer of British medicine.',
      name: 'medicine as a field of work',
    },
    {
      draft: {
        text: 'Visit booked for the hoarding concern. The district nurse on Thurs will join me.',
        channel: 'group-chat',
      },
      name: 'a day of the week is not a place',
    },
    {
      draft: { text: 'Patient asked for a female doctor for her HPV follow-up. Sorted.', channel: 'group-chat' },
      name: 'a health abbreviation is not a place name',
    },
    {
      draft: 'Spotted the mayor queueing for the flu clinic this morning, brilliant to see.',
      name: 'a local role at a public campaign, no health of theirs',
    },
    {
      draft: 'The landlord of the Crown has kindly offered his car park for our fun run.',
      name: 'a local role, no health',
    },
    {
      draft: 'Great to meet the new head of Ridgeway Primary to plan the school nurse drop-ins.',
      name: 'a local role at work with us',
    },
    { draft: 'Our town has a new pharmacy: flu jabs available from Monday.', name: 'a local place and a campaign' },
    // Public health and teaching without a particular person.
    {
      draft:
        'Over-65s, pregnant women and children aged 2-3 are eligible for the flu jab this autumn. Book on the NHS App.',
    },
    {
      draft:
        'Teaching point: a patient with chest pain on exertion that settles with rest has angina until proven otherwise.',
    },
    {
      draft: 'Iron deficiency in a man or a post-menopausal woman needs investigating for bowel cancer. FIT and refer.',
    },
    {
      draft:
        'Teaching case (details changed): a 58-year-old farmer from a small village came in today with painless jaundice.',
      name: 'details changed',
    },
    {
      draft:
        "A composite case: an elderly widower in the village with Parkinson's who fell at the county show last week.",
      name: 'composite',
    },
    // Colleagues and the author, not patients.
    {
      draft:
        'After 31 years at Marsh Road Practice, our senior partner Dr Glenys Pugh retires on Friday. She has delivered babies and visited thousands at home.',
    },
    {
      draft:
        'Our practice nurse Jo won the Unsung Hero award last night for setting up the housebound vaccination round in the village.',
    },
    {
      draft:
        'Twenty years ago this week I started as a GP partner in a small market town. Continuity has caught cancers and kept people alive.',
    },
    {
      draft: {
        text: "Sad news: Mo's father died at the weekend in Harrogate. There is a card in the staff room.",
        channel: 'group-chat',
      },
    },
    {
      draft: {
        text: 'Lovely news from Jess: baby Arlo arrived on Tuesday, both doing well! She has said we can share.',
        channel: 'group-chat',
      },
    },
    // Too little to single anyone out.
    {
      draft: {
        text: 'Quick one: lady in her 60s, eGFR dropped from 58 to 41 since starting ramipril six weeks ago. Stop or continue?',
        channel: 'group-chat',
      },
    },
    { draft: 'Saw a 45-year-old man with chest pain today. Always do an ECG.', name: 'age, sex, date, no strong cue' },
    {
      draft: {
        text: 'Can you see the lady with the DVT I mentioned? I have put her in your 4pm.',
        channel: 'direct-message',
      },
    },
    // Named patient: the direct-identifier rule speaks instead.
    {
      draft:
        'Shared with his written permission: Dave Kershaw, 68, from Ilkley, whose aneurysm was found on screening last year.',
    },
    // News and places without a patient.
    {
      draft:
        'According to the BBC, a 34-year-old teacher from Keld has died of meningitis after collapsing at the county show.',
    },
    {
      draft: {
        text: 'Anyone driving up to the Cockermouth conference on Friday? Happy to share petrol.',
        channel: 'group-chat',
      },
    },
    {
      draft: 'Saw a lady in her 80s today with a UTI. Always check for confusion.',
      name: 'age band, sex, date, ordinary diagnosis',
    },
    {
      draft: 'The new headteacher at Brookfield High started this week: welcome to our community!',
      name: 'a welcome, no patient',
    },
    {
      draft: 'My dad, 78, had his hip replaced in Harrogate yesterday. Brilliant team, thank you!',
      name: "the author's own family",
    },
    { draft: 'Respect to the lad who punched that GP in Leeds last week.' },
    {
      draft: { text: 'the lady in 4, new AF, rate 120 - can you review?', channel: 'direct-message' },
      name: 'a bay number and initials in capitals are no place',
    },
    {
      draft: 'To the gentleman who shouted at Karen on Tuesday about his verruca: she was doing her job.',
      name: 'a first name after "at" is a person, not a place',
    },
    {
      draft: "Can't stop thinking about the little one from the M62 crash. Not one of ours, but still.",
      name: 'a known incident with the tie to the practice denied',
    },
    {
      draft: 'Our local MP visited the surgery today to hear about recruitment. Thanks for listening!',
      name: 'a visit is not care: the MP is no patient',
    },
    {
      draft: 'The fire at the Golden Fry on Station Rd last night means the surgery has no power this morning.',
      name: 'an incident on a named street with no person in it',
    },
    {
      draft: 'The nurse from Ghana who looked after my mum on Ward 4 was an angel. Please pass on our thanks.',
      name: 'care a care worker gave is their work, not their health',
    },
    {
      draft: "Thanks to everyone who came to our patient group meeting at St Mark's church hall last night.",
      name: '"our patient group" is a body, not a tie to one person',
    },
    { draft: { text: "What's the verdict on the case?", channel: 'group-chat', direction: 'inbound' } },
  ],
  flagged: [
    {
      draft: 'Home visit to a lovely 93 year old in LS29 8QN today. Her dementia is getting worse.',
      spans: ['93 year old in LS29 8QN today. Her dementia'],
      name: 'a full postcode, an age and a diagnosis',
    },
    {
      draft: {
        text: 'the woman who runs the florist on Kirk St was in with a DVT, keep an eye out',
        channel: 'group-chat',
      },
      spans: ['woman who runs the florist on Kirk St was in with a DVT'],
      name: 'a definite person tied to a named street by what she does there',
    },
    {
      draft:
        'To the man in the blue Volvo who parks by the Spar in Askrigg: I know about the chest pain. Please come back.',
      spans: ['man in the blue Volvo who parks by the Spar'],
      name: 'a definite person tied to a named shop and village, beside a symptom',
    },
    {
      draft: 'Honoured to have cared for the founder of Ribble Valley Cheese through his last months with cancer.',
      spans: ['founder of Ribble Valley Cheese'],
      name: 'care given (any inflection of "care for") to a role at a named business',
    },
    {
      draft: 'The pharmacist at Southfields came in with shingles this morning, poor thing.',
      spans: ['pharmacist at Southfields'],
      name: 'a care worker with their own episode of care in the same sentence',
    },
    {
      draft: 'The landlord of the Plough has been diagnosed with diabetes. Nobody in the village knows yet.',
      spans: ['landlord of the Plough'],
      name: 'a singular role with their own diagnosis',
    },
    {
      draft: { text: 'the landlady of the Black Bull is in with shingles again', channel: 'group-chat' },
      spans: ['landlady of the Black Bull'],
      name: 'a role one pub has one of, beside a condition',
    },
    {
      draft: 'Our village\u2019s retired postmistress came in with a fractured hand this week.',
      spans: ['Our village\u2019s retired postmistress'],
      name: "a town's one-of-a-kind, with an injury",
    },
    {
      draft: 'The woman from the flood rescue at Ferry Lane is in ICU tonight.',
      spans: ['woman from the flood rescue at Ferry Lane is in ICU tonight'],
      name: 'someone known for a local event',
    },
    {
      draft: 'The lad who won the county spelling bee is on sertraline now, poor thing.',
      spans: ['lad who won the county spelling'],
      name: 'someone known for what they did',
    },
    {
      draft: 'Home visit to the oldest woman in Grassington, pneumonia but cheerful.',
      spans: ['the oldest woman in Grassington'],
      name: 'a superlative that leaves one person',
    },
    {
      draft: { text: 'the vicar\u2019s husband has just been diagnosed with leukaemia', channel: 'group-chat' },
      spans: ['vicar\u2019s husband'],
      name: 'the relative of a one-a-place role',
    },
    {
      draft: {
        text: "He's one of mine, and he's doing well.",
        channel: 'comment',
        platform: 'facebook',
        thread: [{ author: 'Dales Gazette', text: 'Cyclist hurt in collision on the B6160' }],
      },
      spans: ['one of mine'],
      name: 'claiming the subject of a news report as a patient',
    },
    {
      draft:
        "Saw a 34-year-old pregnant primary school teacher from Little Whitcombe today with Wilson's disease. Fascinating case.",
      spans: ["34-year-old pregnant primary school teacher from Little Whitcombe today with Wilson's disease"],
      rewrite: 'Saw a 30-something pregnant professional recently with a rare condition. Fascinating case.',
    },
    {
      draft: "Our only patient with Huntington's disease, a retired vicar in the village, sadly died last week.",
      spans: ["Our only patient with Huntington's disease, a retired vicar in the village, sadly died last week"],
      rewrite: 'Our only patient with a rare condition, a retired professional, sadly died recently.',
    },
    {
      draft: {
        text: '52-year-old sheep farmer out at Thwaite, recently widowed, now with weight loss. What would you do?',
        channel: 'group-chat',
      },
      spans: ['52-year-old sheep farmer out at Thwaite, recently widowed'],
    },
    {
      draft: {
        text: 'Twin sisters in their 30s, both vets in Settle, both with cystic fibrosis. Any tips?',
        channel: 'group-chat',
      },
      spans: ['Twin sisters in their 30s, both vets in Settle, both with cystic fibrosis'],
    },
    {
      draft:
        'Last Tuesday I diagnosed a Premier League footballer at our practice with a heart condition that will end his career.',
      spans: [
        'Last Tuesday I diagnosed a Premier League footballer at our practice with a heart condition that will end his',
      ],
      rewrite: 'Recently I diagnosed a professional at our practice with a heart condition that will end his career.',
    },
    {
      draft: "The lollipop man outside St Anne's primary came in yesterday with TB. Parents, watch for coughs.",
      spans: ["lollipop man outside St Anne's primary came in yesterday with TB"],
    },
    {
      draft: 'Delivered a baby in our surgery car park at 6.40 this morning! Mum and baby boy doing brilliantly.',
      spans: ['Delivered a baby in our surgery car park at 6.40 this morning! Mum'],
      rewrite: 'Delivered a baby in our surgery car park recently! Mum and baby boy doing brilliantly.',
    },
    {
      draft: {
        text: 'To reassure everyone, the elderly gentleman at the end of Mill Lane is doing fine after his fall. I popped in this morning.',
        channel: 'group-chat',
      },
      spans: ['elderly gentleman at the end of Mill Lane is doing fine after his fall. I popped in this morning'],
      rewrite: 'To reassure everyone, the elderly gentleman is doing fine after his fall. I popped in recently.',
    },
    {
      draft: {
        text: 'For your story: the woman who collapsed at the Hexham carnival on Saturday afternoon was one of my patients.',
        channel: 'email',
      },
      spans: ['woman who collapsed at the Hexham carnival on Saturday'],
      rewrite: 'For your story: the woman who collapsed at a local event recently was one of my patients.',
    },
    {
      draft: 'The nurse from ward 7 who crashed her car on the A65 last night was one of mine.',
      spans: ['nurse from ward 7 who crashed her car on the A65 last night'],
      rewrite: 'The professional who crashed her car recently was one of mine.',
    },
    {
      draft: { text: "Guess who is pregnant: the new vicar's wife! Booked her in today.", channel: 'group-chat' },
      spans: ["pregnant: the new vicar's wife! Booked her in today"],
    },
    {
      draft: {
        text: 'I saw a 7-year-old boy today with bruises on his back. He is in Year 3 at Moorside Primary.',
        channel: 'group-chat',
      },
      spans: ['7-year-old boy today with bruises on his back. He is in Year 3 at Moorside Primary'],
      rewrite: 'I saw a young boy recently with bruises on his back. He is in Year 3.',
    },
    {
      draft:
        'Our oldest patient turned 104 today! Still lives on her own in the village and walks to church every Sunday.',
      spans: ['Our oldest patient turned 104 today! Still lives on her own in the village'],
    },
    {
      draft: 'A local councillor came in this morning with a nasty case of shingles.',
      spans: ['councillor came in this morning with a nasty case of shingles'],
    },
    {
      draft: 'Triplets born at 31 weeks at the surgery last night, the first in our town for decades!',
      spans: ['Triplets born at 31 weeks at the surgery last night, the first in our town'],
    },
  ],
});

describe('confidentiality.indirect-identification: ages', () => {
  const ages = (t: string) => ageCues(t).map((c) => t.slice(c.start, c.end));
  it('reads the clinical shorthand for age and sex', () => {
    expect(ages('Quick q – 67M, eGFR 39')).toContain('67M');
    expect(ages("What's this? 45F, 3 months, itchy")).toContain('45F');
  });
  it('reads an age in brackets after a person', () => {
    expect(ages('the young mum (24) we lost')).toEqual(['(24)']);
  });
  it('leaves out amounts and counts', () => {
    expect(ages('over 1M people waiting')).toEqual([]);
    expect(ages('£2 M funding for the 3M tape')).toEqual([]);
    expect(ages('flu clinics (2) this week')).toEqual([]);
  });
});
