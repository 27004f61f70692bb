import { addressedResult } from '../../analysis/addressed-result.js';
import type { Analysis } from '../../analysis/analyse.js';
import { defineRule, type RuleHit } from '../../rule.js';
import { normalise } from '../../text/normalise.js';
import type { Token } from '../../text/tokens.js';
import type { Recipient } from '../../types.js';

const GREETINGS = new Set([
  'hi',
  'hello',
  'hey',
  'hiya',
  'heya',
  'hallo',
  'howdy',
  'dear',
  'morning',
  'afternoon',
  'evening',
  'greetings',
]);
const GOOD_TIMES = new Set(['morning', 'afternoon', 'evening', 'day']);
const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'doctor',
  'prof',
  'professor',
  'sir',
  'dame',
  'rev',
  'revd',
  'nurse',
  'sister',
  'cllr',
  'councillor',
  'lord',
  'lady',
]);
/** Words after a greeting that are not somebody's name ("Hi all", "Dear colleagues", "Hi Mum"). */
const NOT_NAMES = new Set([
  'all',
  'everyone',
  'everybody',
  'team',
  'folks',
  'guys',
  'gang',
  'there',
  'both',
  'you',
  'colleague',
  'colleagues',
  'friend',
  'friends',
  'sir',
  'madam',
  'sirs',
  'patient',
  'patients',
  'doc',
  'again',
  'mate',
  'love',
  'hun',
  'hon',
  'lovely',
  'darling',
  'dear',
  'ladies',
  'gents',
  'gentlemen',
  'people',
  'yall',
  "y'all",
  'partners',
  'parents',
  'carers',
  'residents',
  'neighbours',
  'member',
  'members',
  'committee',
  'chair',
  'editor',
  'reception',
  'receptionist',
  'manager',
  'admin',
  'support',
  'hr',
  'board',
  'panel',
  'trustees',
  'governors',
  'mum',
  'mom',
  'mam',
  'mummy',
  'dad',
  'daddy',
  'nan',
  'nana',
  'gran',
  'granny',
  'grandma',
  'grandad',
  'grandpa',
  'auntie',
  'aunty',
  'uncle',
  'sis',
  'bro',
  'babe',
  'baby',
  'sweetheart',
  'petal',
  'pal',
  'buddy',
  'boss',
  'doctors',
  'nurses',
  'staff',
  'practice',
  'surgery',
  'world',
  'internet',
  'twitter',
  'lovelies',
  'sunshine',
  'stranger',
  'squad',
  'crew',
  'lads',
  'girls',
  'boys',
  'ladies',
  'just',
  'quick',
  'sorry',
  'thanks',
  'thank',
  'hope',
  'how',
  'good',
  'great',
  'happy',
  'welcome',
  'from',
  'and',
  'to',
  'the',
  'a',
  'my',
  'our',
  'i',
  'its',
  "it's",
  'is',
  'this',
  'what',
  'update',
]);
/** Capitalised words that open a sentence with a comma without calling anyone by name ("So, …", "Sorry, …"). */
const OPENERS = new Set([
  'so',
  'well',
  'yes',
  'yeah',
  'no',
  'ok',
  'okay',
  'right',
  'sorry',
  'thanks',
  'thank',
  'also',
  'anyway',
  'honestly',
  'look',
  'listen',
  'morning',
  'evening',
  'afternoon',
  'update',
  'apologies',
  'great',
  'sure',
  'absolutely',
  'firstly',
  'first',
  'secondly',
  'finally',
  'again',
  'agreed',
  'fine',
  'cheers',
  'congratulations',
  'congrats',
  'welcome',
  'please',
  'hmm',
  'oh',
  'ah',
  'wow',
  'today',
  'yesterday',
  'tomorrow',
  'tonight',
  'unfortunately',
  'fortunately',
  'basically',
  'obviously',
  'clearly',
  'personally',
  'ideally',
  'however',
  'meanwhile',
  'otherwise',
  'actually',
  'still',
  'plus',
  'besides',
  'now',
  'then',
  'here',
  'there',
  'alright',
  'lol',
  'haha',
  'fyi',
  'btw',
  'ps',
  'note',
  'reminder',
  'summary',
  'again',
  'sadly',
  'luckily',
  'interestingly',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'and',
  'but',
  'or',
  'if',
  'when',
  'as',
  'since',
  'because',
  'although',
  'though',
  'yep',
  'nope',
  'indeed',
  'correct',
  'exactly',
  'true',
  'brilliant',
  'lovely',
  'perfect',
]);
const SECOND_PERSON = new Set(['you', 'your', "you're", "you've", "you'll", "you'd", 'yours', 'yourself']);

/**
 * Common English short forms of first names, as groups that name the same person (Robert, Rob, Bob).
 * Source: common UK usage; the name lists of the ONS "Baby names in England and Wales" series for the
 * formal forms. A short form that is only the start of the full name (Sam, Mo, Chris) needs no entry:
 * such prefixes are accepted anyway.
 */
const NICKNAME_GROUPS: readonly string[] = [
  'robert rob robbie bob bobby bert',
  'william will willie bill billy liam',
  'margaret maggie meg peggy marge madge greta',
  'elizabeth liz lizzie beth betty bess eliza libby elsie',
  'catherine katherine kathryn kate katie cathy kathy kat kit',
  'james jim jimmy jamie',
  'john jack johnny',
  'jonathan jon jonny',
  'michael mike mick micky mikey',
  'nicholas nick nicky',
  'richard rick ricky dick rich richie',
  'edward ed eddie ted teddy ned',
  'thomas tom tommy',
  'anthony tony ant',
  'andrew andy drew',
  'stephen steven steve stevie',
  'christopher chris kit',
  'christine chris tina',
  'alexander alex sandy xander',
  'alexandra alex sandra sasha lexi',
  'henry harry hal',
  'harold harry hal',
  'charles charlie chas chuck',
  'charlotte charlie lottie',
  'jennifer jen jenny',
  'rebecca becky becca bex',
  'susan sue suzy susie',
  'patricia pat patty trish tricia',
  'patrick pat paddy',
  'victoria vicky tori',
  'deborah debbie deb',
  'samantha sam sammy',
  'samuel sam sammy',
  'joseph joe joey',
  'josephine jo josie',
  'daniel dan danny',
  'david dave davy',
  'matthew matt matty',
  'benjamin ben benny',
  'frances fran frankie',
  'francis frank frankie',
  'gregory greg',
  'geoffrey geoff jeff',
  'jeffrey jeff',
  'kenneth ken kenny',
  'peter pete',
  'philip phillip phil pip',
  'raymond ray',
  'ronald ron ronnie',
  'donald don donny',
  'timothy tim timmy',
  'terence terry',
  'gerald gerry jerry',
  'lawrence laurence larry laurie',
  'abigail abby abi gail',
  'amanda mandy',
  'eleanor ellie nell nora',
  'isabel isabella izzy bella',
  'jacqueline jackie',
  'judith judy',
  'kimberley kimberly kim',
  'nicola nicky nikki',
  'pamela pam',
  'penelope penny',
  'rosemary rose rosie',
  'dorothy dot dotty',
  'barbara barb babs',
  'anne ann annie',
  'theresa teresa tess tessa terri',
  'zachary zach zak',
  'nathaniel nathan nat nate',
  'oliver ollie olly',
  'frederick fred freddie',
  'albert bert bertie',
  'alfred alf alfie fred',
  'walter walt wally',
  'reginald reg reggie',
  'stuart stu',
  'douglas doug',
  'bernard bernie',
  'malcolm mal',
  'jacob jake',
  'joshua josh',
  'mohammed mohammad muhammad mohamed mohamad mo',
  'alison ali',
  'gwendolyn gwen',
  'beatrice bea',
  'cynthia cindy',
  'lucinda lucy cindy',
  'sarah sara',
  'catriona katrina',
  'siobhan shiv',
];
const NICKNAMES = new Map<string, Set<string>>();
for (const group of NICKNAME_GROUPS) {
  const names = group.split(' ');
  for (const n of names) {
    const set = NICKNAMES.get(n) ?? new Set<string>();
    for (const m of names) set.add(m);
    NICKNAMES.set(n, set);
  }
}

const BULK =
  /\b(?:list|lists|patients|bulk|mailing|newsletter|subscribers|everyone|all|group|members|distribution|team|staff|desk|network|services|department|office|committee|board|practice|surgery|centre|clinic)\b/i;
const CAPITALISED = /^\p{Lu}/u;

const fold = (s: string) => normalise(s).text;

interface Person {
  /** Half-open range in the original text: the title (if any) and the name. */
  start: number;
  end: number;
  titled: boolean;
  names: string[];
  lowerCase: boolean;
}

function gap(a: Analysis, left: Token, right: Token): string {
  return a.text.slice(left.end, right.start);
}

/** The people a message opens by addressing: "Hi Joan,", "Dear Mr Patel", "Hi Omar and Lisa", "Kevin, your…". */
function addressed(a: Analysis): { people: Person[]; vocative: boolean } {
  const t = a.tokens;
  const first = t[0];
  if (!first || a.text.slice(0, first.start).trim() !== '') return { people: [], vocative: false };
  let i = 0;
  let greeted = false;
  if (first.norm === 'good' && t[1] && GOOD_TIMES.has(t[1].norm)) {
    i = 2;
    greeted = true;
  } else if (GREETINGS.has(first.norm)) {
    i = 1;
    greeted = true;
  }
  if (greeted && t[i] && /[.!?\n]/.test(gap(a, t[i - 1] as Token, t[i] as Token)))
    return { people: [], vocative: false };

  const people: Person[] = [];
  while (i < t.length) {
    const startTok = t[i] as Token;
    let j = i;
    let titled = false;
    if (TITLES.has(startTok.norm) && CAPITALISED.test(startTok.raw)) {
      titled = true;
      j++;
    }
    const names: string[] = [];
    let lowerCase = false;
    while (j < t.length && names.length < 3) {
      const tok = t[j] as Token;
      if (j > i && !/^[\s.-]*$/.test(gap(a, t[j - 1] as Token, tok))) break;
      if (j > i && /\n/.test(gap(a, t[j - 1] as Token, tok))) break;
      if (tok.kind !== 'word' || TITLES.has(tok.norm)) break;
      if (!CAPITALISED.test(tok.raw)) {
        // "hi joan, …": a lower-case name straight after a greeting, ended by punctuation.
        const after = t[j + 1];
        const ends = after ? /^\s*[,!:\u2013\u2014-]/.test(gap(a, tok, after)) : true;
        if (!(greeted && names.length === 0 && ends && !NOT_NAMES.has(tok.norm))) break;
        lowerCase = true;
      }
      names.push(tok.norm);
      j++;
    }
    if (names.length === 0 || names.every((n) => NOT_NAMES.has(n))) break;
    const last = t[j - 1] as Token;
    people.push({ start: startTok.start, end: last.end, titled, names, lowerCase });
    // "Hi Omar and Lisa", "Dear Jo & Sam"
    const next = t[j];
    if (next && (next.norm === 'and' || next.norm === 'n') && t[j + 1] && /^\s+$/.test(gap(a, last, next))) {
      i = j + 1;
      continue;
    }
    if (next && /^\s*&\s*$/.test(gap(a, last, next))) {
      i = j;
      continue;
    }
    // For a vocative without a greeting, the name must be followed by a comma.
    if (!greeted && !(next ? /^\s*,/.test(gap(a, last, next)) : false)) return { people: [], vocative: false };
    break;
  }
  if (!greeted) {
    const p = people[0];
    if (!p || people.length > 1 || p.names.length > 2) return { people: [], vocative: false };
    if (!p.titled && OPENERS.has(p.names[0] as string)) return { people: [], vocative: false };
    // "Kevin, I had a look at your notes": a vocative speaks to the reader in the same sentence.
    const s = a.sentences[a.sentenceAt(p.start)];
    const sentenceEnd = s ? s.end : a.text.length;
    if (!a.tokens.some((tok) => tok.start > p.end && tok.start < sentenceEnd && SECOND_PERSON.has(tok.norm)))
      return { people: [], vocative: false };
    return { people, vocative: true };
  }
  return { people, vocative: false };
}

function recipientTokens(r: Recipient): string[] {
  return fold(r.name)
    .split(/[^\p{L}\p{M}']+/u)
    .filter((w) => w.length > 0 && !TITLES.has(w));
}

function sameFirstName(said: string, onFile: string): boolean {
  if (said === onFile) return true;
  if (said.length >= 2 && onFile.startsWith(said)) return true; // Mo → Mohammed, Sam → Samantha
  if (onFile.length <= 4 && onFile.length >= 2 && said.startsWith(onFile)) return true; // on file as "Sam", written "Samantha"
  return NICKNAMES.get(said)?.has(onFile) ?? false;
}

function matches(p: Person, recipients: readonly string[][]): boolean {
  const said = p.names.filter((n) => !NOT_NAMES.has(n)).map(fold);
  return recipients.some((tokens) => said.some((n) => tokens.some((r) => (p.titled ? n === r : sameFirstName(n, r)))));
}

function listNames(recipients: readonly Recipient[]): string {
  const names = recipients.map((r) => r.name.trim());
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export default defineRule({
  id: 'boundaries.wrong-recipient',
  category: 'boundaries',
  severity: 'stop',
  guidance: 'Direct messaging with patients',
  readers: ['patient', 'gmc'],
  description: 'The person the message addresses or discusses is not the recipient.',
  rationale:
    'Sending a message to the wrong patient is one of the dangers the guidance lists for messaging patients directly, because it hands one person\u2019s health information to another (Maintaining professional boundaries: Direct messaging with patients). When the name a message opens with ("Hi Margaret", "Dear Mr Grantham") matches nobody it is going to, the message was probably meant for someone else; the patient it concerns and the GMC would both see a breach of confidentiality. Short forms (Mo for Mohammed, Bob for Robert) count as a match; a similar but different name (Paula for Pauline) does not.',
  examples: {
    flagged: [
      {
        text: 'Hi Margaret, your smear result came back normal.',
        channel: 'direct-message',
        recipients: [{ name: 'Joan Smith', isPatient: true }],
      },
      {
        text: 'Dear Mr Grantham, your clinic letter is attached.',
        channel: 'email',
        recipients: [{ name: 'Lewis Grant', isPatient: true }],
      },
    ],
    clean: [
      { text: 'Hi Bob, thanks for covering on Friday.', channel: 'email', recipients: [{ name: 'Dr Robert Hale' }] },
      { text: 'Dear Mrs Okonjo, thank you for the rota.', channel: 'email', recipients: [{ name: 'Grace Okonjo' }] },
      'Hi Margaret, see you at the meeting.',
    ],
  },
  detect({ draft, analysis }): RuleHit[] {
    const people = draft.recipients.filter((r) => /\p{L}/u.test(r.name) && !BULK.test(r.name));
    if (people.length === 0) return [];
    const { people: said, vocative } = addressed(analysis);
    if (said.length === 0) return [];
    const onFile = people.map(recipientTokens);
    const names = listNames(people);
    const hits: RuleHit[] = [];
    for (const p of said) {
      if (matches(p, onFile)) continue;
      const excerpt = analysis.text.slice(p.start, p.end);
      hits.push({
        start: p.start,
        end: p.end,
        message: `Don't send this as it stands: it is addressed to "${excerpt}" but is going to ${names}. A message meant for one person that reaches another can breach their confidentiality (Direct messaging with patients); check you have the right recipient, or the right name, before sending.`,
        confidence: vocative ? 0.7 : p.lowerCase ? 0.6 : 0.9,
        why: [`addressed to "${excerpt}"`, `recipient${people.length > 1 ? 's' : ''} on file: ${names}`],
        suggestions: [{ kind: 'advice', text: `Check the recipient: this message names "${excerpt}", not ${names}.` }],
      });
    }
    if (hits.length === 0 && !vocative) {
      const shared = sharedResult(draft.thread, people, said[0] as Person, analysis);
      if (shared) hits.push(shared);
    }
    return hits;
  },
});

/**
 * "Dear Ann, your pregnancy test was positive" to Ann and Mark: one person's result, addressed to them,
 * on a message someone else receives too (another recipient, or another person in the thread).
 */
function sharedResult(
  thread: readonly { author: string }[],
  people: readonly Recipient[],
  to: Person,
  a: Analysis,
): RuleHit | undefined {
  const result = addressedResult(a);
  if (!result) return undefined;
  const others = new Set<string>();
  // The first recipient the greeting fits is the patient; everyone else receives their result too,
  // including a second person the same greeting fits ("Mrs Patel" to Priya and Raj Patel).
  const own = people.find((p) => matches(to, [recipientTokens(p)]));
  for (const p of people) if (p !== own) others.add(p.name);
  for (const m of thread) {
    const author = m.author.trim();
    if (author !== '' && author.toLowerCase() !== 'me' && !matches(to, [recipientTokens({ name: author })]))
      others.add(author);
  }
  if (others.size === 0) return undefined;
  const excerpt = a.text.slice(to.start, to.end);
  const said = a.text.slice(result.start, result.end);
  const list = [...others].slice(0, 3).join(', ');
  return {
    start: to.start,
    end: to.end,
    confidence: 0.75,
    why: [`addressed to "${excerpt}"`, `a result told to them ("${said}")`, `also receiving it: ${list}`],
    message: `Don't send this as it stands: it gives "${excerpt}" their result ("${said}"), but ${list} will read it too. A result is confidential to the patient it belongs to (Direct messaging with patients); send it to them alone.`,
    suggestions: [
      {
        kind: 'advice',
        text: `Send the result to ${excerpt} alone, through the practice's usual route, and take ${list} off the message.`,
      },
    ],
  };
}
