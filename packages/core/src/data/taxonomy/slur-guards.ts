import { wordSet } from '../../text/lexicon.js';
import type { Characteristic } from '../discrimination.js';

/**
 * What tells a slur from an innocent homonym or a reclaimed use. Slurs themselves are in
 * data/discrimination.ts (Ofcom 2021 bands) and in obscenity's English data set; these lists are the
 * guards around them. Sources: Ofcom 2021, "Public attitudes to offensive language on TV and radio"
 * (homonyms and reclaimed use); HateCheck F8-F9 definitions (non-hateful homonyms, reclaimed slurs).
 */

/** Slurs in obscenity's data set, by the characteristic they attack. */
export const OBSCENITY_SLURS: Readonly<Record<string, Characteristic>> = {
  nigger: 'race',
  abo: 'race',
  abeed: 'race',
  africoon: 'race',
  arabush: 'race',
  boonga: 'race',
  chingchong: 'race',
  chink: 'race',
  kike: 'religion',
  dyke: 'sexual-orientation',
  fag: 'sexual-orientation',
  retard: 'disability',
  spastic: 'disability',
  tranny: 'gender-reassignment',
};
/** Obscenity slurs with an everyday meaning: a slur only where they name a person. */
export const OBSCENITY_NEEDS_DET = wordSet('chink, fag, dyke, abo');

/** Words after a slur-homonym that show the everyday sense ("a fag break", "Offa's Dyke path", "Homo sapiens"). */
export const HOMONYM_NEXT =
  wordSet(`break, breaks, packet, packets, end, ends, ash, of, in, at, smoke, smoker, smoking, was,
  flooded, wall, path, sapiens, erectus, habilis, neanderthalensis, armour, armor`);
/** Words before "fag" that mean a cigarette ("a quick fag", "twenty fags"). */
export const SMOKING =
  wordSet(`smoke, smokes, smoking, smoked, having, have, had, light, lit, for, quick, roll, rolled, rolling,
  cadge, bum, pack, packet, twenty, ten, spare`);
/** Clinical nouns after "spastic" (spastic diplegia, spastic paraparesis). */
export const SPASTIC_CLINICAL =
  wordSet(`diplegia, quadriplegia, tetraplegia, paraplegia, hemiplegia, cerebral, paresis, paraparesis,
  gait, colon, dysphonia, muscles, muscle, type, form, bladder, cp, hypertonia, limb, limbs`);
/** Words before "retard…" that make it clinical or technical (growth retardation, flame retardant). */
export const RETARD_CLINICAL = wordSet('growth, psychomotor, flame, fire, intrauterine, mental, developmental');
/** Words that make a slur self-reference (reclaimed): "I'm a proud queer", "us dykes". */
export const RECLAIMING = wordSet("i'm, im, am, we're, were, us, proud, fellow, myself, ourselves");
/** Words before a homonym slur that make it name a person ("you fag", "a dirty chink"). */
export const PERSON_MARKERS =
  wordSet(`a, an, you, ya, u, ur, your, that, this, these, those, dirty, filthy, stupid, fucking, fuckin,
  bloody, little, fat, typical, like, you're, youre, ugly, disgusting, thick, lazy, such, bunch, absolute, total, massive, some,
  all, the, total, absolute, complete, utter, proper, right, massive, big, raging, what`);
