import type { Characteristic } from '../../data/discrimination.js';
import type { LexiconEntry } from '../../text/lexicon.js';

/*
 * The meaning layer's vocabulary (design.md, "How the engine understands text"): each clause of a
 * draft, who or what it is aimed at, what it does to them, how (wished, urged, intended, asked), whether
 * it is negated, and whether the words are the author's own. Rules are filters over these.
 */

/** A half-open range of the original text with the tokens it covers. */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

export type GroupClass = Characteristic | 'political' | 'protesters' | 'social';

export type TargetKind =
  /** The reader: "you". */
  | 'you'
  /** One other person: he or she, a name, a handle, a role ("the practice manager"). */
  | 'person'
  /** A group of people. */
  | 'group'
  /** A place that stands for a group (a mosque, an asylum hotel). */
  | 'place'
  /** A patient or patients. */
  | 'patient'
  /** The author. */
  | 'self';

export interface Target extends Span {
  readonly kind: TargetKind;
  /** For groups and places: which group (protected characteristic, politics, protest, or other). */
  readonly group?: GroupClass;
  /** Words that name it, for messages ("Muslims", "the registrar", "you"). */
  readonly label: string;
  /** Reached through a pronoun ("they", "them", "those people") from an earlier mention. */
  readonly viaPronoun?: boolean;
}

export type ActKind =
  | 'violence'
  | 'harm'
  | 'exclusion'
  | 'dehumanise'
  | 'contempt'
  | 'insult'
  | 'emotion'
  | 'conspiracy'
  | 'crime'
  | 'inferiority'
  | 'positive'
  | 'glorify'
  | 'career'
  | 'intimidation'
  | 'coercion'
  | 'harass'
  | 'sexual'
  | 'patient'
  /** A fixed expression whose words only look hostile ("shoot you an email"); it cancels acts it covers. */
  | 'idiom';

/** Who does the act, as the clause puts it. */
export type Agent =
  /** The author ("I'll…", "I hate…"). */
  | 'author'
  /** Others are urged to ("let's…", "someone should…", an imperative, "they should be…"). */
  | 'urged'
  /** Someone else, as a report ("he shot…", "people who hate…"). */
  | 'other'
  /** Not said (a predicate: "they are vermin"). */
  | 'none';

export type Modality = 'wish' | 'call' | 'intent' | 'condition' | 'question' | 'joke';

export type Stance =
  /** The author's own words. */
  | 'own'
  /** In quotation marks with nothing to say the author disowns them. */
  | 'quoted'
  /** Attributed to someone else ("he called me…", "a patient said…"). */
  | 'reported'
  /** Quoted or referenced in order to condemn or reject it. */
  | 'countered'
  /** Part of a news report or a remembrance of an event. */
  | 'news';

export interface Act extends Span {
  readonly kind: ActKind;
  /** The lexicon entry that carries the act (its tags say the form: verb, pp, noun, adj, phrase…). */
  readonly entry: LexiconEntry;
  /** Index of the clause in Meaning.clauses. */
  readonly clause: number;
  /** What the act is aimed at, when the clause binds it to something. */
  readonly target?: Target;
  readonly agent: Agent;
  readonly modality: ReadonlySet<Modality>;
  /** Denied by the clause ("aren't vermin", "I don't hate…"). */
  readonly negated: boolean;
  readonly stance: Stance;
  /** Generalised ("all", "every", "typical", "they always"). */
  readonly sweeping: boolean;
  /** Cues that decided the reading, for a finding's `why`. */
  readonly cues: readonly string[];
  /** The words as written, in lower case ("reported you" for the entry "report you"). */
  readonly written: string;
}

export interface Clause extends Span {
  readonly sentence: number;
  readonly targets: readonly Target[];
}

export interface Meaning {
  readonly clauses: readonly Clause[];
  readonly acts: readonly Act[];
  /** Every target, in text order. */
  readonly targets: readonly Target[];
  /** Quotations, as [open mark, close mark] offsets. */
  readonly quoted: ReadonlyArray<readonly [number, number]>;
  /** Whose words a span is (for words that are not acts: slurs, stock phrases). */
  stanceAt(span: Span): Stance;
  /** Whether a span is denied by a negator before it in its clause. */
  negatedAt(span: Span): boolean;
}
