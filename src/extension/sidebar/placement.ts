/** Where the sidebar goes so that it never covers the composer the agent is typing in. */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Placement {
  side: 'left' | 'right';
  top: number;
  /** The panel's height; absent for the tab, which sizes itself. */
  height?: number;
  /** No room for the panel beside the composer: show only the tab. */
  tab: boolean;
}

export const PANEL_WIDTH = 320;
export const TAB_WIDTH = 40;
export const TAB_HEIGHT = 128;
const MIN_PANEL_HEIGHT = 240;
const GAP = 8;
const TAB_TOP = 96;

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

function boxAt(side: Placement['side'], top: number, width: number, height: number, viewportWidth: number): Box {
  const left = side === 'right' ? viewportWidth - width : 0;
  return { left, top, right: left + width, bottom: top + height };
}

/**
 * Full height on the right, else on the left, else above or below the composer on either side;
 * when none fits, a narrow tab away from the composer.
 */
export function place(composer: Box | null | undefined, viewport: { width: number; height: number }, collapsed: boolean): Placement {
  const { width: vw, height: vh } = viewport;
  const sides = ['right', 'left'] as const;
  if (!collapsed) {
    const width = Math.min(PANEL_WIDTH, vw);
    const spans: [number, number][] = composer
      ? [[0, vh], [0, composer.top - GAP], [composer.bottom + GAP, vh]]
      : [[0, vh]];
    for (const [top, bottom] of spans) {
      for (const side of sides) {
        const height = Math.min(bottom, vh) - Math.max(top, 0);
        if (height < Math.min(MIN_PANEL_HEIGHT, vh)) continue;
        const box = boxAt(side, Math.max(top, 0), width, height, vw);
        if (!composer || !overlaps(box, composer)) return { side, top: box.top, height, tab: false };
      }
    }
  }
  const tops = composer ? [TAB_TOP, composer.bottom + GAP, composer.top - GAP - TAB_HEIGHT, GAP] : [TAB_TOP];
  for (const top of tops) {
    const clamped = Math.max(0, Math.min(top, vh - TAB_HEIGHT));
    for (const side of sides) {
      if (!composer || !overlaps(boxAt(side, clamped, TAB_WIDTH, TAB_HEIGHT, vw), composer)) return { side, top: clamped, tab: true };
    }
  }
  return { side: 'right', top: Math.max(0, Math.min(TAB_TOP, vh - TAB_HEIGHT)), tab: true };
}
