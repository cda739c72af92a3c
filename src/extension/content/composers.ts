/**
 * Keeps track of the page's reply composers: those there at start, those a single-page app adds
 * later, those in same-origin iframes. It tells which composer has or last had the focus, and
 * reports changes to a composer's text, including the editor's own programmatic edits, which fire
 * no `input` event (a MutationObserver on the composer sees them).
 */
import type { SiteAdapter } from './adapters/types.js';
import { fallbackComposers } from './adapters/define-adapter.js';
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
  /**
   * The agent moved the selection inside the composer (arrows, clicks), at most once per frame.
   * Typing moves the caret too, but that is reported as `changed`, not here.
   */
  caret(composer: HTMLElement): void;
  /** The composer took or is about to lose the focus: the moment to record its caret. */
  caretSettled(composer: HTMLElement): void;
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
  /** A textarea's value as last reported, to tell a script's quiet change from it. */
  lastValue?: string;
  /** A change is queued to be reported once, after the current task's events and mutations. */
  queued: boolean;
}

/** Keys that move the caret without editing; any other key's caret move comes with an edit. */
const NAVIGATION_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);

export class ComposerWatcher {
  private readonly tracked = new Map<HTMLElement, Tracked>();
  private readonly documents = new Map<Document, { observer: MutationObserver; listeners: AbortController }>();
  private readonly lastChange = new WeakMap<HTMLElement, number>();
  private rescanTimer: ReturnType<typeof setTimeout> | undefined;
  private caretFrame = 0;
  /**
   * The agent typed since the last caret check: the selection changes that follow are the caret
   * moving with the text, not worth a frame. A click or a navigation key ends it.
   */
  private typing = false;
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
    // The generic detection's editables, coached while the site's own composer was not there yet, give way to it.
    const ownFound = found.some((composer) => !fallbackComposers.has(composer));
    for (const composer of [...this.tracked.keys()]) {
      if (!composer.isConnected || (ownFound && fallbackComposers.has(composer) && !found.includes(composer))) this.untrack(composer);
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
        if (composer) this.events.caretSettled(composer);
      },
      options,
    );
    doc.addEventListener(
      'selectionchange',
      () => {
        if (!this.typing) this.caretSoon(doc);
      },
      options,
    );
    // A textarea's caret moves without a document selectionchange in some browsers. Typed keys
    // are left out: their caret moves with an edit, and asking for a frame after each would cost one.
    doc.addEventListener(
      'keyup',
      (event) => {
        if (NAVIGATION_KEYS.has(event.key) || ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'a')) this.caretMovedByAgent(doc);
      },
      options,
    );
    doc.addEventListener('mouseup', () => this.caretMovedByAgent(doc), options);
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

  private caretMovedByAgent(doc: Document): void {
    this.typing = false;
    this.caretSoon(doc);
  }

  /** One check of the caret in the next frame, however many selection changes come before it. */
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
    this.typing = false;
    this.events.focused(composer);
    this.events.caretSettled(composer);
    clearInterval(this.pollTimer);
    this.pollTimer = undefined;
    if (isTextarea(composer)) {
      const tracked = this.tracked.get(composer);
      this.pollTimer = setInterval(() => {
        if (!tracked || !composer.isConnected) return;
        const value = (composer as unknown as HTMLTextAreaElement).value;
        // Against the value of the last edit reported, not "no edit since the last poll": a page that
        // empties the textarea right after the agent typed (send on Ctrl+Enter) is a change too.
        if (tracked.lastValue !== undefined && value !== tracked.lastValue) this.touch(composer);
        else tracked.lastValue = value;
      }, TEXTAREA_POLL_MS);
    }
  }

  /**
   * One keystroke fires `input` and a batch of mutations: they are reported as one change, after
   * the task, so that the work per keystroke is done once.
   */
  private touch(composer: HTMLElement): void {
    this.lastChange.set(composer, Date.now());
    if (composer === this.active) this.typing = true;
    const tracked = this.tracked.get(composer);
    if (!tracked) return;
    if (isTextarea(composer)) tracked.lastValue = composer.value;
    if (tracked.queued) return;
    tracked.queued = true;
    queueMicrotask(() => {
      tracked.queued = false;
      if (this.tracked.has(composer)) this.events.changed(composer);
    });
  }

  private track(composer: HTMLElement): void {
    if (this.tracked.has(composer)) return;
    const listeners = new AbortController();
    const observer = new MutationObserver(() => this.touch(composer));
    observer.observe(composer, { childList: true, subtree: true, characterData: true });
    composer.addEventListener('input', () => this.touch(composer), { capture: true, signal: listeners.signal });
    this.tracked.set(composer, { observer, listeners, queued: false });
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
