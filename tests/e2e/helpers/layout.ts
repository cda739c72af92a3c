/**
 * What an agent sees of Ramah's panel on a page: where it is, where its first warning is, and how
 * much of the composer, the customer's latest message and the top bar it covers.
 */
import type { Page } from 'playwright-core';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PanelLayout {
  viewport: { width: number; height: number };
  /** null when the panel is collapsed to its badge. */
  panel: Rect | null;
  badge: Rect | null;
  /** The count the badge shows. */
  badgeCount: number | null;
  /** The first warning's box (the first finding when there is no warning). */
  firstWarning: Rect | null;
  /** Whether the first warning is wholly inside the panel's visible area and the viewport. */
  firstWarningInView: boolean;
  composer: Rect | null;
  customerMessage: Rect | null;
  topBar: Rect | null;
  /** Overlap areas in px², each with the panel. */
  overlap: { composer: number; customerMessage: number; topBar: number };
}

/** Selectors of the page's own parts, measured with the panel. */
export interface PageParts {
  composer: string;
  customerMessage: string;
  topBar: string;
}

export function measurePanel(page: Page, parts: PageParts): Promise<PanelLayout> {
  return page.evaluate((parts) => {
    const rectOf = (element: Element | null | undefined) => {
      if (!element) return null;
      const r = element.getBoundingClientRect();
      return r.width > 0 && r.height > 0 ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
    };
    const overlap = (a: { x: number; y: number; width: number; height: number } | null, b: typeof a) => {
      if (!a || !b) return 0;
      const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      return w > 0 && h > 0 ? Math.round(w * h) : 0;
    };
    const shadow = document.querySelector('[data-ramah="sidebar"]')?.shadowRoot;
    const aside = shadow?.querySelector('aside');
    const panel = aside && !aside.hidden ? rectOf(aside) : null;
    const badgeElement = shadow?.querySelector('[data-badge]');
    const first = shadow?.querySelector('[data-rule][data-kind="warning"]') ?? shadow?.querySelector('[data-rule]');
    const firstWarning = panel ? rectOf(first) : null;
    const viewport = { width: document.documentElement.clientWidth, height: window.innerHeight };
    const firstWarningInView =
      !!panel &&
      !!firstWarning &&
      firstWarning.y >= panel.y &&
      firstWarning.y + firstWarning.height <= panel.y + panel.height + 1 &&
      firstWarning.y >= 0 &&
      firstWarning.y + firstWarning.height <= viewport.height;
    const composer = rectOf(document.querySelector(parts.composer));
    const customerMessage = rectOf(document.querySelector(parts.customerMessage));
    const topBar = rectOf(document.querySelector(parts.topBar));
    return {
      viewport,
      panel,
      badge: rectOf(badgeElement),
      badgeCount: badgeElement ? Number(badgeElement.getAttribute('data-count')) : null,
      firstWarning,
      firstWarningInView,
      composer,
      customerMessage,
      topBar,
      overlap: { composer: overlap(panel, composer), customerMessage: overlap(panel, customerMessage), topBar: overlap(panel, topBar) },
    };
  }, parts);
}
