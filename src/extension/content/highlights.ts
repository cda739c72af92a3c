/**
 * Inline hints: warnings underlined with the CSS Custom Highlight API, so nothing is added to the
 * editor's DOM (editors destroy foreign nodes or parse them into their model). The ::highlight
 * style goes into the page's (or the composer's shadow root's) adopted stylesheets, outside the
 * editable root. Ranges are live: they follow the text until the editor replaces the nodes they
 * sit in; a range whose words changed is dropped until the next analysis draws it again.
 *
 * Hovering an underline, or putting the caret in it, shows a small card (its own shadow-root host)
 * with the message, the rewordings as buttons, and "ignore". Its handlers act only on trusted events
 * (`trusted()`, ../trusted.ts): its shadow root is open to page script. A textarea has no DOM ranges inside:
 * its findings are shown in the sidebar only.
 */
import type { Finding } from '../../engine/report.js';
import type { TextMap } from './editing/text-map.js';
import { selectionFor } from './editing/caret.js';
import { pickLocale, translator, type UiLocale } from '../i18n/messages.js';
import { trusted } from '../trusted.js';
import { findingActionButtons, type FindingAction } from '../finding-actions.js';

/** How long a card shows what its action did, with the Undo. */
const FEEDBACK_MS = 8000;

export const HIGHLIGHT_NAMES = { warning: 'ramah-warning', suggestion: 'ramah-suggestion' } as const;

const HIGHLIGHT_CSS = `
::highlight(${HIGHLIGHT_NAMES.warning}){text-decoration:underline wavy #cf222e;text-decoration-skip-ink:none;text-decoration-thickness:1.5px;text-underline-offset:3px}
::highlight(${HIGHLIGHT_NAMES.suggestion}){text-decoration:underline dotted #9a6700;text-decoration-skip-ink:none;text-underline-offset:3px}
`;

const CARD_CSS = `
:host{all:initial!important;display:block!important;position:fixed!important;z-index:2147483647!important;visibility:visible!important;opacity:1!important;transform:none!important;filter:none!important;pointer-events:auto!important}
.card{max-width:320px;padding:8px 10px;font:13px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;background:#fff;border:1px solid #d0d7de;border-radius:8px;box-shadow:0 4px 16px rgb(0 0 0/.18)}
p{margin:0 0 6px}
button{font:inherit;color:inherit;cursor:pointer;border:1px solid #d0d7de;border-radius:6px;background:#f6f8fa;padding:2px 8px;margin:2px 4px 2px 0}
button:hover{background:#eaeef2}
button:focus-visible{outline:2px solid #0969da;outline-offset:1px}
button[data-action=apply]{background:#1f883d;border-color:#1f883d;color:#fff}
.finding-actions{display:flex;flex-wrap:wrap;gap:0 10px;margin-top:4px}
.finding-actions button{margin:0;padding:1px 0;border:0;background:none;color:#57606a;font-size:12px;text-decoration:underline;text-underline-offset:2px}
.finding-actions button:hover{background:none;color:#1f2328}
@media (prefers-color-scheme:dark){.card{background:#161b22;color:#e6edf3;border-color:#30363d}button{background:#21262d;border-color:#30363d}}
`;

interface Span {
  finding: Finding;
  range: Range;
}

export interface HintActions {
  apply(composer: HTMLElement, finding: Finding, index: number): void;
  /** Ignore, turn off on this site, report as wrong; the card stays open for `feedback`. */
  findingAction(composer: HTMLElement, action: FindingAction, finding: Finding): void;
}

type HighlightRegistry = Map<string, Highlight>;

function registryOf(doc: Document): HighlightRegistry | null {
  const css = doc.defaultView?.CSS as (typeof CSS & { highlights?: HighlightRegistry }) | undefined;
  return css?.highlights ?? null;
}

export class Highlights {
  private readonly spans = new Map<HTMLElement, Span[]>();
  private readonly styled = new WeakMap<Document | ShadowRoot, CSSStyleSheet | HTMLStyleElement>();
  private readonly watched = new WeakSet<Document>();
  private card: { host: HTMLElement; composer: HTMLElement; finding: Finding; hideTimer?: ReturnType<typeof setTimeout>; feedback?: boolean } | null = null;
  private hoverFrame = 0;
  private readonly t: ReturnType<typeof translator>;

  constructor(
    private readonly actions: HintActions,
    locale: UiLocale = pickLocale(navigator.language),
  ) {
    this.t = translator(locale);
  }

  /** Draws the findings of one composer, replacing what it showed before. */
  show(composer: HTMLElement, map: TextMap, findings: readonly Finding[]): void {
    const spans: Span[] = [];
    if (!map.isTextarea) {
      for (const finding of findings) {
        if (finding.end <= finding.start) continue;
        const range = map.rangeFor(finding.start, finding.end);
        if (range) spans.push({ finding, range });
      }
    }
    if (spans.length === 0 && !this.spans.has(composer)) return;
    this.spans.set(composer, spans);
    this.redraw(composer.ownerDocument);
    if (spans.length > 0) {
      this.ensureStyle(composer);
      this.watch(composer.ownerDocument);
    }
    if (this.card?.composer === composer && !this.card.feedback && !spans.some((span) => sameFinding(span.finding, this.card!.finding))) this.hideCard();
  }

  /** Drops the ranges whose words were edited since they were drawn: cheap, run on every change. */
  prune(composer: HTMLElement): void {
    const spans = this.spans.get(composer);
    if (!spans || spans.length === 0) return;
    const kept = spans.filter(({ range, finding }) => !range.collapsed && range.toString().replace(/\u00a0/g, ' ') === finding.text);
    if (kept.length === spans.length) return;
    this.spans.set(composer, kept);
    this.redraw(composer.ownerDocument);
    if (this.card?.composer === composer && !this.card.feedback && !kept.some((span) => sameFinding(span.finding, this.card!.finding))) this.hideCard();
  }

  clear(composer: HTMLElement): void {
    if (!this.spans.delete(composer)) return;
    this.redraw(composer.ownerDocument);
    if (this.card?.composer === composer) this.hideCard();
  }

  /** The number of ranges drawn for a composer. */
  count(composer: HTMLElement): number {
    return this.spans.get(composer)?.length ?? 0;
  }

  /** The caret moved in a composer: show the card of the underline it stands in, as hovering does. */
  caretMoved(composer: HTMLElement): void {
    const selection = selectionFor(composer);
    if (!selection || selection.rangeCount === 0 || !selection.isCollapsed || !selection.anchorNode) return;
    const span = this.spans
      .get(composer)
      ?.find(({ range }) => range.comparePoint(selection.anchorNode!, selection.anchorOffset) === 0 && !range.collapsed);
    if (span) this.showCard(composer, span);
    // A card saying what its action did stays for its Undo.
    else if (this.card?.composer === composer && !this.card.feedback && !this.card.host.matches(':hover')) this.hideCard();
  }

  destroy(): void {
    for (const composer of [...this.spans.keys()]) this.clear(composer);
    this.hideCard();
  }

  private redraw(doc: Document): void {
    const registry = registryOf(doc);
    const HighlightClass = doc.defaultView?.Highlight;
    if (!registry || !HighlightClass) return;
    const groups = { warning: [] as Range[], suggestion: [] as Range[] };
    for (const [composer, spans] of this.spans) {
      if (composer.ownerDocument !== doc) continue;
      if (!composer.isConnected) {
        this.spans.delete(composer);
        continue;
      }
      for (const { finding, range } of spans) groups[finding.kind].push(range);
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
    doc.addEventListener(
      'mousemove',
      trusted((event: MouseEvent) => this.onPointer(doc, event)),
      { passive: true, capture: true },
    );
    doc.addEventListener('scroll', () => this.hideCard(), { passive: true, capture: true });
    doc.addEventListener(
      'keydown',
      trusted((event: KeyboardEvent) => {
        if (event.key === 'Escape' && this.card) this.hideCard();
      }),
      true,
    );
  }

  private onPointer(doc: Document, event: MouseEvent): void {
    if (this.hoverFrame) return;
    const { clientX: x, clientY: y } = event;
    this.hoverFrame = (doc.defaultView ?? window).requestAnimationFrame(() => {
      this.hoverFrame = 0;
      if (this.card && this.card.host.ownerDocument === doc && inside(this.card.host.getBoundingClientRect(), x, y, 0)) {
        this.keepCard();
        return;
      }
      for (const [composer, spans] of this.spans) {
        if (composer.ownerDocument !== doc || spans.length === 0) continue;
        if (!inside(composer.getBoundingClientRect(), x, y, 0)) continue;
        const span = spans.find(({ range }) => [...range.getClientRects()].some((rect) => inside(rect, x, y, 2)));
        if (span) {
          this.showCard(composer, span);
          return;
        }
      }
      if (this.card && this.card.host.ownerDocument === doc) this.hideCardSoon();
    });
  }

  private showCard(composer: HTMLElement, span: Span): void {
    if (this.card && this.card.composer === composer && sameFinding(this.card.finding, span.finding)) {
      this.keepCard();
      return;
    }
    this.hideCard();
    const doc = composer.ownerDocument;
    const host = doc.createElement('div');
    host.setAttribute('data-ramah', 'card');
    host.style.cssText = 'all:initial;position:fixed;z-index:2147483647;display:block';
    const shadow = host.attachShadow({ mode: 'open' });
    const view = doc.defaultView!;
    try {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(CARD_CSS);
      shadow.adoptedStyleSheets = [sheet];
    } catch {
      const style = doc.createElement('style');
      style.textContent = CARD_CSS;
      shadow.append(style);
    }
    const { finding } = span;
    const card = doc.createElement('div');
    card.className = 'card';
    card.setAttribute('role', 'dialog');
    card.setAttribute('aria-label', 'Ramah');
    card.setAttribute('data-rule', finding.rule);
    const message = doc.createElement('p');
    message.textContent = finding.message;
    card.append(message);
    finding.suggestions.forEach((suggestion, index) => {
      const button = doc.createElement('button');
      button.type = 'button';
      button.textContent = suggestion;
      button.setAttribute('data-action', index === 0 ? 'apply' : 'apply-other');
      button.setAttribute('data-index', String(index));
      button.setAttribute('aria-label', this.t('applyLabel', { text: finding.text, suggestion }));
      button.addEventListener(
        'click',
        trusted(() => {
          this.hideCard();
          this.actions.apply(composer, finding, index);
        }),
      );
      card.append(button);
    });
    const more = doc.createElement('div');
    more.className = 'finding-actions';
    for (const { action, text, label } of findingActionButtons(this.t, finding)) {
      const button = doc.createElement('button');
      button.type = 'button';
      button.textContent = text;
      button.setAttribute('data-action', action);
      button.setAttribute('aria-label', label);
      button.addEventListener('click', trusted(() => {
        // The card stays where it is and says what happened, with an Undo (see feedback()).
        if (this.card) this.card.feedback = true;
        // The same width, so that the card does not shrink away from under the pointer.
        card.style.minWidth = `${card.getBoundingClientRect().width}px`;
        card.replaceChildren();
        this.actions.findingAction(composer, action, finding);
      }));
      more.append(button);
    }
    card.append(more);
    // Clicking the card must not take the focus, or the composer's caret, away.
    card.addEventListener('mousedown', (event) => event.preventDefault());
    card.addEventListener('mouseleave', () => this.hideCardSoon());
    shadow.append(card);
    doc.documentElement.append(host);

    const rect = span.range.getClientRects()[0] ?? span.range.getBoundingClientRect();
    const width = Math.min(320, view.innerWidth - 16);
    const left = Math.max(8, Math.min(rect.left, view.innerWidth - width - 8));
    const below = rect.bottom + 6;
    host.style.setProperty('left', `${left}px`, 'important');
    host.style.setProperty('top', `${below}px`, 'important');
    const height = host.getBoundingClientRect().height || card.getBoundingClientRect().height;
    if (below + height > view.innerHeight && rect.top - height - 6 > 0) host.style.setProperty('top', `${rect.top - height - 6}px`, 'important');
    this.card = { host, composer, finding };
  }

  /**
   * What a finding action did, said in the card it was chosen in (when that card is still open), with
   * an Undo; the card goes after FEEDBACK_MS, or when the pointer leaves it.
   */
  feedback(notice: string, undo?: () => void): void {
    const card = this.card;
    if (!card?.feedback) return;
    const doc = card.host.ownerDocument;
    const box = card.host.shadowRoot?.querySelector('.card');
    if (!box) return;
    const text = doc.createElement('p');
    text.setAttribute('role', 'status');
    text.textContent = notice;
    box.replaceChildren(text);
    if (undo) {
      const button = doc.createElement('button');
      button.type = 'button';
      button.textContent = this.t('undo');
      button.setAttribute('data-action', 'undo');
      button.addEventListener(
        'click',
        trusted(() => {
          this.hideCard();
          undo();
        }),
      );
      box.append(button);
    }
    clearTimeout(card.hideTimer);
    card.hideTimer = setTimeout(() => this.hideCard(), FEEDBACK_MS);
  }

  private keepCard(): void {
    if (this.card?.hideTimer) {
      clearTimeout(this.card.hideTimer);
      this.card.hideTimer = undefined;
    }
  }

  private hideCardSoon(): void {
    if (!this.card || this.card.hideTimer) return;
    this.card.hideTimer = setTimeout(() => this.hideCard(), 300);
  }

  private hideCard(): void {
    if (!this.card) return;
    clearTimeout(this.card.hideTimer);
    this.card.host.remove();
    this.card = null;
  }
}

function inside(rect: DOMRect | DOMRectReadOnly, x: number, y: number, slack: number): boolean {
  return x >= rect.left - slack && x <= rect.right + slack && y >= rect.top - slack && y <= rect.bottom + slack;
}

function sameFinding(a: Finding, b: Finding): boolean {
  return a.rule === b.rule && a.start === b.start && a.end === b.end && a.text === b.text;
}
