/**
 * One polite live region for the whole app. Announcements are debounced so that a screen reader
 * hears "3 things to review" once the typing pauses, not on every keystroke.
 */

type Sink = (message: string) => void;
let sink: Sink | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;
let last = '';

export function setAnnouncer(s: Sink | undefined): void {
  sink = s;
}

export function announce(message: string, delayMs = 900): void {
  clearTimeout(timer);
  timer = setTimeout(() => {
    if (message === last) return;
    last = message;
    sink?.(message);
  }, delayMs);
}

/** "Nothing to flag", "1 thing to review", "3 things to review". */
export function reviewCount(n: number): string {
  if (n === 0) return 'Nothing to flag';
  return `${n} ${n === 1 ? 'thing' : 'things'} to review`;
}
