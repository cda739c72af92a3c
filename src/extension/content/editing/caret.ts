/**
 * The composer's caret as text offsets. Offsets survive what DOM ranges do not: editors that
 * re-render their nodes, and focus moving into the sidebar and back.
 */
import { isTextarea, readComposer, type TextMap } from './text-map.js';

export interface TextSpan {
  start: number;
  end: number;
}

/** The selection API for the tree the composer lives in (a document or an open shadow root). */
export function selectionFor(composer: HTMLElement): Selection | null {
  const root = composer.getRootNode() as Document | (ShadowRoot & { getSelection?: () => Selection | null });
  if ('getSelection' in root && typeof root.getSelection === 'function') return root.getSelection();
  return composer.ownerDocument.getSelection();
}

/** The composer's selection as offsets of its text map, or null when the selection is elsewhere. */
export function readCaret(composer: HTMLElement, map: TextMap = readComposer(composer)): TextSpan | null {
  if (isTextarea(composer)) {
    const field = composer as unknown as HTMLTextAreaElement;
    return { start: field.selectionStart ?? field.value.length, end: field.selectionEnd ?? field.value.length };
  }
  const selection = selectionFor(composer);
  if (!selection || selection.rangeCount === 0 || !selection.anchorNode || !selection.focusNode) return null;
  const anchor = map.offsetOf(selection.anchorNode, selection.anchorOffset);
  const focus = map.offsetOf(selection.focusNode, selection.focusOffset);
  if (anchor === null || focus === null) return null;
  return { start: Math.min(anchor, focus), end: Math.max(anchor, focus) };
}

/** Puts the composer's selection on [start, end) of its text; false when the offsets do not map. */
export function writeCaret(composer: HTMLElement, span: TextSpan, map: TextMap = readComposer(composer)): boolean {
  if (isTextarea(composer)) {
    (composer as unknown as HTMLTextAreaElement).setSelectionRange(span.start, span.end);
    return true;
  }
  const selection = selectionFor(composer);
  try {
    const range = map.rangeFor(span.start, span.end);
    if (!range || !selection) return false;
    selection.setBaseAndExtent(range.startContainer, range.startOffset, range.endContainer, range.endOffset);
    return true;
  } catch {
    // The editor replaced its nodes under the map.
    return false;
  }
}

/** Whether the composer (or something inside it) has the focus, across shadow roots and iframes. */
export function hasFocus(composer: HTMLElement): boolean {
  const doc = composer.ownerDocument;
  if (!doc.hasFocus()) return false;
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active !== null && (active === composer || composer.contains(active));
}

export function focusComposer(composer: HTMLElement): void {
  if (hasFocus(composer)) return;
  // A composer in a same-origin iframe needs its frame focused first.
  const frame = composer.ownerDocument.defaultView?.frameElement as HTMLElement | null | undefined;
  frame?.focus({ preventScroll: true });
  composer.focus({ preventScroll: true });
}
