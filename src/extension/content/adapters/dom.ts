/**
 * DOM helpers the adapters share. Elements may come from same-origin iframes, whose HTMLElement
 * differs from ours, so nodes are told apart by nodeType and tag, never by `instanceof`.
 */

import type { EditorKind } from './types.js';

const ELEMENT_NODE = 1;
const DOCUMENT_NODE = 9;
const FRAGMENT_NODE = 11;

/** Ramah's own UI (the sidebar host and anything it adds) is never a composer or a message. */
const RAMAH_UI = '[data-ramah]';

export function isElement(node: unknown): node is Element {
  return typeof node === 'object' && node !== null && (node as Node).nodeType === ELEMENT_NODE;
}

/** contenteditable as the browser resolves it: the nearest explicit value wins, 'false' included. */
export function isEditable(element: Element): boolean {
  if ((element as HTMLElement).isContentEditable === true) return true;
  for (let current: Element | null = element; current; current = current.parentElement) {
    const value = current.getAttribute('contenteditable');
    if (value === null) continue;
    const normalised = value.trim().toLowerCase();
    if (normalised === 'false') return false;
    if (normalised === '' || normalised === 'true' || normalised === 'plaintext-only') return true;
  }
  return element.ownerDocument.designMode === 'on';
}

/** The top-most editable element around `element`: the root an editor listens on. */
export function editableRoot(element: Element): Element {
  let root = element;
  while (root.parentElement && isEditable(root.parentElement)) root = root.parentElement;
  return root;
}

/** The parent, stepping out of open shadow roots to their host and out of same-origin iframes. */
export function parentAcross(node: Node): Element | null {
  if (node.parentElement) return node.parentElement;
  const parent = node.parentNode;
  if (!parent) return null;
  if (parent.nodeType === FRAGMENT_NODE && 'host' in parent) return (parent as ShadowRoot).host;
  if (parent.nodeType === DOCUMENT_NODE) {
    try {
      return (parent as Document).defaultView?.frameElement ?? null;
    } catch {
      return null;
    }
  }
  return null;
}

/** The document, same-origin iframe documents and open shadow roots under `root`, `root` first. */
export function searchRoots(root: ParentNode): ParentNode[] {
  const roots: ParentNode[] = [];
  const pending: ParentNode[] = [root];
  while (pending.length > 0) {
    const current = pending.shift()!;
    if (roots.includes(current)) continue;
    roots.push(current);
    const elements = isElement(current) ? [current, ...current.querySelectorAll('*')] : [...current.querySelectorAll('*')];
    for (const element of elements) {
      if (element.shadowRoot && !element.matches(RAMAH_UI)) pending.push(element.shadowRoot);
      if (element.localName === 'iframe' || element.localName === 'frame') {
        const inner = frameDocument(element as HTMLIFrameElement);
        if (inner) pending.push(inner);
      }
    }
  }
  return roots;
}

function frameDocument(frame: HTMLIFrameElement): Document | null {
  try {
    // Cross-origin frames give null, or throw in some browsers.
    const inner = frame.contentDocument;
    return inner?.documentElement ? inner : null;
  } catch {
    return null;
  }
}

/** Every element matching `selector` under `root`, through iframes and shadow roots, in order. */
export function deepQueryAll(root: ParentNode, selector: string): Element[] {
  const found = new Set<Element>();
  for (const scope of searchRoots(root)) {
    if (isElement(scope) && scope.matches(selector)) found.add(scope);
    for (const element of scope.querySelectorAll(selector)) found.add(element);
  }
  return [...found];
}

/**
 * The matches of `selector` in the smallest container around `element` that has any. Helpdesks keep
 * several open tickets in one page, so the conversation to read is the one nearest the composer.
 */
export function scopedAll(element: Element, selector: string, doc?: Document): Element[] {
  for (let ancestor = parentAcross(element); ancestor; ancestor = parentAcross(ancestor)) {
    const hits = ancestor.querySelectorAll(selector);
    if (hits.length > 0) return [...hits];
  }
  return doc ? [...doc.querySelectorAll(selector)] : [];
}

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'pre',
  'section', 'table', 'tr', 'ul',
]);
const NEVER_TEXT = new Set(['script', 'style', 'template', 'noscript', 'svg', 'button']);

/**
 * The text a reader sees in `element`, broken into lines as innerText does (a blank line between
 * paragraphs), skipping subtrees that match `skip` (quoted mail, headers). Unlike innerText it
 * works the same on unrendered trees.
 */
export function readableText(element: Element, skip?: string): string | undefined {
  let out = '';
  let breaks = 0;
  const emit = (text: string): void => {
    if (out !== '') out += '\n'.repeat(breaks);
    breaks = 0;
    out += text;
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      const text = (node.nodeValue ?? '').replace(/\s+/g, ' ');
      if (text !== ' ' || breaks === 0) emit(text);
      return;
    }
    if (!isElement(node)) return;
    const tag = node.localName;
    if (NEVER_TEXT.has(tag) || node.hasAttribute('hidden') || (skip && node.matches(skip))) return;
    if (tag === 'br') {
      emit('\n');
      return;
    }
    const around = tag === 'p' ? 2 : BLOCK.has(tag) ? 1 : 0;
    breaks = Math.max(breaks, around);
    for (const child of node.childNodes) walk(child);
    breaks = Math.max(breaks, around);
  };
  for (const child of element.childNodes) walk(child);
  const text = out
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return text === '' ? undefined : text;
}

/** Under this size a field is a widget (a one-letter box, an off-screen paste catcher), not a reply. */
const MIN_WIDTH = 40;
const MIN_HEIGHT = 12;

/**
 * Whether the element is shown and big enough to type in. With layout, its size tells; without
 * (a hidden iframe, a test DOM), `hidden` and display:none on it or an ancestor.
 */
export function isShown(element: Element): boolean {
  if (element.ownerDocument.documentElement.clientWidth > 0) {
    // With layout, anything not rendered (display:none anywhere above) has no size.
    const rect = element.getBoundingClientRect();
    if (rect.width < MIN_WIDTH || rect.height < MIN_HEIGHT) return false;
  } else {
    for (let current: Element | null = element; current; current = parentAcross(current)) {
      if (current.hasAttribute('hidden')) return false;
      if (current.ownerDocument.defaultView?.getComputedStyle(current).display === 'none') return false;
    }
  }
  const visibility = element.ownerDocument.defaultView?.getComputedStyle(element).visibility;
  return visibility !== 'hidden' && visibility !== 'collapse';
}

const EDITOR_NAMES: Record<EditorKind, string> = {
  textarea: 'text box',
  ckeditor5: 'CKEditor',
  prosemirror: 'ProseMirror',
  quill: 'Quill',
  lexical: 'Lexical',
  slate: 'Slate',
  draftjs: 'Draft.js',
  froala: 'Froala',
  trix: 'Trix',
  contenteditable: 'rich text',
  unknown: 'editor',
};
/** Longer than this, or made of sentences, a label is an editor's instructions, not a name. */
const MAX_SHORT_LABEL = 40;

/**
 * A short name for a composer, for the sidebar's "Coaching: …": its own short label or placeholder
 * ("Reply to Sari"), else the site's name and the editor's. Editors' accessibility labels such as
 * CKEditor's "Rich Text Editor. Editing area: main. Press Alt+0 for help." are no names.
 */
export function shortLabel(element: Element, site: string, kind: EditorKind): string {
  const own = visibleLabels(element).find(
    (label) => label.length <= MAX_SHORT_LABEL && !/[.!?]\s|\brich text editor\b|\balt\s*\+/i.test(label),
  );
  return own ?? `${site} · ${EDITOR_NAMES[kind] ?? EDITOR_NAMES.unknown}`;
}

/** What a sighted user reads as the field's label: aria-label, placeholder, a <label>, and the like. */
export function visibleLabels(element: Element): string[] {
  const doc = element.ownerDocument;
  const labels: Array<string | null | undefined> = [
    element.getAttribute('aria-label'),
    element.getAttribute('aria-placeholder'),
    element.getAttribute('placeholder'),
    element.getAttribute('data-placeholder'),
    element.getAttribute('title'),
    // ProseMirror, Tiptap and CKEditor 5 put the placeholder on the empty first paragraph.
    element.firstElementChild?.getAttribute('data-placeholder'),
    element.closest('.DraftEditor-root')?.querySelector('.public-DraftEditorPlaceholder-inner')?.textContent,
    element.closest('label')?.textContent,
  ];
  for (const id of (element.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)) {
    labels.push(doc.getElementById(id)?.textContent);
  }
  if (element.id) {
    for (const label of doc.querySelectorAll('label[for]')) {
      if (label.getAttribute('for') === element.id) labels.push(label.textContent);
    }
  }
  return labels.map((label) => label?.trim() ?? '').filter((label) => label !== '');
}

/** The words in an element's class, id and test attributes: `data-cy="NoteEditor"` gives note, editor. */
function markerWords(element: Element): string[] {
  return [
    element.getAttribute('class'),
    element.id,
    element.getAttribute('data-test-id'),
    element.getAttribute('data-testid'),
    element.getAttribute('data-cy'),
    element.getAttribute('data-qa'),
  ]
    .filter((value): value is string => Boolean(value))
    .join(' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
}

/**
 * The value of the first marker whose word appears on the element or one of its nearest ancestors.
 * Editors of notes and of replies often differ only by such a word on a wrapper.
 */
export function nearestMarker<T>(element: Element, markers: ReadonlyArray<readonly [RegExp, T]>, depth = 12): T | undefined {
  let current: Element | null = element;
  for (let level = 0; current && level < depth; level += 1, current = parentAcross(current)) {
    const words = markerWords(current);
    for (const [pattern, value] of markers) {
      if (words.some((word) => pattern.test(word))) return value;
    }
  }
  return undefined;
}

const SELECTED = '[role="tab"][aria-selected="true"], [aria-pressed="true"], [role="radio"][aria-checked="true"], [role="menuitemradio"][aria-checked="true"]';

/**
 * Which mode the composer's selected tab or toggle names ("Reply" | "Note"), looking outward from the
 * composer and ignoring selected controls that name neither.
 */
export function selectedMode(element: Element, internal: RegExp, external: RegExp, depth = 10): boolean | undefined {
  let current: Element | null = parentAcross(element);
  for (let level = 0; current && level < depth; level += 1, current = parentAcross(current)) {
    for (const control of current.querySelectorAll(SELECTED)) {
      const name = `${control.getAttribute('aria-label') ?? ''} ${control.textContent ?? ''}`;
      if (internal.test(name)) return true;
      if (external.test(name)) return false;
    }
  }
  return undefined;
}

/** The first e-mail address in a string. */
export function emailIn(text: string | null | undefined): string | undefined {
  return text?.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/)?.[0]?.toLowerCase();
}
