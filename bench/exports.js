// Generated exports for the benchmarks, deterministic (seeded PRNG): an X archive of tweets and a WhatsApp
// group export, written in chunks so that millions of items never sit in memory at once.
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { prng } from './drafts.js';

const OPENERS = [
  'Busy Monday in the surgery',
  'Just finished a long clinic',
  'Great turnout at the practice meeting',
  'Reminder that flu jabs are available',
  'Really useful session on asthma reviews today',
  'On call again this weekend',
  'Lovely to see the new nurses settling in',
  'Another day of telephone triage',
  'Proud of our reception team',
  'Interesting discussion about the new referral pathway',
  'Waiting list figures out today',
  'Home visits this afternoon',
  'Trainee tutorial on chest pain',
  'Our PCN pharmacist is brilliant',
  'Long queue for the blood clinic',
];
const MIDDLES = [
  'the ICB still has not replied about the funding',
  'the coffee machine is broken again',
  'we saw forty patients before lunch',
  'the new system keeps logging everyone out',
  'the hospital letters are three weeks behind',
  'everyone pulled together as usual',
  'the evidence on statins keeps getting clearer',
  'the heatwave is bringing in lots of dehydration',
  'I learnt a lot from the registrar',
  'the locum rota is finally sorted',
  'we need more appointments for mental health',
  'the rain did not stop anyone coming',
];
const CLOSERS = [
  'Time for a cup of tea.',
  'Proud of the team.',
  'Back tomorrow at eight.',
  'Please book your booster.',
  'Thanks all.',
  'More on this next week.',
  'Any tips welcome.',
  'Stay safe out there.',
  'What a day.',
  'Onwards.',
  '#GPlife',
  '#NHS',
];
/** About one item in twenty carries one of these: insults, profanity, a patient detail, a heated reply. */
const RISKY = [
  'Honestly the manager is a complete idiot and everyone knows it.',
  'This is fucking ridiculous, I am done with this shit.',
  'Mrs Patel in bed 4 with the NHS number 943 476 5919 was a nightmare today.',
  'That patient was a total moron, wasted twenty minutes of my life.',
  'You are pathetic and a disgrace, shut up and go away.',
  'Some of these fat lazy patients just want sick notes, unbelievable.',
  'I will make sure you regret this, watch your back.',
  'Are you stupid or just deliberately obtuse? Answer the question!!!',
];
const REPLIES = [
  'Agreed, thanks for sharing',
  'Thanks, see you at the meeting',
  'Can someone cover the 4pm slot?',
  'Running ten minutes late',
  'Has anyone seen the new guidance?',
  'Lunch is in the staff room',
  'Great news',
  'I can do Thursday',
  'Noted, will chase it',
  'The printer is jammed again',
  'Who is on duty tonight?',
  'Happy birthday!',
  'Sorry, missed this earlier',
];

function textFor(rand, short) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  let text = short ? `${pick(REPLIES)}.` : `${pick(OPENERS)}, ${pick(MIDDLES)}. ${pick(CLOSERS)}`;
  if (!short && rand() < 0.35) text += ` Also ${pick(MIDDLES)}.`;
  if (rand() < 0.05) text += ` ${pick(RISKY)}`;
  return text;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const xDate = (ms) => {
  const d = new Date(ms);
  const p = (n) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000 ${d.getUTCFullYear()}`;
};

async function writeChunks(path, produce) {
  const out = createWriteStream(path);
  for (const chunk of produce()) {
    if (!out.write(chunk)) await new Promise((r) => out.once('drain', r));
  }
  await new Promise((r, j) => out.end((e) => (e ? j(e) : r())));
}

/** An X archive in `dir` (data/account.js, data/tweets.js) with `n` tweets, about 30% of them replies. */
export async function generateX(dir, n) {
  mkdirSync(join(dir, 'data'), { recursive: true });
  writeFileSync(
    join(dir, 'data', 'account.js'),
    'window.YTD.account.part0 = [\n  {\n    "account" : {\n      "email" : "sam@example.org",\n      "username" : "drsamgp",\n' +
      '      "accountId" : "1234567890",\n      "accountDisplayName" : "Dr Sam"\n    }\n  }\n]',
  );
  const rand = prng(0x5eed);
  await writeChunks(join(dir, 'data', 'tweets.js'), function* () {
    yield 'window.YTD.tweets.part0 = [\n';
    let ms = Date.UTC(2015, 0, 1);
    let buf = '';
    for (let i = 0; i < n; i++) {
      ms += Math.floor(rand() * 3 * 3600_000);
      const id = String(1_000_000_000_000 + i);
      const reply = rand() < 0.3;
      const tweet = {
        edit_info: {
          initial: {
            editTweetIds: [id],
            editableUntil: '2018-10-10T21:19:24.000Z',
            editsRemaining: '5',
            isEditEligible: true,
          },
        },
        retweeted: false,
        source: '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
        entities: { hashtags: [], symbols: [], user_mentions: [], urls: [] },
        display_text_range: ['0', '200'],
        favorite_count: String(Math.floor(rand() * 50)),
        id_str: id,
        truncated: false,
        retweet_count: '0',
        id,
        created_at: xDate(ms),
        favorited: false,
        full_text: textFor(rand, reply && rand() < 0.5),
        lang: 'en',
        ...(reply
          ? {
              in_reply_to_status_id_str: String(1_000_000_000_000 + Math.max(0, i - 1 - Math.floor(rand() * 50))),
              in_reply_to_screen_name: 'colleague',
            }
          : {}),
      };
      buf += (i ? ',\n' : '') + JSON.stringify({ tweet }, null, 2).replace(/^/gm, '  ');
      if (buf.length > 1 << 16) {
        yield buf;
        buf = '';
      }
    }
    yield `${buf}\n]`;
  });
}

/** A WhatsApp group export of `lines` lines: bursts of replies, multi-line messages, media and system lines. */
export async function generateWhatsApp(file, lines) {
  const rand = prng(0xc0ffee);
  const authors = [
    'Dr Sam',
    'Priya Shah',
    'Tom Evans',
    'Nurse Kelly',
    'Ahmed Khan',
    'Practice Manager',
    '+44 7700 900123',
  ];
  await writeChunks(file, function* () {
    let ms = Date.UTC(2019, 2, 1, 8);
    const p = (n) => String(n).padStart(2, '0');
    const stamp = () => {
      const d = new Date(ms);
      return `${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}, ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
    };
    let buf =
      `${stamp()} - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.\n` +
      `${stamp()} - Dr Sam created group "Surgery Team"\n`;
    let written = 2;
    while (written < lines) {
      // bursts of quick replies, then a gap
      ms += rand() < 0.7 ? Math.floor(rand() * 5 * 60_000) : Math.floor(rand() * 8 * 3600_000);
      const r = rand();
      if (r < 0.01) {
        buf += `${stamp()} - ${authors[1 + Math.floor(rand() * 4)]} added ${authors[5]}\n`;
        written++;
      } else if (r < 0.03) {
        buf += `${stamp()} - ${authors[Math.floor(rand() * authors.length)]}: <Media omitted>\n`;
        written++;
      } else {
        const author = authors[Math.floor(rand() * authors.length)];
        buf += `${stamp()} - ${author}: ${textFor(rand, rand() < 0.6)}\n`;
        written++;
        // multi-line messages: continuation lines
        if (rand() < 0.1) {
          const extra = 1 + Math.floor(rand() * 3);
          for (let k = 0; k < extra && written < lines; k++, written++) buf += `${textFor(rand, true)}\n`;
        }
      }
      if (buf.length > 1 << 16) {
        yield buf;
        buf = '';
      }
    }
    yield buf;
  });
}
