/**
 * Ramah's content script on the helpdesks. A draft travels one way:
 * composer → text map → analyze() → report → highlights and sidebar; an action in the sidebar or
 * an underline's card goes back through editing/ into the composer.
 *
 * Analysis runs when typing pauses, on the composer that has or last had the focus, and is skipped
 * when neither the draft nor the customer's message changed. The sidebar is made on the first
 * composer, not with the page.
 */
import browser from 'webextension-polyfill';
// The engine runs in the worker (background/analysis.ts): here only how a text is cut to its end, and the report mapped back.
import { reportForWhole, tailOf } from '../../engine/tail.js';
import type { Finding, Language, Phrase, Report } from '../../engine/report.js';
import type { FilledText, PlaceholderValues } from '../../engine/packs/placeholders.js';
import type { SiteConfig } from '../settings/index.js';
import { PACKS_KEY } from '../packs/types.js';
import { withNamePlaceholder } from '../packs/name-placeholder.js';
import { SETTINGS_KEY } from '../settings/model.js';
import { onStoredChange } from '../settings/store.js';
import { ask } from '../messaging.js';
import { translator, type UiLocale } from '../i18n/messages.js';
import { uiLocaleOf } from '../i18n/ui-locale.js';
import { LatestAnalysis } from './latest-analysis.js';
import { MAX_EARLIER_MESSAGES, type AnalysisInput, type AnalysisReply, type FindingRef, type SidePanelAction, type TabMessage } from '../protocol.js';
import { createSidebar, type PhraseToSave, type SaveResult, type Sidebar, type SidebarActions, type SidebarState } from '../sidebar/index.js';
import { adapterFor, type SiteAdapter } from './adapters/index.js';
import { ComposerWatcher } from './composers.js';
import { focusComposer, hasFocus, readCaret, writeCaret, type TextSpan } from './editing/caret.js';
import { applyEdit, copyText, type EditResult } from './editing/insert.js';
import { isTextarea, readComposer } from './editing/text-map.js';
import { Highlights } from './highlights.js';
import { composerBoxOf, topBarBox, visibleBoxOf } from './regions.js';
import { SidePanelLink, type Reply } from './side-panel-link.js';
import { orderIdIn } from './order-id.js';
import { walkStep, type PlaceholderWalk } from './placeholder-walk.js';
import { needsAttention } from '../../engine/attention.js';
import { IgnoredFindings, ignoreKey } from '../feedback/ignored.js';
import { addWrongWarning, removeWrongWarning, sentenceAround } from '../feedback/reports.js';
import type { FindingAction } from '../finding-actions.js';
import { claimPage } from './single-instance.js';
import type { NoteKind } from '../../engine/notes.js';
import { noteComposer, replyComposer, ticketReference } from './note-target.js';
import type { NoteAddressee } from '../note-kinds.js';
import { WeekRecorder } from './week-recorder.js';
import { isDeletingKey, leadingLetters, leftWith, lookAt, MIN_REPLY_LENGTH, replyLength, ticketKeyOf, type HeldReply } from './finished-reply.js';
import { countHardTicket } from '../breathing/log.js';

/** Long enough to skip most keystrokes, short enough to feel immediate. */
const TYPING_PAUSE_MS = 200;
/** The customer's message is re-read from the page at most this often per composer. */
const CONTEXT_TTL_MS = 2000;
/** The User Timing measure of one pause's work on the page: reading the draft to ask, or drawing the report that came back. */
export const COACH_MEASURE = 'ramah:coach';
/** The User Timing measure of one analysis from the page's asking to its report drawn (the worker's time included). */
export const ANALYSIS_MEASURE = 'ramah:analysis';
/**
 * At most this often the content script tells the worker that the agent is at a composer, so that the engine is warm at
 * the pause; and once more at the first change after an analysis was asked, if its reply is older than
 * `REPLY_FRESH_MS` (`prepareEngine`).
 */
const PREPARE_EVERY_MS = 10_000;
/** A worker that replied this recently is taken to be running still: it stops when idle for 30 s, seldom sooner. */
const REPLY_FRESH_MS = 3_000;
/** The User Timing measure of Document this (or the hand-over), from the click to the note written. */
export const NOTE_MEASURE = 'ramah:note';
/** The event on the composer that reports each edit's result (debug only). */
export const EDITED_EVENT = 'ramah:edited';

interface ComposerState {
  /** The input of the last analysis: draft, customer's message, audience. */
  key?: string;
  /** The analyses asked of the worker: only the last one's report is drawn. */
  analyses?: LatestAnalysis<AnalysisInput, AnalysisReply>;
  report?: Report;
  /** The composer's text the report was made from. */
  analysedText?: string;
  /** Only the end of the draft or of the customer's message was analysed: they were too long. */
  cut?: boolean;
  caret?: TextSpan;
  timer?: ReturnType<typeof setTimeout>;
  /** When the pending analysis is due (performance.now()); typing pushes it back without a new timer. */
  due?: number;
  context?: {
    at: number;
    /** The page's address when it was read: another ticket opened reads it anew. */
    href: string;
    customerMessage?: string;
    /** The customer's messages before it, oldest first, where the page shows the thread. */
    earlierCustomerMessages: string[];
    customerMessageElement?: Element;
    customerName?: string;
    orderId?: string;
    audience: 'customer' | 'internal';
    ticket: string;
    /** The ticket as the take-a-breath card counts it: once per ticket. */
    hardTicket: string;
  };
  /** How the draft addresses the customer ("Kak Rina"), for `{customer_name}`. */
  addressed?: string;
  /** The reply this composer holds, to tell when it is finished (sent, or cleared by the page). */
  held?: HeldReply | null;
  /** The agent's own deleting left the composer empty: starting over, not sending. */
  emptiedByAgent?: boolean;
  /** The agent pressed a deleting key, and the editor has not applied it yet. */
  deletionPending?: boolean;
}

/** The ticket a page shows: helpdesks are single-page apps that change the address per ticket. */
const ticketKey = () => location.origin + location.pathname + location.search;

function isFocused(composer: HTMLElement): boolean {
  const active = composer.ownerDocument.activeElement;
  return !!active && (active === composer || composer.contains(active));
}

class Coach {
  private readonly states = new WeakMap<HTMLElement, ComposerState>();
  private readonly watcher: ComposerWatcher;
  private readonly highlights: Highlights;
  /** When the worker was last told to prepare the engine (performance.now()). */
  private preparedAt = -Infinity;
  /** When an analysis was last asked of the worker (performance.now()). */
  private askedAt = -Infinity;
  /** When the worker last replied to an analysis (performance.now()). */
  private answeredAt = -Infinity;
  private sidebar: Sidebar | null = null;
  private editing = false;
  private rectFrame = 0;
  /** The sidebar's drawing for a composer that came or took the focus, in a task of its own (`showInSidebarSoon`). */
  private sidebarSoon: ReturnType<typeof setTimeout> | undefined;
  /** Ramah's own words, in the language the agent chose; a new choice makes a new Coach. */
  readonly uiLocale: UiLocale;
  private readonly t: ReturnType<typeof translator>;
  /** What the sidebar's buttons do, in the page and in the browser's side panel alike. */
  private readonly actions: SidebarActions;
  /** Pinned to the side panel, but the agent asked for the panel in the page with the shortcut while none was open. */
  private inPageAnyway = false;
  private lastRegions = '';
  /** The tickets in which the agent collapsed the panel: it stays collapsed there, and only there. */
  private readonly collapsedIn = new Set<string>();

  /** What the last finding action did, for the notice's Undo. */
  private undo: (() => void) | null = null;
  /** The placeholders of the phrase inserted last, which Tab walks. */
  private walk: PlaceholderWalk | null = null;
  private readonly keyed = new WeakSet<Document>();
  /** Counts for the agent's week in review: what became of each finding, what finished replies missed. */
  private readonly week: WeekRecorder;
  /** The documents whose composers are watched for the agent's own deleting. */
  private readonly deletionWatched = new WeakSet<Document>();
  private readonly listeners = new AbortController();
  /** Stopping takes every composer off the watch list: that is no reply leaving the page. */
  private stopped = false;

  constructor(
    private readonly adapter: SiteAdapter,
    private setup: CoachSetup,
    private readonly sidePanel: SidePanelLink,
    private readonly ignored: IgnoredFindings,
  ) {
    this.uiLocale = uiLocaleOf(setup.config.uiLanguage);
    this.t = translator(this.uiLocale);
    this.week = new WeekRecorder(setup.config.recordWeek.value);
    this.actions = {
      applySuggestion: (finding, index) => {
        const composer = this.current();
        if (composer) void this.apply(composer, finding, index);
      },
      insertPhrase: (text, unfilled) => void this.insertPhrase(text, unfilled),
      findingAction: (action, finding) => {
        const composer = this.current();
        if (composer) void this.findingAction(composer, action, finding);
      },
      undo: () => this.undoLast(),
      setCollapsed: (collapsed) => {
        if (collapsed) this.collapsedIn.add(ticketKey());
        else this.collapsedIn.delete(ticketKey());
      },
      copy: (text) => void copyText(this.current(), text).then((copied) => this.notify(copied ? this.t('notice.copiedOnly') : '')),
      focusComposer: () => this.returnFocus(),
      selectedText: () => this.selectedText(),
      savePhrase: (phrase) => this.savePhrase(phrase),
      pinToSidePanel: () => this.pin(true, true),
      writeNote: (kind, to) => void this.writeNote(kind, undefined, to),
      dismissBreathing: () => this.sidebar?.update({ breathing: null }),
    };
    this.highlights = new Highlights(
      {
        apply: (composer, finding, index) => void this.apply(composer, finding, index),
        findingAction: (composer, action, finding) => void this.findingAction(composer, action, finding),
        returnFocus: (composer) => this.returnFocus(composer),
      },
      this.uiLocale,
    );
    this.watcher = new ComposerWatcher(adapter, {
      added: (composer) => {
        if (isFocused(composer)) this.prepareEngine();
        this.watchDeletions(composer.ownerDocument);
        this.schedule(composer, 0);
        this.showInSidebarSoon();
      },
      changed: (composer) => {
        this.prepareEngine();
        this.followReply(composer);
        this.highlights.prune(composer);
        this.schedule(composer);
      },
      focused: (composer) => {
        this.prepareEngine();
        this.schedule(composer, 0);
        this.showInSidebarSoon();
      },
      // Moving the caret only looks for an underline under it; its text offsets, which take a
      // walk over the composer's text, are read when the composer gains or loses the focus.
      caret: (composer) => this.highlights.caretMoved(composer),
      caretSettled: (composer) => {
        const caret = readCaret(composer);
        if (caret) this.state(composer).caret = caret;
        this.highlights.caretMoved(composer);
      },
      removed: (composer) => {
        const finished = this.stopped ? null : leftWith(this.states.get(composer)?.held ?? null);
        if (finished) this.week.finished(composer);
        else this.week.discarded(composer);
        if (finished?.hard) void this.breathe(finished.ticket);
        clearTimeout(this.states.get(composer)?.timer);
        this.states.get(composer)?.analyses?.drop();
        this.week.removed(composer);
        this.highlights.clear(composer);
        this.states.delete(composer);
        if (this.watcher.active === null) {
          this.sidebar?.update({ report: null, composerRect: null, pageRegions: undefined });
          if (this.sidePanel.connected) this.sidePanel.send({ kind: 'state', state: { report: null, placeholders: {}, pinned: this.setup.config.sidePanel, locale: this.uiLocale } });
        }
      },
    });
  }

  /** New settings or packs: every composer is coached again with them. */
  reconfigure(setup: CoachSetup): void {
    this.setup = setup;
    this.week.setEnabled(setup.config.recordWeek.value);
    if (setup.config.sidePanel) this.inPageAnyway = false;
    if (!setup.config.breathingCard.value) this.sidebar?.update({ breathing: null });
    this.sidebar?.update({ allPhrases: this.phrases() });
    if (this.sidePanel.connected) this.sidePanel.send({ kind: 'phrases', phrases: this.phrases() });
    for (const composer of this.watcher.composers) {
      const state = this.states.get(composer);
      // An analysis on its way was made with the old setup: its report is dropped.
      if (state) {
        state.key = undefined;
        state.analyses?.drop();
      }
      this.schedule(composer, 0);
    }
  }

  /**
   * The agent is at a composer: the worker prepares the engine now, if it has not (it may have been stopped since), so
   * that it is warm at the typing pause. A cold worker costs the first report some time, never the page any. Told again
   * at the first keystroke after an analysis was asked, once its reply is a few seconds old: a worker stopped in between
   * (the browser stops one idle, or one that it needs the memory of) starts and prepares while the agent types the next
   * words, not at the pause after them (about 300 ms of the ~600 a cold worker takes to the first report). A reply
   * younger than that says the worker runs: while the agent types, replies come every few seconds, and a message per
   * analysis would double the messages to the worker.
   */
  private prepareEngine(): void {
    const now = performance.now();
    const askedSince = this.askedAt > this.preparedAt && now - this.answeredAt > REPLY_FRESH_MS;
    if (now - this.preparedAt < PREPARE_EVERY_MS && !askedSince) return;
    this.preparedAt = now;
    void ask({ kind: 'engine-prepare' }).catch(() => {});
  }

  /** The phrases to search and insert: the note templates go into internal notes, never into a reply. */
  private phrases(): readonly Phrase[] {
    return this.setup.phrases;
  }

  stop(): void {
    this.stopped = true;
    this.listeners.abort();
    clearTimeout(this.sidebarSoon);
    this.sidebarSoon = undefined;
    this.walk = null;
    this.week.stop();
    this.watcher.stop();
    this.highlights.destroy();
    this.sidebar?.destroy();
    this.sidebar = null;
    this.sidePanel.attach(null);
    removeEventListener('scroll', this.onViewport, { capture: true });
    removeEventListener('resize', this.onViewport);
  }

  private readonly onViewport = () => {
    if (this.rectFrame) return;
    this.rectFrame = requestAnimationFrame(() => {
      this.rectFrame = 0;
      const active = this.current();
      if (!active || !this.sidebar) return;
      const regions = this.regions(active);
      const key = JSON.stringify(regions);
      if (key === this.lastRegions) return;
      this.lastRegions = key;
      this.sidebar.update(regions);
    });
  };

  /** What the panel keeps clear of: this composer, the customer's message it answers, the top bar, the other composers. */
  private regions(composer: HTMLElement) {
    const viewport = { width: document.documentElement.clientWidth || innerWidth, height: innerHeight };
    const message = this.context(composer).customerMessageElement;
    const others = this.watcher.composers.filter((other) => other !== composer && other.isConnected).map((other) => visibleBoxOf(other, viewport));
    return {
      composerRect: composerBoxOf(composer),
      pageRegions: {
        customerMessage: message?.isConnected ? visibleBoxOf(message, viewport) : null,
        topBar: topBarBox(document, this.sidebar?.host ?? null),
        others: others.filter((box): box is NonNullable<typeof box> => box !== null),
      },
    };
  }

  start(): void {
    this.watcher.start(document);
    this.sidePanel.attach({ connected: (reply) => this.greetSidePanel(reply), action: (action, reply) => this.onSidePanelAction(action, reply) });
    addEventListener('scroll', this.onViewport, { passive: true, capture: true });
    addEventListener('resize', this.onViewport, { passive: true });
  }

  /** The composer that has or last had the focus, else the first reply to the customer, else the first. */
  private current(): HTMLElement | null {
    const active = this.watcher.active;
    if (active?.isConnected) return active;
    const all = this.watcher.composers;
    return all.find((composer) => this.context(composer).audience === 'customer') ?? all[0] ?? null;
  }

  private state(composer: HTMLElement): ComposerState {
    let state = this.states.get(composer);
    if (!state) {
      state = {};
      this.states.set(composer, state);
    }
    return state;
  }

  /**
   * Analysis after `delay` without a change. Called on every keystroke, so it only moves the due
   * time: the one timer, when it fires early, waits for the rest.
   */
  private schedule(composer: HTMLElement, delay = TYPING_PAUSE_MS): void {
    const state = this.state(composer);
    const due = performance.now() + delay;
    if (state.timer !== undefined && state.due !== undefined && state.due <= due) {
      state.due = due;
      return;
    }
    clearTimeout(state.timer);
    state.due = due;
    const wait = () => {
      const left = (state.due ?? 0) - performance.now();
      if (left > 1) {
        state.timer = setTimeout(wait, left);
        return;
      }
      state.timer = undefined;
      state.due = undefined;
      void this.coach(composer);
    };
    state.timer = setTimeout(wait, delay);
  }

  private context(composer: HTMLElement): NonNullable<ComposerState['context']> {
    const state = this.state(composer);
    const now = Date.now();
    // Another ticket opened in the same page (a helpdesk is a single-page app) is another customer: read it at once.
    if (state.context && now - state.context.at < CONTEXT_TTL_MS && state.context.href === location.href) return state.context;
    const doc = composer.ownerDocument;
    const read = <T>(get: () => T): T | undefined => {
      try {
        return get();
      } catch {
        return undefined;
      }
    };
    const customerMessage = read(() => this.adapter.customerMessage(composer, doc));
    const adapterTicket = read(() => this.adapter.ticketId?.(composer, doc));
    state.context = {
      at: now,
      href: location.href,
      customerMessage,
      earlierCustomerMessages: read(() => this.adapter.earlierCustomerMessages?.(composer, doc)) ?? [],
      customerMessageElement: read(() => this.adapter.customerMessageElement(composer, doc)),
      orderId: read(() => this.adapter.orderId?.(composer, doc)) ?? orderIdIn(customerMessage),
      customerName: read(() => this.adapter.customerName(composer, doc)),
      audience: read(() => this.adapter.audience(composer)) ?? 'customer',
      ticket: ticketOf(adapterTicket),
      hardTicket: ticketKeyOf(location.href, adapterTicket),
    };
    return state.context;
  }

  /**
   * Coaches a composer after a pause: asks the worker for an analysis of the draft as it reads now, and draws the
   * report when it comes back, unless the draft or what it answers changed since (a newer analysis is asked for then).
   * A draft analysed already is drawn again at once. Resolves once the report is drawn or dropped.
   */
  private coach(composer: HTMLElement): Promise<void> {
    if (!composer.isConnected) return Promise.resolve();
    const started = performance.now();
    const state = this.state(composer);
    try {
      const asking = this.analysisOf(composer);
      if (asking.key === state.key && state.report) {
        // An analysis on its way is for a draft that is gone (the agent typed and took it back).
        state.analyses?.drop();
        this.draw(composer, asking.map);
        return Promise.resolve();
      }
      return this.askWorker(composer, asking, started);
    } finally {
      // The main-thread cost of one pause (a User Timing entry the page can read: only with the debug setting on).
      if (this.setup.config.debug) performance.measure(COACH_MEASURE, { start: started, end: performance.now() });
    }
  }

  /** What one analysis of the composer asks, and its key: the draft's end, the customer's message, the page's names. */
  private analysisOf(composer: HTMLElement) {
    const map = readComposer(composer);
    const context = this.context(composer);
    // A pasted log or a long thread is cut to its end, so that one analysis always fits in a typing pause.
    const draft = tailOf(map.text);
    const customer = context.customerMessage === undefined ? undefined : tailOf(context.customerMessage);
    const input: AnalysisInput = {
      draft: draft.text,
      ...(customer ? { customerMessage: customer.text } : {}),
      earlierCustomerMessages: context.earlierCustomerMessages.slice(-MAX_EARLIER_MESSAGES).map((message) => tailOf(message).text),
      ...(context.customerName ? { customerName: context.customerName.slice(0, 200) } : {}),
      ...(context.orderId ? { orderId: context.orderId.slice(0, 200) } : {}),
      audience: context.audience,
      messageLanguage: this.uiLocale,
    };
    const key = JSON.stringify([input, map.text.length]);
    return { map, input, key, draftOffset: draft.offset, customerOffset: customer?.offset, cut: draft.cut || (customer?.cut ?? false) };
  }

  private async askWorker(composer: HTMLElement, asking: ReturnType<Coach['analysisOf']>, started: number): Promise<void> {
    const state = this.state(composer);
    state.analyses ??= new LatestAnalysis((input) => ask({ kind: 'analyze', input }));
    this.askedAt = performance.now();
    const reply = await state.analyses.ask(asking.key, asking.input).catch((error: unknown): AnalysisReply => ({ ok: false, message: (error as Error)?.message || String(error) }));
    if (reply?.ok) this.answeredAt = performance.now();
    // Another analysis was asked for since (the draft changed, or the settings), Ramah stopped here, or the composer is
    // no longer one (a page's other editable, coached until the adapter found the real composer): this one is dropped;
    // or another pause asked for the same and drew it already.
    if (reply === null || this.stopped || this.states.get(composer) !== state || !composer.isConnected) return;
    if (state.key === asking.key && state.report) return;
    if (!reply?.ok) {
      // As when the engine ran in the page: the error in the console, and the last report stays.
      console.error(`[Ramah] the analysis failed: ${reply?.message ?? 'no answer from the extension'}`);
      return;
    }
    const drawnFrom = performance.now();
    const now = this.analysisOf(composer);
    if (now.key !== asking.key) {
      // The draft changed while the worker analysed it: the report is for a draft that is gone. A pause due asks again.
      if (state.timer === undefined) void this.coach(composer);
      return;
    }
    state.key = asking.key;
    state.report = reportForWhole(reply.report, asking.draftOffset, asking.customerOffset);
    state.addressed = reply.addressed;
    state.cut = asking.cut;
    this.draw(composer, now.map);
    if (this.setup.config.debug) {
      performance.measure(COACH_MEASURE, { start: drawnFrom, end: performance.now() });
      performance.measure(ANALYSIS_MEASURE, { start: started, end: performance.now() });
    }
  }

  /** Draws the composer's report: underlines, sidebar, the week's counts. */
  private draw(composer: HTMLElement, map: ReturnType<typeof readComposer>): void {
    const state = this.state(composer);
    state.analysedText = map.text;
    const visible = this.visible(state);
    this.week.observe(composer, visible, map.text, this.context(composer).hardTicket);
    this.followReply(composer, map.text);
    // Drawn again even when the text is unchanged: an edit and its undo may have pruned the ranges.
    this.highlights.show(composer, map, visible.findings);
    if (composer === this.current()) {
      // A drawing already due draws this report too.
      if (this.sidebarSoon === undefined) this.showInSidebar(composer);
      if (state.cut) this.notify(this.t('notice.cut'));
    }
  }

  /**
   * Follows the reply to the customer that the composer holds: when the page empties it (sent), the
   * week in review counts it and, if its customer was abusive or threatening, the take-a-breath card
   * is due; emptied any other way, it was no reply. Called on every change, with the start of the
   * composer's text, since the page may empty it before typing pauses (Ctrl+Enter right after the last
   * word), and after each analysis with its whole text. Internal notes are not replies.
   */
  private followReply(composer: HTMLElement, text = leadingText(composer, MIN_REPLY_LENGTH)): void {
    const state = this.state(composer);
    const context = this.context(composer);
    // The agent's own deleting is judged once the editor has applied it (see watchDeletions).
    if (state.deletionPending) return;
    if (context.audience !== 'customer') {
      if (replyLength(text) === 0) this.week.discarded(composer);
      return;
    }
    const hard = state.report?.signals.some((signal) => signal.signal === 'abuse' || signal.signal === 'threat') ?? false;
    const { held, finished } = lookAt(state.held ?? null, { text, ticket: context.hardTicket, hard, emptiedByAgent: state.emptiedByAgent === true });
    state.held = held;
    if (held) state.emptiedByAgent = false;
    if (finished) this.week.finished(composer);
    else if (!held) this.week.discarded(composer);
    if (finished?.hard) void this.breathe(finished.ticket);
  }

  /**
   * The agent deleting or cutting text, or undoing, in a composer: if that leaves it empty, the agent
   * started over, and no reply was sent. Read after the editor has handled the key; until then the
   * change it makes is not judged.
   */
  private watchDeletions(doc: Document): void {
    if (this.deletionWatched.has(doc)) return;
    this.deletionWatched.add(doc);
    const check = (event: Event) => {
      if (!event.isTrusted) return;
      const composer = this.watcher.composerOf(event.composedPath()[0] as Node);
      if (!composer) return;
      const state = this.state(composer);
      state.deletionPending = true;
      setTimeout(() => {
        state.deletionPending = false;
        if (!composer.isConnected || replyLength(leadingText(composer, 1)) > 0) return;
        state.emptiedByAgent = true;
        state.held = null;
        this.week.discarded(composer);
      }, 0);
    };
    const options = { capture: true, signal: this.listeners.signal };
    doc.addEventListener('keydown', (event) => isDeletingKey(event) && check(event), options);
    doc.addEventListener('cut', check, options);
    doc.addEventListener('beforeinput', (event) => /^(delete|history)/.test(event.inputType) && check(event), options);
  }

  /** The take-a-breath card, once per ticket and day, unless the agent or the admin turned it off. */
  private async breathe(ticket: string): Promise<void> {
    const counted = await countHardTicket(ticket, this.setup.config.breathingCard.value);
    if (!counted?.first || this.stopped) return;
    if (!this.inPage) {
      // Pinned to the browser's side panel: the card shows there, if it is open.
      if (this.sidePanel.connected) this.sidePanel.send({ kind: 'breathing', count: counted.count });
      return;
    }
    const sidebar = this.ensureSidebar();
    if (!sidebar) return;
    const composer = this.current();
    // With no composer left on the page, the card still keeps off the helpdesk's top bar.
    const regions = composer ? this.regions(composer) : { pageRegions: { topBar: topBarBox(document, sidebar.host) } };
    sidebar.update({ ...regions, breathing: { count: counted.count } });
  }

  /** The report without the findings the agent ignored in this ticket. */
  private visible(state: ComposerState): Report {
    const report = state.report!;
    const ticket = state.context?.ticket;
    if (this.ignored.size === 0 || ticket === undefined) return report;
    return { ...report, findings: report.findings.filter((finding) => !this.ignored.has(ignoreKey(ticket, finding))) };
  }

  /** Every composer drawn again, without re-reading: findings were ignored or brought back. */
  refresh(): void {
    for (const composer of this.watcher.composers) void this.coach(composer);
  }

  /**
   * What the phrases' placeholders stand for here: the customer as the draft already addresses them
   * ("Kak Rina"), else as the page names them; the order id from the thread; the agent's name from the options.
   */
  private placeholders(composer: HTMLElement): PlaceholderValues {
    const context = this.context(composer);
    const values: PlaceholderValues = {};
    const name = this.states.get(composer)?.addressed ?? context.customerName;
    if (name) values.customer_name = name;
    if (context.orderId) values.order_id = context.orderId;
    if (this.setup.config.agentName) values.agent_name = this.setup.config.agentName;
    return values;
  }

  /** What the sidebar shows for a composer, in the page or in the side panel. */
  private viewOf(composer: HTMLElement): Pick<SidebarState, 'report' | 'placeholders' | 'composerLabel' | 'audience'> {
    const state = this.states.get(composer);
    const audience = this.context(composer).audience;
    const role = audience === 'internal' ? 'role.note' : 'role.reply';
    return { report: state?.report ? this.visible(state) : null, placeholders: this.placeholders(composer), composerLabel: this.t(role), audience };
  }

  /** The panel in the page is shown unless the agent pinned Ramah to the browser's side panel on this site. */
  private get inPage(): boolean {
    return !this.setup.config.sidePanel || this.inPageAnyway;
  }

  /**
   * The sidebar drawn for the current composer, after the page's own handling of the event that brought it (the click
   * into it, the composer added): the panel's first opening lays out all of it, and in the page's click it made one
   * long task of the two. The analysis due at once (`schedule(composer, 0)`) runs first and leaves the sidebar to this.
   */
  private showInSidebarSoon(): void {
    if (this.sidebarSoon !== undefined) return;
    this.sidebarSoon = setTimeout(() => {
      this.sidebarSoon = undefined;
      const composer = this.current();
      if (composer && !this.stopped) this.showInSidebar(composer);
    }, 0);
  }

  private showInSidebar(composer: HTMLElement): void {
    const view = this.viewOf(composer);
    if (this.sidePanel.connected) this.sidePanel.send({ kind: 'state', state: { ...view, pinned: this.setup.config.sidePanel, locale: this.uiLocale } });
    if (!this.inPage) {
      this.sidebar?.destroy();
      this.sidebar = null;
      return;
    }
    const sidebar = this.ensureSidebar();
    if (!sidebar) return;
    const regions = this.regions(composer);
    this.lastRegions = JSON.stringify(regions);
    // A draft with something to check, being written: the panel shows it without a click, unless
    // the agent collapsed it in this ticket.
    const show = !sidebar.isOpen && !!view.report && view.report.findings.some(needsAttention) && isFocused(composer) && !this.collapsedIn.has(ticketKey());
    sidebar.update({ ...view, ...regions, ...(show ? { collapsed: false } : {}) });
  }

  /** The sidebar, made on first use; null when it could not be made (it is tried again next time). */
  private ensureSidebar(): Sidebar | null {
    if (this.sidebar) return this.sidebar;
    try {
      // Collapsed to its badge until a draft has something to check or the agent opens it.
      this.sidebar = createSidebar({ document, actions: this.actions, locale: this.uiLocale, initial: { collapsed: true, allPhrases: this.phrases() } });
      void ask({ kind: 'shortcut' })
        .then((reply) => this.sidebar?.update({ shortcut: typeof reply.keys === 'string' ? reply.keys : '' }))
        .catch(() => {});
    } catch (error) {
      console.warn('[Ramah] the sidebar could not be made', error);
    }
    return this.sidebar;
  }

  /**
   * The shortcut: opens the panel if needed and focuses the first finding (never a phrase, so Enter
   * right after it inserts nothing); pressed again in the panel, collapses it and gives the composer back.
   */
  private toggleSidebar(): void {
    if (!this.inPage) {
      // Pinned: the side panel shows Ramah. With none open, the shortcut brings the panel back into the page.
      if (this.sidePanel.connected) return;
      this.inPageAnyway = true;
      const composer = this.current();
      if (composer) this.showInSidebar(composer);
      this.ensureSidebar()?.setOpen(true, true);
      return;
    }
    const sidebar = this.ensureSidebar();
    if (!sidebar) return;
    const composer = this.current();
    if (sidebar.isOpen && sidebar.hasFocus) {
      sidebar.setOpen(false);
      this.returnFocus();
    } else {
      if (composer && isFocused(composer)) {
        const caret = readCaret(composer);
        if (caret) this.state(composer).caret = caret;
      }
      sidebar.setOpen(true, true);
    }
  }

  /** The shortcut's way to the underlines: the next one's card, with the focus in it; Escape brings the focus back. */
  private nextFinding(): void {
    const composer = this.current();
    if (!composer) return;
    const caret = hasFocus(composer) ? readCaret(composer) : null;
    if (caret) this.state(composer).caret = caret;
    const from = this.states.get(composer)?.caret?.end ?? 0;
    if (!this.highlights.next(composer, from)) this.returnFocus(composer);
  }

  /** What the agent selected in the composer, with the customer's name made a placeholder, so the phrase fits the next customer too. */
  private selectedText(): string {
    const composer = this.current();
    if (!composer) return '';
    const map = readComposer(composer);
    const focused = composer.ownerDocument.activeElement && composer.contains(composer.ownerDocument.activeElement);
    const caret = (focused ? readCaret(composer, map) : null) ?? this.states.get(composer)?.caret;
    if (!caret) return '';
    const text = map.text.slice(Math.min(caret.start, caret.end), Math.max(caret.start, caret.end)).trim();
    return text && withNamePlaceholder(text, this.context(composer).customerName);
  }

  /** Saves into the personal pack, in the language of the draft it came from. */
  private async savePhrase(phrase: PhraseToSave): Promise<SaveResult> {
    const composer = this.current();
    const reported = composer ? this.states.get(composer)?.report?.language : undefined;
    const chosen = this.setup.config.language.value;
    // Unknown here (no report yet, the language on auto): the worker tells it from the phrase.
    const language: Language | undefined = reported ?? (chosen !== 'auto' ? chosen : undefined);
    try {
      const reply = await ask({ kind: 'personal-phrase-save', phrase: { text: phrase.text, ...(language ? { language } : {}), ...(phrase.step ? { step: phrase.step } : {}) } });
      // The new phrase reaches the search and the steps through the storage change, like any pack change.
      return reply.ok ? { ok: true } : { ok: false, message: reply.message };
    } catch (error) {
      return { ok: false, message: (error as Error).message || String(error) };
    }
  }

  private returnFocus(composer = this.current()): void {
    if (!composer) return;
    // Read before focusing: taking the focus records the caret the browser puts at the start
    // where an editor dropped its selection on blur (Draft.js).
    const caret = this.states.get(composer)?.caret;
    focusComposer(composer);
    if (caret && writeCaret(composer, caret)) this.state(composer).caret = caret;
  }

  /** Says what happened in the sidebar's live region; `undo` adds an Undo that takes it back. */
  private notify(notice: string, undo?: () => void): void {
    this.undo = undo ?? null;
    this.sidebar?.update({ notice, undoable: undo !== undefined });
    if (this.sidePanel.connected) this.sidePanel.send({ kind: 'notice', notice, ...(undo ? { undoable: true } : {}) });
  }

  /**
   * Pins Ramah to the browser's side panel here, or back into the page. The worker writes it for this
   * page's site; the storage change then hides or brings back the panel in the page. `open` is for
   * the click in the page: the worker opens the side panel within the click's gesture, and pins only
   * if it opened.
   */
  private pin(pinned: boolean, open: boolean): void {
    void ask({ kind: 'side-panel-pin', pinned, open }).then(
      (reply) => {
        if (!reply.ok) this.notify(this.t('notice.pinFailed', { reason: reply.message }));
      },
      (error: unknown) => this.notify(this.t('notice.pinFailed', { reason: String((error as Error)?.message ?? error) })),
    );
  }

  private greetSidePanel(reply: Reply): void {
    reply({ kind: 'phrases', phrases: this.phrases() });
    const composer = this.current();
    const view = composer ? this.viewOf(composer) : { report: null, placeholders: {} };
    reply({ kind: 'state', state: { ...view, pinned: this.setup.config.sidePanel, locale: this.uiLocale } });
  }

  /** The agent's action in the side panel, carried out as the same action in the page. */
  private onSidePanelAction(action: SidePanelAction, reply: Reply): void {
    switch (action.kind) {
      case 'apply': {
        const finding = this.findingFor(action.finding);
        if (finding) this.actions.applySuggestion(finding, action.index);
        return;
      }
      case 'finding-action': {
        const finding = this.findingFor(action.finding);
        if (finding) this.actions.findingAction(action.action, finding);
        return;
      }
      case 'undo':
        return this.undoLast();
      case 'insert':
        return this.actions.insertPhrase(action.text, action.unfilled);
      case 'save-phrase':
        void this.savePhrase(action.phrase).then((result) => reply({ kind: 'saved', id: action.id, result }));
        return;
      case 'selection':
        return reply({ kind: 'selection', text: this.selectedText() });
      case 'focus-composer':
        return this.returnFocus();
      case 'pin':
        return this.pin(action.pinned, false);
      case 'write-note':
        return void this.writeNote(action.note, (text) => reply({ kind: 'note', text }), action.to);
    }
  }

  /** The current composer's finding that the side panel names: Ramah acts on what it found, not on what a message says it found. */
  private findingFor(ref: FindingRef): Finding | undefined {
    const composer = this.current();
    const state = composer && this.states.get(composer);
    if (!state?.report) return undefined;
    return this.visible(state).findings.find((finding) => finding.rule === ref.rule && finding.start === ref.start && finding.end === ref.end && finding.text === ref.text);
  }

  private undoLast(): void {
    const undo = this.undo;
    this.undo = null;
    undo?.();
  }

  /** Ignore in this ticket, turn the rule off on this site, or keep a report that the warning is wrong; each with an Undo. */
  private async findingAction(composer: HTMLElement, action: FindingAction, finding: Finding): Promise<void> {
    const said = (notice: string, undo?: () => void) => {
      const undoing = undo && (() => {
        undo();
        this.notify(this.t('notice.undone'));
      });
      this.notify(notice, undoing);
      this.highlights.feedback(notice, undoing);
    };
    try {
      switch (action) {
        case 'ignore': {
          const key = ignoreKey(this.context(composer).ticket, finding);
          this.week.ignored(composer, finding.rule);
          const stored = this.ignored.add(key);
          void this.coach(composer);
          said(this.t('notice.ignored'), () => void this.ignored.remove(key).then(() => this.refresh()));
          await stored;
          return;
        }
        case 'turn-off-site': {
          const reply = await ask({ kind: 'site-rule-off', rule: finding.rule });
          if (!reply.ok) return said(this.t('notice.actionFailed', { reason: reply.message }));
          this.week.ignored(composer, finding.rule, true);
          // The worker's change of the settings reaches every tab of the site through the storage change.
          said(this.t('notice.turnedOff', { site: reply.site.replace(/^\*\./, '') }), () => void ask({ kind: 'site-rule-off', rule: finding.rule, restore: reply.previous }));
          return;
        }
        case 'report-wrong': {
          const text = readComposer(composer).text;
          const at = text.slice(finding.start, finding.end) === finding.text ? finding.start : text.indexOf(finding.text);
          const entry = {
            rule: finding.rule,
            text: finding.text,
            sentence: at < 0 ? finding.text : sentenceAround(text, at, at + finding.text.length),
            language: this.states.get(composer)?.report?.language ?? 'en',
            at: Date.now(),
          } as const;
          await addWrongWarning(entry);
          said(this.t('notice.reported'), () => void removeWrongWarning(entry));
          return;
        }
      }
    } catch (error) {
      said(this.t('notice.actionFailed', { reason: (error as Error)?.message ?? String(error) }));
    }
  }

  private async apply(composer: HTMLElement, clicked: Finding, index: number): Promise<void> {
    const finding = await this.asTheDraftReadsNow(composer, clicked);
    const replacement = finding?.suggestions[index];
    if (!finding || replacement === undefined) return;
    // The caret stays where the agent left it, moved by the edit: the end of the draft stays its end.
    const caret = this.agentCaret(composer, readComposer(composer)) ?? undefined;
    const result = await this.edit(composer, { start: finding.start, end: finding.end, expect: finding.text, text: replacement, caret });
    if (result?.ok) this.week.applied(composer, finding.rule);
  }

  /**
   * The finding as the draft reads now. A click can come before the pause that analyses the last keystrokes, and a
   * finding made on "bagian guda" still matches its text in "bagian gudang": applied, it would cut the word. So a draft
   * that changed since its analysis is analysed again first, and the same rule's finding where the clicked one was is
   * applied, or none.
   */
  private async asTheDraftReadsNow(composer: HTMLElement, clicked: Finding): Promise<Finding | null> {
    const state = this.state(composer);
    if (state.analysedText === readComposer(composer).text) return clicked;
    await this.coach(composer);
    // Still another draft: the agent typed on while the worker analysed it.
    if (!state.report || state.analysedText !== readComposer(composer).text) return null;
    const here = (finding: Finding) => finding.rule === clicked.rule && finding.start <= clicked.end && clicked.start <= finding.end;
    return this.visible(state).findings.find(here) ?? null;
  }

  /** Where the caret is now if the composer still has it, else where it was before the sidebar or a card took the focus. */
  private agentCaret(composer: HTMLElement, map: ReturnType<typeof readComposer>): TextSpan | null {
    const active = composer.ownerDocument.activeElement;
    const live = active && composer.contains(active) ? readCaret(composer, map) : null;
    return live ?? this.states.get(composer)?.caret ?? null;
  }

  private async insertPhrase(phrase: string, unfilled: FilledText['unfilled']): Promise<void> {
    const composer = this.current();
    if (!composer) {
      const copied = await copyText(null, phrase);
      this.notify(copied ? this.t('notice.copiedOnly') : '');
      return;
    }
    const map = readComposer(composer);
    const caret = this.agentCaret(composer, map) ?? { start: map.text.length, end: map.text.length };
    const start = Math.min(caret.start, map.text.length);
    const end = Math.min(caret.end, map.text.length);
    const before = map.text[start - 1];
    const after = map.text[end];
    const prefix = before !== undefined && !/\s/.test(before) ? ' ' : '';
    const suffix = after !== undefined && !/\s/.test(after) ? ' ' : '';
    const first = unfilled[0];
    const text = prefix + phrase + suffix;
    const result = await this.edit(composer, {
      start,
      end,
      expect: map.text.slice(start, end),
      text,
      select: first ? { start: prefix.length + first.start, end: prefix.length + first.end } : undefined,
    });
    // Tab walks the placeholders of what was inserted.
    this.walk = result?.ok && first ? { composer, start, end: start + text.length, length: map.text.length - (end - start) + text.length } : null;
    if (this.walk) this.listenForTab(composer.ownerDocument);
  }

  /**
   * Document this and the hand-over: the note from the reply being written, the customer's message, the
   * agent's clock and the ticket, into the page's internal-note composer as one undo step, else to the
   * clipboard (still within the click's user gesture; from the side panel, the side panel copies it).
   * Nothing else leaves the page.
   */
  private async writeNote(kind: NoteKind, copyElsewhere?: (text: string) => void, to?: NoteAddressee): Promise<void> {
    const started = performance.now();
    const roled = this.watcher.composers.filter((c) => c.isConnected).map((composer) => ({ composer, audience: this.context(composer).audience }));
    const current = this.current();
    const reply = replyComposer(roled, current) ?? current;
    const target = noteComposer(roled, current);
    const source = reply ?? target;
    const context = source ? this.context(source) : undefined;
    const customerMessage = context?.customerMessage;
    if (!source || customerMessage === undefined) return this.notify(this.t('notice.actionFailed', { reason: this.t('noDraft') }));
    const draft = reply && reply !== target ? readComposer(reply).text : '';
    const adapterTicket = (() => {
      try {
        return this.adapter.ticketId?.(source, source.ownerDocument);
      } catch {
        return undefined;
      }
    })();
    const report = this.states.get(source)?.report;
    const input = {
      note: kind,
      draft,
      customerMessage,
      // To the supervisor: the gestures offered that need approval, as the sidebar showed them.
      forApproval: to === 'supervisor' ? report?.gestures.filter((g) => g.needsApproval).map((g) => g.text) : undefined,
      at: Date.now(),
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      ticket: ticketReference(location.href, adapterTicket),
      language: report?.language,
      placeholders: this.placeholders(source),
    };
    // Made in the worker, which has the engine and the packs that apply on this page.
    const made = await ask({ kind: 'note', input: noteInput(input) }).catch((error: unknown) => ({ ok: false as const, message: (error as Error)?.message || String(error) }));
    if (!made.ok) return this.notify(this.t('notice.actionFailed', { reason: made.message }));
    const note = made.note;
    // The report said abuse or threat, but the customer's message changed since: nothing to document now.
    if (!note) return this.notify('');
    if (!target && copyElsewhere) {
      // Asked from the browser's side panel: the click's user activation is there, so it copies.
      copyElsewhere(note.text);
      this.measureNote(started);
      return;
    }
    if (!target) {
      const copied = await copyText(null, note.text);
      this.notify(this.t(copied ? 'notice.noteCopied' : 'notice.noteNotCopied'));
      this.measureNote(started);
      return;
    }
    const map = readComposer(target);
    const end = map.text.length;
    const separator = map.text.trim() === '' ? '' : map.text.endsWith('\n\n') ? '' : map.text.endsWith('\n') ? '\n' : '\n\n';
    const first = note.unfilled[0];
    const text = separator + note.text;
    const result = await this.edit(target, {
      start: end,
      end,
      expect: '',
      text,
      // The first blank ("reported to") is selected, for the agent to type over; Tab walks the others.
      select: first ? { start: separator.length + first.start, end: separator.length + first.end } : undefined,
    });
    this.walk = result?.ok && first ? { composer: target, start: end, end: end + text.length, length: end + text.length } : null;
    if (this.walk) this.listenForTab(target.ownerDocument);
    // A failed edit has said so already, and put the note on the clipboard.
    if (result?.ok) this.notify(this.t('notice.noteInserted'));
    this.measureNote(started);
  }

  /** How long Document this took from the click to the note (a User Timing entry: only with the debug setting on). */
  private measureNote(started: number): void {
    if (this.setup.config.debug) performance.measure(NOTE_MEASURE, { start: started, end: performance.now() });
  }

  private listenForTab(doc: Document): void {
    if (this.keyed.has(doc)) return;
    this.keyed.add(doc);
    // Capturing, so that Tab selects the next placeholder before the editor or the page moves the focus.
    doc.addEventListener('keydown', this.onKeyDown, true);
  }

  private readonly onKeyDown = (event: KeyboardEvent) => {
    const walk = this.walk;
    if (!walk || event.key !== 'Tab' || event.ctrlKey || event.altKey || event.metaKey || !event.isTrusted || event.isComposing) return;
    const { composer } = walk;
    // The innermost target: a composer in a shadow root is retargeted to its host for the document.
    const target = event.composedPath()[0] as Node | undefined;
    if (!composer.isConnected || !target || !(composer === target || composer.contains(target))) return;
    const map = readComposer(composer);
    const caret = readCaret(composer, map);
    const next = caret ? walkStep(walk, map.text, caret, event.shiftKey) : 'out';
    if (next === 'out') {
      // After the last placeholder Tab is the editor's (or the page's) again.
      this.walk = null;
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    writeCaret(composer, next, map);
  };

  private async edit(composer: HTMLElement, edit: { start: number; end: number; expect?: string; text: string; select?: TextSpan; caret?: TextSpan }): Promise<EditResult | null> {
    if (this.editing) return null;
    this.editing = true;
    try {
      const result: EditResult = await applyEdit({
        composer,
        kind: this.adapter.editorKind(composer),
        ...edit,
        lastChangeAt: this.watcher.lastChangeAt(composer),
      }).catch(async (error: unknown) => {
        console.warn('[Ramah] the edit failed', error);
        return { ok: false, reason: 'unverified', tried: [], copied: await copyText(composer, edit.text) } as const;
      });
      if (result.ok) {
        this.notify('');
        const caret = readCaret(composer);
        if (caret) this.state(composer).caret = caret;
      } else if (result.reason === 'stale') this.notify(this.t('notice.stale'));
      else this.notify(this.t(result.reason === 'unverified' ? 'notice.unverified' : 'notice.copied'));
      // For tests and diagnostics; the page sees it, so only with the debug setting on.
      if (this.setup.config.debug) composer.dispatchEvent(new CustomEvent(EDITED_EVENT, { detail: JSON.stringify(result) }));
      this.schedule(composer, 0);
      return result;
    } finally {
      this.editing = false;
    }
  }

  handle(message: TabMessage): void {
    switch (message.kind) {
      case 'toggle-sidebar':
        this.toggleSidebar();
        return;
      case 'next-finding':
        this.nextFinding();
        return;
    }
  }
}

/** A composer's text as it is now, cheaply: enough to tell a reply from an empty composer. */
/** The composer's raw text up to its `letters`-th letter: a long draft is not read whole on every keystroke. */
function leadingText(composer: HTMLElement, letters: number): string {
  if (isTextarea(composer)) return leadingLetters(composer.value, letters);
  const walker = composer.ownerDocument.createTreeWalker(composer, NodeFilter.SHOW_TEXT);
  let text = '';
  let seen = 0;
  for (let node = walker.nextNode(); node && seen < letters; node = walker.nextNode()) {
    const part = leadingLetters((node as Text).data, letters - seen);
    text += part;
    seen += replyLength(part);
  }
  return text;
}

/**
 * The ticket a composer answers, for what is ignored there: the adapter's ticket id where it reads
 * one, else the page's address without its query and hash.
 */
function ticketOf(id: string | undefined): string {
  return id ? `${location.host} ticket ${id}` : `${location.origin}${location.pathname}`;
}

/** What the worker says applies on this page (the engine, which runs there, reads the same). */
interface CoachSetup {
  config: SiteConfig;
  /** The packs' phrases, for the sidebar's search (no note templates). */
  phrases: readonly Phrase[];
}

/** A note request's input, without what the page left undefined (a message carries no undefined). */
function noteInput<T extends object>(input: T): T {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as T;
}

/**
 * What applies here, or null when the worker did not say; `unchanged` when it says what it said
 * last time (a pack's refresh that found nothing new still writes when it checked), so that the
 * page parses no pack and analyses no draft again for it.
 */
async function loadSetup(previous: string | undefined): Promise<{ setup: CoachSetup | null; key?: string } | 'unchanged'> {
  const reply = await ask({ kind: 'site-config' }).catch((error: unknown) => {
    console.warn('[Ramah] no settings from the extension', error);
    return null;
  });
  // A request that failed in the worker is answered with its error, not a config.
  if (!reply?.config) {
    if (reply) console.warn('[Ramah] no settings from the extension', reply);
    return { setup: null };
  }
  const key = JSON.stringify([reply.config, reply.packs]);
  if (key === previous) return 'unchanged';
  for (const problem of reply.problems) console.warn(`[Ramah] ${problem}`);
  // The worker parses the packs (checked again there, since storage is not to be trusted) and lists their phrases.
  const listed = reply.config.enabled.value ? await ask({ kind: 'phrases' }).catch(() => null) : null;
  if (listed && !listed.ok) console.warn('[Ramah] no phrases from the extension', listed.message);
  return { setup: { config: reply.config, phrases: listed?.ok ? listed.phrases : [] }, key };
}

async function main(): Promise<void> {
  let coach: Coach | null = null;
  const claimed = claimPage({
    alive: () => {
      try {
        return typeof browser.runtime.id === 'string';
      } catch {
        return false;
      }
    },
    stop: () => {
      coach?.stop();
      coach = null;
    },
  });
  if (!claimed) return;
  const sidePanel = new SidePanelLink({ id: browser.runtime.id, origin: browser.runtime.getURL('') });
  sidePanel.listen();
  const ignored = new IgnoredFindings();
  await ignored.load();
  ignored.onChange(() => coach?.refresh());
  const adapter = adapterFor(new URL(location.href));
  let generation = 0;
  let appliedKey: string | undefined;
  const apply = async () => {
    const mine = ++generation;
    const loaded = await loadSetup(appliedKey);
    if (mine !== generation || loaded === 'unchanged') return; // a newer change is being applied, or nothing changed
    const { setup, key } = loaded;
    // No answer is not "off": what runs keeps running until the worker says otherwise.
    if (!setup) return;
    appliedKey = key;
    if (!setup.config.enabled.value) {
      coach?.stop();
      coach = null;
    } else if (coach && coach.uiLocale === uiLocaleOf(setup.config.uiLanguage)) coach.reconfigure(setup);
    else {
      // Another UI language: the sidebar and the cards are made again in it.
      coach?.stop();
      coach = new Coach(adapter, setup, sidePanel, ignored);
      coach.start();
    }
  };
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (coach && typeof message === 'object' && message !== null && 'kind' in message) coach.handle(message as TabMessage);
  });
  // The agent's settings, the packs or the admin's policy changed: what applies here may have too.
  onStoredChange([SETTINGS_KEY, PACKS_KEY], () => void apply());
  await apply();
}

void main();
