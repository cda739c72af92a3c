import { describe, expect, test } from 'vitest';
import { PANEL_WIDTH, TAB_HEIGHT, TAB_WIDTH, place, type Box } from '../../../src/extension/sidebar/placement.js';

const viewport = { width: 1280, height: 800 };
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
function boxOf(p: ReturnType<typeof place>): Box {
  const width = p.tab ? TAB_WIDTH : PANEL_WIDTH;
  const left = p.side === 'right' ? viewport.width - width : 0;
  return { left, right: left + width, top: p.top, bottom: p.top + (p.height ?? TAB_HEIGHT) };
}

describe('placement', () => {
  test('full height on the right without a composer', () => {
    expect(place(null, viewport, false)).toEqual({ side: 'right', top: 0, height: 800, tab: false });
  });

  test.each<[string, Box]>([
    ['in the middle', { left: 300, right: 900, top: 200, bottom: 500 }],
    ['on the right', { left: 800, right: 1270, top: 200, bottom: 500 }],
    ['wide, at the bottom (Gmail)', { left: 0, right: 1280, top: 450, bottom: 780 }],
    ['wide, at the top', { left: 0, right: 1280, top: 0, bottom: 300 }],
    ['filling the page', { left: 0, right: 1280, top: 0, bottom: 800 }],
    ['wide and in the middle', { left: 0, right: 1280, top: 200, bottom: 600 }],
  ])('never covers a composer %s', (_name, composer) => {
    const placement = place(composer, viewport, false);
    if (composer.bottom - composer.top < viewport.height) expect(overlaps(boxOf(placement), composer)).toBe(false);
  });

  test('goes left of a composer on the right, above one at the bottom, and to a tab when nothing fits', () => {
    expect(place({ left: 800, right: 1270, top: 200, bottom: 500 }, viewport, false).side).toBe('left');
    expect(place({ left: 0, right: 1280, top: 450, bottom: 780 }, viewport, false)).toEqual({ side: 'right', top: 0, height: 442, tab: false });
    expect(place({ left: 0, right: 1280, top: 200, bottom: 600 }, viewport, false).tab).toBe(true);
  });

  test('a collapsed tab moves off the composer too', () => {
    const composer = { left: 1000, right: 1280, top: 0, bottom: 800 };
    expect(place(composer, viewport, true)).toMatchObject({ side: 'left', tab: true });
  });
});
