/**
 * Keeps track of the page's reply composers: those there at start, those a single-page app adds
 * later, those in same-origin iframes. It tells which composer has or last had the focus, and
 * reports changes to a composer's text, including the editor's own programmatic edits, which fire
 * no `input` event (a MutationObserver on the composer sees them).
 */
import type { SiteAdapter } from './adapters/types.js';
import { searchRoots } from './adapters/dom.js';
import { isTextarea } from './editing/text-map.js';
import { askBridge } from './editing/bridge.js';

export interface ComposerEvents {
  /** A composer was found. */
  added(composer: HTMLElement): void;
  /** The composer's text may have changed. */
  changed(composer: HTMLElement): void;
  /** The composer took the focus. */
  focused(composer: HTMLElement): void;
  /** The selection moved inside the composer, or is about to leave it. */
  caret(composer: HTMLElement): void;
  /** The composer left the page. */
  removed(composer: HTMLElement): void;
}

/** Rescans after the page stops adding nodes for this long. */
const RESCAN_DELAY_MS = 250;
/** A script may set a textarea's value, which fires nothing: the focused one is checked this often. */
const TEXTAREA_POLL_MS = 1000;

interface Tracked {
  observer: MutationObserver;
  listeners: AbortController;
  lastValue?: string;
}

export class ComposerWatcher {
  private readonly tracked = new Map<HTMLElement, Tracked>();
  private readonly documents = new Map<Document, { observer: MutationObserver; listeners: AbortController }>();
  private readonly lastChange = new WeakMap<HTMLElement, number>();
  private rescanTimer: ReturnType<typeof setTimeout> | undefined;
  private caretFrame = 0;
  private pollTimer: ReturnType<typeof setInterval> | undefined;
  active: HTMLElement | null = null;

  constructor(
    private readonly adapter: SiteAdapter,
    private readonly events: ComposerEvents,
  ) {}

  start(doc: Document = document): void {
    this.watchDocument(doc);
    this.rescan();
  }

  get composers(): HTMLElement[] {
    return [...this.tracked.keys()];
  }

  /** When the composer last changed, as Date.now(); 0 when never seen changing. */
  lastChangeAt(composer: HTMLElement): number {
    return this.lastChange.get(composer) ?? 0;
  }

  /** The composer that holds `node`, if Ramah tracks it. */
  composerOf(node: Node | null): HTMLElement | null {
    if (!node) return null;
    for (const composer of this.tracked.keys()) {
      if (composer === node || composer.contains(node)) return composer;
    }
    return null;
  }

  rescan(): void {
    clearTimeout(this.rescanTimer);
    this.rescanTimer = undefined;
    const top = [...this.documents.keys()][0] ?? document;
    let found: HTMLElement[] = [];
    try {
      found = this.adapter.findComposers(top);
    } catch {
      // A page's markup the adapter did not expect: keep what we have.
    }
    for (const composer of found) this.track(composer);
    for (const composer of [...this.tracked.keys()]) {
      if (!composer.isConnected) this.untrack(composer);
    }
    // Same-origin iframes, including ones added since the last scan.
    for (const root of searchRoots(top)) {
      if (root.nodeType === 9 && !this.documents.has(root as Document)) this.watchDocument(root as Document);
    }
  }

  stop(): void {
    clearTimeout(this.rescanTimer);
    clearInterval(this.pollTimer);
    for (const composer of [...this.tracked.keys()]) this.untrack(composer);
    for (const { observer, listeners } of this.documents.values()) {
      observer.disconnect();
      listeners.abort();
    }
    this.documents.clear();
  }

  private scheduleRescan(): void {
    if (this.rescanTimer !== undefined) return;
    this.rescanTimer = setTimeout(() => this.rescan(), RESCAN_DELAY_MS);
  }

  private watchDocument(doc: Document): void {
    const listeners = new AbortController();
    const options = { capture: true, signal: listeners.signal };
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        if (record.removedNodes.length > 0 && this.tracked.size > 0) {
          for (const composer of this.tracked.keys()) {
            if (!composer.isConnected) {
              this.scheduleRescan();
              return;
            }
          }
        }
        if (record.addedNodes.length === 0) continue;
        // The agent typing in a composer is not a new composer.
        if (this.composerOf(record.target)) continue;
        for (const node of record.addedNodes) {
          if (node.nodeType === 1 && !(node as Element).matches('[data-ramah]')) {
            this.scheduleRescan();
            return;
          }
        }
      }
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true });
    doc.addEventListener(
      'focusin',
      (event) => {
        const target = event.composedPath()[0] as Node;
        let composer = this.composerOf(target);
        if (!composer && target.nodeType === 1 && maybeComposer(target as Element)) {
          this.rescan();
          composer = this.composerOf(target);
        }
        if (composer) this.focus(composer);
      },
      options,
    );
    doc.addEventListener(
      'focusout',
      (event) => {
        const composer = this.composerOf(event.composedPath()[0] as Node);
        if (composer) this.events.caret(composer);
      },
      options,
    );
    doc.addEventListener('selectionchange', () => this.caretSoon(doc), options);
    // A textarea's caret moves without a document selectionchange in some browsers.
    doc.addEventListener('keyup', () => this.caretSoon(doc), options);
    doc.addEventListener('mouseup', () => this.caretSoon(doc), options);
    // An iframe that loads later may hold a composer.
    doc.addEventListener(
      'load',
      (event) => {
        if ((event.target as Element | null)?.localName === 'iframe') this.scheduleRescan();
      },
      options,
    );
    this.documents.set(doc, { observer, listeners });
  }

  private caretSoon(doc: Document): void {
    if (this.caretFrame) return;
    this.caretFrame = (doc.defaultView ?? window).requestAnimationFrame(() => {
      this.caretFrame = 0;
      const composer = this.active;
      if (!composer) return;
      const root = composer.getRootNode() as Document | ShadowRoot;
      const active = root.activeElement;
      if (active && (active === composer || composer.contains(active))) this.events.caret(composer);
    });
  }

  private focus(composer: HTMLElement): void {
    this.active = composer;
    this.events.focused(composer);
    this.events.caret(composer);
    clearInterval(this.pollTimer);
    this.pollTimer = undefined;
    if (isTextarea(composer)) {
      const tracked = this.tracked.get(composer);
      this.pollTimer = setInterval(() => {
        if (!tracked || !composer.isConnected) return;
        const value = (composer as unknown as HTMLTextAreaElement).value;
        if (tracked.lastValue !== undefined && value !== tracked.lastValue) this.touch(composer);
        tracked.lastValue = value;
      }, TEXTAREA_POLL_MS);
    }
  }

  private touch(composer: HTMLElement): void {
    this.lastChange.set(composer, Date.now());
    const tracked = this.tracked.get(composer);
    if (tracked && isTextarea(composer)) tracked.lastValue = (composer as unknown as HTMLTextAreaElement).value;
    this.events.changed(composer);
  }

  private track(composer: HTMLElement): void {
    if (this.tracked.has(composer)) return;
    const listeners = new AbortController();
    const observer = new MutationObserver(() => this.touch(composer));
    observer.observe(composer, { childList: true, subtree: true, characterData: true });
    composer.addEventListener('input', () => this.touch(composer), { capture: true, signal: listeners.signal });
    this.tracked.set(composer, { observer, listeners });
    // Lets the bridge learn about the editor early (ProseMirror's view is caught on its next update).
    askBridge(composer, { op: 'probe' });
    this.events.added(composer);
    const root = composer.getRootNode() as Document | ShadowRoot;
    if (root.activeElement === composer || (root.activeElement && composer.contains(root.activeElement))) this.focus(composer);
  }

  private untrack(composer: HTMLElement): void {
    const tracked = this.tracked.get(composer);
    if (!tracked) return;
    tracked.observer.disconnect();
    tracked.listeners.abort();
    this.tracked.delete(composer);
    if (this.active === composer) this.active = null;
    this.events.removed(composer);
  }
}

function maybeComposer(element: Element): boolean {
  return isTextarea(element) || (element as HTMLElement).isContentEditable === true;
}
