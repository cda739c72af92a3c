import { describe, expect, test } from 'vitest';
import { BADGE_HEIGHT, BADGE_WIDTH, MIN_PANEL_HEIGHT, boxOf, overlapArea, placeBadge, placePanel, type Box, type PageRegions } from '../../../src/extension/sidebar/placement.js';

const laptop = { width: 1366, height: 768 };
const panelBox = (p: ReturnType<typeof placePanel>, contentHeight: number) => boxOf({ ...p, height: Math.min(contentHeight, p.maxHeight) });
const inside = (box: Box, viewport: { width: number; height: number }) => box.left >= 0 && box.top >= 0 && box.right <= viewport.width && box.bottom <= viewport.height;

// The demo inbox at 1366×768: ticket list, conversation with the composer docked under it, customer details.
const inbox: PageRegions = {
  topBar: { left: 0, top: 0, right: 1366, bottom: 48 },
  customerMessage: { left: 260, top: 288, right: 1046, bottom: 368 },
  composer: { left: 261, top: 503, right: 1045, bottom: 607 },
  others: [{ left: 261, top: 639, right: 1045, bottom: 718 }],
};

describe('the panel', () => {
  test('opens beside the composer where there is room, level with it, sized to its content', () => {
    const placement = placePanel(inbox, laptop, 400);
    expect(placement.left).toBeGreaterThanOrEqual(inbox.composer!.right);
    expect(placement.covers).toBe(0);
    const box = panelBox(placement, 400);
    expect(box.bottom - box.top).toBe(400);
    expect(inside(box, laptop)).toBe(true);
  });

  test('taller content is capped to the viewport below the top bar and scrolls inside', () => {
    const placement = placePanel(inbox, laptop, 3000);
    expect(placement.top).toBeGreaterThanOrEqual(48);
    expect(placement.top + placement.maxHeight).toBeLessThanOrEqual(laptop.height);
    expect(placement.maxHeight).toBeLessThan(3000);
  });

  test.each<[string, PageRegions]>([
    ['the demo inbox', inbox],
    [
      'a composer across the page under the customer’s message (chat)',
      {
        topBar: { left: 0, top: 0, right: 1366, bottom: 56 },
        customerMessage: { left: 80, top: 480, right: 760, bottom: 560 },
        composer: { left: 80, top: 600, right: 1350, bottom: 720 },
      },
    ],
    ['a composer on the right', { composer: { left: 800, right: 1350, top: 200, bottom: 500 } }],
    ['a composer at the top (Gmail pop-out)', { composer: { left: 0, right: 1366, top: 0, bottom: 300 } }],
    [
      'a message on the right and a composer on the left',
      { composer: { left: 0, right: 700, top: 400, bottom: 760 }, customerMessage: { left: 700, top: 60, right: 1366, bottom: 300 }, topBar: { left: 0, top: 0, right: 1366, bottom: 50 } },
    ],
  ])('covers neither the composer, the customer’s message nor the top bar: %s', (_name, regions) => {
    const placement = placePanel(regions, laptop, 500);
    const box = panelBox(placement, 500);
    expect(placement.covers).toBe(0);
    for (const region of [regions.composer, regions.customerMessage, regions.topBar]) if (region) expect(overlapArea(box, region)).toBe(0);
    expect(box.bottom - box.top).toBeGreaterThanOrEqual(MIN_PANEL_HEIGHT);
    expect(inside(box, laptop)).toBe(true);
  });

  test('with no free place, docks where it covers least: never the composer when something else can be covered', () => {
    const regions: PageRegions = {
      composer: { left: 0, right: 1366, top: 400, bottom: 768 },
      customerMessage: { left: 0, right: 1366, top: 60, bottom: 390 },
      topBar: { left: 0, right: 1366, top: 0, bottom: 56 },
    };
    const placement = placePanel(regions, laptop, 600);
    expect(placement.covers).toBeGreaterThan(0);
    const box = panelBox(placement, 600);
    expect(overlapArea(box, regions.composer!)).toBe(0);
    expect(overlapArea(box, regions.topBar!)).toBe(0);
    expect(inside(box, laptop)).toBe(true);
  });

  test('without a composer, at the right edge', () => {
    const placement = placePanel({}, laptop, 300);
    expect(placement.left + placement.width).toBe(laptop.width - 8);
    expect(placement.covers).toBe(0);
  });
});

describe('the badge', () => {
  const composer = inbox.composer!;

  test('sits at the composer’s bottom right corner, outside its text, inside the viewport', () => {
    const box = placeBadge(composer, laptop)!;
    expect(box.right - box.left).toBe(BADGE_WIDTH);
    expect(box.bottom - box.top).toBe(BADGE_HEIGHT);
    expect(overlapArea(box, composer)).toBe(0);
    expect(box.left).toBeGreaterThanOrEqual(composer.right);
    expect(box.bottom).toBe(composer.bottom);
  });

  test('moves off what the page has to click (the send button) and off the open panel', () => {
    const send: Box = { left: 1050, top: 560, right: 1200, bottom: 620 };
    const box = placeBadge(composer, laptop, (candidate) => overlapArea(candidate, send) > 0)!;
    expect(overlapArea(box, send)).toBe(0);
    expect(overlapArea(box, composer)).toBe(0);
    const panel: Box = { left: 1053, top: 56, right: 1358, bottom: 760 };
    const beside = placeBadge(composer, laptop, () => false, [panel])!;
    expect(overlapArea(beside, panel)).toBe(0);
    expect(inside(beside, laptop)).toBe(true);
  });

  test('stays inside the viewport for a composer that fills it, and is never under the open panel', () => {
    const box = placeBadge({ left: 0, top: 0, right: 1366, bottom: 768 }, laptop);
    expect(box && inside(box, laptop)).toBe(true);
    // A composer across the page's bottom with the panel above it: inside the composer's corner.
    const wide: Box = { left: 80, top: 632, right: 1350, bottom: 752 };
    const panel: Box = { left: 1018, top: 64, right: 1358, bottom: 624 };
    const corner = placeBadge(wide, laptop, () => false, [panel])!;
    expect(overlapArea(corner, panel)).toBe(0);
    expect(inside(corner, laptop)).toBe(true);
    expect(placeBadge({ left: 0, top: 0, right: 1366, bottom: 768 }, laptop, () => false, [{ left: 0, top: 0, right: 1366, bottom: 768 }])).toBeNull();
  });
});
