/**
 * Underlines for findings, drawn without touching the editor. In a rich editor, the CSS Custom
 * Highlight API styles ranges of the page's own text (the styles are in highlight.css, injected by
 * the manifest as a stylesheet, not as markup). A textarea has no inner nodes to range over, so it
 * gets a mirror: a copy of its text laid out with its font and size in our layer, transparent but
 * for the underlines. Where the Highlight API is missing, or the user chose boxes, each range's
 * rectangles are drawn as boxes in our layer instead.
 */
import type { Severity } from '@pause/core';
import { layer, layerStyle } from './layer.ts';
import type { TextMap } from './text-map.ts';

export interface Mark {
  start: number;
  end: number;
  severity: Severity;
}

export type UnderlineMode = 'highlight' | 'boxes' | 'mirror';

const COLOURS: Record<Severity, string> = { stop: '#c0182b', caution: '#b35c00', info: '#2a6fb0' };

layerStyle(
  'pause-underline',
  `.marks { position: absolute; pointer-events: none; }
   .box { position: absolute; border-bottom: 2px solid; box-sizing: border-box; }
   .mirror { position: absolute; overflow: hidden; color: transparent; pointer-events: none; margin: 0;
     white-space: pre-wrap; overflow-wrap: break-word; box-sizing: border-box; border-color: transparent; }
   .mirror mark { color: transparent; background: none; text-decoration: underline wavy;
     text-decoration-skip-ink: none; text-underline-offset: 3px; }`,
);

const supportsHighlights = () => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

export function underlineMode(box: HTMLElement, preferBoxes: boolean): UnderlineMode {
  if (box instanceof HTMLTextAreaElement) return 'mirror';
  // The highlight styles are the document's; text inside a shadow root (X's chat) does not see them.
  const inDocument = box.getRootNode() === document;
  return !preferBoxes && inDocument && supportsHighlights() ? 'highlight' : 'boxes';
}

const NAMES: Record<Severity, string> = { stop: 'pause-stop', caution: 'pause-caution', info: 'pause-info' };

/** The underlines of one compose box; `clear()` removes them all. */
export class Underlines {
  private readonly holder: HTMLDivElement;
  constructor(
    private readonly box: HTMLElement,
    readonly mode: UnderlineMode,
  ) {
    this.holder = document.createElement('div');
    this.holder.className = 'marks';
    this.holder.dataset.mode = mode;
    layer().append(this.holder);
  }

  draw(map: TextMap, marks: readonly Mark[]): void {
    if (this.mode === 'highlight') this.highlight(map, marks);
    else if (this.mode === 'boxes') this.boxes(map, marks);
    else this.mirror(map.text, marks);
  }

  clear(): void {
    if (this.mode === 'highlight') for (const name of Object.values(NAMES)) CSS.highlights.delete(name);
    this.holder.replaceChildren();
  }

  remove(): void {
    this.clear();
    this.holder.remove();
  }

  private highlight(map: TextMap, marks: readonly Mark[]): void {
    for (const severity of ['stop', 'caution', 'info'] as const) {
      const ranges = marks.filter((m) => m.severity === severity).flatMap((m) => map.range(m.start, m.end) ?? []);
      if (ranges.length) CSS.highlights.set(NAMES[severity], new Highlight(...ranges));
      else CSS.highlights.delete(NAMES[severity]);
    }
  }

  private boxes(map: TextMap, marks: readonly Mark[]): void {
    const frame = this.box.getBoundingClientRect();
    const boxes: HTMLElement[] = [];
    for (const m of marks) {
      for (const rect of map.range(m.start, m.end)?.getClientRects() ?? []) {
        // Only what shows inside the box's frame (a long draft scrolls inside it).
        if (rect.bottom < frame.top || rect.top > frame.bottom || rect.width === 0) continue;
        const b = document.createElement('div');
        b.className = 'box';
        b.dataset.severity = m.severity;
        b.style.cssText = `left:${rect.left + scrollX}px;top:${rect.top + scrollY}px;width:${rect.width}px;height:${rect.height}px;border-color:${COLOURS[m.severity]}`;
        boxes.push(b);
      }
    }
    this.holder.replaceChildren(...boxes);
  }

  private mirror(text: string, marks: readonly Mark[]): void {
    const area = this.box as HTMLTextAreaElement;
    const style = getComputedStyle(area);
    const frame = area.getBoundingClientRect();
    const copy = document.createElement('div');
    copy.className = 'mirror';
    for (const p of [
      'font',
      'letterSpacing',
      'wordSpacing',
      'lineHeight',
      'textTransform',
      'textIndent',
      'tabSize',
      'direction',
      'paddingTop',
      'paddingRight',
      'paddingBottom',
      'paddingLeft',
      'borderTopWidth',
      'borderRightWidth',
      'borderBottomWidth',
      'borderLeftWidth',
      'borderStyle',
      'textAlign',
    ] as const) {
      copy.style[p] = style[p];
    }
    copy.style.left = `${frame.left + scrollX}px`;
    copy.style.top = `${frame.top + scrollY}px`;
    copy.style.width = `${frame.width}px`;
    copy.style.height = `${frame.height}px`;
    let at = 0;
    const sorted = [...marks].sort((a, b) => a.start - b.start);
    for (const m of sorted) {
      if (m.start < at) continue; // overlapping marks: the first one drawn stands for both
      copy.append(text.slice(at, m.start));
      const mark = document.createElement('mark');
      mark.dataset.severity = m.severity;
      mark.style.textDecorationColor = COLOURS[m.severity];
      mark.textContent = text.slice(m.start, m.end);
      copy.append(mark);
      at = m.end;
    }
    // A trailing space keeps a final empty line's height, as the textarea has it.
    copy.append(`${text.slice(at)} `);
    this.holder.replaceChildren(copy);
    copy.scrollTop = area.scrollTop;
    copy.scrollLeft = area.scrollLeft;
  }
}
