/**
 * The text of a compose box, read the way the engine needs it, with a map from each character back
 * to the page: findings come back as UTF-16 offsets into this text, and underlines and fixes need
 * the DOM position of each. A textarea's text is its value. A rich editor's text is read from its
 * text nodes, with a line break for each <br> and between blocks, as every editor library
 * (Draft.js, Lexical, ProseMirror, Slate, Quill) lays out lines; innerText would do the same but
 * gives no way back to the nodes.
 */

export interface TextMap {
  text: string;
  /** A DOM range over [start, end) of the text; undefined for a textarea (it has no inner nodes). */
  range(start: number, end: number): Range | undefined;
  /** The text offset of a DOM position inside the box (for the caret), or undefined when outside it. */
  offsetOf(node: Node, offset: number): number | undefined;
}

const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

/** Where a character of the text is: a text node and an offset in it. */
interface Segment {
  start: number;
  node: Text;
}

export function readBox(box: HTMLElement): TextMap {
  if (box instanceof HTMLTextAreaElement) {
    return { text: box.value, range: () => undefined, offsetOf: () => undefined };
  }
  const segments: Segment[] = [];
  let text = '';
  const walk = (parent: Node): void => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        const t = child as Text;
        if (!t.data) continue;
        segments.push({ start: text.length, node: t });
        text += t.data;
      } else if (child instanceof HTMLElement || child instanceof Element) {
        const tag = child.tagName;
        if (tag === 'BR') {
          // A <br> closing a block that has other content is the editors' placeholder, not a line.
          const lastInBlock = !child.nextSibling && BLOCKS.has(parent.nodeName) && parent.firstChild !== child;
          if (!lastInBlock) text += '\n';
        } else if (tag === 'STYLE' || tag === 'SCRIPT' || (child as HTMLElement).hidden) {
          // Not text a reader sees.
        } else {
          if (BLOCKS.has(tag) && text && !text.endsWith('\n')) text += '\n';
          walk(child);
        }
      }
    }
  };
  walk(box);

  /** The segment holding `offset`, or the last one starting before it (for a line break). */
  const segmentAt = (offset: number): Segment | undefined => {
    let lo = 0;
    let hi = segments.length - 1;
    let found: Segment | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = segments[mid]!;
      if (s.start <= offset) {
        found = s;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
  const position = (offset: number, atEnd: boolean): [Text, number] | undefined => {
    const s = segmentAt(atEnd ? offset - 1 : offset) ?? segments[0];
    if (!s) return undefined;
    return [s.node, Math.max(0, Math.min(s.node.data.length, offset - s.start))];
  };
  return {
    text,
    range(start, end) {
      const from = position(start, false);
      const to = position(end, true);
      if (!from || !to) return undefined;
      const r = document.createRange();
      r.setStart(from[0], from[1]);
      r.setEnd(to[0], to[1]);
      return r;
    },
    offsetOf(node, offset) {
      if (!box.contains(node)) return undefined;
      if (node.nodeType === Node.TEXT_NODE) {
        const s = segments.find((seg) => seg.node === node);
        return s ? s.start + offset : undefined;
      }
      // An element position: the text before its offset-th child.
      const child = node.childNodes[offset];
      let before = 0;
      for (const s of segments) {
        if (child && (child === s.node || child.contains(s.node) || child.compareDocumentPosition(s.node) & 4)) break;
        before = s.start + s.node.data.length;
      }
      return before;
    },
  };
}
