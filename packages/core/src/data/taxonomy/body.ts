import { wordSet } from '../../text/lexicon.js';

/**
 * Violence to a named part of someone's body ("break your fingers", "smash his face in"): a verb of
 * injury, a possessive that points at a person, and a body part. Source: Offences Against the Person
 * Act 1861 s.16 and s.47 (threats to kill; assault occasioning actual bodily harm), with everyday words
 * for injuring someone.
 */
export const INJURY_VERBS = wordSet(`break, smash, snap, crack, bust, cut, slash, stab, punch, kick, slap, burn, rip,
  tear, pull, knock, batter, stamp, twist, crush, bash, cave, rearrange, split, bloody, black, blacken, chop, saw`);
export const POSSESSIVES = wordSet('your, ur, yer, his, her, their');
export const BODY_PARTS = wordSet(`finger, fingers, hand, hands, arm, arms, leg, legs, knee, knees, kneecap, kneecaps,
  nose, face, teeth, tooth, jaw, neck, head, skull, rib, ribs, back, spine, eye, eyes, throat, ankle, ankles, wrist,
  wrists, lip, lips, ear, ears, fingers, toes, bones, bone, balls, windpipe, gob, mouth`);
