/** Where the card sits beside its compose box. */

const CARD_WIDTH = 380;
const MARGIN = 8;

/**
 * Where the card goes: on the side of the box with more room (below a box near the top of the
 * window, above one near the bottom, as chat boxes are), its right edge by the box's but never
 * past either side of the window, and no taller than the room it has, scrolling inside itself.
 */
export function cardPlace(
  frame: Pick<DOMRect, 'top' | 'bottom' | 'right'>,
  viewWidth = innerWidth,
  viewHeight = innerHeight,
): string {
  const width = Math.min(CARD_WIDTH, viewWidth - 2 * MARGIN);
  const left = Math.max(MARGIN, Math.min(frame.right - width, viewWidth - width - MARGIN));
  const below = viewHeight - frame.bottom - MARGIN;
  const above = frame.top - MARGIN;
  const vertical =
    below >= above
      ? `top:${frame.bottom + MARGIN}px;max-height:${Math.max(160, below - MARGIN)}px`
      : `bottom:${viewHeight - frame.top + MARGIN}px;max-height:${Math.max(160, above - MARGIN)}px`;
  return `left:${left}px;width:${width}px;${vertical}`;
}
