import { defineLexicon, terms } from '../../text/lexicon.js';

/**
 * Stance: whether hostile words are the author's own, or are reported, quoted or countered. Counter-
 * speech that quotes or names hatred in order to oppose it is not hatred (Röttger et al. 2021,
 * HateCheck F20-F21; Mathew et al. 2019, "Thou shalt not hate": counter-speech strategies), and a doctor
 * reporting abuse received is not abusing anyone. Source words from those definitions: condemnation,
 * denial of the claim, and the frames that mention speech rather than use it.
 */

const MATHEW =
  'Röttger et al. 2021, HateCheck F20-F21 (denouncing quoted or referenced hate); Mathew et al. 2019, counter-speech strategies (denouncing, presenting facts, pointing out hypocrisy)';
const GRAMMAR = 'Reported speech and speech-act verbs (Quirk et al. 1985, 14.29-14.31)';
const NEWS = 'News reporting of crimes and attacks (IPSO Editors’ Code: reporting, not endorsing)';

export const COUNTER = defineLexicon({
  id: 'stance-counter',
  inflect: true,
  description: 'Condemning, rejecting or countering what someone said or did.',
  entries: [
    ...terms(
      `racist, racism, racists, bigot, bigots, bigoted, bigotry, hate speech, hate crime, hate crimes,
       homophobic, homophobia, transphobic, transphobia, misogynist, misogynistic, misogyny, sexist, sexism,
       antisemitic, antisemitism, anti semitic, anti semitism, islamophobic, islamophobia, xenophobic, xenophobia,
       ableist, ableism, ageist, ageism, prejudice, prejudiced, discrimination, discriminatory, dehumanising,
       dehumanizing, unacceptable, not acceptable, not ok, not okay, never ok, never okay, no place for,
       has no place, have no place, zero tolerance, won't tolerate, will not tolerate, won't stand for, condemn,
       condemns, condemned, condemning, denounce, denounced, reject, rejected, call out, called out, calling out,
       challenge, challenged, challenging, stand against, stand with, standing with, solidarity, report it,
       reported it, reported them, reported him, reported her, reported to the police, police were called,
       stop spreading, stop saying, stop repeating, how can anyone, how can people, how can you say, how dare,
       can't believe people, can't believe someone, cannot believe people, should be ashamed, not who we are,
       love not hate, love over hate, hope not hate, no to racism, kick it out, say no to, stop the hate, end racism,
       tackle racism, anti racist, antiracist, allyship, show racism the red card, i'm sick of hearing,
       sick of hearing, tired of hearing, fed up of hearing, fed up with hearing, no excuse for, inexcusable,
       shame on, screenshot sent, sent to the police, sent to police, logged it, datix, a myth, myths, debunked, a trope, tropes, dog whistle, propaganda, dangerous rhetoric, lies, a lie,
       untrue, false, nonsense`,
      ['counter', 'names'],
      MATHEW,
      // Not "hateful": this lexicon is stemmed, and "hateful" would then meet every "hate" ("I hate that…").
      'Names the prejudice or rejects the claim: marks counter-speech wherever it sits beside hostile words.',
    ),
    ...terms(
      `disgusting, disgraceful, appalling, abhorrent, shameful, shocking, sickening, vile, horrible, awful, wrong,
       so wrong, just wrong, completely wrong, misguided, ignorant, rubbish, out of order, not on, ashamed,
       embarrassed, horrified, appalled, heartbroken, makes me sick, make me sick, disgusts me, turn my stomach,
       gross, yikes, unforgivable, no excuse, pathetic, shows how, says more about, tells you everything about`,
      ['counter', 'judgement'],
      MATHEW,
      'A judgement: counter-speech only when it is passed on words that are quoted or framed as said.',
    ),
  ],
});

export const SPEECH_FRAME = defineLexicon({
  id: 'stance-frame',
  description: 'Frames that mention what someone says or believes rather than saying it.',
  entries: [
    ...terms(
      `saying, saying that, he said, she said, they said, people say, people said, claiming,
       claims that, claimed that, the claim that, the idea that, the notion that,
       the myth that, the lie that, the trope that, the belief that, the view that, the suggestion that, the assumption that,
       statements like, comments like, remarks like,
       tweets like, posts like, words like, language like, slogans like, slogan, chants, chant, chanting, chanted,
       signs saying, a sign saying, banner, banners, graffiti, leaflets, leaflet, stickers, memes, meme, rhetoric,
       people who say, people who think, people who believe, people who claim, anyone who says, anyone who thinks,
       anyone who believes, those who say, those who think, those who believe, someone who says, whoever says,
       when people say, when someone says, when you say, to say, to claim, to suggest, to call, calling, called,
       described as, referred to as, branded, labelled, being called, been called, was called, were called,
       got called, shouted, shouting, screamed, yelled, told me, told her, told him, told us, told our, asked if,
       heard, overheard, see people, seeing people, keep seeing, keep hearing, i keep hearing,
       the phrase, the word, the term, the n word, the p word, a slur, slurs, that word, such language, insults like,
       abuse like, hate mail, trolls, troll, the comments, in the comments, replies, responses, messages saying,
       a message saying, an email saying, a note saying, a patient said, patient said, a patient called,
       a relative said, the man said, the woman said, think that, believe that,
       thinks that, believes that, argue that, argues that, suggest that, suggests that, implying, implies,
       pretending, pretend, as if, like saying, quote, quoting, quoted, unquote, repeating, repeat, today's dm,
       the messages, the message, messages included, included, i received, we received, got a message, got a dm,
       someone wrote, someone sent, was told, were told, i was called, we were called, left a voicemail, voicemail`,
      ['frame'],
      GRAMMAR,
      'A frame that introduces words as something said or believed: what follows is mentioned, not used.',
    ),
  ],
});

export const EVENT_REPORT = defineLexicon({
  id: 'stance-news',
  inflect: true,
  description: 'Reporting an event neutrally or with sympathy for those harmed.',
  entries: [
    ...terms(
      `reported, reports, according to, police say, police said, police are, police have, news, breaking, breaking news,
       arrested, arrest, charged, convicted, sentenced, jailed, got life, life sentence, behind bars, trial, inquest, inquiry, investigation, investigating,
       victims, victim, survivors, survivor, injured, wounded, was hurt, were hurt, killed in, died in, were killed, was killed, lost their lives,
       thoughts with, thoughts are with, our thoughts, our hearts, hearts go out, heart goes out, praying for, rip,
       rest in peace, vigil, condolences, tribute, tributes, horrific, tragic, tragedy, devastating, devastated,
       heartbreaking, senseless, terrible news, awful news, sad news, solidarity with, stand with, support for victims,
       remember, remembering, remembrance, anniversary, memorial, documentary, history, historians, lesson, lessons,
       in 1945, in 1994, during the war, the nazis, nazi, nazis, apartheid, genocide memorial, holocaust memorial`,
      ['news'],
      NEWS,
      'Reporting, mourning or remembering an event: hostile words in it are about the event, not urged.',
    ),
  ],
});

export const STANCE = [COUNTER, SPEECH_FRAME, EVENT_REPORT] as const;
