import { defineLexicon, terms } from '../../text/lexicon.js';

/**
 * How a clause puts its act: wished, called for, intended, made conditional, asked, joked. The modality
 * is what separates "they were shot" (a report) from "they should be shot" (incitement) and "I'll
 * shoot" (a threat). Source: modality in English grammar (Palmer, Mood and Modality, 2001: deontic,
 * volitive and dynamic modality), with the incitement forms the CPS guidance on the Public Order Act and
 * the Serious Crime Act 2007 ss.44-46 names (encouraging or assisting an offence, directly or by wish).
 */

const PALMER = 'Palmer 2001, Mood and Modality (volitive: wishes and hopes)';
const CPS = 'CPS, Serious Crime Act 2007 ss.44-46 (encouraging or assisting crime) and Public Order Act 1986 Part 3A';
const THREAT =
  'Offences Against the Person Act 1861 s.16; Malicious Communications Act 1988 (threats stated as intent)';

export const WISH = defineLexicon({
  id: 'mod-wish',
  inflect: true,
  description: 'Wishes and hopes that something happen.',
  entries: [
    ...terms(
      `hope, hopes, hoping, i hope, i really hope, here's hoping, heres hoping, wish, wishes, i wish, pray, praying,
       i pray, fingers crossed, can't wait for, can't wait till, can't wait until, cant wait for, cannot wait for,
       cannot wait till, cannot wait until, would love to see,
       i'd love to see, id love to see, i'd like to see, would like to see, love to see, i want to see, want to see,
       if only, deserve to, deserves to, deserved to, should, ought to,
       need to, needs to, wouldn't mind if, would not mind if, wouldn't cry if, won't cry if, wouldn't be sad if,
       nobody would miss, no one would miss, wouldn't miss, good riddance, serve them right, serves them right,
       serve him right, serve her right, hopefully, one can hope, i dream of, dreaming of, the day when,
       the world would be better, world would be better, better off without, better off dead, should be grateful if`,
      ['wish'],
      PALMER,
      'A wish: with harm or violence it asks for it.',
    ),
    ...terms(
      'may, let, let them, let him, let her',
      ['wish', 'optative'],
      PALMER,
      'A wish only when it opens the clause ("May he rot", "Let them starve"); elsewhere a possibility ("you may feel sick") or permission.',
    ),
  ],
});

export const CALL = defineLexicon({
  id: 'mod-call',
  inflect: true,
  description: 'Calls on others to act.',
  entries: [
    ...terms(
      `let's, lets, let us, we need to, we must, we should, we have to, we've got to, we gotta, we ought to,
       someone should, somebody should, someone needs to, somebody needs to, someone ought to, someone must,
       someone has to, someone's got to, someone gotta, everyone should, everybody should, everyone needs to,
       all of you should, you should all, you lot should, people should, people need to, time to, it's time to,
       its time to, it is time to, about time we, why don't we, why dont we, who's with me, whos with me, join us,
       join me, go and, go out and, get out there and, rise up, stand up and, take back, take our country back,
       do something about, deal with, sort out, sort them out, get them, round them up, go get, go find, find them,
       hunt them, we'll show them, show them, teach them, start, start with, begin with, first, step one,
       time someone, about time someone, high time someone, should be, need to be, needs to be, ought to be, must be, have to be, has to be, deserve to be,
       deserves to be, should all be, need to all be, should get, should have, need, needs, must, should`,
      ['call'],
      CPS,
      'A call on others, or a normative "should", that turns an act into something urged.',
    ),
  ],
});

export const INTENT = defineLexicon({
  id: 'mod-intent',
  inflect: true,
  description: "The author's stated intention.",
  entries: [
    ...terms(
      `i'll, ill, i will, i shall, i'm going to, im going to, i am going to, i'm gonna, im gonna, i am gonna, gonna,
       i'm about to, im about to, i intend to, i plan to, i'm planning to, i want to, i wanna, i'd like to,
       i would, i'd, id, i could, i'm tempted to, tempted to, i swear i'll, i swear i will, i swear,
       we'll, we will, we're going to, we are going to, we're gonna, next time i see, when i see,
       when i get hold of, if i see, if i ever see, one more time and i'll, i'm coming, im coming, i'm on my way`,
      ['intent'],
      THREAT,
      'The author says they will or would do it.',
    ),
  ],
});

export const CONDITION = defineLexicon({
  id: 'mod-condition',
  inflect: true,
  description: 'Conditions and ultimatums.',
  entries: [
    ...terms(
      `if, unless, or else, otherwise, until, till, or i, or we, or i'll, or i will, or you'll, or you will, or your, or we'll,
       one more, do that again, try that again, if you ever, if he ever, if she ever, next time, any more of,
       keep it up, keep going, carry on, if you don't, if you do not, if you won't, if you refuse, if you carry on,
       if you keep, if you want, if you know what's good, you've got until, you have until, by friday, by monday,
       by tomorrow, by the end of, within 24 hours, within 48 hours, last chance, final chance, again and,
       one more time and, keep it up and, carry on and, keep talking and, keep talking like that, go on then,
       try me, test me, don't test me, your call, your choice, think on, i dare you`,
      ['condition'],
      THREAT,
      'A condition or deadline: it makes a stated consequence the price of a demand.',
    ),
  ],
});

export const MODALITY = [WISH, CALL, INTENT, CONDITION] as const;
