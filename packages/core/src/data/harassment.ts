import { defineLexicon, type LexiconEntry, many } from '../text/lexicon.js';

/**
 * Bullying, intimidation and persistent targeting, as fixed phrases. content.harassment weighs them
 * (weight: how strong a cue each is; the rule fires when the cues of a draft add up to 1 or more)
 * and adds structures: counts of unanswered contact, recruiting others to target someone, coercion
 * ("if you want me to sign off…, you'll…"), and a run of unanswered messages in the thread.
 *
 * Tags:
 *   ignoring     complains of being ignored, demands an answer
 *   persistence  promises to keep contacting someone until they respond
 *   humiliation  belittles someone before others, or tells them they are disliked
 *   exclusion    pushes someone out or asks others to freeze them out
 *   recruiting   asks others to join in the targeting
 *   pressure     refuses to accept a refusal
 */

const PHA = 'Protection from Harassment Act 1997 s.1 and s.7 (a course of conduct causing alarm or distress)';
const ACAS = "Acas, 'Bullying and harassment at work' (examples of bullying behaviour)";
const NHSE = "NHS England, 'Civility and respect' toolkit and NHS Staff Survey bullying questions";
const ED = 'Pause editorial';

export default defineLexicon({
  id: 'harassment',
  description: 'Bullying, intimidation and persistent targeting.',
  entries: [
    ...many(['why are you ignoring me', 'why are you ignoring my', 'why you ignoring me', 'stop ignoring me', 'stop ignoring my',
      'you keep ignoring', 'keep ignoring my', 'you can ignore me all you like', "you can't ignore me", 'you cannot ignore me',
      "don't you dare ignore me", "i know you've read", 'i know you have read', "i can see you've read", 'i can see you have read',
      "i can see you're online", 'i know you are online', "i know you're online", 'why won\'t you answer me', "why won't you reply to me",
      'answer your phone', 'answer your bloody phone', 'pick up your phone', 'pick up the bloody phone'],
    ['ignoring'], PHA, 'Demands attention from someone who has not replied: a mark of unwanted, persistent contact.'),
    ...many(["i'm not stopping until", 'i am not stopping until', "i won't stop until", 'i will not stop until',
      "i'm not going to stop until", "i'll keep messaging", "i'll keep calling", "i'll keep texting", "i'll keep emailing",
      "i'll keep ringing", "i'll keep tagging", "i'll keep reporting", "i'll keep posting", "i'll keep turning up",
      'i will keep messaging', 'i will keep calling', 'i will keep texting', 'i will keep emailing', 'i will keep reporting',
      'until you answer', 'until you reply', 'until you respond', 'until you pick up', 'until you get back to me',
      'until you talk to me', 'until he answers', 'until she answers', 'until he replies', 'until she replies', 'until he responds',
      'until she responds', 'until she gets the message', 'until he gets the message', 'until they get the message',
      'until she gets the hint', 'until he gets the hint', 'check your inbox every', "i'll be in your inbox",
      // The same promises with "till"/"til", as they are often typed.
      'till you answer', 'till you reply', 'till you respond', 'till you pick up', 'till he answers', 'till she answers',
      'till he replies', 'till she replies', 'till she gets the message', 'till he gets the message', 'till they get the message',
      'till she gets the hint', 'till he gets the hint', 'til she gets the message', 'til he gets the message'],
    ['persistence'], PHA, 'Promises a course of conduct: repeated contact until the person gives in.'),
    ...many(["everyone's talking about how", 'everyone is talking about how', "everyone's talking about you", 'everyone is talking about you',
      'the whole practice is talking about', 'the whole team is talking about', 'nobody likes you', 'no one likes you', 'nobody wants you', 'no one wants you', 'nobody rates you', 'no one rates you',
      "you're a laughing stock", 'you are a laughing stock', 'laughing stock of', "let's all laugh at", 'everyone laugh at',
      "don't bother applying", 'do not bother applying', "don't bother coming back", "you'll never make it as", "you'll never make a",
      'you will never make a', "you'll never be a good", 'not cut out for this', "you're not cut out", 'you are not cut out'],
    ['humiliation'], ACAS, 'Belittles or humiliates a person, often in front of others: a recognised form of workplace bullying.'),
    ...many(['the sooner she leaves the better', 'the sooner he leaves the better', 'the sooner she goes the better',
      'the sooner he goes the better', 'the sooner you leave the better', 'the sooner you go the better', 'the sooner they leave the better',
      "don't invite her", "don't invite him", 'freeze her out', 'freeze him out', 'send her to coventry', 'send him to coventry',
      'push her out', 'push him out', 'make her life hell', 'make his life hell',
      'make your life hell', 'make her life a misery', 'make his life a misery', 'make your life a misery', 'make her life difficult',
      'make his life difficult', 'make your life difficult', 'make things difficult for you'],
    ['exclusion'], ACAS, 'Isolates or pushes out a person: exclusion is bullying under Acas guidance.'),
    ...many(['everyone please tag', 'everyone tag him', 'everyone tag her', 'please tag him too', 'please tag her too',
      'tag him too', 'tag her too', 'mass report', 'everyone report', 'report his account', 'report her account',
      'flood his inbox', 'flood her inbox', 'flood his dms', 'flood her dms', 'bombard him', 'bombard her',
      'give him a piece of your mind'],
    ['recruiting'], NHSE, 'Asks others to join in targeting one person.'),
    ...many(['send it to her husband', 'send it to his wife', 'send it to her partner', 'send it to his partner',
      'send them to her husband', 'send them to his wife', 'send it to her boss', 'send it to his boss', 'send it to her employer',
      'send it to his employer', 'forward it to her husband', 'forward it to his wife', 'show her husband', 'show his wife'],
    ['recruiting'], PHA, "Carries a colleague's posts or messages to their family or employer to shame them: a course of targeting, not a complaint."),
    ...many(['link to her facebook', 'link to his facebook', 'link to her profile', 'link to his profile', "here's her facebook",
      "here's his facebook", "here's her profile", "here's his profile", 'her facebook is', 'his facebook is',
      'let her know what we think', 'let him know what we think',
      'let her know what we all think', 'let him know what we all think', 'tell her what we think', 'tell him what we think',
      'give her hell', 'give him hell', 'you know what to do'],
    ['recruiting'], NHSE, "Points followers at a person's own account or tells them to confront the person: the start of a pile-on.", 0.6),
    ...many(['see how she likes it', 'see how he likes it', 'see how she likes that', 'see how he likes that',
      'see how you like it', 'see how you like that'],
    ['pressure'], ED, 'Frames an act as retaliation aimed at a person; adds to other cues.', 0.5),
    ...many(['answer me', 'stop talking to her', 'stop talking to him', 'get rid of her', 'get rid of him', 'pile on', 'pile in on'],
      ['pressure'], ED, 'Usually a demand or an exclusion, but each has everyday uses ("answer me this"); a weaker cue.', 0.6),
    ...many(['tell her what you think', 'tell him what you think', 'let her know what you think', 'let him know what you think',
      'give her a piece of your mind'],
    ['recruiting'], NHSE, 'Invites others to confront a person; harassment when it goes with targeting.', 0.5),
    ...many(["i won't take no for an answer", 'i will not take no for an answer', 'not taking no for an answer'],
      ['pressure'], ED, 'Refuses to accept a refusal; between colleagues it is pressure, not persuasion.', 0.6),
  ],
});
