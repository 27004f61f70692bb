/**
 * The progress line of `pause audit` on a terminal: items, rate, how much of the export has been read
 * and an estimate of the time left.
 */

/**
 * Time left from how far reading has got. The rate is taken over the current pass: when the share read
 * falls back, the importer has begun another pass over its files (WhatsApp reads a chat twice), and the
 * estimate starts again from there.
 */
export class Eta {
  private start: { seconds: number; read: number } | undefined;
  private last = 0;

  /** Seconds left, 0 once everything is read (the last items are being checked), undefined until there is enough to go on. */
  update(seconds: number, read: number): number | undefined {
    if (!this.start || read < this.last) this.start = { seconds, read };
    this.last = read;
    if (read >= 1) return 0;
    const done = read - this.start.read;
    const spent = seconds - this.start.seconds;
    if (done < 0.01 || spent < 1) return undefined;
    return ((1 - read) * spent) / done;
  }
}

/** "about 40 s left", "about 3 min left", "finishing". */
export function formatLeft(seconds: number): string {
  if (seconds < 1) return 'finishing';
  if (seconds < 90) return `about ${Math.ceil(seconds)} s left`;
  if (seconds < 90 * 60) return `about ${Math.round(seconds / 60)} min left`;
  return `about ${(seconds / 3600).toFixed(1)} h left`;
}

/** One progress line, e.g. "auditing: 12,500 items · 21,300 items/s · 43% read · about 12 s left". */
export function progressLine(items: number, seconds: number, read: number, left: number | undefined): string {
  const rate = seconds > 0 ? Math.round(items / seconds) : 0;
  const parts = [
    `auditing: ${items.toLocaleString('en-GB')} items`,
    `${rate.toLocaleString('en-GB')} items/s`,
    `${Math.floor(read * 100)}% read`,
  ];
  parts.push(left === undefined ? `${seconds.toFixed(1)} s` : formatLeft(left));
  return parts.join(' · ');
}
