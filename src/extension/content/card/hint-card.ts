/**
 * The card of an underline: what is wrong with the words, the rewordings as buttons, and the finding
 * actions (Ignore, Turn off on this site, This warning is wrong; ../../finding-actions.ts), after
 * which the section says what was done, with an Undo. Findings on the same words share one card,
 * each with its own message and buttons. Its handlers act only on trusted events (`trusted()`,
 * ../../trusted.ts): its shadow root is open to page script. The card is
 * its own shadow-root host in the top document, whatever frame the composer is in, so the page's
 * CSS cannot reach it and a frame's edge cannot cut it.
 *
 * The host makes no box (`display: contents`, forced from inside the shadow root): the card itself
 * is fixed in the viewport, placed by placement.ts next to its words, and placed again as the page
 * or the composer scrolls. Nothing the page sets on the host (left, top, transform...) moves it.
 */
import type { Finding } from '../../../engine/report.js';
import type { FindingAction } from '../../finding-actions.js';
import { alsoLines } from '../../finding-also.js';
import { trusted } from '../../trusted.js';
import { adoptCss } from '../textarea-mirror.js';
import { placeCard, type Box } from './placement.js';

const CARD_CSS = `
:host{all:initial!important;display:contents!important}
.card{position:fixed;z-index:2147483647;box-sizing:border-box;max-width:min(340px,calc(100vw - 16px));max-height:calc(100vh - 16px);overflow:auto;padding:8px 10px;font:13px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;background:#fff;border:1px solid #d0d7de;border-radius:8px;box-shadow:0 4px 16px rgb(0 0 0/.18);visibility:visible;opacity:1;pointer-events:auto;text-align:left}
.card[data-placing]{visibility:hidden}
section+section{margin-top:8px;padding-top:8px;border-top:1px solid #d0d7de}
p{margin:0 0 6px}
button{font:inherit;color:inherit;cursor:pointer;border:1px solid #d0d7de;border-radius:6px;background:#f6f8fa;padding:2px 8px;margin:2px 4px 2px 0}
button:hover{background:#eaeef2}
button:focus-visible{outline:2px solid #0969da;outline-offset:1px}
button[data-action=apply]{background:#1f883d;border-color:#1f883d;color:#fff}
.card:focus{outline:none}
.also{margin:-2px 0 6px;color:#57606a;font-size:12px;line-height:1.35}
.also p{margin:0;display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:2;line-clamp:2;overflow:hidden}
.also-label{font-weight:600}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.finding-actions{display:flex;flex-wrap:wrap;gap:0 10px;margin-top:4px}
.finding-actions button{margin:0;padding:1px 0;border:0;background:none;color:#57606a;font-size:12px;text-decoration:underline;text-underline-offset:2px}
.finding-actions button:hover{background:none;color:#1f2328}
@media (prefers-color-scheme:dark){.card{background:#161b22;color:#e6edf3;border-color:#30363d}section+section{border-color:#30363d}button{background:#21262d;border-color:#30363d}.also{color:#8d96a0}}
`;

export interface CardEntry {
  finding: Finding;
  apply(index: number): void;
  /** Ignore, turn off on this site, report as wrong: the section then waits for `feedback()`. */
  action(action: FindingAction): void;
}

export interface CardLabels {
  dialog: string;
  undo: string;
  applyLabel(finding: Finding, suggestion: string): string;
  /** Before the first line of the rules merged into the finding (`Finding.also`). */
  also: string;
  /** The accessible name of "+N", the merged rules past the lines shown. */
  alsoMore(count: number): string;
  /** A finding's action buttons: `data-action` value, visible text and accessible name. */
  actions(finding: Finding): readonly { action: FindingAction; text: string; label: string }[];
}

export interface CardOptions {
  entries: readonly CardEntry[];
  /** The words' box in the top viewport now, or null when they are out of sight. */
  anchor(): Box | null;
  /** Escape in the card. */
  onEscape(): void;
  /** The pointer left the card. */
  onLeave(): void;
  /** The focus left the card for something else on the page. */
  onFocusOut(): void;
}

export class HintCard {
  readonly host: HTMLElement;
  readonly card: HTMLElement;
  private frame = 0;
  private readonly views: Window[] = [];

  constructor(
    private readonly doc: Document,
    private readonly options: CardOptions,
    private readonly labels: CardLabels,
    /** Windows whose scrolling moves the words: the top one and the composer's frames. */
    views: readonly Window[],
  ) {
    this.host = doc.createElement('div');
    this.host.setAttribute('data-ramah', 'card');
    const shadow = this.host.attachShadow({ mode: 'open' });
    adoptCss(shadow, CARD_CSS);
    const card = doc.createElement('div');
    this.card = card;
    card.className = 'card';
    card.setAttribute('role', 'dialog');
    card.setAttribute('aria-label', labels.dialog);
    card.setAttribute('data-placing', '');
    // Focusable, so that the focus stays in the card while a finding action's section waits for its note.
    card.tabIndex = -1;
    for (const entry of options.entries) card.append(this.section(entry, labels));
    // Clicking the card must not take the focus, or the composer's caret, away.
    card.addEventListener('mousedown', (event) => event.preventDefault());
    card.addEventListener('mouseleave', () => options.onLeave());
    card.addEventListener(
      'keydown',
      trusted((event: KeyboardEvent) => this.onKey(event)),
    );
    card.addEventListener('focusout', (event) => {
      const next = event.relatedTarget as Node | null;
      if (next && shadow.contains(next)) return;
      // The focus went to the page (not to nothing, as when the window itself loses it).
      if (next) options.onFocusOut();
    });
    shadow.append(card);
    doc.documentElement.append(this.host);
    for (const view of views) {
      view.addEventListener('scroll', this.placeSoon, { passive: true, capture: true });
      view.addEventListener('resize', this.placeSoon, { passive: true });
      this.views.push(view);
    }
    this.place();
  }

  get buttons(): HTMLButtonElement[] {
    return [...this.card.querySelectorAll('button')];
  }

  /** Whether the card (or a button in it) has the focus. */
  get focused(): boolean {
    // Focus inside a shadow root shows as its host in the document.
    return this.doc.activeElement === this.host;
  }

  /** Whether a point of the top viewport is on the card. */
  contains(x: number, y: number): boolean {
    const rect = this.card.getBoundingClientRect();
    return x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;
  }

  focusFirst(): void {
    this.buttons[0]?.focus({ preventScroll: true });
  }

  /**
   * Says in the section whose action was chosen what it did, with an Undo. False when no section
   * waits for a note.
   */
  feedback(notice: string, undo?: () => void): boolean {
    const section = this.card.querySelector<HTMLElement>('section[data-feedback]');
    if (!section) return false;
    const focused = this.focused;
    const text = this.doc.createElement('p');
    text.setAttribute('role', 'status');
    text.textContent = notice;
    section.replaceChildren(text);
    if (undo) {
      const button = this.doc.createElement('button');
      button.type = 'button';
      button.textContent = this.labels.undo;
      button.setAttribute('data-action', 'undo');
      button.addEventListener(
        'click',
        trusted(() => undo()),
      );
      section.append(button);
      if (focused) button.focus({ preventScroll: true });
    }
    this.place();
    return true;
  }

  /** Next to the words, inside the viewport; hidden while the words are out of sight. */
  place(): void {
    const anchor = this.options.anchor();
    if (!anchor) {
      this.card.style.display = 'none';
      return;
    }
    const style = this.card.style;
    style.display = '';
    // Measured at the viewport's corner, where its width is not cut by the right edge.
    style.left = '0px';
    style.top = '0px';
    const view = this.doc.defaultView!;
    const size = this.card.getBoundingClientRect();
    const viewport = { width: this.doc.documentElement.clientWidth || view.innerWidth, height: this.doc.documentElement.clientHeight || view.innerHeight };
    const { left, top, side } = placeCard(anchor, { width: size.width, height: size.height }, viewport);
    style.left = `${Math.round(left)}px`;
    style.top = `${Math.round(top)}px`;
    this.card.setAttribute('data-side', side);
    this.card.removeAttribute('data-placing');
  }

  destroy(): void {
    if (this.frame) this.doc.defaultView?.cancelAnimationFrame(this.frame);
    for (const view of this.views) {
      view.removeEventListener('scroll', this.placeSoon, { capture: true });
      view.removeEventListener('resize', this.placeSoon);
    }
    this.host.remove();
  }

  private readonly placeSoon = (): void => {
    if (this.frame) return;
    this.frame = this.doc.defaultView!.requestAnimationFrame(() => {
      this.frame = 0;
      this.place();
    });
  };

  private section(entry: CardEntry, labels: CardLabels): HTMLElement {
    const { finding } = entry;
    const doc = this.doc;
    const section = doc.createElement('section');
    section.setAttribute('data-rule', finding.rule);
    const message = doc.createElement('p');
    message.textContent = finding.message;
    section.append(message);
    const also = this.also(finding, labels);
    if (also) section.append(also);
    finding.suggestions.forEach((suggestion, index) => {
      const button = doc.createElement('button');
      button.type = 'button';
      button.textContent = suggestion;
      button.setAttribute('data-action', index === 0 ? 'apply' : 'apply-other');
      button.setAttribute('data-index', String(index));
      button.setAttribute('aria-label', labels.applyLabel(finding, suggestion));
      button.addEventListener(
        'click',
        trusted(() => entry.apply(index)),
      );
      section.append(button);
    });
    const more = doc.createElement('div');
    more.className = 'finding-actions';
    for (const { action, text, label } of labels.actions(finding)) {
      const button = doc.createElement('button');
      button.type = 'button';
      button.textContent = text;
      button.setAttribute('data-action', action);
      button.setAttribute('aria-label', label);
      button.addEventListener(
        'click',
        trusted(() => this.choose(section, entry, action)),
      );
      more.append(button);
    }
    section.append(more);
    return section;
  }

  /**
   * The other rules on these words, one secondary line each under the head message (page and engine text as text):
   * two at most, each cut at two lines (whole in its tooltip), then "+N" with the rest in its tooltip.
   */
  private also(finding: Finding, labels: CardLabels): HTMLElement | null {
    const { shown, hidden } = alsoLines(finding);
    if (shown.length === 0) return null;
    const doc = this.doc;
    const block = doc.createElement('div');
    block.className = 'also';
    shown.forEach((merged, index) => {
      const line = doc.createElement('p');
      line.setAttribute('data-also', merged.rule);
      line.title = merged.message;
      if (index === 0) {
        const label = doc.createElement('span');
        label.className = 'also-label';
        label.textContent = labels.also;
        line.append(label, ' ');
      }
      line.append(merged.message);
      block.append(line);
    });
    if (hidden.length > 0) {
      const more = doc.createElement('span');
      more.className = 'also-more';
      more.setAttribute('data-also-more', String(hidden.length));
      more.title = hidden.map((merged) => merged.message).join('\n');
      const shortText = doc.createElement('span');
      shortText.setAttribute('aria-hidden', 'true');
      shortText.textContent = `+${hidden.length}`;
      const spoken = doc.createElement('span');
      spoken.className = 'sr';
      spoken.textContent = labels.alsoMore(hidden.length);
      more.append(shortText, spoken);
      block.append(more);
    }
    return block;
  }

  /** A finding action: its section empties until `feedback()` says what it did. */
  private choose(section: HTMLElement, entry: CardEntry, action: FindingAction): void {
    // The same width, so that the card does not shrink away from under the pointer.
    this.card.style.minWidth = `${this.card.getBoundingClientRect().width}px`;
    // The focus stays in the card (on the card itself) while its button goes.
    if (this.focused) this.card.focus({ preventScroll: true });
    section.setAttribute('data-feedback', '');
    section.replaceChildren();
    entry.action(action);
  }

  /** Escape closes; Tab and the arrow keys go round the card's buttons. */
  private onKey(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.options.onEscape();
      return;
    }
    const buttons = this.buttons;
    const at = buttons.indexOf(this.host.shadowRoot!.activeElement as HTMLButtonElement);
    if (at < 0 || buttons.length === 0) return;
    let step = 0;
    if (event.key === 'Tab') step = event.shiftKey ? -1 : 1;
    else if (event.key === 'ArrowRight' || event.key === 'ArrowDown') step = 1;
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') step = -1;
    if (step === 0) return;
    event.preventDefault();
    event.stopPropagation();
    buttons[(at + step + buttons.length) % buttons.length]!.focus({ preventScroll: true });
  }
}
