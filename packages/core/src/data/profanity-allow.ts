/**
 * Words and names that contain a swear word but are innocent: clinical terms, UK places and
 * people, foods. Merged into obscenity's own whitelist (never replacing it).
 */
export interface AllowEntry {
  readonly phrase: string;
  readonly source: string;
  readonly note: string;
}

export const PROFANITY_ALLOW: readonly AllowEntry[] = [
  { phrase: 'scunthorpe', source: 'Ordnance Survey place names', note: 'Town in Lincolnshire; the classic false positive.' },
  { phrase: 'penistone', source: 'Ordnance Survey place names', note: 'Town in South Yorkshire.' },
  { phrase: 'dick whittington', source: 'English folklore; Lord Mayor of London', note: 'A name and a pantomime, not an insult.' },
  { phrase: 'anal fissure', source: 'NHS conditions A to Z', note: 'Clinical term.' },
  { phrase: 'shiitake', source: 'Common food name', note: 'Mushroom.' },
];
