/** The conversation a draft belongs to, as the spiral rule needs it: who spoke when, and how hot. */
export interface ThreadEntry {
  readonly author: string;
  /** Written by the draft's author ("me", or the author's profile name). */
  readonly mine: boolean;
  /** Epoch milliseconds, when the message carries a time. */
  readonly at?: number;
  /** Count of hostile cues in the message (insults, swearing, threats, shouting, "!!"). */
  readonly heat: number;
}

export interface ThreadStats {
  /** The thread oldest first, with the draft itself as the last entry. */
  readonly entries: readonly ThreadEntry[];
}
