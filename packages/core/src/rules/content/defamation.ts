import { readAllegations, targetPhrase } from '../../analysis/allegations.js';
import { defineRule } from '../../rule.js';

/*
 * content.defamation: an allegation of wrongdoing, dishonesty, incompetence, crime, intoxication at work
 * or bullying, stated as fact or insinuated, about someone identifiable.
 *
 * The reading is in analysis/allegations.ts: which accusing words are said of whom, and how the
 * sentence frames them (opinion, rumour, a public finding, a denial, a hint). This rule words the finding.
 * Labels are name-calling and belong to content.insult; a label that is itself an accusation ("a liar",
 * "a fraud", "crooks", marked so in the insult lexicon) is also reported here when it is said of someone
 * identifiable to others, not to their face. Where a sentence both labels and states an act, the act is reported.
 */

const KIND_PHRASE: Record<string, string> = {
  fraud: 'fraud or falsified records',
  theft: 'theft or cheating people out of money',
  bribery: 'taking or paying bribes',
  dishonesty: 'dishonesty',
  harm: 'harming patients or people',
  incompetence: 'negligence or being unsafe to practise',
  impairment: 'working under the influence',
  bullying: 'bullying or abusing people',
};

export default defineRule({
  id: 'content.defamation',
  category: 'content',
  severity: 'stop',
  guidance: 'Content',
  readers: ['judge', 'employer', 'gmc'],
  description: 'A damaging factual allegation about an identifiable person or organisation.',
  rationale:
    'The Content section of the guidance reminds doctors that what they post about people and organisations is subject ' +
    'to the law of defamation. Saying as a fact that a named colleague, practice or NHS body is lying, falsifying records, ' +
    'stealing or harming patients can damage their reputation, and the author may have to prove it before a judge. ' +
    'Employers and the GMC also expect concerns to go through the proper channels, not onto social media; opinion on a ' +
    'policy or a decision, clearly framed as opinion, is fair comment and is left alone.',
  examples: {
    flagged: [
      'Dr Jones at Parkview Surgery has been falsifying his QOF returns for years.',
      'The practice manager is skimming money from the petty cash.',
      'Apparently the new locum turned up drunk on Tuesday.',
      '@NorthfieldTrust covered up the deaths on ward 6.',
      'Funny how Dr Patel always gets the PCN contract, and his wife sits on the ICB board.',
      'I heard Dr Ellis comes into work high most Mondays.',
    ],
    clean: [
      "In my view the ICB's decision to close the walk-in centre is a mistake.",
      'I think the new triage policy is unfair on older patients.',
      'Anyone who falsifies records should expect to lose their licence.',
      "Calling a named colleague 'negligent' online can be defamatory.",
      'I was lying awake at 3am worrying about the rota.',
      'A GP in Kent has been struck off for fraud, the tribunal found.',
      'Funny how the printer always jams when I am running late.',
    ],
  },
  detect({ analysis: a }) {
    return readAllegations(a).map((x) => {
      const excerpt = a.text.slice(x.start, x.end);
      const what =
        x.kind === 'endorsement'
          ? `'${excerpt}' backs the accusation in the message you are replying to. Agreeing with an allegation ` +
            'repeats it, and repeating it publishes it again: a judge could treat that as defamation, which you would have to prove'
          : x.kind === 'insinuation'
            ? `'${excerpt}' hints that ${targetPhrase(x.target)} did something dishonest without saying it. A hint is read ` +
              'for what readers would take from it, so it carries the same risk as saying it outright: a judge could treat ' +
              'it as defamation, which you would have to prove'
            : `'${excerpt}' accuses ${targetPhrase(x.target)} of ${KIND_PHRASE[x.kind] ?? 'wrongdoing'} as if it were ` +
              'established fact. A judge could treat that as defamation, which you would have to prove';
      const rumour = x.rumour
        ? ' Framing it as something you heard does not help: repeating an allegation publishes it again.'
        : '';
      return {
        start: x.start,
        end: x.end,
        confidence: Math.min(0.95, x.confidence),
        message:
          `Don't send this as it stands: ${what}, and an employer or the GMC would expect the concern to be raised ` +
          `properly rather than posted (guidance: Content).${rumour}`,
        suggestions: [
          {
            kind: 'advice' as const,
            text:
              'Take the accusation out and talk about the issue instead (what happened, what it means for patients). If you have a ' +
              "genuine concern about a person or organisation, raise it through the proper route: your practice's or trust's " +
              'Freedom to Speak Up guardian, the responsible officer, the CQC or the GMC.',
          },
        ],
        why: [...x.why],
      };
    });
  },
});
