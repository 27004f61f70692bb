import { defineLexicon, terms } from '../text/lexicon.js';

/**
 * How a sentence frames an allegation: as insinuation, rumour, opinion, a public record, a denial or
 * someone else's accusation. A frame is not an allegation: the allegation reader
 * (analysis/allegations.ts) reads these around the accusing words and the people they are said of.
 *
 * Tags:
 *   insinuation  hints at wrongdoing without stating it ("funny how…", "draw your own conclusions"):
 *                in law the meaning a reader would take is what is published (Lewis v Daily Telegraph
 *                [1964] AC 234: innuendo; Chase v News Group [2002] EWCA Civ 1772: levels of meaning)
 *   suspicion    says a figure or a gain is suspicious in itself ("too good to be true")
 *   hedged       passes on a rumour ("apparently", "I heard", "in a closed group"): repeating it is
 *                publishing it again (the repetition rule: Lewis v Daily Telegraph; Stern v Piper [1997])
 *   opinion      frames a judgement as the author's view (Defamation Act 2013 s.3, honest opinion)
 *   sourced      cites a conviction, a tribunal or a published report (Defamation Act 2013 s.4 and
 *                the privilege of fair and accurate reports, Defamation Act 1996 s.15 and sch.1)
 *   denial       says the allegation is false or was rejected
 *   reported     attributes the accusation to someone else ("a patient accused Dr X of…")
 *   refuted      says what was alleged turned out otherwise ("turned out", "found it at home")
 *   proper-route says the concern went to a body that can look into it (GMC 'Raising and acting on
 *                concerns about patient safety', 2012; NHS Freedom to Speak Up)
 */

const INNUENDO =
  'Lewis v Daily Telegraph [1964] AC 234 (innuendo); Chase v News Group Newspapers [2002] EWCA Civ 1772 (levels of meaning)';
const REPETITION = 'Repetition rule: Lewis v Daily Telegraph [1964] AC 234; Stern v Piper [1997] QB 123';
const OPINION = 'Defamation Act 2013 s.3 (honest opinion)';
const REPORTS = 'Defamation Act 2013 s.4; Defamation Act 1996 s.15 and sch.1 (fair and accurate reports)';
const ROUTE = "GMC 'Raising and acting on concerns about patient safety' (2012); NHS England Freedom to Speak Up";
const EDITORIAL = 'Pause editorial: how UK clinicians and patients write';

export default defineLexicon({
  id: 'allegation-frame',
  description: 'How a sentence frames an allegation (insinuation, rumour, opinion, public record, denial).',
  entries: [
    ...terms(
      `funny how, funny that, strange how, strange that, odd how, odd that, curious how, curious that,
       interesting how, interesting that, convenient how, conveniently, how convenient, makes you wonder,
       make you wonder, makes me wonder, makes u wonder, you have to wonder, you've got to wonder, you gotta wonder,
       one wonders, i wonder where, i wonder why, i wonder how, wonder how, wonder why, wonder where, wonder where the money, draw your own conclusions,
       draw your own conclusion, make of that what you will, make of it what you will, make of that what you like,
       i'll say no more, ill say no more, say no more, i'll leave it there, ill leave it there, i'll leave it at that,
       just saying, just sayin, only saying, i'm only saying, im only saying, only saying what everyone knows,
       what everyone knows, everyone knows, everybody knows, we all know, we all know why, you all know,
       ask yourself why, ask yourselves why, ask yourself how, join the dots, connect the dots, do the maths,
       do the math, you do the maths, no coincidence, not a coincidence, pure coincidence, coincidence, nudge nudge,
       wink wink, not saying, i'm not saying, im not saying, not accusing anyone, not naming names, no names,
       mentioning no names, naming no names, questions need to be asked, questions to be answered, smells fishy,
       something fishy, something dodgy, dodgy, smells off, doesn't add up, doesnt add up, don't add up, dont add up,
       you couldn't make it up, follow the money, why is nobody asking, why is no one asking, why isn't anyone asking, how come`,
      ['insinuation'],
      INNUENDO,
      'Hints at wrongdoing without saying it: the hint is read with the facts around it.',
    ),
    ...terms(
      `too good to be true, miraculously, magically, mysteriously, somehow always, always seems to, always gets,
       always wins, never seems to`,
      ['suspicion'],
      INNUENDO,
      'Says a result or a gain is suspicious in itself.',
    ),
    ...terms(
      `apparently, allegedly, supposedly, reportedly, rumour, rumours, rumor, rumors, rumoured, rumored, i heard,
       i've heard, ive heard, heard that, heard in, heard on, heard from, word is, word on the street, people are
       saying, people say, i'm told, im told, i was told, gossip, closed group, private group, a little bird,
       a birdie, the grapevine, on the grapevine, someone told me, somebody told me, a friend told me, a mate told me,
       overheard, off the record, between you and me, passing on, passing it on, what i was told, so i hear,
       so i'm told, heard a rumour, the story is, story goes`,
      ['hedged'],
      REPETITION,
      'Passes on what someone else said: repeating an allegation publishes it again.',
    ),
    ...terms(
      `i think, i believe, i reckon, i suspect, i feel, i'd say, in my view, in my opinion, imo, imho, seems to me,
       my view is, my opinion is, to my mind, i'm pretty sure, im pretty sure, pretty sure, personally i think`,
      ['opinion'],
      OPINION,
      'Frames what follows as the author’s view.',
    ),
    ...terms(
      `convicted, found guilty, pleaded guilty, pled guilty, sentenced, jailed, crown court, magistrates, tribunal,
       mpts, struck off, erased from the register, erased from the medical register, cqc report, cqc inspection,
       cqc found, cqc rated, inspection report, inquiry found, inquest, ombudsman found, published report,
       published findings, according to the report, according to report, according to the court, according to court,
       according to the cqc, according to cqc, according to the gmc, according to gmc, according to the bbc,
       according to bbc, according to the judgment, according to the judgement, the report found, court heard,
       court ruled, judge ruled, nao report, the bbc reports, bbc reports, reports the bbc, the panel found,
       tribunal found, the gmc found, the investigation found, investigation found`,
      ['sourced'],
      REPORTS,
      'Reports a public finding: accurate reports of courts and official findings are protected.',
    ),
    ...terms(
      `denied, denies, deny, cleared of, acquitted, exonerated, no evidence, unfounded, untrue, false allegation,
       false allegations, no suggestion, not true, wasn't true, wasnt true, isn't true, isnt true, never happened,
       was cleared, were cleared, completely cleared`,
      ['denial'],
      EDITORIAL,
      'Says the allegation is false or was rejected.',
    ),
    ...terms(
      `accused, accusing, accuses, accusation, accusations, alleged that, alleges that, allegation, allegations,
       claimed that, claims that, complained that, a patient said, patient said, said that i, said i`,
      ['reported'],
      EDITORIAL,
      'Attributes the accusation to someone else.',
    ),
    ...terms(
      `turned out, it turned out, turns out, found it, found them, was wrong, were wrong, had it wrong, misunderstanding,
       mix up, mixup, mistaken, hadn't, i hadn't, he hadn't, she hadn't, they hadn't, it was a mistake, no truth`,
      ['refuted'],
      EDITORIAL,
      'Says what was alleged turned out otherwise.',
    ),
    ...terms(
      `raised my concerns, raised concerns, raised a concern, raised it with, raised this with, reported it to,
       reported this to, reported my concerns, reported the incident, referred my concerns, referred to the gmc,
       referred him to, referred her to, formal complaint, made a complaint, put in a complaint, lodged a complaint,
       freedom to speak up, speak up guardian, whistleblowing policy, whistleblew, blew the whistle, datix,
       significant event, reported to the cqc, reported to cqc, told the practice manager, the practice manager knows,
       escalated, escalated it, escalated to`,
      ['proper-route'],
      ROUTE,
      'The concern went to someone who can act on it: that is the proper route, not publication.',
    ),
  ],
});
