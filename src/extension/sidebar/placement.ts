/**
 * Where the panel and the badge go. Real helpdesks leave no room for Ramah, so the panel looks for a
 * column beside the composer, then at the viewport's edges, where it covers neither the composer, the
 * customer's latest message nor the top bar; where none is free, it docks where it covers least.
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Viewport {
  width: number;
  height: number;
}

/** What the panel keeps clear of, in viewport pixels. */
export interface PageRegions {
  /** The composer being coached. */
  composer?: Box | null;
  /** The customer's latest message, as far as it is in view. */
  customerMessage?: Box | null;
  /** The helpdesk's own bar across the top of the page. */
  topBar?: Box | null;
  /** Other composers (the internal note beside the reply). */
  others?: readonly Box[];
}

export interface Placement {
  left: number;
  top: number;
  width: number;
  /** The most the panel may be tall here; it is shorter when its content is, and scrolls inside when longer. */
  maxHeight: number;
  /** How much of what it should keep clear it covers, weighted (0 where it found a free place). */
  covers: number;
}

export const PANEL_WIDTH = 340;
const MIN_PANEL_WIDTH = 280;
/** Shorter than this, a free place is no place: the first warning and its buttons would not fit. */
export const MIN_PANEL_HEIGHT = 220;
const GAP = 8;
/** Covering the composer is worst, then the top bar, then the customer's message, then another composer. */
const WEIGHT = { composer: 8, topBar: 4, customerMessage: 3, others: 1 } as const;

export const area = (box: Box) => Math.max(0, box.right - box.left) * Math.max(0, box.bottom - box.top);

export function intersection(a: Box, b: Box): Box | null {
  const box = { left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) };
  return box.left < box.right && box.top < box.bottom ? box : null;
}

export const overlapArea = (a: Box, b: Box) => {
  const box = intersection(a, b);
  return box ? area(box) : 0;
};

export const boxOf = (p: Pick<Placement, 'left' | 'top' | 'width'> & { height: number }): Box => ({ left: p.left, top: p.top, right: p.left + p.width, bottom: p.top + p.height });

function weighted(regions: PageRegions): [Box, number][] {
  const list: [Box, number][] = [];
  if (regions.composer) list.push([regions.composer, WEIGHT.composer]);
  if (regions.topBar) list.push([regions.topBar, WEIGHT.topBar]);
  if (regions.customerMessage) list.push([regions.customerMessage, WEIGHT.customerMessage]);
  for (const other of regions.others ?? []) list.push([other, WEIGHT.others]);
  return list;
}

/** The weighted area of the regions that a box covers. */
export function coverage(box: Box, regions: PageRegions): number {
  return weighted(regions).reduce((sum, [region, weight]) => sum + overlapArea(box, region) * weight, 0);
}

interface Column {
  left: number;
  width: number;
}

/** Beside the composer on the right, on the left, then at the viewport's right and left edges. */
function columns(composer: Box | null | undefined, vw: number): Column[] {
  const width = Math.min(PANEL_WIDTH, vw - 2 * GAP);
  const list: Column[] = [];
  if (composer) {
    const rightRoom = vw - GAP - (composer.right + GAP);
    if (rightRoom >= MIN_PANEL_WIDTH) list.push({ left: composer.right + GAP, width: Math.min(width, rightRoom) });
    const leftRoom = composer.left - GAP - GAP;
    if (leftRoom >= MIN_PANEL_WIDTH) {
      const w = Math.min(width, leftRoom);
      list.push({ left: composer.left - GAP - w, width: w });
    }
  }
  list.push({ left: vw - GAP - width, width }, { left: GAP, width });
  return list;
}

/** The vertical stretches of a column that none of the boxes reaches, within the viewport. */
function freeSpans(column: Column, boxes: readonly Box[], vh: number): [number, number][] {
  const blocked = boxes
    .filter((box) => box.left < column.left + column.width && column.left < box.right && box.bottom > 0 && box.top < vh)
    .map((box) => [box.top - GAP, box.bottom + GAP] as const)
    .sort((a, b) => a[0] - b[0]);
  const spans: [number, number][] = [];
  let from = GAP;
  for (const [top, bottom] of blocked) {
    if (top > from) spans.push([from, top]);
    from = Math.max(from, bottom);
  }
  if (vh - GAP > from) spans.push([from, vh - GAP]);
  return spans;
}

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, max));

/**
 * The panel's place for content `contentHeight` tall. A free place that shows all of it wins, the one
 * beside the composer first; else the free place that shows most; else the place that covers least.
 */
export function placePanel(regions: PageRegions, viewport: Viewport, contentHeight: number): Placement {
  const { width: vw, height: vh } = viewport;
  const composer = regions.composer ?? null;
  const want = Math.max(1, Math.min(contentHeight, vh - 2 * GAP));
  const need = Math.min(MIN_PANEL_HEIGHT, want);
  const boxes = weighted(regions).map(([box]) => box);
  const cols = columns(composer, vw);

  let best: { placement: Placement; score: number } | null = null;
  cols.forEach((column, order) => {
    for (const [from, to] of freeSpans(column, boxes, vh)) {
      const room = to - from;
      if (room < need) continue;
      const height = Math.min(want, room);
      // Level with the composer's top where the span allows, so the eye moves across, not up and down.
      const top = clamp(composer ? composer.top : from, from, to - height);
      // Showing everything matters most; then being beside the composer rather than at the page's edge.
      const score = height - order * 40 - (height < want ? 400 : 0);
      if (!best || score > best.score) best = { placement: { left: column.left, top, width: column.width, maxHeight: to - top, covers: 0 }, score };
    }
  });
  if (best) return (best as { placement: Placement }).placement;

  // No free place: dock where the panel covers least, at its full height or as short as it may be.
  const top = regions.topBar ? Math.min(regions.topBar.bottom + GAP, vh - need - GAP) : GAP;
  const tops = [GAP, top, vh - GAP - want, vh - GAP - need, ...(composer ? [composer.top - GAP - need, composer.bottom + GAP] : [])];
  let dock: Placement | null = null;
  for (const column of cols) {
    for (const height of [want, need]) {
      for (const t of tops) {
        const y = clamp(t, GAP, Math.max(GAP, vh - GAP - height));
        const covers = coverage(boxOf({ left: column.left, top: y, width: column.width, height }), regions);
        if (!dock || covers < dock.covers || (covers === dock.covers && height > dock.maxHeight)) {
          dock = { left: column.left, top: y, width: column.width, maxHeight: height, covers };
        }
      }
    }
  }
  return dock!;
}

export const BADGE_WIDTH = 84;
export const BADGE_HEIGHT = 26;
const BADGE_GAP = 4;

/**
 * The badge's place at the composer's bottom right corner, outside it so it covers none of the text:
 * right of the corner, below it, above its top right, left of it; `blocked` says where the page has
 * something to click (the send button, the toolbar). Always inside the viewport; null when the only
 * place left is under what it must avoid (the open panel, which shows the same count).
 */
export function placeBadge(composer: Box, viewport: Viewport, blocked: (box: Box) => boolean = () => false, avoid: readonly Box[] = []): Box | null {
  const { width: vw, height: vh } = viewport;
  const w = BADGE_WIDTH;
  const h = BADGE_HEIGHT;
  const inView = (box: Box) => box.left >= 0 && box.top >= 0 && box.right <= vw && box.bottom <= vh;
  const at = (left: number, top: number): Box => ({ left, top, right: left + w, bottom: top + h });
  const bottom = Math.min(composer.bottom, vh);
  const candidates = [
    at(composer.right + BADGE_GAP, bottom - h),
    at(composer.right - w, composer.bottom + BADGE_GAP),
    at(composer.right - w, composer.top - BADGE_GAP - h),
    at(composer.left - BADGE_GAP - w, bottom - h),
    at(composer.right + BADGE_GAP, composer.top),
  ];
  const free = (box: Box) => inView(box) && overlapArea(box, composer) === 0 && !avoid.some((other) => overlapArea(box, other) > 0);
  // Off the page's controls if it can be, else at least off the composer and the open panel.
  const found = candidates.find((box) => free(box) && !blocked(box)) ?? candidates.find(free);
  if (found) return found;
  // No room around the composer: inside its bottom right corner, as Grammarly's button is.
  const inner = at(clamp(composer.right - w - BADGE_GAP, 0, vw - w), clamp(bottom - h - BADGE_GAP, 0, vh - h));
  return avoid.some((other) => overlapArea(inner, other) > 0) ? null : inner;
}

export const CARD_WIDTH = 300;

/**
 * The take-a-breath card's place, `height` tall: where the panel would go, clear of what the panel
 * keeps clear of and of `clearOf` too (the open panel, the badge), at the side of its column nearer
 * the viewport's edge, so that it stays off the middle of the page.
 */
export function placeCard(regions: PageRegions, viewport: Viewport, height: number, clearOf: readonly Box[]): Box {
  const spot = placePanel({ ...regions, others: [...(regions.others ?? []), ...clearOf] }, viewport, height);
  const width = Math.min(CARD_WIDTH, spot.width);
  const nearerRight = spot.left + spot.width / 2 > viewport.width / 2;
  const left = nearerRight ? spot.left + spot.width - width : spot.left;
  return { left, top: spot.top, right: left + width, bottom: spot.top + Math.min(height, spot.maxHeight) };
}
