/**
 * A site adapter says only what its helpdesk does differently; the rest falls back to the generic
 * adapter, so a change in the helpdesk's markup degrades to generic coaching, never to none.
 */
import type { Composer, SiteAdapter } from './types.js';
import { deepQueryAll } from './dom.js';
import { editorKind } from './editor-kind.js';
import { findGenericComposers, labelSaysInternal, markedCustomerElement, markedCustomerMessage, markedEarlierCustomerMessages, markedCustomerName, markedOrderId, toComposer } from './generic.js';

export interface SiteSpec {
  readonly id: string;
  readonly name: string;
  matches(url: URL): boolean;
  /** The reply editor, stable attributes before class names. A hit may be the editable or hold it. */
  readonly composers: readonly string[];
  /**
   * Elements that sit in a composer beside its editor, such as its send button: the composer is the
   * editable in the smallest element around the marker that holds one.
   */
  readonly composerMarkers?: readonly string[];
  customerMessage?(composer: Element, doc: Document): string | undefined;
  /** The customer's messages before the last, oldest first, where the page tells them apart. */
  earlierCustomerMessages?(composer: Element, doc: Document): string[];
  /** Where that message is shown, so that the panel keeps clear of it. */
  customerMessageElement?(composer: Element, doc: Document): Element | undefined;
  customerName?(composer: Element, doc: Document): string | undefined;
  /** true for a note, false for a reply, undefined when the page does not say. */
  isInternal?(composer: Element): boolean | undefined;
  /** The ticket or conversation id, where the address alone does not say it (Gmail keeps it in the hash). */
  ticketId?(composer: Element, doc: Document): string | undefined;
  orderId?(composer: Element, doc: Document): string | undefined;
}

/** The editable in the smallest element around `marker` that holds one. */
function editableNear(marker: Element): Element | undefined {
  for (let scope = marker.parentElement; scope; scope = scope.parentElement) {
    const editable = scope.querySelector('[contenteditable="true"], textarea');
    if (editable) return editable;
  }
  return undefined;
}

/**
 * Editables a site adapter took from the generic detection because the site's own composer was not there (yet: an
 * editor mounted after the content script started). They give way once the site's own is found (ComposerWatcher).
 */
export const fallbackComposers = new WeakSet<Element>();

export function defineAdapter(spec: SiteSpec): SiteAdapter {
  const selector = spec.composers.join(', ');
  const markers = (spec.composerMarkers ?? []).join(', ');
  return {
    id: spec.id,
    name: spec.name,
    matches: (url) => spec.matches(url),
    findComposers(root: ParentNode): Composer[] {
      const found = new Set<Composer>();
      if (selector !== '') {
        for (const hit of deepQueryAll(root, selector)) {
          const composer = toComposer(hit);
          if (composer) found.add(composer);
        }
      }
      if (markers !== '') {
        for (const marker of deepQueryAll(root, markers)) {
          const editable = editableNear(marker);
          const composer = editable && toComposer(editable);
          if (composer) found.add(composer);
        }
      }
      if (found.size > 0) return [...found];
      const generic = findGenericComposers(root);
      for (const composer of generic) fallbackComposers.add(composer);
      return generic;
    },
    customerMessage: (composer, doc) => spec.customerMessage?.(composer, doc) ?? markedCustomerMessage(composer, doc),
    earlierCustomerMessages: (composer, doc) => spec.earlierCustomerMessages?.(composer, doc) ?? markedEarlierCustomerMessages(composer, doc),
    customerMessageElement: (composer, doc) => spec.customerMessageElement?.(composer, doc) ?? markedCustomerElement(composer, doc),
    customerName: (composer, doc) => spec.customerName?.(composer, doc) ?? markedCustomerName(composer, doc),
    audience: (composer) => ((spec.isInternal?.(composer) ?? labelSaysInternal(composer)) ? 'internal' : 'customer'),
    editorKind,
    ...(spec.ticketId ? { ticketId: spec.ticketId } : {}),
    orderId: (composer, doc) => spec.orderId?.(composer, doc) ?? markedOrderId(composer, doc),
  };
}
