/**
 * A small streaming JSON reader: walks a document arriving in text chunks and hands back only the values
 * whose path a caller selects (e.g. every element of `messages`), each parsed with JSON.parse on its own.
 * Memory is bounded by the largest selected value, not by the document.
 *
 * Also accepts the `window.YTD.tweets.part0 = [ … ]` form of X archives (anything before the first `=` when
 * the text does not start with `{` or `[`).
 */
import { MAX_JSON_DEPTH, tooDeep } from './json-depth.js';
import { jsonFault } from './json-fault.js';
import { ImportError } from './types.js';

export type JsonPath = readonly (string | number)[];

export interface JsonSelected {
  /** Path of the value: keys and array indices from the root. */
  path: (string | number)[];
  value: unknown;
}

export interface JsonStreamOptions {
  /** Called with the path of each value as it starts; return true to capture the whole value. */
  select: (path: JsonPath) => boolean;
  /** Largest selected value, in characters. Default 64 Mi. */
  maxValueChars?: number;
}

enum S {
  Value, // expecting a value
  AfterValue, // expecting , or closing bracket
  Key, // in object, expecting a key or }
  Colon,
  Done,
}

interface Frame {
  obj: boolean;
  // For arrays, the current index; for objects, the current key is in path.
  index: number;
}

/** How many backslashes stand just before `at`, counting back no further than `from`. */
function backslashesBefore(text: string, at: number, from: number): number {
  let k = at;
  while (k > from && text.charCodeAt(k - 1) === 0x5c) k--;
  return at - k;
}

const WS = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

export async function* streamJson(
  texts: AsyncIterable<string>,
  file: string,
  options: JsonStreamOptions,
): AsyncIterable<JsonSelected> {
  const { select } = options;
  const maxValue = options.maxValueChars ?? 64 * 1024 * 1024;
  const stack: Frame[] = [];
  const path: (string | number)[] = [];
  let state = S.Value as S;
  let prefixChecked = false;
  let prefixSkipping = false;
  let seen = 0; // characters consumed before the current chunk

  // Capturing a selected value
  let capturing = false;
  let capDepth = 0;
  let capInString = false;
  let capEscape = false;
  let capPrimitive = false;
  let capParts: string[] = [];
  let capLen = 0;
  let capPath: (string | number)[] = [];

  // Skipping a non-selected string or reading a key
  let inString = false;
  let strEscape = false;
  let strIsKey = false;
  let keyParts: string[] = [];
  // Skipping a non-selected primitive
  let inPrimitive = false;

  const fail = (at: number, what: string): ImportError =>
    new ImportError(file, `invalid JSON near character ${at}: ${what}`);

  const valueDone = (): void => {
    const top = stack[stack.length - 1];
    state = top ? S.AfterValue : S.Done;
  };

  const out: JsonSelected[] = [];

  for await (const chunk of texts) {
    let i = 0;
    const n = chunk.length;
    if (!prefixChecked) {
      while (i < n && (WS(chunk.charCodeAt(i)) || chunk.charCodeAt(i) === 0xfeff)) i++;
      if (i >= n) {
        seen += n;
        continue;
      }
      prefixChecked = true;
      const c = chunk.charCodeAt(i);
      if (
        c !== 0x7b &&
        c !== 0x5b &&
        c !== 0x22 &&
        !(c >= 0x30 && c <= 0x39) &&
        c !== 0x2d &&
        c !== 0x74 &&
        c !== 0x66 &&
        c !== 0x6e
      ) {
        prefixSkipping = true;
      }
    }
    if (prefixSkipping) {
      const eq = chunk.indexOf('=', i);
      if (eq < 0) {
        if (seen + n > 4096) throw fail(seen, 'the file does not start with JSON');
        seen += n;
        continue;
      }
      prefixSkipping = false;
      i = eq + 1;
    }
    let capStart = capturing ? 0 : -1;
    while (i < n) {
      if (capturing) {
        // Fast scan to the end of the captured value.
        if (capPrimitive) {
          for (; i < n; i++) {
            const c = chunk.charCodeAt(i);
            if (c === 0x2c || c === 0x7d || c === 0x5d || WS(c)) break;
          }
          if (i >= n) break;
        } else {
          let ended = false;
          while (i < n) {
            if (capEscape) {
              capEscape = false;
              i++;
              continue;
            }
            if (capInString) {
              // The closing quote: the next quote after an even run of backslashes (an odd run escapes it).
              // indexOf jumps over the text of the string, which is most of an export.
              let q = chunk.indexOf('"', i);
              while (q >= 0 && backslashesBefore(chunk, q, i) % 2 === 1) q = chunk.indexOf('"', q + 1);
              if (q < 0) {
                // The string goes on in the next chunk; a backslash left open here escapes its first character.
                capEscape = backslashesBefore(chunk, n, i) % 2 === 1;
                i = n;
                break;
              }
              capInString = false;
              i = q + 1;
              if (capDepth === 0) {
                ended = true;
                break;
              }
              continue;
            }
            // Between strings: a few characters of punctuation, indentation or a number.
            const c = chunk.charCodeAt(i++);
            if (c === 0x22) capInString = true;
            else if (c === 0x7b || c === 0x5b) {
              if (++capDepth > MAX_JSON_DEPTH) throw tooDeep(file);
            } else if (c === 0x7d || c === 0x5d) {
              capDepth--;
              if (capDepth === 0) {
                ended = true;
                break;
              }
            }
          }
          if (!ended) break;
        }
        // Value complete.
        const piece = chunk.slice(capStart, i);
        capParts.push(piece);
        const text = capParts.length === 1 ? piece : capParts.join('');
        capParts = [];
        capLen = 0;
        capturing = false;
        capStart = -1;
        let value: unknown;
        try {
          value = JSON.parse(text);
        } catch (err) {
          throw fail(seen + i, jsonFault(err));
        }
        out.push({ path: capPath, value });
        valueDone();
        continue;
      }
      if (inString) {
        let j = i;
        for (; j < n; j++) {
          const c = chunk.charCodeAt(j);
          if (strEscape) strEscape = false;
          else if (c === 0x5c) strEscape = true;
          else if (c === 0x22) break;
        }
        if (strIsKey) keyParts.push(chunk.slice(i, j));
        if (j >= n) {
          i = n;
          break;
        }
        i = j + 1;
        inString = false;
        if (strIsKey) {
          const raw = keyParts.join('');
          keyParts = [];
          let key: string;
          try {
            key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
          } catch {
            throw fail(seen + i, 'bad escape in a key');
          }
          path[path.length - 1] = key;
          state = S.Colon;
        } else valueDone();
        continue;
      }
      if (inPrimitive) {
        for (; i < n; i++) {
          const c = chunk.charCodeAt(i);
          if (c === 0x2c || c === 0x7d || c === 0x5d || WS(c)) break;
        }
        if (i >= n) break;
        inPrimitive = false;
        valueDone();
        continue;
      }
      const c = chunk.charCodeAt(i);
      if (WS(c)) {
        i++;
        continue;
      }
      switch (state) {
        case S.Value: {
          if (c === 0x5d) {
            // Empty array or trailing position: close it.
            const top = stack[stack.length - 1];
            if (!top || top.obj || top.index !== 0) throw fail(seen + i, 'unexpected ]');
            stack.pop();
            path.pop();
            i++;
            valueDone();
            continue;
          }
          if (select(path)) {
            capturing = true;
            capPath = path.slice();
            capStart = i;
            capDepth = 0;
            capInString = false;
            capEscape = false;
            capPrimitive = !(c === 0x7b || c === 0x5b || c === 0x22);
            if (!capPrimitive && c !== 0x22) {
              capDepth = 1;
              i++;
            } else if (c === 0x22) {
              capInString = true;
              i++;
            }
            continue;
          }
          if (c === 0x7b) {
            stack.push({ obj: true, index: 0 });
            path.push('');
            state = S.Key;
          } else if (c === 0x5b) {
            stack.push({ obj: false, index: 0 });
            path.push(0);
            state = S.Value;
          } else if (c === 0x22) {
            inString = true;
            strIsKey = false;
          } else if (c === 0x2d || (c >= 0x30 && c <= 0x39) || c === 0x74 || c === 0x66 || c === 0x6e) {
            inPrimitive = true;
          } else throw fail(seen + i, `unexpected "${chunk[i]}"`);
          i++;
          continue;
        }
        case S.Key: {
          if (c === 0x22) {
            inString = true;
            strIsKey = true;
            i++;
            continue;
          }
          if (c === 0x7d) {
            stack.pop();
            path.pop();
            i++;
            valueDone();
            continue;
          }
          throw fail(seen + i, 'expected a key');
        }
        case S.Colon: {
          if (c !== 0x3a) throw fail(seen + i, 'expected :');
          state = S.Value;
          i++;
          continue;
        }
        case S.AfterValue: {
          const top = stack[stack.length - 1] as Frame;
          if (c === 0x2c) {
            if (top.obj) state = S.Key;
            else {
              top.index++;
              path[path.length - 1] = top.index;
              state = S.Value;
            }
            i++;
            continue;
          }
          if ((c === 0x7d && top.obj) || (c === 0x5d && !top.obj)) {
            stack.pop();
            path.pop();
            i++;
            valueDone();
            continue;
          }
          throw fail(seen + i, `unexpected "${chunk[i]}"`);
        }
        case S.Done: {
          if (c === 0x3b) {
            i++;
            continue;
          } // "window.YTD… = […];"
          throw fail(seen + i, 'extra text after the JSON value');
        }
      }
    }
    if (capturing && capStart >= 0) {
      const piece = chunk.slice(capStart);
      capParts.push(piece);
      capLen += piece.length;
      if (capLen > maxValue) throw fail(seen + n, `one value is larger than ${maxValue} characters`);
    }
    seen += n;
    if (out.length) {
      yield* out;
      out.length = 0;
    }
  }
  if (capturing && capPrimitive) {
    const text = capParts.join('');
    try {
      out.push({ path: capPath, value: JSON.parse(text) });
    } catch (err) {
      throw fail(seen, jsonFault(err));
    }
    capturing = false;
    valueDone();
  }
  if (inPrimitive) {
    inPrimitive = false;
    valueDone();
  }
  if (out.length) yield* out;
  if (!prefixChecked) throw new ImportError(file, 'empty file, no JSON');
  if (capturing || inString || state !== S.Done) {
    throw new ImportError(file, 'the JSON ends too early (the file is truncated or incomplete)');
  }
}
