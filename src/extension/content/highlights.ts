/**
 * Inline hints: warnings underlined with the CSS Custom Highlight API, so nothing is added to the
 * editor's DOM (editors destroy foreign nodes or parse them into their model). The ::highlight
 * style goes into the page's (or the composer's shadow root's) adopted stylesheets, outside the
 * editable root. Ranges are live: they follow the text until the editor replaces the nodes they
 * sit in; a range whose words changed is dropped until the next analysis draws it again.
 * A textarea has no DOM ranges inside: its underlines are drawn on a mirror laid over it
 * (textarea-mirror.ts).
 *
 * Hovering an underline, putting the caret in it, or the next-finding shortcut shows its card
 * (card/hint-card.ts) next to the words, with every finding on those words. Its handlers act only
 * on trusted events (`trusted()`, ../trusted.ts): its shadow root is open to page script.
 */
import type { Finding } from '../../engine/report.js';
import { isTextarea, type TextMap } from './editing/text-map.js';
import { selectionFor } from './editing/caret.js';
import { pickLocale, translator, type UiLocale } from '../i18n/messages.js';
import { HintCard } from './card/hint-card.js';
import { frameOffset, intersection, intersects, offsetBox, type Box } from './card/placement.js';
import { TextareaMirror } from './textarea-mirror.js';
import { trusted } from '../trusted.js';
import { findingActionButtons, type FindingAction } from '../finding-actions.js';

/** How long a card shows what its action did, with the Undo. */
const FEEDBACK_MS = 8000;

export const HIGHLIGHT_NAMES = { warning: 'ramah-warning', suggestion: 'ramah-suggestion' } as const;

const HIGHLIGHT_CSS = `
::highlight(${HIGHLIGHT_NAMES.warning}){text-decoration:underline wavy #cf222e;text-decoration-skip-ink:none;text-decoration-thickness:1.5px;text-underline-offset:3px}
::highlight(${HIGHLIGHT_NAMES.suggestion}){text-decoration:underline dotted #9a6700;text-decoration-skip-ink:none;text-underline-offset:3px}
`;

/** A drawn finding: a live range in a rich editor, or a mark of a textarea's mirror. */
interface Span {
  finding: Finding;
  range: Range | null;
  /** The mark's index in the mirror, for a textarea. */
  mark: number;
}

interface Drawn {
  spans: Span[];
  mirror?: TextareaMirror;
}

export interface HintActions {
  apply(composer: HTMLElement, finding: Finding, index: number): void;
  /** Ignore, turn off on this site, report as wrong; the card stays open for `feedback()`. */
  findingAction(composer: HTMLElement, action: FindingAction, finding: Finding): void;
  /** Gives the composer its focus back, with the caret where it was. */
  returnFocus(composer: HTMLElement): void;
}

interface OpenCard {
  view: HintCard;
  composer: HTMLElement;
  spans: Span[];
  /** Opened by the keyboard: it holds the focus, and only Escape, a button or a click elsewhere closes it. */
  byKeyboard: boolean;
  hideTimer?: ReturnType<typeof setTimeout>;
  /** A finding action was chosen in it: it stays, where it is, for its note and Undo. */
  feedback?: boolean;
}

type HighlightRegistry = Map<string, Highlight>;

function registryOf(doc: Document): HighlightRegistry | null {
  const css = doc.defaultView?.CSS as (typeof CSS & { highlights?: HighlightRegistry }) | undefined;
  return css?.highlights ?? null;
}

export class Highlights {
  private readonly drawn = new Map<HTMLElement, Drawn>();
  private readonly styled = new WeakMap<Document | ShadowRoot, CSSStyleSheet | HTMLStyleElement>();
  private readonly watched = new WeakSet<Document>();
  private card: OpenCard | null = null;
  /** The last finding the shortcut went to, and the caret it went from, to go on from there. */
  private lastJump: { composer: HTMLElement; start: number; from: number } | null = null;
  /** The words whose card Escape closed, while the caret is still in them. */
  private dismissed: { composer: HTMLElement; findings: Finding[] } | null = null;
  private hoverFrame = 0;
  private readonly t: ReturnType<typeof translator>;

  constructor(
    private readonly actions: HintActions,
    locale: UiLocale = pickLocale(navigator.language),
    /** Where the card goes: the top document, whatever frame the composer is in. */
    private readonly top: Document = document,
  ) {
    this.t = translator(locale);
  }

  /** Draws the findings of one composer, replacing what it showed before. */
  show(composer: HTMLElement, map: TextMap, findings: readonly Finding[]): void {
    const drawable = findings.filter((finding) => finding.end > finding.start);
    const drawn = this.drawn.get(composer);
    if (drawable.length === 0 && !drawn) return;
    if (map.isTextarea) {
      if (composer.localName !== 'textarea') return; // a single-line input keeps its findings in the sidebar
      this.drawMirror(composer as HTMLTextAreaElement, drawable.map((finding, mark) => ({ finding, range: null, mark })));
    } else {
      const spans: Span[] = [];
      for (const finding of drawable) {
        const range = map.rangeFor(finding.start, finding.end);
        if (range) spans.push({ finding, range, mark: -1 });
      }
      this.drawn.set(composer, { spans });
      this.redraw(composer.ownerDocument);
      if (spans.length > 0) this.ensureStyle(composer);
    }
    if (drawable.length > 0) this.watch(composer.ownerDocument);
    this.refreshCard(composer);
  }

  /** Drops the underlines whose words were edited since they were drawn: cheap, run on every change. */
  prune(composer: HTMLElement): void {
    const drawn = this.drawn.get(composer);
    if (!drawn || drawn.spans.length === 0) return;
    const value = drawn.mirror ? (composer as HTMLTextAreaElement).value : '';
    const kept = drawn.spans.filter(({ range, finding }) =>
      range ? !range.collapsed && range.toString().replace(/\u00a0/g, ' ') === finding.text : value.slice(finding.start, finding.end).replace(/\u00a0/g, ' ') === finding.text,
    );
    if (kept.length === drawn.spans.length) return;
    if (drawn.mirror) this.drawMirror(composer as HTMLTextAreaElement, kept);
    else {
      drawn.spans = kept;
      this.redraw(composer.ownerDocument);
    }
    this.refreshCard(composer);
  }

  clear(composer: HTMLElement): void {
    const drawn = this.drawn.get(composer);
    if (!drawn) return;
    this.drawn.delete(composer);
    drawn.mirror?.destroy();
    this.redraw(composer.ownerDocument);
    if (this.card?.composer === composer) this.hideCard();
    if (this.lastJump?.composer === composer) this.lastJump = null;
  }

  /** The number of underlines drawn for a composer. */
  count(composer: HTMLElement): number {
    return this.drawn.get(composer)?.spans.length ?? 0;
  }

  /** The caret moved in a composer: show the card of the underline it stands in, as hovering does. */
  caretMoved(composer: HTMLElement): void {
    if (this.card?.byKeyboard) return;
    const span = this.spanAtCaret(composer);
    // A card closed with Escape stays closed while the caret stays in its words.
    if (this.dismissed && !(span && this.dismissed.composer === composer && this.dismissed.findings.some((finding) => sameFinding(finding, span.finding)))) this.dismissed = null;
    if (span && !this.dismissed) this.showCard(composer, span);
    // A card saying what its action did stays for its Undo.
    else if (this.card?.composer === composer && !this.card.feedback && !this.card.view.host.matches(':hover')) this.hideCard();
  }

  /**
   * What a finding action did, said in the card it was chosen in (when that card is still open), with
   * an Undo; the card goes after FEEDBACK_MS, or when the pointer leaves it.
   */
  feedback(notice: string, undo?: () => void): void {
    const card = this.card;
    if (!card?.feedback) return;
    const { view, composer } = card;
    const undoing =
      undo &&
      (() => {
        const focused = view.focused;
        this.hideCard();
        if (focused) this.actions.returnFocus(composer);
        undo();
      });
    if (!view.feedback(notice, undoing)) return;
    clearTimeout(card.hideTimer);
    card.hideTimer = setTimeout(() => {
      if (this.card !== card) return;
      const focused = view.focused;
      this.hideCard();
      if (focused) this.actions.returnFocus(composer);
    }, FEEDBACK_MS);
  }

  /**
   * The keyboard's way to the findings: opens the card of the next underline after the text offset
   * `from` (the caret), or after the one the last press opened, going round to the first, and puts
   * the focus in it. False when the composer has no underline.
   */
  next(composer: HTMLElement, from: number): boolean {
    const spans = [...(this.drawn.get(composer)?.spans ?? [])].sort((a, b) => a.finding.start - b.finding.start || a.finding.end - b.finding.end);
    if (spans.length === 0) return false;
    const open = this.card?.composer === composer && this.card.byKeyboard ? this.card : null;
    // Pressed again with the card open, or with the caret where the last press left it: on from there.
    const last = open ? open.spans[0]!.finding.start : this.lastJump?.composer === composer && this.lastJump.from === from ? this.lastJump.start : null;
    const shown = new Set(open?.spans.map((span) => span.finding));
    const target =
      (last === null ? spans.find(({ finding }) => finding.end >= from) : spans.find(({ finding }) => finding.start > last && !shown.has(finding))) ?? spans[0]!;
    this.lastJump = { composer, start: target.finding.start, from };
    this.reveal(composer, target);
    this.showCard(composer, target, { byKeyboard: true });
    return true;
  }

  destroy(): void {
    for (const composer of [...this.drawn.keys()]) this.clear(composer);
    this.hideCard();
  }

  private drawMirror(textarea: HTMLTextAreaElement, spans: Span[]): void {
    let drawn = this.drawn.get(textarea);
    if (!drawn) {
      drawn = { spans: [] };
      this.drawn.set(textarea, drawn);
    }
    drawn.spans = spans.map((span, mark) => ({ ...span, mark }));
    if (spans.length === 0) {
      drawn.mirror?.destroy();
      drawn.mirror = undefined;
      // Nothing to draw and no mirror: the textarea is forgotten until it has findings again.
      this.drawn.delete(textarea);
      return;
    }
    drawn.mirror ??= new TextareaMirror(textarea);
    drawn.mirror.render(
      textarea.value,
      drawn.spans.map(({ finding }) => ({ start: finding.start, end: finding.end, kind: finding.kind })),
    );
  }

  private redraw(doc: Document): void {
    const registry = registryOf(doc);
    const HighlightClass = doc.defaultView?.Highlight;
    if (!registry || !HighlightClass) return;
    const groups = { warning: [] as Range[], suggestion: [] as Range[] };
    for (const [composer, { spans, mirror }] of this.drawn) {
      if (composer.ownerDocument !== doc) continue;
      if (!composer.isConnected) {
        mirror?.destroy();
        this.drawn.delete(composer);
        continue;
      }
      for (const { finding, range } of spans) if (range) groups[finding.kind].push(range);
    }
    for (const kind of ['warning', 'suggestion'] as const) {
      const name = HIGHLIGHT_NAMES[kind];
      const ranges = groups[kind];
      let highlight = registry.get(name);
      if (ranges.length === 0) {
        if (highlight) registry.delete(name);
        continue;
      }
      if (!highlight) {
        highlight = new HighlightClass();
        registry.set(name, highlight);
      }
      highlight.clear();
      for (const range of ranges) highlight.add(range);
    }
  }

  /** The ::highlight rules, in the tree the composer is in, outside its editable root. */
  private ensureStyle(composer: HTMLElement): void {
    const root = composer.getRootNode() as Document | ShadowRoot;
    const doc = composer.ownerDocument;
    const existing = this.styled.get(root);
    if (existing && 'replaceSync' in existing) {
      // A page may reassign its adopted stylesheets: put ours back.
      if (!root.adoptedStyleSheets.includes(existing)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, existing];
      return;
    }
    if (existing && (existing as HTMLStyleElement).isConnected) return;
    const view = doc.defaultView;
    try {
      if (view && 'adoptedStyleSheets' in root) {
        // A constructed stylesheet is not an inline <style>: a strict style-src does not block it.
        const sheet = new view.CSSStyleSheet();
        sheet.replaceSync(HIGHLIGHT_CSS);
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
        this.styled.set(root, sheet);
        return;
      }
    } catch {
      // Fall back to a <style> element.
    }
    const style = doc.createElement('style');
    style.setAttribute('data-ramah', 'highlights');
    style.textContent = HIGHLIGHT_CSS;
    (root.nodeType === 9 ? (doc.head ?? doc.documentElement) : root).append(style);
    this.styled.set(root, style);
  }

  private watch(doc: Document): void {
    if (this.watched.has(doc)) return;
    this.watched.add(doc);
    // Only the agent's pointer and keys (../trusted.ts): page script's own events open and close nothing.
    doc.addEventListener(
      'mousemove',
      trusted((event: MouseEvent) => this.onPointer(doc, event)),
      { passive: true, capture: true },
    );
    doc.addEventListener(
      'keydown',
      trusted((event: KeyboardEvent) => {
        // A card with the focus handles its own keys.
        if (event.key === 'Escape' && this.card && !this.card.view.focused) this.dismissCard();
      }),
      true,
    );
  }

  /** The boxes of a span's words, in its composer's viewport. */
  private rectsOf(composer: HTMLElement, span: Span): DOMRect[] {
    if (span.range) return [...span.range.getClientRects()];
    return this.drawn.get(composer)?.mirror?.rectsOf(span.mark) ?? [];
  }

  /** The part of the composer's viewport where its text shows. */
  private visibleBox(composer: HTMLElement): Box | null {
    const mirror = this.drawn.get(composer)?.mirror;
    if (mirror) return mirror.visibleBox();
    const view = composer.ownerDocument.defaultView;
    if (!view) return null;
    return intersection(composer.getBoundingClientRect(), { left: 0, top: 0, right: view.innerWidth, bottom: view.innerHeight });
  }

  private onPointer(doc: Document, event: MouseEvent): void {
    if (this.hoverFrame) return;
    const { clientX: x, clientY: y } = event;
    this.hoverFrame = (doc.defaultView ?? window).requestAnimationFrame(() => {
      this.hoverFrame = 0;
      const offset = frameOffset(doc.defaultView, this.top.defaultView!);
      if (this.card && offset && this.card.view.contains(x + offset.x, y + offset.y)) {
        this.keepCard();
        return;
      }
      for (const [composer, { spans }] of this.drawn) {
        if (composer.ownerDocument !== doc || spans.length === 0) continue;
        if (!inside(composer.getBoundingClientRect(), x, y, 2)) continue;
        for (const span of spans) {
          const line = this.rectsOf(composer, span).findIndex((rect) => inside(rect, x, y, 2));
          if (line >= 0) {
            this.showCard(composer, span, { line });
            return;
          }
        }
      }
      this.hideCardSoon();
    });
  }

  private spanAtCaret(composer: HTMLElement): Span | undefined {
    const spans = this.drawn.get(composer)?.spans;
    if (!spans || spans.length === 0) return undefined;
    if (isTextarea(composer)) {
      const field = composer as HTMLTextAreaElement;
      if (field.selectionStart !== field.selectionEnd) return undefined;
      const caret = field.selectionStart;
      return spans.find(({ finding }) => finding.start <= caret && caret <= finding.end);
    }
    const selection = selectionFor(composer);
    if (!selection || selection.rangeCount === 0 || !selection.isCollapsed || !selection.anchorNode) return undefined;
    return spans.find(({ range }) => range && !range.collapsed && range.comparePoint(selection.anchorNode!, selection.anchorOffset) === 0);
  }

  /** The findings that share `span`'s words (overlap them), in text order: they share one card. */
  private overlapping(composer: HTMLElement, span: Span): Span[] {
    const spans = this.drawn.get(composer)?.spans ?? [];
    const { start, end } = span.finding;
    return spans.filter(({ finding }) => finding === span.finding || (finding.start < end && finding.end > start)).sort((a, b) => a.finding.start - b.finding.start);
  }

  private showCard(composer: HTMLElement, span: Span, { line = 0, byKeyboard = false, replace = false } = {}): void {
    const spans = this.overlapping(composer, span);
    const card = this.card;
    if (!replace && card && card.composer === composer && sameFindings(card.spans, spans)) {
      this.keepCard();
      if (byKeyboard) {
        card.byKeyboard = true;
        card.view.focusFirst();
      }
      return;
    }
    // The pointer passing over other words does not take away a card the keyboard opened.
    if (!replace && !byKeyboard && card?.byKeyboard) return;
    const wasFocused = card?.view.focused ?? false;
    this.hideCard();
    const doc = composer.ownerDocument;
    const top = this.top;
    const topView = top.defaultView!;
    // The windows whose scrolling moves the words: the composer's frames up to the top.
    const views: Window[] = [];
    for (let view: Window | null = doc.defaultView; view; view = view === topView ? null : (view.frameElement?.ownerDocument.defaultView ?? null)) views.push(view);
    let last: Box | null = null;
    const anchor = (): Box | null => {
      // The span as drawn now: a new analysis draws the same words with a new range or mark.
      const now = this.drawn.get(composer)?.spans.find(({ finding }) => sameFinding(finding, span.finding));
      // Its underline went (ignored, turned off): a card saying so stays where it was.
      if (!now) return last;
      const rects = this.rectsOf(composer, now);
      const rect = rects[Math.min(line, rects.length - 1)];
      const visible = this.visibleBox(composer);
      const offset = frameOffset(doc.defaultView, topView);
      if (!rect || !visible || !offset || !intersects(rect, visible)) return null;
      last = offsetBox(rect, offset.x, offset.y);
      return last;
    };
    const act = (action: () => void) => {
      const focused = this.card?.view.focused ?? false;
      this.hideCard();
      // A card used by the keyboard gives the composer its focus back first, as a click never took it.
      if (focused) this.actions.returnFocus(composer);
      action();
    };
    const view = new HintCard(
      top,
      {
        entries: spans.map(({ finding }) => ({
          finding,
          apply: (index) => act(() => this.actions.apply(composer, finding, index)),
          action: (action) => {
            // The card stays and says what happened, with an Undo (see feedback()).
            if (this.card?.view === view) {
              this.card.feedback = true;
              this.keepCard();
            }
            this.actions.findingAction(composer, action, finding);
          },
        })),
        anchor,
        onEscape: () => {
          this.dismissCard();
          this.actions.returnFocus(composer);
        },
        onLeave: () => this.hideCardSoon(),
        onFocusOut: () => this.hideCard(),
      },
      {
        dialog: 'Ramah',
        undo: this.t('undo'),
        applyLabel: (finding, suggestion) => this.t('applyLabel', { text: finding.text, suggestion }),
        also: this.t('also'),
        alsoMore: (count) => this.t('alsoMore', { count }),
        actions: (finding) => findingActionButtons(this.t, finding),
      },
      views,
    );
    this.card = { view, composer, spans, byKeyboard };
    this.watch(top);
    if (byKeyboard || wasFocused) view.focusFirst();
  }

  /** The composer's underlines changed: the open card goes if its words went, else follows them. */
  private refreshCard(composer: HTMLElement): void {
    const card = this.card;
    if (card?.composer !== composer) return;
    // A card saying what its action did stays, where it was, for its Undo.
    if (card.feedback) {
      card.view.place();
      return;
    }
    const first = card.spans[0]!.finding;
    const now = this.drawn.get(composer)?.spans.find(({ finding }) => sameFinding(finding, first));
    if (!now) {
      if (card.view.focused) this.actions.returnFocus(composer);
      this.hideCard();
      return;
    }
    // The same words drawn again stay in the card; a finding that joined or left them remakes it.
    if (sameFindings(card.spans, this.overlapping(composer, now))) card.view.place();
    else this.showCard(composer, now, { byKeyboard: card.byKeyboard, replace: true });
  }

  /** Scrolls the composer, not the card, so the span's words are in view. */
  private reveal(composer: HTMLElement, span: Span): void {
    const mirror = this.drawn.get(composer)?.mirror;
    if (mirror) mirror.reveal(span.mark);
    const visible = this.visibleBox(composer);
    const rect = this.rectsOf(composer, span)[0];
    if (rect && visible && intersects(rect, visible)) return;
    const element = span.range ? (span.range.startContainer.nodeType === 1 ? (span.range.startContainer as Element) : span.range.startContainer.parentElement) : composer;
    element?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  private keepCard(): void {
    if (this.card?.hideTimer) {
      clearTimeout(this.card.hideTimer);
      this.card.hideTimer = undefined;
    }
  }

  private hideCardSoon(): void {
    if (!this.card || this.card.hideTimer || this.card.byKeyboard || this.card.view.focused) return;
    this.card.hideTimer = setTimeout(() => this.hideCard(), 300);
  }

  /** Closed by Escape: the caret that is in its words does not bring it back. */
  private dismissCard(): void {
    if (!this.card) return;
    this.dismissed = { composer: this.card.composer, findings: this.card.spans.map((span) => span.finding) };
    this.hideCard();
  }

  private hideCard(): void {
    if (!this.card) return;
    clearTimeout(this.card.hideTimer);
    this.card.view.destroy();
    this.card = null;
  }
}

function inside(rect: DOMRect | DOMRectReadOnly, x: number, y: number, slack: number): boolean {
  return x >= rect.left - slack && x <= rect.right + slack && y >= rect.top - slack && y <= rect.bottom + slack;
}

function sameFinding(a: Finding, b: Finding): boolean {
  return a.rule === b.rule && a.start === b.start && a.end === b.end && a.text === b.text;
}

function sameFindings(a: readonly Span[], b: readonly Span[]): boolean {
  return a.length === b.length && a.every((span, i) => sameFinding(span.finding, b[i]!.finding));
}
