import { defineLexicon, type LexiconEntry } from '../text/lexicon.js';

/**
 * Words of anger, exasperation and distress: the wording of a "heightened emotional state"
 * ("Avoiding the pitfalls of social media use").
 *
 * Every hit here also counts as heat when the analysis measures how a thread warms up, so the
 * list holds only words that show feeling running high: never grief ("devastated", "so sad"), which
 * belongs in calm condolences, and never plain criticism ("disappointed", "concerned").
 *
 * Tags (heightened-emotion reads them; the weight is how strong a cue the phrase is, 0..1):
 *   anger         the author says they are angry ("I'm furious", "livid", "fuming")
 *   exasperation  patience gone ("sick of", "fed up", "had enough", "I give up", "ffs")
 *   hostile       anger aimed at the reader ("how dare you", "don't patronise me", "you're lying")
 *   distress      overwhelm and rumination ("can't cope", "can't do this any more", "can't sleep")
 *   crisis        words of hopelessness that call for support before anything else
 *
 * Contractions are written once ("i'm", "can't", "don't"); `variants` adds the spelled-out and
 * apostrophe-less forms ("i am", "cannot", "dont"), as people type them.
 */

const ED = 'Pause editorial';
const UK = 'common UK usage';
const NRC = 'NRC Emotion Lexicon (Mohammad & Turney 2013), anger and disgust terms, reviewed by Pause';
const GOE = 'GoEmotions (Demszky et al. 2020) anger and annoyance categories, reviewed by Pause';
const MIND = 'Mind, "Signs of stress and burnout"; NHS Practitioner Health self-referral information (paraphrased)';
const SAMARITANS = 'Samaritans, "Signs that someone may be struggling" (paraphrased)';

const CONTRACTIONS: ReadonlyArray<[RegExp, string[]]> = [
  [/^i'm /, ['i am ', 'im ']],
  [/\bcan't\b/, ['cannot', 'cant', 'can not']],
  [/\bdon't\b/, ['do not', 'dont']],
  [/\bi've\b/, ['i have', 'ive']],
  [/\bi'll\b/, ['i will']],
  [/\byou're\b/, ['you are', 'youre', 'ur']],
  [/\bwon't\b/, ['will not', 'wont']],
  [/\bcouldn't\b/, ['could not', 'couldnt']],
  [/\bisn't\b/, ['is not']],
  [/\bwe're\b/, ['we are']],
];

/** A phrase with its usual spellings: "i'm fed up" also as "i am fed up" and "im fed up". */
function variants(phrase: string): string[] {
  const out = [phrase];
  for (const [pattern, forms] of CONTRACTIONS) {
    for (const p of [...out]) if (pattern.test(p)) for (const f of forms) out.push(p.replace(pattern, (m) => (m.endsWith(' ') ? f : f.trimEnd())));
  }
  return out;
}

function many(phrases: readonly string[], tag: string, weight: number, source: string, note: string): LexiconEntry[] {
  const seen = new Set<string>();
  const out: LexiconEntry[] = [];
  for (const p of phrases) for (const v of variants(p)) {
    if (seen.has(v)) continue;
    seen.add(v);
    out.push({ phrase: v, tags: [tag], weight, source, note });
  }
  return out;
}

export const ANGER: LexiconEntry[] = [
  ...many([
    "i'm furious", "i'm livid", "i'm fuming", "i'm seething", "i'm raging", "i'm incandescent", "i'm so angry", "i'm angry",
    "i'm really angry", "i'm beyond angry", "i'm absolutely fuming", "i'm absolutely furious", "i'm absolutely livid", "i'm so cross", "i'm outraged", "i'm incensed", "i'm apoplectic",
    'absolutely furious', 'absolutely livid', 'absolutely fuming', 'bloody furious', 'so angry', 'so furious', 'so cross',
    'really angry', 'beyond angry', 'hopping mad', 'spitting feathers', 'how dare you', 'blood is boiling', 'blood boiling', 'makes my blood boil',
    'makes me so angry', 'makes me angry', 'makes me furious', 'makes me sick', 'seeing red', 'lost my temper', 'losing my temper',
    'about to explode', 'disgusted', "i'm disgusted", 'utterly disgusted', 'fuming', 'seething', 'livid', 'incandescent', 'incensed', 'enraged', 'apoplectic',
  ], 'anger', 1, NRC, 'The author says in so many words that they are angry: the state the guidance warns against posting in.'),
  ...many(['furious', 'outraged', 'raging', 'irate', 'infuriating', 'infuriated', 'absolutely disgraceful', 'utterly disgraceful',
    'appalled', 'absolutely appalling', 'utterly appalling', 'how dare', 'how very dare'],
  'anger', 0.7, GOE, 'Strong anger or disgust; with any other cue it marks a heated draft.'),
  ...many(['angry', 'disgraceful', 'outrageous', 'appalling', 'shameful', 'ridiculous', 'unbelievable', 'beyond belief',
    'beggars belief', 'unacceptable', 'what a joke', 'absolute joke', 'beyond a joke', 'a bloody joke',
    'a complete joke', 'a total joke', "can't believe", 'cannot believe', 'words fail me', "i'm speechless"],
  'anger', 0.4, GOE, 'Indignation; common in fair criticism too, so a light cue that needs company.'),
];

export const EXASPERATION: LexiconEntry[] = [
  ...many([
    "i'm fed up", "i'm so fed up", 'so fed up', "i'm sick of", "i'm so sick of", "i'm sick and tired", "i've had enough",
    "i've had it", "i've had it with", "i'm done", "i'm so done", "i'm at the end of my tether", "i'm at breaking point",
    'i hate this job', 'i hate my job', 'i hate this place', 'i hate this practice', 'hate this job', 'hate my job',
    "i can't stand this", "i can't stand it", "i can't take this any more", "i can't take this anymore", "i'm losing the will",
    'losing the will to live', 'how many more times', 'how many times do i have to', 'how many times do we have to',
    'nobody tells me', 'no one tells me', 'nobody ever listens', 'no one ever listens',
  ], 'exasperation', 1, UK, 'The author says in so many words that their patience has gone.'),
  ...many([
    'sick of', 'sick and tired', 'sick to death', 'sick to the back teeth', 'fed up', 'had enough', 'had it with',
    'had it up to here', 'at the end of my tether', 'end of my tether', 'the last straw', 'final straw', 'i give up',
    'enough is enough', "i'm done with", 'done with this', "i can't take any more", "can't take it any more",
    "can't take much more", 'for god sake', "for god's sake", 'for goodness sake', "for heaven's sake", 'for christ sake',
    "for christ's sake", "for fuck's sake", 'for fucks sake', 'ffs', 'fml', 'give me strength', 'give me a break', 'spare me',
    'what is the point', "what's the point", 'why do i bother', 'why do we bother', 'i despair', 'tearing my hair out',
    "i'm at my wits end", "at my wits' end", 'wits end', 'driving me mad', 'driving me insane', 'driving me up the wall',
    "i'm not getting back", "i'll never get back", 'never get back', 'hours of my life', 'every single time', 'yet again',
    'time and time again', 'again and again', 'for the hundredth time', 'for the umpteenth time', 'how many times',
  ], 'exasperation', 0.6, UK, 'Patience gone: exasperation that shows the author writing in the heat of the moment.'),
  ...many(['rant over', 'rant incoming', 'and breathe', 'and another thing', 'third time this', 'third time today',
    'third time this week', 'third time this month', 'fourth time', 'fifth time', "i've explained this", "i've told you",
    'as i have already said', 'as i already said', 'i already told you', 'not discussing it', 'not discussing this',
    'not discussing it any further', 'end of discussion', "i'm begging you",
    'i beg you', 'please just stop', 'stop asking'],
  'exasperation', 0.5, ED, 'A curt or weary turn of phrase; a cue only alongside others.'),
];

export const HOSTILE: LexiconEntry[] = [
  ...many([
    "don't you dare", 'who do you think you are', "don't patronise me", "don't patronize me", 'stop patronising me',
    "don't lecture me", 'stop lecturing me', "don't tell me how", 'stop speaking to me like', 'stop talking to me like',
    "don't speak to me like", "don't talk to me like", "i'm not a child", 'i am not a child', 'not your servant',
    'get lost', 'you people', 'get a grip', 'grow up', 'get over yourself', 'piss off', 'sod off', 'bugger off', 'do one', 'jog on',
    "you're lying", 'you lied', 'you are a liar', 'liar liar', 'you have no idea', "you've no idea", "you haven't a clue",
    'you know nothing', "you don't know what you're talking about", 'if you can\'t grasp', "can't you read", 'learn to read',
    'do your job', 'do your own job', 'do whatever you want', 'do what you like', "don't expect me to", "don't bother me",
    'why are you ignoring me', 'stop ignoring me', "i'm not stopping until", 'i will not stop until', 'answer the question',
    'answer me', 'not my problem', 'your problem not mine', 'talk to the hand', 'whatever you say', 'you always do',
    "you've chosen to", 'typical of you', 'typical doctor', 'typical excuses', "you lot don't care", 'you lot',
    "i'll be raising this", 'i will be raising this', "you'll be hearing from", 'you will be hearing from', 'see you in court',
    // Incredulous retorts, telling someone to back off, and escalation announced mid-argument.
    'are you actually serious', 'are you being serious', 'are you kidding me', 'are you having a laugh', "you're having a laugh",
    'you must be joking', "you can't be serious", 'stop messaging me', 'stop texting me', 'stop emailing me', 'stop contacting me',
    'leave me alone', 'do it yourself then', 'do it yourselves then', 'sort it out yourself', 'sort it out yourselves',
    "i'll be raising it", "i'll be escalating this", "i'll be escalating it", "i'll be taking this further",
    "i don't have time for this", "i've no time for this", 'i have no time for this',
  ], 'hostile', 0.6, ED, 'Anger aimed at the reader: a retort or accusation that escalates an exchange.'),
  ...many(['shut up', 'shut your mouth', 'shut your face', 'how dare they', 'who the hell do you think', 'what the hell is wrong with you',
    'what is wrong with you', "what's wrong with you"], 'hostile', 0.8, ED, 'An aggressive retort: anger aimed squarely at someone.'),
  ...many(['do you have any idea what', 'do you have any idea how', 'have you any idea what', 'have you any idea how',
    'i said no', "i've said no", 'i already said no', 'the answer is no'],
  'hostile', 0.3, ED, 'A pointed question or a flat refusal: sharp in an argument, ordinary in a calm one, so a light cue.'),
  ...many(['and you know it', 'you know it', 'end of story', 'full stop', 'for once', 'ugh', 'argh', 'grr', 'you know full well', 'typical', 'nonsense', 'rubbish', 'patronising',
    'arrogance', 'arrogant'], 'hostile', 0.3, GOE, 'Dismissive or scornful; common in heated replies but also in fair argument.'),
];

export const DISTRESS: LexiconEntry[] = [
  ...many([
    "i can't cope", "can't cope", 'not coping', 'struggling to cope', "i can't do this any more", "i can't do this anymore",
    "can't do this any more", "can't do this anymore", "i can't go on like this", "can't go on like this", 'at breaking point',
    'breaking point', 'falling apart', 'going under', 'drowning', 'burnt out', 'burned out', 'running on empty', 'running on fumes',
    'crying in', 'in tears', 'sobbing', "can't stop crying", 'crying my eyes out', 'burst into tears', 'holding back tears',
    'fighting back tears', "i'm shaking", 'still shaking', 'actually shaking', "can't stop shaking", "can't face going in",
    "couldn't face going in", "can't face work", "couldn't face work", 'dreading going in', 'dread going in', 'broke down', 'breaking down', "i'm broken", 'completely broken', 'at rock bottom',
    'feel sick about', 'panic attack', 'nobody cares', 'no one cares', 'nobody sees', 'no one sees',
    'nobody listens', 'no one listens',
  ], 'distress', 0.6, MIND, 'Overwhelm: the author is not in a state to weigh how the words will land, and may need support.'),
  ...many([
    "can't sleep", 'cannot sleep', 'lying awake', 'wide awake again', 'keep replaying', 'keep thinking about',
    "can't stop thinking about", "can't switch off", 'over and over', 'what if i missed', 'what if i got it wrong',
    'so tired of', 'exhausted', 'shattered', 'overwhelmed', 'so stressed', 'stressed out',
  ], 'distress', 0.4, MIND, 'Rumination, sleeplessness or exhaustion: a light cue on its own.'),
  ...many(['sick to my stomach', 'sick to the stomach', 'makes me feel sick', 'heart is pounding', 'shaking with'],
    'distress', 1, MIND, 'A visceral reaction: the author is shaken, whatever the cause.'),
  ...many([
    "i don't see the point any more", "i don't see the point anymore", "don't see the point in anything", 'no way out',
    'better off without me', 'want to disappear', "can't see a way out", 'end it all', "i don't want to be here",
    "i don't want to be here any more", 'nothing to live for',
  ], 'crisis', 1, SAMARITANS, 'Hopelessness: before any question of posting, the author may need help today.'),
];

export default defineLexicon({
  id: 'emotion',
  description: 'Words of anger, distress and exasperation.',
  entries: [...ANGER, ...EXASPERATION, ...HOSTILE, ...DISTRESS],
});

/**
 * Words of warmth and celebration. Not a lexicon (a lexicon's hits count as thread heat): rules read
 * this set to tell "Amazing news!!!" from "Answer me!!!", since capitals and exclamation marks
 * beside these words are enthusiasm, not anger.
 * Source: Pause editorial, after the joy and gratitude categories of GoEmotions (Demszky et al. 2020).
 */
export const POSITIVE_WORDS: ReadonlySet<string> = new Set([
  'amazing', 'brilliant', 'fantastic', 'wonderful', 'delighted', 'thrilled', 'excited', 'proud', 'congratulations',
  'congrats', 'thank', 'thanks', 'grateful', 'love', 'lovely', 'loved', 'great', 'awesome', 'superb',
  'happy', 'celebrate', 'celebrating', 'won', 'win', 'award', 'welcome', 'yay', 'hooray', 'woohoo', 'wow', 'best',
  'incredible', 'joy', 'fab', 'fabulous', 'glad', 'pleased', 'cheers', 'birthday', 'bravo', 'lucky', 'blessed',
]);
