import { defineLexicon, type LexiconEntry, many } from '../text/lexicon.js';

/**
 * Words and phrases that accuse someone of wrongdoing, dishonesty, incompetence or crime.
 *
 * A hit is a cue, not a finding: content.defamation decides whether the words are stated as fact
 * about an identifiable person or organisation (a name, a role, a named practice or body), and
 * whether they are negated, quoted, hypothetical, framed as opinion or backed by a public source.
 *
 * Tags:
 *   act           a factual allegation of something done ("falsified the notes", "botched", "stealing")
 *   evaluative    a damaging judgement that honest opinion may cover when framed as opinion
 *                 ("negligent", "corrupt", "a danger to patients")
 *   noun          names the wrongdoing itself ("fraud", "a cover-up"): it may follow its target
 *                 ("fraud at X Surgery") or stand as a fragment after a sentence about the target
 *                 ("Fraud, plain and simple.")
 *   needs-object  has an everyday innocent sense ("fiddling with the printer", "inflating the cuff"):
 *                 counts only when what follows is money, figures or records
 *   fraud, theft, bribery, dishonesty, harm, incompetence, impairment: what kind of wrong is alleged
 *
 * Labels for a person ("liar", "fraud" as "a fraud", "crook") live in the insult lexicon, whose
 * rule reports them as name-calling; this list holds the allegation of the act.
 */

const FRAUD = 'Fraud Act 2006 ss.2-4 (fraud by false representation, failing to disclose, abuse of position)';
const THEFT = 'Theft Act 1968 s.1 and s.17 (theft, false accounting)';
const FORGERY = 'Forgery and Counterfeiting Act 1981 s.1 (making a false instrument)';
const BRIBERY = 'Bribery Act 2010 ss.1-2 (bribing, being bribed)';
const GMP = "GMC 'Good medical practice' (2024), honesty and trust, and patient safety domains";
const NEG = 'Bolam v Friern Hospital Management Committee [1957]: the test of clinical negligence; common UK usage';
const DEF = 'Defamation Act 2013 s.1 (serious harm) and s.3 (honest opinion); Pause editorial';
const UK = 'common UK usage';

export default defineLexicon({
  id: 'allegation',
  description: 'Allegations of wrongdoing, dishonesty, incompetence or criminality.',
  entries: [
    // Fraud and false records
    ...many(['falsif*', 'fraudulent', 'fraudulently', 'defrauding', 'defrauded', 'defraud', 'forged', 'forging', 'forgery',
      'fabricated', 'fabricating', 'faked', 'faking the', 'doctored the', 'doctoring the', 'backdated', 'backdating', 'cooking the books',
      'cooked the books', 'cooking the figures', 'cooked the figures', 'on the fiddle', 'false accounting', 'gaming the figures',
      'gaming the system', 'gaming the data', 'claiming for dead patients', 'claiming for patients who', 'ghost patients', 'plagiaris*'],
    ['act', 'fraud'], FRAUD, 'Alleges dishonest records, claims or documents.'),
    ...many(['fraud', 'a cover up', 'the cover up', 'a whitewash'], ['act', 'noun', 'fraud'], FRAUD,
      'Names the wrongdoing itself; may follow its target ("fraud at X Surgery") or stand after a sentence about it.'),
    ...many(['fiddling', 'fiddled', 'fiddles', 'inflating', 'inflated', 'massaging', 'massaged', 'manipulating', 'manipulated',
      'tampering', 'tampered', 'rigging', 'rigged', 'padding', 'padded', 'altering', 'altered', 'skimming', 'skimmed', 'siphoning',
      'siphoned', 'creaming off', 'fudging', 'fudged', 'cover up', 'covered up', 'covering up', 'hushed up', 'hushing up',
      'faking', 'fakes'],
    ['act', 'needs-object', 'fraud'], FRAUD, 'Dishonest when the object is money, figures or records; innocent otherwise ("fiddling with the printer").'),
    // Theft and bribery
    ...many(['stealing', 'stole', 'steals', 'stolen from', 'theft', 'thieving', 'thief', 'thieves', 'embezzl*', 'pocketing',
      'misappropriat*', 'ripping off', 'ripped off', 'ripping patients off', 'fleecing', 'fleeced', 'selling out of date',
      'selling expired', 'selling fake', 'selling counterfeit', 'fraudster*'],
    ['act', 'theft'], THEFT, 'Alleges theft or cheating people out of money or goods.'),
    ...many(['taking bribes', 'took bribes', 'bribed', 'bribing', 'bribery', 'bribes', 'kickback*', 'backhander*', 'on the take',
      'in the pocket of', 'taking backhanders', 'bought off'],
    ['act', 'bribery'], BRIBERY, 'Alleges bribes or improper payments.'),
    ...many(['corrupt', 'corruption', 'criminal', 'criminals', 'crooked', 'dishonest', 'dishonestly', 'scam', 'scamming', 'rip off',
      'overcharging', 'profiteering'],
    ['evaluative', 'dishonesty'], DEF, 'A damaging judgement of honesty; honest opinion may cover it only when it is framed as opinion.'),
    // Lying and concealment
    ...many(['lied', 'lying', 'lies to', 'told lies', 'telling lies', 'tells lies', 'misled', 'misleading the',
      'covered it up', 'covering it up', 'hushed it up', 'buried the report', 'swept it under the carpet',
      'shredded the', 'destroyed the evidence', 'deleted the evidence'],
    ['act', 'dishonesty'], GMP, 'Alleges lying to or hiding the truth from patients, colleagues or a regulator.'),
    // Clinical harm and negligence
    ...many(['botched', 'botching', 'killing patients', 'killed patients', 'killed a patient', 'kills patients', 'killing people',
      'killing babies', 'killing our patients', 'harming patients', 'harmed patients', 'harming our patients', 'killed my patient',
      'harmed my patient', 'letting patients die', 'let patients die', 'left patients to die', 'abusing patients', 'abused patients', 'abusing residents', 'abused residents', 'abusing children',
      'abused children', 'abusing vulnerable', 'neglecting residents', 'neglected residents',
      // With a possessive between verb and object ("neglecting its residents", "harming their patients").
      ...['neglecting', 'neglected', 'neglects', 'harming', 'harmed', 'abusing', 'abused', 'killing', 'killed']
        .flatMap((v) => ['its', 'their', 'his', 'her'].flatMap((d) => ['patients', 'residents'].map((o) => `${v} ${d} ${o}`))),
      'assaulting patients', 'assaulted a patient', 'assaulted patients', 'sexually assaulted', 'sexually harassing',
      'sexually harassed', 'groping', 'groped', 'misdiagnosed', 'neglecting patients', 'neglected patients'],
    ['act', 'harm'], GMP, 'Alleges harm done to patients or people.'),
    ...many(["isn't even qualified", 'isnt even qualified', 'not even qualified', "isn't properly qualified", 'isnt properly qualified',
      'not properly qualified', "isn't even a real doctor", 'not even a real doctor', 'not a real doctor', 'bought his degree',
      'bought her degree', 'fake qualifications', 'fake certificates'],
    ['act', 'fraud'], GMP, 'Alleges practising without the qualifications claimed.'),
    ...many(['negligent', 'negligently', 'grossly negligent', 'malpractice', 'danger to patients', 'dangerous to patients',
      'a danger to the public', 'unsafe to practise', 'unsafe to practice', 'unfit to practise', 'unfit to practice', 'not fit to practise',
      'not fit to practice', 'should be struck off', 'ought to be struck off', "shouldn't be allowed to practise",
      "shouldn't be allowed to practice", 'should not be allowed to practise', 'should not be allowed to practice'],
    ['evaluative', 'incompetence'], NEG, 'A damaging judgement of clinical competence or safety.'),
    ...many(['negligence', 'gross negligence'], ['evaluative', 'noun', 'incompetence'], NEG, 'Names the failing itself ("negligence at the trust").'),
    // Impairment at work
    ...many(['drunk', 'drunk on duty', 'drunk at work', 'drinking on duty', 'drinking at work', 'drinking during surgery', 'drinking during clinic', 'drinking during work',
      'drinking during his shift', 'drinking during her shift', 'drinking during the shift', 'drinking during ward rounds', 'drinking on shift',
      'drinking before surgery', 'drinking before clinic', 'drinking on the job', 'smelling of alcohol', 'smells of alcohol',
      'stinks of booze', 'under the influence', 'high on drugs', 'high on cocaine', 'off his face', 'off her face', 'off their face',
      'hungover in clinic', 'hungover at work', 'turned up drunk', 'turns up drunk'],
    ['act', 'impairment'], GMP, 'Alleges working while impaired by alcohol or drugs.'),
  ],
});
