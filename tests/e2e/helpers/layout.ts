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

export interface BadgeClearance {
  badge: Rect | null;
  /** Overlap in px² with the composer's whole editor (toolbar and frame included). */
  overlapEditor: number;
  /** The page's text under the badge: each text node's words whose line box it touches. */
  coveredText: string[];
  /** The page's controls under the badge (buttons, fields, editables, toolbars), as tag.class. */
  coveredControls: string[];
  /** The distance from the badge to the nearest corner of the editor's box, in px. */
  cornerDistance: number;
}

/** What Ramah's badge covers of the page: text, controls, the editor given by `editor` (a selector). */
export function measureBadge(page: Page, editor: string): Promise<BadgeClearance> {
  return page.evaluate((editor) => {
    const rectOf = (element: Element | null | undefined) => {
      if (!element) return null;
      const r = element.getBoundingClientRect();
      return r.width > 0 && r.height > 0 ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
    };
    type R = { x: number; y: number; width: number; height: number };
    const overlap = (a: R | null, b: R | null) => {
      if (!a || !b) return 0;
      const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      return w > 0 && h > 0 ? Math.round(w * h) : 0;
    };
    const badge = rectOf(document.querySelector('[data-ramah="sidebar"]')?.shadowRoot?.querySelector('[data-badge]'));
    const frame = rectOf(document.querySelector(editor));
    const coveredText: string[] = [];
    const coveredControls: string[] = [];
    if (badge) {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.trim() || node.parentElement?.closest('[data-ramah]')) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        if ([...range.getClientRects()].some((line) => overlap(badge, { x: line.x, y: line.y, width: line.width, height: line.height }) > 0)) coveredText.push(node.textContent.trim());
      }
      for (const control of document.querySelectorAll('button, a[href], input, select, textarea, summary, [role="button"], [role="toolbar"], [contenteditable="true"], [contenteditable=""]')) {
        if (control.closest('[data-ramah]')) continue;
        if (overlap(badge, rectOf(control)) > 0) coveredControls.push(`${control.tagName.toLowerCase()}.${[...control.classList].join('.')}`);
      }
    }
    const cornerDistance =
      badge && frame
        ? Math.min(
            ...[
              [frame.x, frame.y],
              [frame.x + frame.width, frame.y],
              [frame.x, frame.y + frame.height],
              [frame.x + frame.width, frame.y + frame.height],
            ].map(([cx, cy]) => {
              const dx = Math.max(badge.x - cx!, 0, cx! - (badge.x + badge.width));
              const dy = Math.max(badge.y - cy!, 0, cy! - (badge.y + badge.height));
              return Math.hypot(dx, dy);
            }),
          )
        : Infinity;
    return { badge, overlapEditor: overlap(badge, frame), coveredText, coveredControls, cornerDistance };
  }, editor);
}
