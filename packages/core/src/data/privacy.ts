import { defineLexicon, type LexiconEntry, many } from '../text/lexicon.js';

/**
 * Wording that counts on a message staying private, vanishing or being untraceable
 * ("Disclosability": private groups can be screenshotted, deleted messages recovered, encrypted
 * messages disclosed, and anonymous authors identified).
 *
 * Tags (disclosability.reminder names the assumption in its message):
 *   confidence   asks the reader to keep it to themselves ("between us", "off the record")
 *   deletion     relies on the message not lasting ("delete after reading", "I'll delete this later")
 *   capture      asks readers not to keep or pass it on ("don't screenshot", "don't forward")
 *   closed       relies on the audience being closed ("this is a private group")
 *   anonymity    relies on not being identified ("my anon account", "burner", "nobody will know it's me")
 *   encryption   relies on the app ("disappearing messages", "it's encrypted", "it's Signal so")
 *   ambiguous    has an innocent sense too ("between us we raised £2,000"): the rule checks the context
 */

const LMC = 'Londonwide LMCs, "The pitfalls of social media usage and how to avoid them", Disclosability (paraphrased)';
const ICO = 'ICO guidance on the right of access (UK GDPR Art. 15; Data Protection Act 2018), paraphrased';
const UK = 'common UK usage';

export default defineLexicon({
  id: 'privacy',
  description: 'Wording that relies on privacy or deletion (between us, delete later, anonymous account).',
  entries: [
    ...many(['between you and me', 'between you and i', 'just between us', 'strictly between us', 'keep this between us',
      'keep it between us', 'between ourselves', 'off the record', 'not for the record', 'keep this to yourself',
      'keep it to yourself', 'keep this to yourselves', 'keep it to yourselves', "don't tell anyone", 'do not tell anyone',
      "don't tell anybody", "don't repeat this", "don't repeat that", 'this stays here', 'stays in this group',
      'stays in the group', 'what happens in this group', 'for your eyes only', 'eyes only', 'not for sharing',
      'not to be shared', "don't let this get out", "this doesn't leave", "this mustn't leave", 'nobody needs to know',
      'no one needs to know', 'nobody has to know', 'no one has to know', 'our little secret', 'keep it quiet', 'keep this quiet',
      'mum is the word', "mum's the word"],
    ['confidence'], UK, 'Asks readers to keep it secret: any of them can still pass it on, and it may be disclosed.'),
    ...many(['between us'], ['confidence', 'ambiguous'], UK, '"Between us, …" asks for secrecy; "between us we raised…" does not.'),
    ...many(['delete after reading', 'delete after you read', 'delete this after', 'delete it after', 'delete after',
      'delete once read', 'delete this later', 'delete it later', "i'll delete this", "i'll delete it", 'i will delete this',
      'will delete later', 'deleting this later', 'deleting this soon', 'deleting this in', 'delete this in',
      'before i delete', 'before i delete it', 'read and delete', 'delete this message', 'delete the message', 'delete the chat', 'clear the chat'],
    ['deletion'], LMC, 'Relies on deletion: it may have been captured first, and deleted messages can often be recovered.'),
    ...many(["don't screenshot", 'do not screenshot', 'no screenshots', 'no screenshot', "don't screen shot",
      "don't forward", 'do not forward', "don't forward this", "don't share this", 'do not share this', "don't share",
      "don't pass this on", 'do not pass this on', "don't show anyone", 'not to be forwarded', 'not for forwarding'],
    ['capture'], LMC, 'Asks readers not to keep or forward it: nothing stops them, and the request itself shows you expected trouble.'),
    ...many(['this is a private group', "it's a private group", 'its a private group', 'private group', 'closed group',
      'secret group', 'private chat', 'private channel', 'private server', 'in this group only', 'just us here',
      'only us here', 'safe space to say'],
    ['closed'], LMC, 'Relies on a closed audience: private groups can be screenshotted and their members change.'),
    ...many(['anon account', 'my anon', 'anonymous account', 'my anonymous', 'alt account', 'my alt', 'burner',
      'burner account', 'burner phone', 'throwaway account', 'sock puppet', 'sockpuppet', 'fake account',
      'fake profile', 'fake name', 'under a different name', 'under a false name', 'under my own name', 'not under my name',
      "nobody will know it's me", "no one will know it's me", "nobody will know it was me", 'nobody will know',
      'no one will know', 'nobody will ever know', 'no one will ever know', "can't be traced", 'cannot be traced',
      "won't be traced", 'untraceable', "can't trace it", "can't trace me", "they can't trace", 'nobody will find out',
      'no one will find out', 'nobody will ever see', 'no one will ever see'],
    ['anonymity'], LMC, 'Relies on anonymity: authors of anonymous posts can often be identified.'),
    ...many(['disappearing messages', 'disappearing message', 'vanishing messages', 'vanish mode', 'view once',
      'self destruct', 'self destructing', 'auto delete', "it's encrypted", 'its encrypted', "it's end to end encrypted",
      'encrypted so', 'encrypted anyway', "it's signal", 'its signal', "it's on signal",
      "it's whatsapp so", 'on signal so', "it's telegram", 'secret chat'],
    ['encryption'], ICO, 'Relies on the app: encryption protects a message in transit, not from the people who receive it or from disclosure.'),
  ],
});
