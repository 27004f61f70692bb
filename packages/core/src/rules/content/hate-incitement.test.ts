import { testRule } from '../../../test/rule-tester.js';
import rule from './hate-incitement.js';

testRule(rule, {
  clean: [
    {
      draft: 'The 2019 attack on two mosques in Christchurch killed 51 worshippers.',
      name: 'violence reported with its date',
    },
    {
      draft: "Practice cricket team finally beat the pharmacists! They'll want a rematch and we'll beat them then too",
      name: 'beating a team in a match is winning, not violence',
    },
    { draft: 'Hang in there! That backlog would slay anyone.', name: '"hang in there" is an idiom' },
    { draft: 'A terrorist attack in Manchester killed 22 people in 2017.' },
    { draft: 'We condemn the attack on the mosque in the strongest terms. Our thoughts are with the victims.' },
    { draft: 'Ivermectin treats parasites, not COVID.' },
    { draft: "We've booked vermin control for the bins behind the surgery." },
    { draft: 'Soap and water kills the virus better than gel.' },
    { draft: 'She had a heart attack last year and is doing well.' },
    { draft: "Asthma attack? Use your blue inhaler and call 999 if it doesn't help." },
    { draft: 'The Nazis gassed millions of Jews in the Holocaust. We remember them today.' },
    { draft: "Let's kill this meeting and go home." },
    { draft: 'Shoot me an email if you want to come.' },
    { draft: "Our practice nurse won the ICB's Unsung Hero award. Nobody deserves it more." },
    { draft: 'This heatwave is killing me.' },
    { draft: 'Time to fight back against the cuts to general practice: write to your MP.' },
    { draft: 'Patients on trolleys were treated like animals last night, and the staff are exhausted.' },
    {
      draft: "Here's where she lives. Maybe pay her a visit.",
      name: 'an individual target is harassment, not incitement',
    },
    {
      draft: 'Someone torched the bins behind the surgery last night, police are aware.',
      name: 'probe: news of an attack, no wish',
    },
    {
      draft: 'Our flu team did the world a favour this weekend: 600 jabs!',
      name: 'probe: "did the world a favour" without an attack',
    },
  ],
  flagged: [
    { draft: 'They should all be deported.', spans: ['deported'] },
    { draft: 'Burn down the mosque.', spans: ['Burn down the mosque'] },
    { draft: 'Someone should bomb that place.', spans: ['bomb that place'] },
    { draft: 'Kill all the Jews.', spans: ['Kill all the Jews'] },
    { draft: 'Immigrants are cockroaches.', spans: ['Immigrants are cockroaches'] },
    { draft: 'Asylum seekers are parasites living off us.', spans: ['Asylum seekers are parasites'] },
    { draft: 'The Manchester bomber is a hero.', spans: ['bomber is a hero'] },
    {
      draft: "Let's all go round there tonight.",
      spans: ["Let's all go round"],
      gap: 'gathering at a place with no act named is left to the model',
    },
    { draft: 'Anti-vaxxers should be lined up and shot.', spans: ['Anti-vaxxers should be lined up'] },
    {
      draft: 'Respect to the lad who punched that GP in Leeds.',
      spans: ['Respect to the lad who punched'],
    },
    { draft: "Yesterday's attack was justified.", spans: ['attack was justified'] },
    {
      draft: 'Someone should torch that hotel with the lot of them inside.',
      spans: ['torch that hotel'],
    },
    { draft: 'The protesters outside are vermin.', spans: ['protesters outside are vermin'] },
    {
      draft: 'Those people breed like rabbits.',
      spans: ['breed like rabbits'],
      gap: '"those people" with no group named before is not read as a people',
    },
    { draft: 'Sh00t them all.', spans: ['Sh00t them'], name: 'leet spelling' },
    {
      draft: 'Time someone torched that mosque up the road.',
      spans: ['torched that mosque'],
      name: 'probe: wish + past tense',
    },
    {
      draft: 'Whoever stabbed that abortion doctor did the world a favour.',
      spans: ['Whoever stabbed that abortion doctor did the world a favour.'],
    },
    { draft: 'Round them all up and put them back on the boats.', spans: ['Round them all up'] },
  ],
});
