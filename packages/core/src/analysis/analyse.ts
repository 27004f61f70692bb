import { LEXICONS } from '../data/index.js';
import { BE_FORMS } from '../data/taxonomy/grammar.js';
import type { Lexicon, LexiconEntry } from '../text/lexicon.js';
import { PROFANITY_TERMS } from '../data/profanity-allow.js';
import { VOCABULARY } from '../data/knowledge/vocabulary.js';
import { BloomFilter } from '../text/bloom.js';
import { phraseTokens } from '../text/tokens.js';
import { Speller } from '../text/spelling.js';
import { readTextSpeak } from '../text/text-speak.js';
import { stem } from '../text/stem.js';
import { readMeaning } from './meaning/meaning.js';
import { Model } from './model/model.js';
import { modelExtras } from './model/features.js';
import { type ModelReading, readModel } from './model/reading.js';
import type { Meaning } from './meaning/types.js';
import { fastPaths } from '../fast-path.js';
import { Recent } from '../recent.js';
import { timeMs } from '../draft.js';
import type { Draft } from '../types.js';
import { PhraseMatcher, type LexiconHit } from '../text/matcher.js';
import { normalise, type NormalisedText } from '../text/normalise.js';
import { splitSentences, type Sentence } from '../text/sentences.js';
import { tokenise, type Token } from '../text/tokens.js';
import { findIdentifiers, type Identifier } from './identifiers.js';
import { measureIntensity, type Intensity } from './intensity.js';
import { ProfanityScanner, type ProfanityMatch } from './profanity.js';
import { unmaskSwearing } from '../text/unmask.js';
import { findTargets, type Targets } from './targets.js';
import { mineOf, type ThreadEntry, type ThreadStats } from './thread.js';
import { localTime, type LocalTime } from './time.js';

/** The signals of one piece of text (the draft, or a message of its thread). */
export interface TextSignals {
  readonly text: string;
  readonly view: NormalisedText;
  readonly tokens: readonly Token[];
  /** Lexicon hits by lexicon id (see data/index.ts), in text order. */
  hits(lexicon: string): readonly LexiconHit[];
  readonly profanity: readonly ProfanityMatch[];
  readonly intensity: Intensity;
}

/** Everything the rules share, computed once per draft. */
export interface Analysis extends TextSignals {
  readonly sentences: readonly Sentence[];
  readonly targets: Targets;
  /** Local time of composition in the draft's zone; absent when the draft has no time. */
  readonly localTime?: LocalTime;
  /** Epoch milliseconds of composition, when known. */
  readonly composedAtMs?: number;
  readonly thread: ThreadStats;
  /** Index of the sentence holding an offset of the original text (-1 if none). */
  sentenceAt(offset: number): number;
  /** NHS numbers, dates of birth, postcodes, phones, emails, names…: computed on first use, then cached. */
  readonly identifiers: readonly Identifier[];
  /** Clauses, targets and acts (analysis/meaning): computed on first use, then cached. */
  readonly meaning: Meaning;
  /** The learned second signal (analysis/model): computed on first use, then cached. */
  readonly model: ModelReading;
  /** Results that rules and shared helpers work out once per draft (see PerAnalysis in memo.ts). */
  readonly memo: Map<symbol, unknown>;
}

/** Lexicons whose hits count as hostility when measuring how a thread heats up. */
const HOSTILE_LEXICONS = ['insult', 'threat', 'harassment', 'hate', 'discrimination', 'emotion'];

/** Thread messages whose reading is remembered, and the longest text remembered (longer texts are recomputed). */
const HEAT_CACHE_SIZE = 1024;
const HEAT_CACHE_TEXT = 4000;

/** Tags of accusing words too ambiguous alone to say a message accuses anyone ("high", a verb of harm). */
const AMBIGUOUS_ALLEGATION = new Set(['harm-verb', 'needs-arrival', 'needs-work', 'needs-person']);

/** What a thread message carries that a reply to it may take on: how hot it is, and whether it accuses someone. */
interface MessageReading {
  readonly heat: number;
  readonly alleges: boolean;
}

/** Lexicons whose words a disguised spelling is read back to (see text/spelling.ts). */
const SPELL_TARGETS = new Set([
  'group',
  'group-place',
  'act-violence',
  'act-dehumanise',
  'act-insult',
  'act-contempt',
  'act-emotion',
  'act-crime',
  'act-exclusion',
  'act-inferiority',
  'discrimination',
  'insult',
  'hype',
]);

/** The speller over the lexicons' words, with every lexicon word and the English vocabulary as known words. */
function buildSpeller(): Speller {
  const vocabulary = BloomFilter.decode(VOCABULARY);
  const lexiconWords = new Set<string>();
  const targets = new Set<string>();
  const masked = new Set<string>(PROFANITY_TERMS.map((t) => t.word));
  const groups = new Set<string>();
  for (const lexicon of LEXICONS) {
    for (const e of lexicon.entries) {
      const words = phraseTokens(e.phrase.replace(/\*$/, ''), normalise);
      for (const w of words) lexiconWords.add(w);
      if (!SPELL_TARGETS.has(lexicon.id) || e.phrase.endsWith('*')) continue;
      if (words.length === 1) targets.add(words[0] as string);
      if (words.length === 1 && lexicon.id === 'group') groups.add(words[0] as string);
      else for (const w of words) masked.add(w);
    }
  }
  return new Speller(
    targets,
    (w) => lexiconWords.has(w) || vocabulary.has(w),
    masked,
    (w) => groups.has(w),
  );
}

/**
 * The lexicons to match exactly and those to match on stems. In an inflected lexicon, a phrase with a
 * form of "be" in it stays exact: its participle is an adjective ("you're done", "your career is over"),
 * and stemming it would meet the verb ("you're doing", "is overseeing").
 */
function byInflection(lexicons: readonly Lexicon[]): { exact: Lexicon[]; inflected: Lexicon[] } {
  const copular = (e: LexiconEntry) => phraseTokens(e.phrase, normalise).some((w) => BE_FORMS.has(w));
  const exact: Lexicon[] = [];
  const inflected: Lexicon[] = [];
  for (const l of lexicons) {
    if (!l.inflect) {
      exact.push(l);
      continue;
    }
    const fixed = l.entries.filter(copular);
    if (fixed.length > 0) exact.push({ ...l, entries: fixed });
    inflected.push({ ...l, entries: l.entries.filter((e) => !copular(e)) });
  }
  return { exact, inflected };
}

/**
 * What every checker compiles from the constant data: the lexicon matchers, the speller, the profanity
 * scanner and the learned model. They are immutable and the same for every checker, so they are built
 * once per process, on first use (a test suite or a server makes many checkers; each used to pay
 * ~100 ms for this).
 */
interface Compiled {
  readonly matcher: PhraseMatcher;
  /** The act, modality and stance lexicons, matched on stems so that any inflection meets them. */
  readonly stemMatcher: PhraseMatcher;
  readonly speller: Speller;
  readonly profanity: ProfanityScanner;
  readonly model: Model;
}
let compiled: Compiled | undefined;
function compile(): Compiled {
  if (compiled) return compiled;
  const { exact, inflected } = byInflection(LEXICONS);
  compiled = {
    matcher: new PhraseMatcher(exact),
    stemMatcher: new PhraseMatcher(inflected, stem),
    speller: buildSpeller(),
    profanity: new ProfanityScanner(),
    model: new Model(),
  };
  return compiled;
}

/** Reads drafts with the compiled lexicons and matchers; `analyse` then runs per draft. */
export class Analyser {
  private readonly matcher: PhraseMatcher;
  private readonly stemMatcher: PhraseMatcher;
  private readonly speller: Speller;
  private readonly learned: Model;
  private readonly profanity: ProfanityScanner;

  constructor() {
    const c = compile();
    this.matcher = c.matcher;
    this.stemMatcher = c.stemMatcher;
    this.speller = c.speller;
    this.learned = c.model;
    this.profanity = c.profanity;
  }

  /**
   * Heat by text, the oldest entries dropped first. A conversation hands the same messages over again
   * and again (each message is in the thread of the next few drafts, and was itself a draft before), and
   * heat depends on the text alone, so it is computed once per text rather than once per appearance.
   */
  private readonly heatCache = new Recent<string, MessageReading>(HEAT_CACHE_SIZE);

  signals(text: string): TextSignals {
    const view = normalise(text);
    const profanity = this.profanity.scan(text);
    const tokens = unmaskSwearing(this.speller.repair(readTextSpeak(tokenise(view)), text), profanity, text);
    const byLexicon = groupByLexicon(this.matcher.match(tokens));
    // A lexicon matched both ways gets its inflected hits merged in: every list stays in token order.
    for (const [lexicon, inflected] of groupByLexicon(this.stemMatcher.match(tokens))) {
      const exact = byLexicon.get(lexicon);
      byLexicon.set(lexicon, exact ? mergeByToken(exact, inflected) : inflected);
    }
    const absolutes = byLexicon.get('absolute') ?? NO_HITS;
    return new Signals(text, view, tokens, byLexicon, profanity, measureIntensity(text, tokens, absolutes));
  }

  heat(s: TextSignals): number {
    let heat = s.profanity.length + (s.intensity.shouting ? 1 : 0) + (s.intensity.exclamationRuns.length > 0 ? 1 : 0);
    // Context-only entries (weight below 0.5, e.g. "useless" that may describe software) add no heat.
    for (const id of HOSTILE_LEXICONS) for (const h of s.hits(id)) if ((h.entry.weight ?? 1) >= 0.5) heat++;
    return heat;
  }

  /** A message's heat and whether it carries an accusing word, from the cache when it was seen lately. */
  private readingOf(text: string, signals?: TextSignals): MessageReading {
    const cached = fastPaths() ? this.heatCache.get(text) : undefined;
    if (cached !== undefined) return cached;
    const s = signals ?? this.signals(text);
    const alleges = s.hits('allegation').some((h) => !(h.entry.tags ?? []).some((t) => AMBIGUOUS_ALLEGATION.has(t)));
    const reading = { heat: this.heat(s), alleges };
    if (fastPaths() && text.length <= HEAT_CACHE_TEXT) this.heatCache.set(text, reading);
    return reading;
  }

  analyse(draft: Draft): Analysis {
    const base = this.signals(draft.text) as Signals;
    const composedAtMs = draft.composedAt === undefined ? undefined : timeMs(draft.composedAt);
    const isMine = mineOf(
      draft.thread.map((m) => m.author),
      draft.author?.name,
    );
    const entries: ThreadEntry[] = draft.thread.map((m) => {
      const read = this.readingOf(m.text);
      const entry = { author: m.author, mine: isMine(m.author), ...read };
      return m.at === undefined ? entry : { ...entry, at: timeMs(m.at) };
    });
    const read = this.readingOf(draft.text, base);
    entries.push(
      composedAtMs === undefined
        ? { author: 'me', mine: true, ...read }
        : { author: 'me', mine: true, at: composedAtMs, ...read },
    );
    return new DraftAnalysis(base, draft, composedAtMs, { entries }, this.learned);
  }
}

const NO_HITS: readonly LexiconHit[] = Object.freeze([]);

/** The signals of one text (a class, so that every draft's signals share one shape). */
class Signals implements TextSignals {
  constructor(
    readonly text: string,
    readonly view: NormalisedText,
    readonly tokens: readonly Token[],
    private readonly byLexicon: ReadonlyMap<string, readonly LexiconHit[]>,
    readonly profanity: readonly ProfanityMatch[],
    readonly intensity: Intensity,
  ) {}

  hits(lexicon: string): readonly LexiconHit[] {
    return this.byLexicon.get(lexicon) ?? NO_HITS;
  }
}

/**
 * The analysis of a draft. A class rather than an object literal: each draft's analysis then shares
 * one shape and one set of methods, where a literal with a getter made a new shape per draft.
 */
class DraftAnalysis implements Analysis {
  readonly text: string;
  readonly view: NormalisedText;
  readonly tokens: readonly Token[];
  readonly profanity: readonly ProfanityMatch[];
  readonly intensity: Intensity;
  readonly sentences: readonly Sentence[];
  readonly targets: Targets;
  readonly localTime?: LocalTime;
  readonly composedAtMs?: number;
  readonly memo = new Map<symbol, unknown>();
  private found?: readonly Identifier[];
  private read?: Meaning;
  private scored?: ModelReading;

  constructor(
    private readonly base: Signals,
    private readonly draft: Draft,
    composedAtMs: number | undefined,
    readonly thread: ThreadStats,
    private readonly learned: Model,
  ) {
    this.text = base.text;
    this.view = base.view;
    this.tokens = base.tokens;
    this.profanity = base.profanity;
    this.intensity = base.intensity;
    this.sentences = splitSentences(draft.text);
    this.targets = findTargets(draft.text, base.tokens, base.hits('person-role'));
    if (composedAtMs !== undefined) {
      this.composedAtMs = composedAtMs;
      this.localTime = localTime(composedAtMs, draft.timeZone);
    }
  }

  hits(lexicon: string): readonly LexiconHit[] {
    return this.base.hits(lexicon);
  }

  get identifiers(): readonly Identifier[] {
    if (this.found === undefined) {
      const { base, draft, composedAtMs } = this;
      this.found = findIdentifiers({
        text: base.text,
        tokens: base.tokens,
        hits: (lexicon: string) => base.hits(lexicon),
        ...(composedAtMs === undefined ? {} : { composedAtMs }),
        ...(draft.author ? { author: draft.author } : {}),
      });
    }
    return this.found;
  }

  get meaning(): Meaning {
    if (this.read === undefined) {
      const { base } = this;
      this.read = readMeaning({
        text: base.text,
        tokens: base.tokens,
        sentences: this.sentences,
        hits: (lexicon: string) => base.hits(lexicon),
        namedPeople: this.targets.namedPeople,
      });
    }
    return this.read;
  }

  get model(): ModelReading {
    if (this.scored === undefined)
      this.scored = readModel(this.learned, this.base.tokens, this.sentences, () => modelExtras(this));
    return this.scored;
  }

  sentenceAt(offset: number): number {
    // Binary search (sentences are sorted and disjoint): rules call this per token or per hit.
    const sentences = this.sentences;
    let lo = 0,
      hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = sentences[mid] as Sentence;
      if (offset < s.start) hi = mid - 1;
      else if (offset >= s.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  }
}

/** Hits by lexicon, each list in the order the matcher found them (token order). */
function groupByLexicon(hits: readonly LexiconHit[]): Map<string, LexiconHit[]> {
  const out = new Map<string, LexiconHit[]>();
  for (const hit of hits) {
    const list = out.get(hit.lexicon);
    if (list) list.push(hit);
    else out.set(hit.lexicon, [hit]);
  }
  return out;
}

/** Two lists in token order as one, in one pass. */
function mergeByToken(a: readonly LexiconHit[], b: readonly LexiconHit[]): LexiconHit[] {
  const out: LexiconHit[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (y === undefined || (x !== undefined && x.tokenStart <= y.tokenStart)) {
      out.push(x as LexiconHit);
      i++;
    } else {
      out.push(y);
      j++;
    }
  }
  return out;
}
