import { defineLexicon, type LexiconEntry, many } from '../text/lexicon.js';

/**
 * Threats of harm or ruin, as fixed phrases. content.threat adds structures the trie cannot hold
 * (a first-person agent + a violent verb + a person; "I'll make sure…" + a ruin outcome as leverage).
 *
 * Tags:
 *   intimidation  implies the author can reach the person ("I know where you live", "watch your back")
 *   veiled        an open-ended menace ("you'll regret this", "you've been warned")
 *   ruin          a threat to someone's career, livelihood or reputation ("I'll end your career")
 *   harm          violence ("pay her a visit", "I'll come round there")
 *   exposure      threatens to expose or shame the person in public; also harassment
 *   unmasking     threatens to find out who an anonymous critic is
 *   sentence-end  counts only at the end of a sentence ("…, or else.")
 *   vocative      counts only with the name of the person addressed after it ("Watch yourself, Dr Graham.")
 *
 * Reporting someone to a regulator or the police is a legitimate process and is NOT listed
 * ("I will report this to the CQC"); the ruin lies in promising an outcome ("until you're struck off").
 */

const POL = 'Protection from Harassment Act 1997 s.4 (fear of violence); Malicious Communications Act 1988 s.1 (threats)';
const UK = 'common UK usage';
const ED = 'Pause editorial';

export default defineLexicon({
  id: 'threat',
  description: 'Threats of harm or ruin.',
  entries: [
    ...many(['watch your back', 'watch your backs', 'better watch your back', 'better watch yourself', 'better watch it',
      'better watch out', 'know where you live', 'knows where you live', 'know where you work', 'knows where you work',
      'know where your kids', 'know where your children', 'know where he lives', 'know where she lives', 'know where they live',
      'know where your family', 'sleep with one eye open', "i'll be waiting for you", 'i will be waiting for you', 'we know where you live', "i'm coming for you",
      'i am coming for you', "you won't see it coming", 'you will not see it coming', "don't make me come", 'be a shame if something happened', 'shame if something happened', 'be a shame if anything happened'],
    ['intimidation'], POL, 'Implies the author can reach the person: intimidation whatever the words stop short of.'),
    ...many(["you'll regret crossing", 'you will regret crossing', "you'll regret messing", 'you will regret messing', "you'll regret the day", "you'll regret this", 'you will regret this', "you'll regret it", 'you will regret it', "you'll regret that",
      'you will regret that', "you're going to regret this", 'you are going to regret this', "you're gonna regret this",
      "you'll live to regret", 'you will live to regret', 'regret the day you', 'rue the day', "you'll be sorry",
      'you will be sorry', "you're going to be sorry", "you'll pay for this", 'you will pay for this', "you'll pay for that",
      "i'll make you pay", 'i will make you pay', "you've been warned", 'you have been warned', 'consider yourself warned',
      'consider this a warning', 'consider this your warning', 'this is your last warning', 'this is your final warning',
      "don't say i didn't warn you", "you don't know who you're dealing with",
      'you do not know who you are dealing with', "you messed with the wrong", 'picked a fight with the wrong',
      "you'll get what's coming", "you'll get what you deserve", 'you will get what you deserve', "you'll get yours",
      'see what happens to you', 'see what happens to your', 'what happens to people who'],
    ['veiled'], UK, 'An open-ended menace: the reader is left to imagine the harm.'),
    ...many(['or else'], ['veiled', 'sentence-end'], UK, 'Menacing only where it ends the sentence ("do it, or else.").', 0.7),
    ...many(['watch yourself'], ['veiled', 'sentence-end', 'vocative'], UK,
      'A warning to a named person ("Watch yourself, Dr Graham."); alone it is often kindly ("icy out there, watch yourself!").', 0.8),
    ...many(["i'll end your career", 'i will end your career', "i'll finish your career", 'end your career', 'ruin your career',
      'destroy your career', 'finish your career', 'your career is over', 'your career will be over', "you'll never work again",
      'you will never work again', 'never work in this town again', 'never work in medicine again', 'never work as a gp again',
      'make sure you never work', "i'll ruin you", 'i will ruin you', "i'm going to ruin you", "i'll destroy you",
      'i will destroy you', "i'm going to destroy you", "i'll finish you", 'i will finish you', "i'll bury you", 'i will bury you',
      "i'll take you down", 'i will take you down', "i'll end you", "you're done for",
      'get you struck off', 'have you struck off', 'see you struck off', "until you're struck off", 'until you are struck off',
      'until he is struck off', "until he's struck off", "until she's struck off", 'until she is struck off',
      'make sure you are struck off', "make sure you're struck off", 'get you sacked', 'have you sacked', 'get you fired',
      'have you fired', "i'll have your job", 'i will have your job', "i'll have your registration", "i'll ruin him", "i'll ruin her", 'i will ruin him', 'i will ruin her', "i'll destroy him", "i'll destroy her",
      'take everything you have', 'drag your name through', 'drag you through the mud'],
    ['ruin'], ED, 'Threatens a career, livelihood or reputation rather than raising a concern through a proper route.'),
    ...many(['pay you a visit', 'pay her a visit', 'pay him a visit', 'pay them a visit', "i'll come round", 'i will come round',
      "i'll come round there", "i'm coming round", 'i am coming round', "i'll come over there", "i'll be round", 'i will be round',
      'teach you a lesson',
      'teach him a lesson', 'teach her a lesson', 'give you a slap', 'give him a slap', 'give her a slap', 'kick your head in', 'kick his head in', 'smash your face', 'smash his face', 'break your legs', 'break your neck',
      'wring your neck', 'wring his neck', 'wring her neck', 'knock your block off', 'knock his block off', 'punch your lights out', 'punch his lights out', 'deserve a beating', 'needs a slap', 'needs a good slap'],
    ['harm'], POL, 'Threatens or invites violence against a person.'),
    ...many(["i'll tell everyone", 'i will tell everyone', "i'll tell your wife", "i'll tell your husband", "i'll tell your partner",
      "i'll tell your boss", 'i will tell your wife', 'i will tell your husband'],
    ['exposure', 'conditional'], POL,
    'Innocent alone ("I\'ll tell everyone at the meeting"); a threat as the price of a demand ("if you don\'t…, I\'ll tell everyone").'),
    ...many(['everyone will know what you did', 'everyone will know what you', "i'll make sure everyone knows", 'i will make sure everyone knows', 'so will everyone', 'the whole village will know',
      'the whole town will know', "i'll name and shame", 'i will name and shame', "i'll expose you", 'i will expose you'],
    ['exposure'], POL, 'Threatens to expose or shame the person: intimidation, and harassment when aimed at one person.'),
    ...many(["i'll find out who you are", 'i will find out who you are', 'find out exactly who you are', "i'll find out who you",
      'i know who you are', 'i know exactly who you are', 'we know who you are', "i'll track you down", 'i will track you down',
      "i'll hunt you down", 'i will hunt you down', "i'll unmask you"],
    ['unmasking'], ED, 'Threatens to unmask or trace a person who has criticised the author.'),
  ],
});
