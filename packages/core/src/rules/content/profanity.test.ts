import { describe, expect, it } from 'vitest';
import { findingsOf, testRule } from '../../../test/rule-tester.js';
import rule from './profanity.js';

testRule(rule, {
  clean: [
    // Places, names, foods, birds and ordinary words that contain a swear word
    { draft: 'Lovely to meet the GP trainees from Scunthorpe and Penistone at the deanery day.' },
    { draft: 'Teaching in Essex on Monday, Sussex on Tuesday, Middlesex University on Friday.' },
    { draft: 'Shiitake mushroom risotto at the practice away day, then a mocktail instead of a cocktail.' },
    { draft: 'Please complete the cumulative assessment and the audit analysis by Friday.' },
    { draft: 'Our reception team are performing Dick Whittington at the village hall on Friday.' },
    { draft: 'Retirement do for Dick Smith, our practice manager of 30 years.' },
    { draft: 'A blue tit and a great tit on the surgery bird feeder this morning.' },
    { draft: 'Two blue tits and three coal tits on the feeder.', name: 'bird names in the plural' },
    { draft: "Let's not get into tit for tat over the rota." },
    { draft: 'The pussy willow outside the surgery is flowering.' },
    { draft: 'Meet our Cockermouth team at the Cumbria conference.' },
    // Clinical words
    { draft: 'An anal fissure usually heals with softeners and GTN ointment.' },
    { draft: 'Anal cancer and anal fistula are different problems; see your GP if you bleed.' },
    {
      draft:
        'Check your breasts, testicles and penis for changes; vaginal bleeding after the menopause needs a GP visit.',
    },
    { draft: 'Bloody diarrhoea for more than a day needs a same-day appointment.' },
    { draft: 'The heel prick test and skin prick testing are both quick.' },
    { draft: 'Sharp prick now, all done.' },
    // Mild idioms we leave alone
    { draft: 'It has been a hell of a week, thank you all for pulling together.' },
    { draft: "Sod's law: the one day I leave early, the fire alarm goes off." },
    { draft: 'A feckless plan from the ICB, but we will make it work.' },
    {
      draft: 'What a cock-up with the rota this week, sorry all.',
      name: 'cock-up is mild: shown only at strict sensitivity',
    },
    { draft: 'Living hell for carers waiting for packages of care.' },
    // Not spaced swearing
    { draft: 'Vitamins A, B and C, plus the A & E rota, e.g. the a.s.a.p. list.' },
  ],
  flagged: [
    {
      draft: 'F*cking brilliant news: we have been rated Outstanding!',
      spans: ['F*cking'],
      rewrite: 'Brilliant news: we have been rated Outstanding!',
    },
    { draft: 'Bloody hell. 400 flu jabs before lunch.', spans: ['Bloody hell'], rewrite: '400 flu jabs before lunch.' },
    {
      draft: 'Dr Kerr is a bloody idiot. Anyway, see you at the practice meeting.',
      spans: ['bloody'],
      rewrite: 'Anyway, see you at the practice meeting.',
      name: 'an intensified insult: the rewrite drops the insult, not only the swear word',
    },
    { draft: 'What a bloody mess.', spans: ['bloody'], rewrite: 'What a mess.' },
    {
      draft: 'Parents, please stop asking for the f***ing things.',
      spans: ['f***ing'],
      rewrite: 'Parents, please stop asking for the things.',
    },
    { draft: 'f u c k i n g amazing turnout today', spans: ['f u c k i n g'], rewrite: 'amazing turnout today' },
    { draft: 'That was f.u.c.k.i.n.g. ridiculous.', spans: ['f.u.c.k.i.n.g'] },
    { draft: 'This rota is s h i t', spans: ['s h i t'] },
    { draft: 'This new tool is the ѕhit.', spans: ['ѕhit'], name: 'Cyrillic look-alike letter' },
    { draft: 'What a sh1t day', spans: ['sh1t'] },
    { draft: 'fuuuuck, the server is down', spans: ['fuuuuck'] },
    {
      draft: 'ffs the update has broken the templates',
      spans: ['ffs'],
      rewrite: 'The update has broken the templates',
    },
    { draft: 'who the fuck moved my otoscope', spans: ['fuck'], rewrite: 'who moved my otoscope' },
    { draft: 'So to whoever said we could not do it: bollocks to that!', spans: ['bollocks'] },
    { draft: 'you absolute shower of sh*te', spans: ['sh*te'] },
    { draft: 'Sod off with your targets.', spans: ['Sod off'] },
    { draft: "I'm pissed off with the ICB.", spans: ['pissed'] },
    { draft: 'He is a tosser and a wanker.', spans: ['tosser', 'wanker'] },
    { draft: 'What an arsehole.', spans: ['arsehole'] },
    { draft: 'Bellend.', spans: ['Bellend'] },
    { draft: 'Shite day, feck it.', spans: ['Shite', 'feck'] },
    { draft: 'Total b*llocks from the minister.', spans: ['b*llocks'] },
    { draft: 'WTF is this new contract', spans: ['WTF'], rewrite: 'Is this new contract' },
    { draft: 'Got sweet FA from the ICB again.', spans: ['sweet FA'] },
    { draft: 'What the hell is this letter?', spans: ['hell'], rewrite: 'What is this letter?' },
    { draft: 'Damn, forgot my badge.', spans: ['Damn'], rewrite: 'Forgot my badge.' },
    { draft: 'Bugger, the printer has jammed.', spans: ['Bugger'], rewrite: 'The printer has jammed.' },
    { draft: 'Dick move from the locum agency.', spans: ['Dick'] },
    { draft: 'What a cock-up', spans: ['cock-up'], policy: { sensitivity: 'strict' } },
  ],
});

describe('content.profanity details', () => {
  it('is more confident about strong words than mild ones', () => {
    const strong = findingsOf(rule, 'What a fucking mess.')[0];
    const mild = findingsOf(rule, 'What a bloody mess.')[0];
    expect(strong?.confidence).toBeGreaterThan(mild?.confidence ?? 1);
  });
  it('explains the finding in three parts at caution wording', () => {
    const [f] = findingsOf(rule, 'Bollocks to the new contract');
    expect(f?.message).toMatch(/Reconsider/);
    expect(f?.message).toMatch(/GMC/);
    expect(f?.why?.join(' ')).toMatch(/Ofcom 2021: medium/);
  });
  it('advises rewording where an automatic rewrite would not read well', () => {
    const [f] = findingsOf(rule, 'The new contract is bollocks');
    expect(f?.suggestions[0]?.kind).toBe('advice');
  });
  it('respects a policy allow-list', () => {
    expect(findingsOf(rule, 'Bloody brilliant team', { allow: { 'content.profanity': ['bloody'] } })).toEqual([]);
  });
});
