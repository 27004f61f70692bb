/**
 * Terminal helpers: colour (only when wanted), display width, safe printing of untrusted text and
 * word wrapping that keeps a map back to the original offsets (so flagged words can be marked).
 * No dependency: a handful of ANSI codes is all the CLI needs.
 */

export interface Style {
  readonly color: boolean;
  bold(s: string): string;
  dim(s: string): string;
  underline(s: string): string;
  red(s: string): string;
  green(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
  /** Inverse badge: white-on-colour text. */
  badge(s: string, colour: 'red' | 'green' | 'yellow' | 'cyan'): string;
}

const CODES = { red: 31, green: 32, yellow: 33, cyan: 36 } as const;
const BG = { red: 41, green: 42, yellow: 43, cyan: 46 } as const;

export function makeStyle(color: boolean): Style {
  const wrap = (open: number | string, close: number) => (s: string) =>
    color && s ? `\x1b[${open}m${s}\x1b[${close}m` : s;
  return {
    color,
    bold: wrap(1, 22),
    dim: wrap(2, 22),
    underline: wrap(4, 24),
    red: wrap(CODES.red, 39),
    green: wrap(CODES.green, 39),
    yellow: wrap(CODES.yellow, 39),
    cyan: wrap(CODES.cyan, 39),
    badge: (s, c) => (color ? `\x1b[1;30;${BG[c]}m ${s} \x1b[0m` : `[${s}]`),
  };
}

/**
 * Whether to colour: never with --no-color or a non-empty NO_COLOR (https://no-color.org);
 * otherwise when FORCE_COLOR asks for it or stdout is a terminal.
 */
export function wantColour(flagNoColor: boolean, env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (flagNoColor) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false')
    return true;
  return isTTY && env.TERM !== 'dumb';
}

/** Terminal width for wrapping: the terminal's, else $COLUMNS, else 80; kept within 40..120. */
export function terminalWidth(columns: number | undefined, env: NodeJS.ProcessEnv): number {
  const fromEnv = Number(env.COLUMNS);
  const w = columns && columns > 0 ? columns : Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : 80;
  return Math.max(40, Math.min(120, w));
}

// C0/C1 controls (except tab and newline, handled apart), DEL, and bidi overrides/isolates that
// could reorder or hide what the terminal shows. Each is replaced one-for-one so offsets hold.
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Untrusted text made safe to print, with the same length as the input (so offsets still apply):
 * controls become U+FFFD, tabs spaces, CR before LF a space and a lone CR a newline.
 */
export function sanitise(text: string): string {
  return text
    .replace(/\r(?=\n)/g, ' ')
    .replace(/\r/g, '\n')
    .replace(/\t/g, ' ')
    .replace(UNSAFE, '\uFFFD');
}

/** Sanitised and on one line: for excerpts and messages. */
export function oneLine(text: string): string {
  return sanitise(text).replace(/\n/g, ' ');
}

/** Columns a code point takes in a terminal (approximate East Asian width and emoji). */
export function codePointWidth(cp: number): number {
  if (cp === 0x200b || cp === 0x200c || cp === 0x200d || cp === 0x2060 || cp === 0xfeff) return 0;
  if (
    (cp >= 0x0300 && cp <= 0x036f) ||
    (cp >= 0x20d0 && cp <= 0x20ff) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0x1f3fb && cp <= 0x1f3ff) ||
    (cp >= 0xe0100 && cp <= 0xe01ef)
  )
    return 0;
  if (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f680 && cp <= 0x1f6ff) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x1fa70 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd) ||
    (cp >= 0x2600 && cp <= 0x27bf && isWideSymbol(cp))
  )
    return 2;
  return 1;
}

// A few dingbats/symbols that terminals draw two columns wide (emoji presentation by default).
function isWideSymbol(cp: number): boolean {
  return (
    cp === 0x2614 ||
    cp === 0x2615 ||
    (cp >= 0x2648 && cp <= 0x2653) ||
    cp === 0x267f ||
    cp === 0x2693 ||
    cp === 0x26a1 ||
    cp === 0x26bd ||
    cp === 0x26be ||
    cp === 0x26c4 ||
    cp === 0x26c5 ||
    cp === 0x26d4 ||
    cp === 0x26ea ||
    cp === 0x26f2 ||
    cp === 0x26f3 ||
    cp === 0x26f5 ||
    cp === 0x26fa ||
    cp === 0x26fd ||
    cp === 0x2705 ||
    cp === 0x270a ||
    cp === 0x270b ||
    cp === 0x2728 ||
    cp === 0x274c ||
    cp === 0x274e ||
    (cp >= 0x2753 && cp <= 0x2755) ||
    cp === 0x2757 ||
    (cp >= 0x2795 && cp <= 0x2797) ||
    cp === 0x27b0 ||
    cp === 0x27bf
  );
}

/** Display width of a plain (escape-free) string. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += codePointWidth(ch.codePointAt(0) ?? 0);
  return w;
}

/** Display width ignoring ANSI escapes. */
export function visibleWidth(s: string): number {
  // eslint-disable-next-line no-control-regex
  return displayWidth(s.replace(/\x1b\[[0-9;]*m/g, ''));
}

export function padEnd(s: string, width: number): string {
  const w = visibleWidth(s);
  return w >= width ? s : s + ' '.repeat(width - w);
}

/** A wrapped line: the half-open range [start, end) of the source string it shows. */
export interface Segment {
  start: number;
  end: number;
}

/**
 * Wraps text to `width` columns at spaces (hard-breaking words longer than a line), keeping
 * newlines. Returns ranges of the original string, without the spaces the wrap falls on.
 */
export function wrapSegments(text: string, width: number): Segment[] {
  const out: Segment[] = [];
  const w = Math.max(10, width);
  let lineStart = 0;
  while (lineStart <= text.length) {
    let nl = text.indexOf('\n', lineStart);
    if (nl === -1) nl = text.length;
    wrapLine(text, lineStart, nl, w, out);
    if (nl >= text.length) break;
    lineStart = nl + 1;
  }
  return out;
}

function wrapLine(text: string, from: number, to: number, width: number, out: Segment[]): void {
  if (from === to) {
    out.push({ start: from, end: from });
    return;
  }
  let start = from;
  while (start < to) {
    let col = 0;
    let i = start;
    let lastSpace = -1;
    while (i < to) {
      const cp = text.codePointAt(i) ?? 0;
      const size = cp > 0xffff ? 2 : 1;
      const cw = codePointWidth(cp);
      if (col + cw > width) break;
      if (text[i] === ' ') lastSpace = i;
      col += cw;
      i += size;
    }
    if (i >= to) {
      out.push({ start, end: to });
      return;
    }
    let end: number;
    let next: number;
    if (text[i] === ' ') {
      end = i;
      next = i;
    } else if (lastSpace > start) {
      end = lastSpace;
      next = lastSpace;
    } else {
      end = i === start ? i + 1 : i; // a word longer than the line: cut it
      next = end;
    }
    while (end > start && text[end - 1] === ' ') end--;
    out.push({ start, end });
    while (next < to && text[next] === ' ') next++;
    start = next;
  }
}

/** Wraps plain text (no marks) into lines, each prefixed by `indent`. */
export function wrapText(text: string, width: number, indent = '', firstIndent = indent): string[] {
  const clean = sanitise(text);
  const segs = wrapSegments(clean, width - displayWidth(indent));
  return segs.map((s, i) => (i === 0 ? firstIndent : indent) + clean.slice(s.start, s.end));
}

/** Shortens a one-line string to `max` columns with an ellipsis in the middle. */
export function ellipsise(s: string, max: number): string {
  if (displayWidth(s) <= max) return s;
  const chars = Array.from(s);
  const keep = Math.max(2, max - 1);
  const head = Math.ceil(keep * 0.6);
  const tail = keep - head;
  return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - tail).join('')}`;
}
