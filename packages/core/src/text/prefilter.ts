import { fastPaths } from '../fast-path.js';

/*
 * A quick, sound pre-test for a regular expression: the literal pieces one of which every match of
 * the regex must contain. Rules scan each draft with many regexes and most drafts hold none of the
 * words a given regex is about, so testing first for those words ("until", "private", "times") spares
 * the full scan. The literals are read from the regex's own source, so the pre-test stays right when
 * the regex is edited: it can only say "maybe" more often than needed, never "no" where the regex
 * would match (prefilter.test.ts checks that on thousands of random regexes, and fast-path.test.ts
 * that assessments come out the same with the pre-tests off).
 *
 * The reading is the usual "required literals" analysis: a sequence requires what any one of its
 * parts requires (neighbouring parts with a short list of exact strings join into longer literals,
 * and the cheapest useful requirement is kept); an alternation requires one of its branches'
 * requirements; an optional or repeated-from-zero part, a character class, a back-reference or a
 * look-around requires nothing.
 */

/** What a part of a regex requires: one of these strings must occur (null: nothing known). */
type Need = string[] | null;

interface Parsed {
  /** One of these strings occurs in every match of the part (null: nothing known). */
  need: Need;
  /** Every string the part can match, when that is a short list ("" for an assertion); else null. */
  exact: string[] | null;
}

/** Longest list of exact strings kept for a part; past it the part is treated as open. */
const MAX_EXACT = 256;

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v' };
/** Escapes that stand for a class of characters. */
const CLASS_ESCAPES = new Set(['d', 'D', 'w', 'W', 's', 'S']);
const OPEN: Parsed = { need: null, exact: null };
const EMPTY: Parsed = { need: null, exact: [''] };

function product(a: readonly string[], b: readonly string[]): string[] | null {
  if (a.length * b.length > MAX_EXACT) return null;
  const out: string[] = [];
  for (const x of a) for (const y of b) out.push(x + y);
  return [...new Set(out)];
}

/** A literal too common to be worth a test: under three characters, all letters, digits, spaces or common punctuation. */
function weak(literal: string): boolean {
  return literal.length < 3 && !/[^\p{L}\p{N}\s.,;:'"!?()-]/u.test(literal);
}

/** Whether requirement a is the cheaper useful test: no weak literal, then fewer alternatives, then longer. */
function better(a: readonly string[], b: readonly string[]): boolean {
  const wa = a.some(weak),
    wb = b.some(weak);
  if (wa !== wb) return wb;
  if (a.length !== b.length) return a.length < b.length;
  return Math.min(...a.map((x) => x.length)) > Math.min(...b.map((x) => x.length));
}

/**
 * The same requirement, cheaper to test. Any piece of a required string is required too, so a string
 * holding another of the list can go ("messages" when "message" is there), and a piece common to all
 * of them can stand for the whole list ("until" for "every day until you", "every week until he"…).
 */
function simplify(need: readonly string[]): string[] {
  const list = [...new Set(need)].sort((a, b) => a.length - b.length);
  const kept = list.filter((s, i) => !list.some((o, j) => j < i && s.includes(o)));
  if (kept.length < 2) return kept;
  const shortest = kept[0] as string;
  for (let len = shortest.length; len >= 3; len--) {
    for (let at = 0; at + len <= shortest.length; at++) {
      const piece = shortest.slice(at, at + len);
      if (kept.every((s) => s.includes(piece)) && !weak(piece.trim() || piece)) return [piece];
    }
  }
  return kept;
}

class Reader {
  i = 0;
  constructor(readonly src: string) {}

  /** An alternation up to a closing parenthesis or the end. */
  alternation(): Parsed {
    const branches: Parsed[] = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0] as Parsed;
    let need: string[] | null = [];
    let exact: string[] | null = [];
    for (const b of branches) {
      need = need && b.need ? [...need, ...b.need] : null;
      exact = exact && b.exact && exact.length + b.exact.length <= MAX_EXACT ? [...exact, ...b.exact] : null;
    }
    return { need: need && simplify(need), exact: exact && [...new Set(exact)] };
  }

  /**
   * A run of quantified atoms. Neighbouring atoms with exact strings join into longer literals
   * ("#" and "(?:ad|promo)" give "#ad", "#promo"); the requirement is the most selective of the
   * joined runs and of the other atoms' own requirements.
   */
  sequence(): Parsed {
    const candidates: string[][] = [];
    let run: string[] = [''];
    let exact = true;
    const close = () => {
      if (!run.includes('')) candidates.push(run);
      run = [''];
    };
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      const q = this.quantifier();
      let part: Parsed = atom;
      if (q !== null) {
        if (q.min === 0 && q.max === 1) part = { need: null, exact: atom.exact && [...new Set([...atom.exact, ''])] };
        else part = { need: q.min >= 1 ? atom.need : null, exact: null };
      }
      const joined = part.exact && product(run, part.exact);
      if (joined) {
        run = joined;
        continue;
      }
      exact = false;
      close();
      if (part.need) candidates.push(part.need);
      if (part.exact) run = part.exact; // too many to join: start a new run with it
    }
    const whole = run;
    close();
    const known = candidates.filter((c) => c.length > 0).map(simplify);
    const need = known.length === 0 ? null : known.reduce((a, b) => (better(b, a) ? b : a));
    return { need, exact: exact ? whole : null };
  }

  /** The count range of a quantifier after an atom (null when there is none). */
  quantifier(): { min: number; max: number } | null {
    const c = this.src[this.i];
    let q: { min: number; max: number } | null = null;
    if (c === '?') q = { min: 0, max: 1 };
    else if (c === '*') q = { min: 0, max: Infinity };
    else if (c === '+') q = { min: 1, max: Infinity };
    else if (c === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return null; // a literal "{" (outside unicode mode)
      this.i += m[0].length - 1;
      const min = Number(m[1]);
      q = { min, max: m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity };
    }
    if (q === null) return null;
    this.i++;
    if (this.src[this.i] === '?') this.i++; // lazy
    return q;
  }

  atom(): Parsed {
    const src = this.src;
    const c = src[this.i] as string;
    if (c === '(') {
      this.i++;
      let look = false;
      if (src.startsWith('?:', this.i)) this.i += 2;
      else if (src.startsWith('?=', this.i) || src.startsWith('?!', this.i)) {
        look = true;
        this.i += 2;
      } else if (src.startsWith('?<=', this.i) || src.startsWith('?<!', this.i)) {
        look = true;
        this.i += 3;
      } else if (src.startsWith('?<', this.i)) this.i = src.indexOf('>', this.i) + 1;
      const inner = this.alternation();
      if (src[this.i] !== ')') throw new Error(`prefilter: unbalanced group in /${src}/`);
      this.i++;
      // A look-around matches no characters: it adds nothing to the match, and requires nothing.
      return look ? EMPTY : inner;
    }
    if (c === '[') {
      this.i++;
      if (src[this.i] === '^') this.i++;
      while (this.i < src.length && src[this.i] !== ']') this.i += src[this.i] === '\\' ? 2 : 1;
      this.i++;
      return OPEN;
    }
    if (c === '.') {
      this.i++;
      return OPEN;
    }
    if (c === '^' || c === '$') {
      this.i++;
      return EMPTY;
    }
    if (c === '\\') return this.escape();
    const ch = String.fromCodePoint(src.codePointAt(this.i) as number);
    this.i += ch.length;
    return { need: [ch], exact: [ch] };
  }

  escape(): Parsed {
    const src = this.src;
    const e = src[this.i + 1] as string;
    this.i += 2;
    if (e === 'b' || e === 'B') return EMPTY;
    if (CLASS_ESCAPES.has(e)) return OPEN;
    if (e === 'p' || e === 'P') {
      if (src[this.i] === '{') this.i = src.indexOf('}', this.i) + 1;
      return OPEN;
    }
    if (e === 'k') {
      this.i = src.indexOf('>', this.i) + 1;
      return OPEN;
    }
    if (/[0-9]/.test(e)) {
      // A back-reference or an octal escape: not read.
      while (/[0-9]/.test(src[this.i] ?? '')) this.i++;
      return OPEN;
    }
    if (e === 'c') {
      this.i++;
      return OPEN;
    }
    let ch: string | undefined = SIMPLE_ESCAPES[e];
    if (e === 'x') {
      ch = String.fromCharCode(parseInt(src.slice(this.i, this.i + 2), 16));
      this.i += 2;
    } else if (e === 'u') {
      if (src[this.i] === '{') {
        const end = src.indexOf('}', this.i);
        ch = String.fromCodePoint(parseInt(src.slice(this.i + 1, end), 16));
        this.i = end + 1;
      } else {
        ch = String.fromCharCode(parseInt(src.slice(this.i, this.i + 4), 16));
        this.i += 4;
      }
      // A lone surrogate escape may pair with its neighbour in unicode mode: not read.
      if (/[\uD800-\uDFFF]/.test(ch)) return OPEN;
    }
    ch ??= e; // an escaped punctuation character stands for itself
    return { need: [ch], exact: [ch] };
  }
}

/** The literals one of which every match of `re` contains, or null when the source gives none. */
export function requiredLiterals(re: RegExp): string[] | null {
  const reader = new Reader(re.source);
  const parsed = reader.alternation();
  if (reader.i !== re.source.length) throw new Error(`prefilter: could not read /${re.source}/`);
  return parsed.need === null ? null : [...new Set(parsed.need)];
}

// Syntax characters only: other escapes ("\-") are errors in unicode mode.
const escapeLiteral = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A test that is false only where `re` cannot match: its required literals, under its own case rules. */
export interface QuickTest {
  test(text: string): boolean;
}

const ALWAYS: QuickTest = { test: () => true };

/** The quick pre-test of a regex (one that always says "maybe" when the regex requires only common characters). */
export function quickTest(re: RegExp): QuickTest {
  const need = requiredLiterals(re);
  if (need === null || need.length === 0 || need.some(weak)) return ALWAYS;
  const only = need[0] as string;
  // One literal with exact case: a plain substring search, the fastest test there is.
  if (need.length === 1 && !re.ignoreCase) return { test: (text) => text.includes(only) };
  const flags = (re.ignoreCase ? 'i' : '') + (re.unicode ? 'u' : '');
  return literalTest(need, flags);
}

const NON_ASCII = /[^\x00-\x7f]/;

/** A test for any of the literals; when each holds a character beyond ASCII (emoji), plain ASCII text is passed over first. */
function literalTest(literals: readonly string[], flags: string): QuickTest {
  // Sorted, so literals that share a first character sit together: the regex engine then tries far
  // fewer alternatives at each position (2 to 3 times faster on long lists). A test's answer does not
  // depend on the order.
  const any = new RegExp([...literals].sort().map(escapeLiteral).join('|'), flags);
  // (Case folding maps no ASCII character to one beyond it or back, except K and S to the Kelvin and long s signs.)
  if (!literals.every((s) => NON_ASCII.test(s.replace(/[ſK]/g, '')) && !/[ſK]/.test(s))) return any;
  return { test: (text) => NON_ASCII.test(text) && any.test(text) };
}

/**
 * One pre-test for a group of regexes: false only when none of them can match (the union of their
 * literals). Where any one of them requires nothing testable, the test always says "maybe".
 */
export function quickTestAny(res: readonly RegExp[]): QuickTest {
  const needs = res.map((re) => ({ re, need: requiredLiterals(re) }));
  if (needs.some(({ need }) => need === null || need.length === 0 || need.some(weak))) return ALWAYS;
  const cased = needs.filter(({ re }) => !re.ignoreCase).flatMap(({ need }) => need as string[]);
  const folded = needs.filter(({ re }) => re.ignoreCase);
  const tests: QuickTest[] = [];
  if (cased.length > 0) {
    const all = simplify(cased);
    const only = all[0] as string;
    tests.push(all.length === 1 ? { test: (text) => text.includes(only) } : literalTest(all, ''));
  }
  for (const { re } of folded) tests.push(quickTest(re));
  return tests.length === 1 ? (tests[0] as QuickTest) : { test: (text) => tests.some((t) => t.test(text)) };
}

/** Every regex given a pre-test so far (module-level regexes, so the map stays small). */
const QUICK = new Map<RegExp, QuickTest>();
const MAX_QUICK = 2000;
const NONE: readonly RegExpExecArray[] = Object.freeze([]);

/** The quick pre-test of a regex, built on first use and kept. */
export function quickTestOf(re: RegExp): QuickTest {
  let q = QUICK.get(re);
  if (!q) {
    // Meant for regexes made once at module load; a regex made per call gets no pre-test rather than a growing map.
    if (QUICK.size >= MAX_QUICK) return ALWAYS;
    QUICK.set(re, (q = quickTest(re)));
  }
  return q;
}

/** The regexes pre-tested so far with their pre-tests (for tests). */
export function quickTests(): ReadonlyMap<RegExp, QuickTest> {
  return QUICK;
}

/**
 * `text.matchAll(re)` (re must be global), skipped when the text lacks every literal the regex
 * requires: the same matches, found sooner on the many texts that hold none.
 */
export function matchesOf(re: RegExp, text: string): Iterable<RegExpExecArray> {
  if (!fastPaths()) return text.matchAll(re);
  if (!quickTestOf(re).test(text)) return NONE;
  return allMatches(re, text);
}

/**
 * What `text.matchAll(re)` yields, collected with `exec` on the regex itself rather than on the copy
 * matchAll makes of it (the copy is most of the cost of a scan that finds nothing). The regex's
 * lastIndex is left as it was, as matchAll leaves it.
 */
function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError('matchesOf: the regex needs the global flag');
  const from = re.lastIndex;
  const out: RegExpExecArray[] = [];
  try {
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      out.push(m);
      // An empty match: step past it, by a whole character in unicode mode, as matchAll does.
      if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode);
    }
  } finally {
    re.lastIndex = from;
  }
  return out;
}

function advance(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const c = text.charCodeAt(at);
  return c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? at + 2 : at + 1;
}

/**
 * Whether `re` matches anywhere in `text`, pre-tested the same way. A global regex is searched from the
 * start and its lastIndex left as it was; a sticky one is refused (it matches at one place only).
 */
export function hasMatch(re: RegExp, text: string): boolean {
  if (re.sticky) throw new Error('hasMatch: use a regex without the y flag');
  if (fastPaths() && !quickTestOf(re).test(text)) return false;
  if (!re.global) return re.test(text);
  const from = re.lastIndex;
  re.lastIndex = 0;
  try {
    return re.test(text);
  } finally {
    re.lastIndex = from;
  }
}

/**
 * A test that is true exactly when one of the regexes matches somewhere: the union of their literals
 * first (most texts hold none of them), then each regex behind its own pre-test. For rule gates, where
 * a loose "maybe" would run the whole rule for nothing.
 */
export function anyMatchTest(res: readonly RegExp[]): QuickTest {
  const quick = quickTestAny(res);
  return { test: (text) => quick.test(text) && res.some((re) => hasMatch(re, text)) };
}
