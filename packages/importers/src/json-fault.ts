/**
 * What is wrong with a JSON text that JSON.parse refused, without its words. Some of V8's messages quote up to
 * twenty characters around the fault (`Unexpected token 'P', ..."bed 4: Patient Na"... is not valid JSON`), and
 * an export's text is what a doctor wrote about patients and colleagues: an error names the place, never the words.
 */

const AT = ' in JSON at position ';

/** The fault as V8 words it when it quotes nothing, with its line (past the first) and column in `text` when given. */
export function jsonFault(error: unknown, text?: string): string {
  const message = error instanceof Error ? error.message : '';
  if (message.startsWith('Unexpected end of JSON input')) return 'it ends too early';
  const cut = message.indexOf(AT);
  // The messages that give a position say what was expected in words of their own; the rest quote the text.
  if (cut < 0 || message.includes('"')) return 'a character out of place';
  const what = message.charAt(0).toLowerCase() + message.slice(1, cut);
  const position = Number.parseInt(message.slice(cut + AT.length), 10);
  if (text === undefined || !Number.isInteger(position)) return what;
  const before = text.slice(0, position);
  const column = before.length - before.lastIndexOf('\n');
  return column > before.length
    ? `${what} at column ${column}`
    : `${what} at line ${before.split('\n').length}, column ${column}`;
}
