import { vi } from 'vitest';
import type { Finding, Phrase, Report } from '../../../src/engine/report.js';
import { createSidebar, type SidebarActions, type SidebarState } from '../../../src/extension/sidebar/index.js';

/**
 * happy-dom makes no trusted events, and Ramah's UI acts only on trusted ones (src/extension/trusted.ts).
 * Here every event counts as the agent's, as a browser's would from a real click or key, except
 * those dispatched inside `asPage()`, which come from page script.
 */
let pageActing = false;
Object.defineProperty(Event.prototype, 'isTrusted', { configurable: true, get: () => !pageActing });

export function asPage<T>(run: () => T): T {
  pageActing = true;
  try {
    return run();
  } finally {
    pageActing = false;
  }
}

export function spyActions() {
  return {
    applySuggestion: vi.fn<SidebarActions['applySuggestion']>(),
    insertPhrase: vi.fn<SidebarActions['insertPhrase']>(),
    findingAction: vi.fn<SidebarActions['findingAction']>(),
    undo: vi.fn<NonNullable<SidebarActions['undo']>>(),
    setCollapsed: vi.fn<SidebarActions['setCollapsed']>(),
    copy: vi.fn<SidebarActions['copy']>(),
    focusComposer: vi.fn<NonNullable<SidebarActions['focusComposer']>>(),
    selectedText: vi.fn<NonNullable<SidebarActions['selectedText']>>(() => ''),
    savePhrase: vi.fn<NonNullable<SidebarActions['savePhrase']>>(async () => ({ ok: true })),
    writeNote: vi.fn<NonNullable<SidebarActions['writeNote']>>(),
    dismissBreathing: vi.fn<NonNullable<SidebarActions['dismissBreathing']>>(),
  };
}

/** Mounts a sidebar on the test document; `$` and `$$` query inside its shadow root. */
export function mount(state: Partial<SidebarState> = {}, locale = 'en') {
  const actions = spyActions();
  const sidebar = createSidebar({ document, actions, locale });
  sidebar.update(state);
  const shadow = sidebar.host.shadowRoot!;
  const $ = <E extends Element = HTMLElement>(selector: string) => shadow.querySelector<E>(selector);
  const $$ = <E extends Element = HTMLElement>(selector: string) => [...shadow.querySelectorAll<E>(selector)];
  return { sidebar, actions, shadow, $, $$ };
}

export function phrase(id: string, text: string, extra: Partial<Phrase> = {}): Phrase {
  return { id, text, language: 'en', pack: 'test', ...extra };
}

export function finding(rule: string, text: string, suggestions: string[], extra: Partial<Finding> = {}): Finding {
  return { rule, kind: 'warning', messageId: 'm', message: `Avoid “${text}”.`, start: 0, end: text.length, text, suggestions, ...extra };
}

/** A report built by hand, so that tests do not depend on what the engine's rules and packs cover today. */
export function report(extra: Partial<Report> = {}): Report {
  const steps = { acknowledgement: true, clarification: false, resolution: true, checkBack: false, extra: false, ...extra.steps };
  return {
    language: 'en',
    findings: [],
    stepDetails: Object.entries(steps).map(([step, present]) => ({ step: step as keyof typeof steps, present, spans: [] })),
    phraseSuggestions: [],
    context: [],
    signals: [],
    failures: [],
    gestures: [],
    ...extra,
    steps,
  };
}

export const key = (target: Element, name: string) => {
  const event = new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true, composed: true });
  target.dispatchEvent(event);
  return event;
};
