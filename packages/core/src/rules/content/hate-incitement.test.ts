import { testRule } from '../../../test/rule-tester.js';
import rule from './hate-incitement.js';

testRule(rule, {
  clean: [
    {
      draft: 'Well done to the staff who treated the Southport victims.',
      name: 'praise given to others beside an attack',
    },
    {
      draft: 'Thank god no one else was hurt in the Manchester Arena attack.',
      name: 'relief, not praise of the attack',
    },
    { draft: 'Glad to see the Southport attacker got life.', name: 'justice done is not glorification' },
    { draft: 'Praying for Southport. The bravery of the paramedics was incredible.' },
    {
      draft: 'Had a massive asthma attack at the mosque and the first aiders were amazing. Thank you to everyone.',
      name: 'an illness is no attack',
    },
    { draft: 'These puns are killing me 😂 well done the reception team on the Christmas window' },
    { draft: "Atul Gawande's Checklist Manifesto is well worth reading.", name: 'a manifesto with no attacker' },
    { draft: 'The major incident debrief from the Nottingham attack is worth reading for the triage lessons.' },
    { draft: 'Hamas released three hostages today, thank god they are home.' },
    { draft: 'We support the Palestinian people, not Hamas.', name: 'support given to people, not the organisation' },
    { draft: "I don't support Hamas or any group that kills civilians." },
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
      draft: 'Hamas are freedom fighters.',
      spans: ['Hamas are freedom fighters'],
      name: 'a proscribed organisation praised',
    },
    { draft: 'I stand with Palestine Action.', spans: ['I stand with Palestine Action'] },
    { draft: 'Oct 7 was legitimate resistance.', spans: ['Oct 7 was legitimate resistance'] },
    {
      draft: 'Whoever bombed that clinic saved more lives than any doctor ever will. Hero.',
      spans: ['bombed that clinic saved more lives than any doctor ever will. Hero'],
      name: 'praise alone in the next sentence',
    },
    { draft: 'The Christchurch shooter. He was right.', spans: ['Christchurch shooter. He was right'] },
    {
      draft: 'Whoever set fire to the Rotherham hotel deserves a medal not a prison sentence.',
      spans: ['set fire to the Rotherham hotel deserves a medal'],
      name: 'justice waved away',
    },
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
