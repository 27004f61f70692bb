import { LEXICONS } from '../data/index.js';
import type { Draft } from '../types.js';
import { PhraseMatcher, type LexiconHit } from '../text/matcher.js';
import { normalise, type NormalisedText } from '../text/normalise.js';
import { splitSentences, type Sentence } from '../text/sentences.js';
import { tokenise, type Token } from '../text/tokens.js';
import { findIdentifiers, type Identifier } from './identifiers.js';
import { measureIntensity, type Intensity } from './intensity.js';
import { ProfanityScanner, type ProfanityMatch } from './profanity.js';
import { findTargets, type Targets } from './targets.js';
import type { ThreadEntry, ThreadStats } from './thread.js';
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
}

/** Lexicons whose hits count as hostility when measuring how a thread heats up. */
const HOSTILE_LEXICONS = ['insult', 'threat', 'harassment', 'hate', 'discrimination', 'emotion'];

/** Compiles every lexicon and matcher once; `analyse` then runs per draft. */
export class Analyser {
  private readonly matcher = new PhraseMatcher(LEXICONS);
  private readonly profanity = new ProfanityScanner();

  signals(text: string): TextSignals {
    const view = normalise(text);
    const tokens = tokenise(view);
    const byLexicon = new Map<string, LexiconHit[]>();
    for (const hit of this.matcher.match(tokens)) {
      const list = byLexicon.get(hit.lexicon);
      if (list) list.push(hit);
      else byLexicon.set(hit.lexicon, [hit]);
    }
    const hits = (lexicon: string): readonly LexiconHit[] => byLexicon.get(lexicon) ?? [];
    return {
      text, view, tokens, hits,
      profanity: this.profanity.scan(text),
      intensity: measureIntensity(text, tokens, hits('absolute')),
    };
  }

  heat(s: TextSignals): number {
    let heat = s.profanity.length + (s.intensity.shouting ? 1 : 0) + (s.intensity.exclamationRuns.length > 0 ? 1 : 0);
    // Context-only entries (weight below 0.5, e.g. "useless" that may describe software) add no heat.
    for (const id of HOSTILE_LEXICONS) for (const h of s.hits(id)) if ((h.entry.weight ?? 1) >= 0.5) heat++;
    return heat;
  }

  analyse(draft: Draft): Analysis {
    const base = this.signals(draft.text);
    const sentences = splitSentences(draft.text);
    const composedAtMs = draft.composedAt === undefined ? undefined : Date.parse(draft.composedAt);
    const me = draft.author?.name?.trim().toLowerCase();
    const isMine = (author: string) => {
      const a = author.trim().toLowerCase();
      return a === 'me' || (me !== undefined && me !== '' && a === me);
    };
    const entries: ThreadEntry[] = draft.thread.map((m) => ({
      author: m.author,
      mine: isMine(m.author),
      ...(m.at === undefined ? {} : { at: Date.parse(m.at) }),
      heat: this.heat(this.signals(m.text)),
    }));
    entries.push({ author: 'me', mine: true, ...(composedAtMs === undefined ? {} : { at: composedAtMs }), heat: this.heat(base) });
    let identifiers: readonly Identifier[] | undefined;
    return {
      ...base,
      get identifiers(): readonly Identifier[] {
        return (identifiers ??= findIdentifiers({ ...base, ...(composedAtMs === undefined ? {} : { composedAtMs }), ...(draft.author ? { author: draft.author } : {}) }));
      },
      sentences,
      targets: findTargets(draft.text, base.tokens, base.hits('person-role')),
      ...(composedAtMs === undefined ? {} : { composedAtMs, localTime: localTime(composedAtMs, draft.timeZone) }),
      thread: { entries },
      sentenceAt(offset: number): number {
        // Binary search (sentences are sorted and disjoint): rules call this per token or per hit.
        let lo = 0, hi = sentences.length - 1;
        while (lo <= hi) {
          const mid = (lo + hi) >> 1;
          const s = sentences[mid] as Sentence;
          if (offset < s.start) hi = mid - 1;
          else if (offset >= s.end) lo = mid + 1;
          else return mid;
        }
        return -1;
      },
    };
  }
}
