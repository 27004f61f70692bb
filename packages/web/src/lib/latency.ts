/**
 * Keystroke-to-underline latency, measured in the page: an input event's time is noted, tied to the
 * check that includes it, and settled when the underlines for that check (or a newer one) are in
 * the DOM. The samples are exposed on window.__pauseLatency for the browser test's benchmark.
 */

let version = 0;
const unclaimed: number[] = [];
const waiting = new Map<number, number[]>();
const samples: number[] = [];
const MAX_SAMPLES = 2000;

/** Called from the input handler of a text box. */
export function noteInput(): void {
  unclaimed.push(performance.now());
}

/** Called as a check is sent: the inputs noted since the last one are waiting on this version. */
export function claimInputs(): number {
  version += 1;
  if (unclaimed.length) waiting.set(version, unclaimed.splice(0));
  return version;
}

/** Called once the underlines for `v` are in the DOM: every input up to it is reflected. */
export function settleInputs(v: number): void {
  const now = performance.now();
  for (const [k, times] of waiting) {
    if (k > v) continue;
    for (const t of times) samples.push(now - t);
    waiting.delete(k);
  }
  if (samples.length > MAX_SAMPLES) samples.splice(0, samples.length - MAX_SAMPLES);
}

declare global {
  interface Window {
    __pauseLatency?: { samples: number[]; reset(): void };
  }
}

if (typeof window !== 'undefined') {
  window.__pauseLatency = {
    samples,
    reset: () => {
      samples.length = 0;
    },
  };
}
