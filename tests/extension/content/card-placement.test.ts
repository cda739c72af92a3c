// Where the card goes next to its flagged words, at the viewport sizes agents work at.
import { describe, expect, test } from 'vitest';
import { frameOffset, intersection, placeCard, type Box } from '../../../src/extension/content/card/placement.js';

const VIEWPORT = { width: 1366, height: 768 };
const CARD = { width: 320, height: 120 };
const words = (left: number, top: number, width = 80, height = 18): Box => ({ left, top, right: left + width, bottom: top + height });

describe('placeCard', () => {
  test('below the words, aligned with their start, when there is room', () => {
    expect(placeCard(words(200, 300), CARD, VIEWPORT)).toEqual({ left: 200, top: 324, side: 'below' });
  });

  test('above the words near the bottom edge', () => {
    const anchor = words(200, 700);
    const placed = placeCard(anchor, CARD, VIEWPORT);
    expect(placed).toEqual({ left: 200, top: 700 - 6 - CARD.height, side: 'above' });
    expect(placed.top + CARD.height).toBeLessThanOrEqual(anchor.top);
  });

  test('shifted left near the right edge, still under the words', () => {
    const anchor = words(1300, 300, 60);
    const placed = placeCard(anchor, CARD, VIEWPORT);
    expect(placed.left).toBe(1366 - 8 - CARD.width);
    expect(placed.left + CARD.width).toBeLessThanOrEqual(VIEWPORT.width);
    // The card still spans the words horizontally.
    expect(placed.left).toBeLessThan(anchor.right);
  });

  test('shifted right when the words start left of the viewport', () => {
    expect(placeCard(words(-40, 300), CARD, VIEWPORT).left).toBe(8);
  });

  test('near the bottom-right corner: above and shifted, inside the viewport', () => {
    const placed = placeCard(words(1320, 740, 40), CARD, VIEWPORT);
    expect(placed.side).toBe('above');
    expect(placed.left + CARD.width).toBeLessThanOrEqual(VIEWPORT.width - 8);
    expect(placed.top).toBe(740 - 6 - CARD.height);
  });

  test('stays below when neither side has room but below has more, and is pushed into view', () => {
    const tall = { width: 320, height: 500 };
    const placed = placeCard(words(200, 200), tall, { width: 1366, height: 600 });
    expect(placed.side).toBe('below');
    expect(placed.top).toBe(600 - 8 - 500);
  });

  test('a card taller than the viewport keeps its top in view', () => {
    expect(placeCard(words(200, 100), { width: 320, height: 900 }, VIEWPORT).top).toBe(8);
  });

  test('a gap and margin of one’s own', () => {
    expect(placeCard(words(0, 0), CARD, VIEWPORT, { gap: 2, margin: 0 })).toEqual({ left: 0, top: 20, side: 'below' });
  });
});

describe('intersection', () => {
  test('the shared part of two boxes, or null', () => {
    expect(intersection(words(0, 0, 100, 100), words(50, 50, 100, 100))).toEqual({ left: 50, top: 50, right: 100, bottom: 100 });
    expect(intersection(words(0, 0, 10, 10), words(20, 20, 10, 10))).toBeNull();
  });
});

describe('frameOffset', () => {
  const frameAt = (left: number, top: number, border: number, parent: Window) =>
    ({
      getBoundingClientRect: () => ({ left, top }),
      clientLeft: border,
      clientTop: border,
      ownerDocument: { defaultView: parent },
    }) as unknown as Element;

  test('adds up the frames’ content-box origins to the top window', () => {
    const top = {} as Window;
    const middle = { frameElement: frameAt(100, 50, 1, top) } as unknown as Window;
    const inner = { frameElement: frameAt(10, 20, 2, middle) } as unknown as Window;
    expect(frameOffset(inner, top)).toEqual({ x: 113, y: 73 });
    expect(frameOffset(top, top)).toEqual({ x: 0, y: 0 });
  });

  test('null for a frame of another origin', () => {
    const top = {} as Window;
    const foreign = {
      get frameElement(): Element {
        throw new DOMException('cross-origin', 'SecurityError');
      },
    } as unknown as Window;
    expect(frameOffset(foreign, top)).toBeNull();
  });
});
