/**
 * Underlines for a textarea, which has no DOM ranges inside. As Grammarly and LanguageTool do, a
 * mirror of its text is laid over it: the same font, padding, wrapping and scroll, the text
 * transparent, only the flagged words underlined. The mirror lives in its own shadow-root host at
 * the end of the textarea's document, never in the page's markup next to the textarea, takes no
 * pointer events and never touches the textarea: its value, layout and typing stay the page's.
 *
 * It follows the textarea's scroll and size, the window's scroll and resize, and its styles are
 * read again on every redraw and resize (a font that loads late, a zoom).
 */
import { intersection, type Box } from './card/placement.js';

export interface MirrorMark {
  start: number;
  end: number;
  kind: 'warning' | 'suggestion';
}

/** Computed styles that decide where a character of the textarea lands. */
const COPIED = [
  'direction', 'font-family', 'font-size', 'font-style', 'font-variant', 'font-weight', 'font-stretch', 'font-kerning',
  'font-feature-settings', 'font-variation-settings', 'line-height', 'letter-spacing', 'word-spacing', 'text-indent',
  'text-transform', 'text-align', 'text-rendering', 'tab-size', 'white-space', 'overflow-wrap', 'word-break', 'hyphens',
  'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
] as const;

const MIRROR_CSS = `
:host{all:initial!important;display:contents!important}
.clip{position:fixed;overflow:hidden;pointer-events:none;user-select:none;visibility:visible;opacity:1}
.text{position:absolute;left:0;top:0;box-sizing:border-box;margin:0;border:0;color:transparent;background:none;pointer-events:none}
.warning{text-decoration:underline wavy #cf222e;text-decoration-skip-ink:none;text-decoration-thickness:1.5px;text-underline-offset:3px}
.suggestion{text-decoration:underline dotted #9a6700;text-decoration-skip-ink:none;text-underline-offset:3px}
`;

export class TextareaMirror {
  readonly host: HTMLElement;
  private readonly clip: HTMLElement;
  private readonly text: HTMLElement;
  /** The spans of each mark, in the order render() was given them. */
  private marks: HTMLElement[][] = [];
  private frame = 0;
  private readonly resizeObserver: ResizeObserver | null;
  private readonly view: Window;

  constructor(private readonly textarea: HTMLTextAreaElement) {
    const doc = textarea.ownerDocument;
    this.view = doc.defaultView!;
    this.host = doc.createElement('div');
    this.host.setAttribute('data-ramah', 'underlines');
    const shadow = this.host.attachShadow({ mode: 'open' });
    adoptCss(shadow, MIRROR_CSS);
    this.clip = doc.createElement('div');
    this.clip.className = 'clip';
    this.text = doc.createElement('div');
    this.text.className = 'text';
    this.text.setAttribute('aria-hidden', 'true');
    this.clip.append(this.text);
    shadow.append(this.clip);
    doc.documentElement.append(this.host);

    textarea.addEventListener('scroll', this.syncSoon, { passive: true });
    this.view.addEventListener('scroll', this.syncSoon, { passive: true, capture: true });
    this.view.addEventListener('resize', this.syncSoon, { passive: true });
    // The content script's own observer: a page's constructor would run our callback in its world.
    this.resizeObserver = typeof ResizeObserver === 'function' ? new ResizeObserver(() => this.restyleSoon()) : null;
    this.resizeObserver?.observe(textarea);
  }

  /** Draws `marks` over `value`, which is the textarea's value now. */
  render(value: string, marks: readonly MirrorMark[]): void {
    const doc = this.textarea.ownerDocument;
    // The text cut where any mark starts or ends; each piece under a mark is one span, shared by
    // every mark over it, so overlapping findings draw one underline.
    const cuts = [...new Set([0, value.length, ...marks.flatMap(({ start, end }) => [start, end])])]
      .filter((at) => at >= 0 && at <= value.length)
      .sort((a, b) => a - b);
    const nodes: Node[] = [];
    this.marks = marks.map(() => []);
    for (let i = 0; i + 1 < cuts.length; i++) {
      const start = cuts[i]!;
      const end = cuts[i + 1]!;
      const over = marks.flatMap((mark, index) => (mark.start <= start && end <= mark.end ? [index] : []));
      if (over.length === 0) {
        nodes.push(doc.createTextNode(value.slice(start, end)));
        continue;
      }
      const span = doc.createElement('span');
      span.className = over.some((index) => marks[index]!.kind === 'warning') ? 'warning' : 'suggestion';
      span.textContent = value.slice(start, end);
      nodes.push(span);
      for (const index of over) this.marks[index]!.push(span);
    }
    // A trailing line break still makes a line, as in the textarea.
    nodes.push(doc.createTextNode('\u200b'));
    this.text.replaceChildren(...nodes);
    this.restyle();
  }

  /** The boxes of the i-th mark given to render(), in the textarea's viewport. */
  rectsOf(index: number): DOMRect[] {
    return (this.marks[index] ?? []).flatMap((span) => [...span.getClientRects()]);
  }

  /** The textarea's visible box in its viewport, or null when it is scrolled or clipped away. */
  visibleBox(): Box | null {
    const rect = this.textarea.getBoundingClientRect();
    const padding = {
      left: rect.left + this.textarea.clientLeft,
      top: rect.top + this.textarea.clientTop,
      right: rect.left + this.textarea.clientLeft + this.textarea.clientWidth,
      bottom: rect.top + this.textarea.clientTop + this.textarea.clientHeight,
    };
    let box: Box | null = intersection(padding, { left: 0, top: 0, right: this.view.innerWidth, bottom: this.view.innerHeight });
    // Ancestors that clip their overflow (a scrolling conversation pane) hide the text beyond them.
    for (let node = this.textarea.parentElement; node && box; node = node.parentElement) {
      const style = this.view.getComputedStyle(node);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      box = intersection(box, node.getBoundingClientRect());
    }
    return box;
  }

  /** Brings the i-th mark into the textarea's view, scrolling only the textarea itself. */
  reveal(index: number): void {
    const spans = this.marks[index];
    if (!spans?.length) return;
    const top = spans[0]!.offsetTop;
    const bottom = spans.at(-1)!.offsetTop + spans.at(-1)!.offsetHeight;
    const field = this.textarea;
    if (top < field.scrollTop) field.scrollTop = Math.max(0, top - field.clientHeight / 3);
    else if (bottom > field.scrollTop + field.clientHeight) field.scrollTop = bottom - (field.clientHeight * 2) / 3;
    this.sync();
  }

  destroy(): void {
    this.textarea.removeEventListener('scroll', this.syncSoon);
    this.view.removeEventListener('scroll', this.syncSoon, { capture: true });
    this.view.removeEventListener('resize', this.syncSoon);
    this.resizeObserver?.disconnect();
    if (this.frame) this.view.cancelAnimationFrame(this.frame);
    this.host.remove();
  }

  private readonly syncSoon = (): void => {
    if (this.frame) return;
    this.frame = this.view.requestAnimationFrame(() => {
      this.frame = 0;
      this.sync();
    });
  };

  private restyleFrame = 0;
  private restyleSoon(): void {
    if (this.restyleFrame) return;
    this.restyleFrame = this.view.requestAnimationFrame(() => {
      this.restyleFrame = 0;
      this.restyle();
    });
  }

  /** Copies what lays out the textarea's text, then places the mirror. */
  private restyle(): void {
    const style = this.view.getComputedStyle(this.textarea);
    const own = this.text.style;
    for (const property of COPIED) own.setProperty(property, style.getPropertyValue(property));
    own.width = `${this.textarea.clientWidth}px`;
    // The host makes no box: the mirror sits in the root stacking context, as high as the
    // textarea's outermost positioned ancestor (a modal) and no higher, so the page's popups
    // still cover it.
    this.clip.style.zIndex = String(stackLevel(this.textarea, this.view));
    this.sync();
  }

  /** Puts the mirror over the textarea's visible box, scrolled as the textarea is. */
  private sync(): void {
    if (!this.textarea.isConnected) return;
    const box = this.visibleBox();
    if (!box) {
      this.clip.style.display = 'none';
      return;
    }
    const rect = this.textarea.getBoundingClientRect();
    const originX = rect.left + this.textarea.clientLeft - this.textarea.scrollLeft;
    const originY = rect.top + this.textarea.clientTop - this.textarea.scrollTop;
    const clip = this.clip.style;
    clip.display = 'block';
    clip.left = `${box.left}px`;
    clip.top = `${box.top}px`;
    clip.width = `${box.right - box.left}px`;
    clip.height = `${box.bottom - box.top}px`;
    this.text.style.transform = `translate(${originX - box.left}px, ${originY - box.top}px)`;
  }
}

function stackLevel(element: Element, view: Window): number {
  let level = 0;
  for (let node = element.parentElement; node; node = node.parentElement) {
    const zIndex = Number.parseInt(view.getComputedStyle(node).zIndex, 10);
    if (Number.isFinite(zIndex)) level = zIndex;
  }
  return level;
}

/** Styles a shadow root with a constructed stylesheet, which a strict style-src allows, else a <style>. */
export function adoptCss(shadow: ShadowRoot, css: string): void {
  const doc = shadow.ownerDocument;
  try {
    const sheet = new doc.defaultView!.CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    const style = doc.createElement('style');
    style.textContent = css;
    shadow.append(style);
  }
}
