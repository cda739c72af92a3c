/**
 * Composers on any page: every visible textarea and contenteditable root. Site adapters fall back to
 * this when their helpdesk's markup has changed, so a supported helpdesk is never left uncoached.
 */
import type { Composer, SiteAdapter } from './types.js';
import { deepQueryAll, editableRoot, isEditable, isShown, readableText, scopedAll, visibleLabels } from './dom.js';
import { editorKind } from './editor-kind.js';

const CANDIDATES = 'textarea, [contenteditable]:not([contenteditable="false"])';

/** Fields that take a query or an e-mail header, not a reply. */
const NOT_A_REPLY = /\b(search|subject|cari|carian|pencarian|subjek|perihal|tajuk)\b/i;
const HEADER_FIELD = /^(to|cc|bcc|kepada|kpd|penerima|from|dari)\s*:?$/i;

/** Notes for colleagues, in en, id and ms. */
const INTERNAL_LABEL = /\b(notes?|catatan|nota|comments?|komen|komentar|ulasan|internal)\b/i;

/** The composer `element` belongs to, if it is one the agent can type a reply into. */
export function toComposer(element: Element): Composer | undefined {
  let composer: Element | null = element;
  if (element.localName !== 'textarea') {
    if (!isEditable(element)) {
      // A site selector may name a wrapper; the editable inside is what the agent types in.
      const inner = element.querySelector(CANDIDATES);
      composer = inner && (inner.localName === 'textarea' || isEditable(inner)) ? inner : null;
    }
    if (composer && composer.localName !== 'textarea') composer = editableRoot(composer);
  }
  if (!composer || !isReplyField(composer)) return undefined;
  return composer as Composer;
}

function isReplyField(element: Element): boolean {
  if (element.localName === 'textarea') {
    const textarea = element as HTMLTextAreaElement;
    if (textarea.disabled || textarea.readOnly) return false;
  } else if (element.localName === 'input' || !isEditable(element)) {
    return false;
  }
  if (element.closest('[data-ramah]')) return false;
  // Quill's off-screen paste catcher is editable but never typed in.
  if (element.classList.contains('ql-clipboard')) return false;
  if (element.getAttribute('aria-hidden') === 'true') return false;
  if (element.getAttribute('role') === 'searchbox' || element.closest('[role="search"]')) return false;
  const names = [...visibleLabels(element), element.getAttribute('name'), element.id]
    .filter((name): name is string => Boolean(name))
    .map((name) => name.replace(/[_-]+/g, ' '));
  if (names.some((name) => NOT_A_REPLY.test(name) || HEADER_FIELD.test(name.trim()))) return false;
  return isShown(element);
}

export function findGenericComposers(root: ParentNode): Composer[] {
  const found = new Set<Composer>();
  const candidates = deepQueryAll(root, CANDIDATES);
  // A document in design mode (old iframe editors) is editable without any attribute.
  for (const element of deepQueryAll(root, 'body')) {
    if (element.ownerDocument.designMode === 'on') candidates.push(element);
  }
  for (const element of candidates) {
    // Nested editables belong to the editor around them.
    if (element.localName !== 'textarea' && element.parentElement && isEditable(element.parentElement)) continue;
    const composer = toComposer(element);
    if (composer) found.add(composer);
  }
  return [...found];
}

/** Whether the composer's own label says it takes a note rather than a reply. */
export function labelSaysInternal(composer: Element): boolean {
  return visibleLabels(composer).some((label) => INTERNAL_LABEL.test(label));
}

/**
 * Pages Ramah has no adapter for (a demo inbox, a team's own tool) can mark the customer's messages
 * with `data-ramah-customer` (its value, or else its text, is the message) and the name with
 * `data-ramah-customer-name` (and the order id with `data-ramah-order-id`, below).
 */
export function markedCustomerElement(composer: Element, doc: Document): Element | undefined {
  return scopedAll(composer, '[data-ramah-customer]', doc).at(-1);
}

export function markedCustomerMessage(composer: Element, doc: Document): string | undefined {
  const marked = markedCustomerElement(composer, doc);
  if (!marked) return undefined;
  return marked.getAttribute('data-ramah-customer')?.trim() || readableText(marked);
}

/** The marked customer messages before the last, oldest first: a page that marks each of the customer's messages shows its thread. */
export function markedEarlierCustomerMessages(composer: Element, doc: Document): string[] {
  return scopedAll(composer, '[data-ramah-customer]', doc)
    .slice(0, -1)
    .map((marked) => marked.getAttribute('data-ramah-customer')?.trim() || readableText(marked))
    .filter((text): text is string => !!text);
}

export function markedCustomerName(composer: Element, doc: Document): string | undefined {
  const marked = scopedAll(composer, '[data-ramah-customer-name]', doc).at(-1);
  if (!marked) return undefined;
  return marked.getAttribute('data-ramah-customer-name')?.trim() || readableText(marked);
}

/** An order id the page marks with `data-ramah-order-id` (its value, or else its text). */
export function markedOrderId(composer: Element, doc: Document): string | undefined {
  const marked = scopedAll(composer, '[data-ramah-order-id]', doc).at(-1);
  if (!marked) return undefined;
  return marked.getAttribute('data-ramah-order-id')?.trim() || readableText(marked);
}

const generic: SiteAdapter = {
  id: 'generic',
  name: 'Any site',
  // Where it may run is the user's or admin's choice, decided before an adapter is asked.
  matches: (url) => url.protocol === 'https:' || url.protocol === 'http:' || url.protocol === 'file:',
  findComposers: findGenericComposers,
  customerMessage: markedCustomerMessage,
  earlierCustomerMessages: markedEarlierCustomerMessages,
  customerMessageElement: markedCustomerElement,
  customerName: markedCustomerName,
  orderId: markedOrderId,
  audience: (composer) => (labelSaysInternal(composer) ? 'internal' : 'customer'),
  editorKind,
};

export default generic;
