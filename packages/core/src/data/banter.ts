import { defineLexicon, many } from '../text/lexicon.js';

/**
 * Group-chat banter: what marks a message as a joke, and the jokes that go wrong
 * ("Avoiding the pitfalls of social media use": posting in group chats in an unguarded way;
 * "Content": a jocular "idiot" between friends can still offend another member of the group).
 *
 * Tags:
 *   laugh      marks the message as a joke ("lol", "haha", "only joking", "banter")
 *   crude      toilet humour and crude body talk ("fart", "skid marks", "bum")
 *   innuendo   sexual double meaning ("if you know what I mean", "that's what she said")
 *   dig        a jibe at someone's competence or habits ("so bad", "bless him", "can't even")
 *   pile-on    rallies the group against one person ("let's all", "until she gets the message")
 *   violence   harm offered as a joke ("I'll kill him", "running them over")
 *   looks      a jibe at someone's weight or looks ("the fat one", "baldy")
 *
 * Emoji are not words, so the tokeniser does not see them: LAUGH_EMOJI, CRUDE_EMOJI and
 * INNUENDO_EMOJI below are read straight from the text.
 */

const UK = 'common UK usage';
const ED = 'Pause editorial';
const ACAS = 'Acas, "Bullying and harassment at work" (banter, ganging up and exclusion), paraphrased';

export default defineLexicon({
  id: 'banter',
  description: 'Jokey or crude humour markers typical of group-chat banter.',
  entries: [
    ...many(
      [
        'lol',
        'lolz',
        'lols',
        'lmao',
        'lmfao',
        'rofl',
        'roflmao',
        'pmsl',
        'haha*',
        'hehe*',
        'ahaha*',
        'jk',
        'jks',
        'only joking',
        'just joking',
        'only kidding',
        'just kidding',
        'not even joking',
        'joking aside',
        'banter',
        'bants',
        'no offence',
        'no offense',
        'love you really',
        'love you all really',
        'crying laughing',
        'in stitches',
      ].filter((p, i, a) => a.indexOf(p) === i),
      'laugh',
      UK,
      'Marks the message as a joke: the register in which a jibe or a crude remark slips out.',
    ),
    ...many(
      [
        'fart',
        'farts',
        'farted',
        'farting',
        'guff',
        'skid marks',
        'skidmarks',
        'poo',
        'poos',
        'pooed',
        'poop',
        'pooped',
        'weed himself',
        'weed herself',
        'pissed himself',
        'pissed herself',
        'wet himself',
        'wet herself',
        'bum',
        'bums',
        'butt',
        'booty',
        'boobs',
        'bazookas',
        'knockers',
        'todger',
        'willy',
        'willies',
        'wedgie',
        'blocked the loo',
        'blocked the toilet',
        'crop dusting',
        'silent but deadly',
      ],
      'crude',
      UK,
      'Toilet humour or crude body talk; common between friends, unprofessional in a work group.',
    ),
    ...many(
      [
        'if you know what i mean',
        'wink wink',
        'nudge nudge',
        "that's what she said",
        'thats what she said',
        'phwoar',
        'fittest',
        'eye candy',
        'in those trousers',
        'in that dress',
        'in that skirt',
        'examine me',
        'examine me any time',
        'bend over',
        'hubba hubba',
        'easy on the eye',
        // UK slang for "attractive" and stock double meanings (Green's Dictionary of Slang: "fit", "ooer"; common UK usage).
        'well fit',
        'proper fit',
        'bit of alright',
        'ooh er',
        'ooer',
        'ooh er missus',
        'get a room',
        'not that kind of party',
        "isn't that kind of party",
        'that kind of party',
        "wouldn't kick him out of bed",
        "wouldn't kick her out of bed",
        "i'd give her one",
        "i'd give him one",
      ].filter((p, i, a) => a.indexOf(p) === i),
      'innuendo',
      ED,
      'Sexual double meaning: offends members and reads as harassment if it concerns a colleague or patient.',
    ),
    ...many(
      [
        'so bad',
        'so slow',
        'so loud',
        'so useless',
        'so rubbish',
        'rubbish at',
        'terrible at',
        'useless at',
        'hopeless at',
        "can't even",
        'cannot even',
        "couldn't even",
        'worst',
        'state of him',
        'state of her',
        'the state of',
        'should be banned',
        'no idea how to',
        "still can't",
        'bless him',
        'bless her',
        'bless them',
        'old git',
        'old fart',
        'past it',
        'senile',
      ],
      'dig',
      ED,
      "A jibe at someone's competence, looks or habits: with a name and a laugh it mocks a member of the group.",
    ),
    ...many(
      [
        "i'll kill him",
        "i'll kill her",
        "i'll kill them",
        'i will kill him',
        'i will kill her',
        'kill him',
        'kill her',
        'murder him',
        'murder her',
        'strangle him',
        'strangle her',
        'throttle him',
        'throttle her',
        'wring his neck',
        'wring her neck',
        'punch him',
        'punch her',
        'deck him',
        'deck her',
        'slap him',
        'slap her',
        'thump him',
        'thump her',
        'smack him',
        'smack her',
        'batter him',
        'run him over',
        'run her over',
        'run them over',
        'running them over',
        'running him over',
        'running her over',
        'ran him over',
        'knock him out',
        'knock her out',
        'set fire to',
        'burn it down',
      ],
      'violence',
      ED,
      'Violence offered as a joke: it still reads as a threat to whoever it names, and to anyone who reads it later.',
    ),
    ...many(
      [
        "let's all",
        'lets all',
        'everyone reply',
        'everyone ignore',
        'gets the message',
        'get the message',
        'gets the hint',
        'get the hint',
        'wind him up',
        'wind her up',
        'wind them up',
        'gang up',
        'freeze him out',
        'freeze her out',
        'make her life',
        'make his life',
        'send her to coventry',
        'send him to coventry',
      ],
      'pile-on',
      ACAS,
      'Rallies the group against one person: a joke that becomes ganging up.',
    ),
    ...many(
      [
        'the fat one',
        'fat one',
        'fat git',
        'fat lad',
        'fat bloke',
        'the bald one',
        'baldy',
        'slaphead',
        'the ugly one',
        'ugly mug',
        'munter',
        'minger',
        'gopping',
        'double chin',
        'beer belly',
        'four eyes',
        'specky',
        'short arse',
      ],
      'looks',
      ACAS,
      'A jibe at someone\'s weight or looks: Acas lists remarks about appearance among the "banter" that can amount to bullying.',
    ),
  ],
});

/** Emoji that laugh at something. Source: Unicode CLDR short names (face with tears of joy…), Pause editorial. */
export const LAUGH_EMOJI = [
  '😂',
  '🤣',
  '😆',
  '😹',
  '😝',
  '😜',
  '😛',
  '🙃',
  '😅',
  '🤪',
  '😏',
  '😈',
  '🙈',
  '😉',
] as const;

/** Emoji of toilet humour and disgust. Source: Unicode CLDR short names, Pause editorial. */
export const CRUDE_EMOJI = ['💩', '💨', '🤮', '🤢', '🚽', '🧻'] as const;

/**
 * Emoji that tease or mock rather than laugh: a side-eye, a yawn, a clown (an eye-roll is exasperation, not a joke). Beside a jibe
 * they mark it as meant to amuse the group. Source: Unicode CLDR short names; common usage noted by Emojipedia.
 */
export const TEASE_EMOJI = ['👀', '😴', '🤡', '🤭', '😉', '😬', '🥴'] as const;

/**
 * Emoji of laughing-to-death and of a secret shared: a skull ("I'm dead"), hear-no-evil, a zipped mouth.
 * Beside a jibe at someone they mark it as banter as surely as a laugh. An eye-roll is not among them:
 * beside an insult it is scorn in earnest, which the content rules report. Source: Unicode CLDR short
 * names; usage as in Emojipedia's notes.
 */
export const SCORN_EMOJI = ['💀', '🙊', '🤐'] as const;

/** Emoji used as sexual innuendo. Source: Unicode CLDR short names; common usage noted by Emojipedia. */
export const INNUENDO_EMOJI = ['🍑', '🍆', '💦', '👅', '🥵', '😏', '😈'] as const;
