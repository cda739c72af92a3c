/**
 * Where the page's own work is, in the top document's viewport pixels, for the panel to keep clear
 * of: a composer, the customer's latest message, the helpdesk's bar across the top.
 */
import type { Box } from '../sidebar/index.js';

/** An element's box in the top document's viewport, across same-origin frames. */
export function boxOf(element: Element): Box {
  const rect = element.getBoundingClientRect();
  let { left, top, right, bottom } = rect;
  for (let frame = element.ownerDocument.defaultView?.frameElement; frame; frame = frame.ownerDocument.defaultView?.frameElement) {
    const outer = frame.getBoundingClientRect();
    left += outer.left;
    right += outer.left;
    top += outer.top;
    bottom += outer.top;
  }
  return { left, top, right, bottom };
}

// The frames editor libraries draw around their editable. Quill's editable is only as tall as its text, inside a
// taller bordered container; CKEditor 5's toolbar is above its editable, in the same frame.
const EDITOR_FRAMES = ['.ql-container', '.ck-editor', '.tox-tinymce', '.fr-box', '.redactor-box'].join(',');

/** The box an agent sees as the composer: its editor's frame around the editable, or the editable itself. */
export function composerBoxOf(editable: Element): Box {
  const own = boxOf(editable);
  const frame = editable.parentElement?.closest(EDITOR_FRAMES);
  if (!frame) return own;
  const outer = boxOf(frame);
  return { left: Math.min(own.left, outer.left), top: Math.min(own.top, outer.top), right: Math.max(own.right, outer.right), bottom: Math.max(own.bottom, outer.bottom) };
}

/** The part of an element that is in view, or null when none is. */
export function visibleBoxOf(element: Element, viewport: { width: number; height: number }): Box | null {
  const box = boxOf(element);
  const clipped = { left: Math.max(0, box.left), top: Math.max(0, box.top), right: Math.min(viewport.width, box.right), bottom: Math.min(viewport.height, box.bottom) };
  return clipped.left < clipped.right && clipped.top < clipped.bottom ? clipped : null;
}

/** A bar no taller than this across the top is the helpdesk's navigation, not content. */
const MAX_BAR_HEIGHT = 160;

/**
 * The helpdesk's bar across the top of the viewport: the tallest element, short and at least half the
 * viewport wide, found at the top edge at a few points across. Null when the top is content.
 */
export function topBarBox(doc: Document, ignore: Element | null): Box | null {
  const width = doc.documentElement.clientWidth || doc.defaultView?.innerWidth || 0;
  if (!width || typeof doc.elementsFromPoint !== 'function') return null;
  let bar: Box | null = null;
  for (const x of [width * 0.25, width * 0.5, width * 0.75, width - 24]) {
    const hit = doc.elementsFromPoint(x, 2).find((element) => element !== ignore && !ignore?.contains(element));
    for (let element: Element | null = hit ?? null; element && element !== doc.body && element !== doc.documentElement; element = element.parentElement) {
      const rect = element.getBoundingClientRect();
      if (rect.top > 2 || rect.height > MAX_BAR_HEIGHT) break;
      if (rect.width < width / 2) continue;
      if (!bar || rect.bottom > bar.bottom) bar = { left: 0, top: Math.max(0, rect.top), right: width, bottom: rect.bottom };
    }
  }
  return bar;
}
