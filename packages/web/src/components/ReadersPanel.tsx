import type { Reader, ReaderView } from '@pause/core';
import { READER_LABEL, READER_ORDER } from '@pause/ui';

/** Each reason once, with the readers who object for it, in the order the readers are listed. */
export function reasonsByReader(
  readers: Record<Reader, ReaderView>,
  reasons: Record<Reader, string[]>,
): Array<{ why: string; who: Reader[] }> {
  const out = new Map<string, Reader[]>();
  for (const r of READER_ORDER) {
    if (readers[r] !== 'objects') continue;
    for (const why of reasons[r]) out.set(why, [...(out.get(why) ?? []), r]);
  }
  return [...out].map(([why, who]) => ({ why, who }));
}

/** "a patient, the GMC and a judge": the readers named in running text. */
function named(who: readonly Reader[]): string {
  const names = who.map((r) => READER_LABEL[r].replace(/^(A|The|Your)\b/, (w) => w.toLowerCase()));
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
}

/**
 * The guidance's final test, after the card's row of readers: why they would object, each reason
 * said once with the readers it troubles.
 */
export function ReadersPanel({
  readers,
  reasons,
}: {
  readers: Record<Reader, ReaderView>;
  reasons: Record<Reader, string[]>;
}) {
  const grouped = reasonsByReader(readers, reasons);
  if (!grouped.length) return null;
  return (
    <section class="panel readers" aria-labelledby="readers-title">
      <h2 id="readers-title">Why they would object</h2>
      <ul class="reader-reasons">
        {grouped.map(({ why, who }) => (
          <li key={why}>
            {why} <span class="reader-who">({named(who)})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
