/**
 * Where the card goes, as floating-ui's flip and shift would put it: below the flagged words, or
 * above them when there is more room there, then moved along each axis just enough to stay inside
 * the viewport. Pure geometry in viewport pixels, so it is tested without a browser.
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  side: 'below' | 'above';
}

export interface PlacementOptions {
  /** Between the words and the card. */
  gap?: number;
  /** Kept free at the viewport's edges. */
  margin?: number;
}

export function placeCard(anchor: Box, card: Size, viewport: Size, { gap = 6, margin = 8 }: PlacementOptions = {}): Placement {
  const roomBelow = viewport.height - margin - (anchor.bottom + gap);
  const roomAbove = anchor.top - gap - margin;
  // Below is the default; above only when the card does not fit below and there is more room above.
  const side = card.height <= roomBelow || roomBelow >= roomAbove ? 'below' : 'above';
  const top = side === 'below' ? anchor.bottom + gap : anchor.top - gap - card.height;
  return {
    left: clamp(anchor.left, margin, viewport.width - margin - card.width),
    top: clamp(top, margin, viewport.height - margin - card.height),
    side,
  };
}

/** `value` kept within [min, max]; a card larger than the viewport keeps its start edge in view. */
function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}

/** Whether a box is at least partly inside another one. */
export function intersects(a: Box, b: Box): boolean {
  return a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
}

/** The part of `a` inside `b`, or null when they do not meet. */
export function intersection(a: Box, b: Box): Box | null {
  const box = { left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) };
  return box.right > box.left && box.bottom > box.top ? box : null;
}

export function offsetBox(box: Box, dx: number, dy: number): Box {
  return { left: box.left + dx, top: box.top + dy, right: box.right + dx, bottom: box.bottom + dy };
}

/**
 * Where a window's viewport sits in the top window's viewport: the sum of the frames' content-box
 * origins up the chain. Null when a frame on the way cannot be reached (another origin).
 */
export function frameOffset(view: Window | null, top: Window): { x: number; y: number } | null {
  let x = 0;
  let y = 0;
  let current = view;
  while (current && current !== top) {
    let frame: Element | null;
    try {
      frame = current.frameElement;
    } catch {
      return null;
    }
    if (!frame) return null;
    const rect = frame.getBoundingClientRect();
    x += rect.left + frame.clientLeft;
    y += rect.top + frame.clientTop;
    current = frame.ownerDocument.defaultView;
  }
  return current === top ? { x, y } : null;
}
