/**
 * A composer's text as the engine reads it, with a map back to the DOM. A textarea's text is its
 * value. A contenteditable's text is read by walking its text nodes: each block (a paragraph, a
 * Draft.js or Trix block, a div line) is one line, lines are joined by '\n', and a <br> inside a
 * line is a '\n' too, as the editors' models count them. Offsets are UTF-16 code units, as the
 * engine's spans are. This file runs in the isolated content script and in the MAIN-world bridge,
 * so it imports nothing and never uses `instanceof` (iframes have their own classes).
 */

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
const NEVER_TEXT = new Set(['script', 'style', 'template', 'noscript', 'textarea', 'select', 'button', 'svg', 'canvas', 'iframe', 'object']);
/** Characters editors keep in the DOM that are not in their model: Slate's zero-width text, CKEditor's inline filler. */
const FILLER = /[\ufeff\u2060\u200b]/;

export type Composer = HTMLElement;

export interface DomPoint {
  node: Node;
  offset: number;
}

interface Segment {
  node: Text;
  /** Where the node's first kept character sits in the text. */
  start: number;
  /** Length of the node's kept characters. */
  length: number;
  /** The node's DOM offsets of its kept characters, when a filler was dropped; else offsets are 1:1. */
  kept?: number[];
}

interface Line {
  start: number;
  /** The block that holds the line, for an empty line's DOM point. */
  block: Element | null;
}

export interface TextMap {
  readonly composer: Composer;
  readonly isTextarea: boolean;
  /** The draft as the engine reads it: non-breaking spaces read as spaces. */
  readonly text: string;
  /** The DOM point at a text offset; `prefer` says which side wins where two nodes meet. */
  pointAt(offset: number, prefer?: 'before' | 'after'): DomPoint | null;
  /** A live DOM range over [start, end), or null for a textarea. */
  rangeFor(start: number, end: number): Range | null;
  /** The text offset of a DOM point inside the composer, or null when it is outside. */
  offsetOf(node: Node, offset: number): number | null;
}

export function isTextarea(element: Element): element is HTMLTextAreaElement {
  return element.localName === 'textarea' || element.localName === 'input';
}

/** Reads the composer's text and builds its offset map. Linear in the composer's nodes. */
export function readComposer(composer: Composer): TextMap {
  if (isTextarea(composer)) return textareaMap(composer);
  return editableMap(composer);
}

/** The text alone, the same as `readComposer(composer).text`. */
export function composerText(composer: Composer): string {
  return readComposer(composer).text;
}

function textareaMap(textarea: HTMLTextAreaElement): TextMap {
  const text = textarea.value.replace(/\u00a0/g, ' ');
  return {
    composer: textarea,
    isTextarea: true,
    text,
    pointAt: () => null,
    rangeFor: () => null,
    offsetOf: () => null,
  };
}

function editableMap(root: HTMLElement): TextMap {
  const segments: Segment[] = [];
  const lines: Line[] = [];
  /** Text offsets at the start and end of every node visited, for offsetOf. */
  const spans = new Map<Node, [number, number]>();
  let text = '';
  let lineOpen = false;
  let currentBlock: Element | null = null;

  const openLine = (): void => {
    if (lineOpen) return;
    if (lines.length > 0) text += '\n';
    lines.push({ start: text.length, block: currentBlock });
    lineOpen = true;
  };
  const closeLine = (): void => {
    lineOpen = false;
  };

  const visitText = (node: Text): void => {
    const data = node.data;
    if (data === '') return;
    // Whitespace between blocks (source formatting) is not a line of its own.
    if (!lineOpen && /^\s*$/.test(data) && /\n/.test(data)) return;
    let kept: number[] | undefined;
    let value = data;
    if (FILLER.test(data)) {
      kept = [];
      value = '';
      for (let i = 0; i < data.length; i++) {
        if (!FILLER.test(data[i]!)) {
          kept.push(i);
          value += data[i];
        }
      }
      if (value === '') {
        // A zero-width placeholder (Slate's empty leaf) still marks a line's place.
        openLine();
        spans.set(node, [text.length, text.length]);
        segments.push({ node, start: text.length, length: 0, kept });
        return;
      }
    }
    openLine();
    const start = text.length;
    text += value.replace(/\u00a0/g, ' ');
    spans.set(node, [start, text.length]);
    segments.push(kept ? { node, start, length: value.length, kept } : { node, start, length: value.length });
  };

  const isFillerBreak = (br: Element): boolean => {
    // A <br> is a line's filler when nothing with text follows it in its block.
    for (let node: Node | null = br; node && node !== root; node = node.parentNode) {
      if (node.nodeType === ELEMENT_NODE && node !== br && BLOCKS.has((node as Element).localName)) return true;
      for (let next = node.nextSibling; next; next = next.nextSibling) {
        if (hasContent(next)) return false;
      }
    }
    return true;
  };

  const visit = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) {
      visitText(node as Text);
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const element = node as Element;
    const tag = element.localName;
    if (NEVER_TEXT.has(tag) || skipped(element)) return;
    if (tag === 'br') {
      openLine();
      const at = text.length;
      if (!isFillerBreak(element)) text += '\n';
      spans.set(element, [at, text.length]);
      return;
    }
    const start = text.length;
    const block = BLOCKS.has(tag);
    const outerBlock = currentBlock;
    if (block) {
      closeLine();
      currentBlock = element;
    }
    for (let child = element.firstChild; child; child = child.nextSibling) visit(child);
    if (block) {
      closeLine();
      currentBlock = outerBlock;
    }
    let first = start;
    for (let child = element.firstChild; child; child = child.nextSibling) {
      const span = spans.get(child);
      if (span) {
        first = span[0];
        break;
      }
    }
    spans.set(element, [first, text.length]);
  };

  for (let child = root.firstChild; child; child = child.nextSibling) visit(child);
  spans.set(root, [0, text.length]);

  const domOffset = (segment: Segment, at: number): number => {
    if (!segment.kept) return at;
    if (segment.kept.length === 0) return 0;
    if (at >= segment.kept.length) return segment.kept.at(-1)! + 1;
    return segment.kept[at]!;
  };

  const pointAt = (offset: number, prefer: 'before' | 'after' = 'after'): DomPoint | null => {
    if (offset < 0 || offset > text.length) return null;
    let before: Segment | undefined;
    let after: Segment | undefined;
    for (const segment of segments) {
      if (offset >= segment.start && offset <= segment.start + segment.length) {
        if (offset < segment.start + segment.length || segment.length === 0) after ??= segment;
        if (offset > segment.start || segment.length === 0) before = segment;
        if (offset === segment.start && segment.length > 0) after ??= segment;
      }
      if (segment.start > offset) break;
    }
    const chosen = prefer === 'before' ? (before ?? after) : (after ?? before);
    if (chosen) return { node: chosen.node, offset: domOffset(chosen, offset - chosen.start) };
    // An empty line: its block's start.
    const line = [...lines].reverse().find((candidate) => candidate.start <= offset);
    if (line?.block) return { node: line.block, offset: 0 };
    return { node: root, offset: offset === 0 ? 0 : root.childNodes.length };
  };

  const offsetOf = (node: Node, offset: number): number | null => {
    if (node !== root && !root.contains(node)) return null;
    if (node.nodeType === TEXT_NODE) {
      const span = spans.get(node);
      if (!span) return nearestOffset(node);
      const segment = segments.find((candidate) => candidate.node === node);
      if (segment?.kept) {
        let count = 0;
        while (count < segment.kept.length && segment.kept[count]! < offset) count++;
        return span[0] + count;
      }
      return Math.min(span[0] + offset, span[1]);
    }
    const children = node.childNodes;
    for (let i = offset; i < children.length; i++) {
      const span = spans.get(children[i]!);
      if (span) return span[0];
    }
    const own = spans.get(node);
    if (own) return own[1];
    return nearestOffset(node);
  };

  /** For a node the walk skipped (a placeholder): the offset of the nearest visited node before it. */
  const nearestOffset = (node: Node): number => {
    for (let current: Node | null = node; current && current !== root; current = current.parentNode) {
      for (let previous = current.previousSibling; previous; previous = previous.previousSibling) {
        const span = spans.get(previous);
        if (span) return span[1];
      }
    }
    return 0;
  };

  return {
    composer: root,
    isTextarea: false,
    text,
    pointAt,
    rangeFor(start, end) {
      const from = pointAt(start, 'after');
      const to = start === end ? from : pointAt(end, 'before');
      if (!from || !to) return null;
      const range = root.ownerDocument.createRange();
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      return range;
    },
    offsetOf,
  };
}

function skipped(element: Element): boolean {
  // Editors' placeholders and widgets are not text (Slate's placeholder, ProseMirror's widgets).
  if (element.getAttribute('contenteditable') === 'false') return true;
  if (element.hasAttribute('data-slate-placeholder') || element.hasAttribute('data-ramah')) return true;
  return false;
}

function hasContent(node: Node): boolean {
  if (node.nodeType === TEXT_NODE) return (node as Text).data.replace(FILLER, '') !== '';
  if (node.nodeType !== ELEMENT_NODE) return false;
  const element = node as Element;
  if (element.localName === 'br' || element.localName === 'img') return true;
  if (NEVER_TEXT.has(element.localName) || skipped(element)) return false;
  for (let child = element.firstChild; child; child = child.nextSibling) if (hasContent(child)) return true;
  return false;
}

/** Text as the editors' models and our map agree on it: for comparing drafts, not for offsets. */
export function comparable(text: string): string {
  return text
    .replace(/[\ufeff\u2060\u200b]/g, '')
    .replace(/\u00a0/g, ' ')
    .replace(/\r\n?/g, '\n')
    .replace(/\n+/g, '\n')
    .replace(/\n$/, '');
}
