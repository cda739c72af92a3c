/**
 * The sidebar as a UI core: it gets its state and its actions from outside (the content script),
 * so it can be tested alone. It lives in an open shadow root on the top document, so that page CSS
 * cannot break it and its CSS cannot leak into the page.
 */
import { render } from 'preact';
import { UI_LOCALES, pickLocale, translator, type UiLocale } from '../i18n/messages.js';
import { place, type Box } from './placement.js';
import { normalizeRoving } from './roving.js';
import { SIDEBAR_CSS } from './styles.js';
import { phraseFormControls } from './phrase-form.js';
import type { SidebarActions, SidebarState } from './types.js';
import { SidebarView } from './view.js';

export type { PhraseForm, PhraseToSave, SaveResult, SidebarActions, SidebarState } from './types.js';
export type { Box, Placement } from './placement.js';

export interface SidebarOptions {
  document: Document;
  actions: SidebarActions;
  /** A UI locale or a browser language tag; by default the browser's language. */
  locale?: string;
  initial?: Partial<SidebarState>;
}

export interface Sidebar {
  readonly host: HTMLElement;
  /** Merges into the current state and renders at once. */
  update(state: Partial<SidebarState>): void;
  /** Shows or hides the whole sidebar (the keyboard shortcut); opening moves focus into it. */
  setOpen(open: boolean, focus?: boolean): void;
  readonly isOpen: boolean;
  destroy(): void;
}

const sameBox = (a: Box | null | undefined, b: Box | null | undefined) =>
  a === b || (!!a && !!b && a.left === b.left && a.top === b.top && a.right === b.right && a.bottom === b.bottom);

export function createSidebar({ document: doc, actions, locale, initial }: SidebarOptions): Sidebar {
  const view = doc.defaultView!;
  const uiLocale: UiLocale = UI_LOCALES.includes(locale as UiLocale) ? (locale as UiLocale) : pickLocale(locale ?? view.navigator.language);
  const t = translator(uiLocale);

  const host = doc.createElement('div');
  host.setAttribute('data-ramah', 'sidebar');
  // Inline too, for the moment before the shadow stylesheet applies.
  host.style.cssText = 'all:initial;position:fixed;top:0;left:0;z-index:2147483647';
  const shadow = host.attachShadow({ mode: 'open' });
  // A constructed stylesheet is not subject to the page's CSP; a <style> is the fallback.
  if ('adoptedStyleSheets' in shadow && 'replaceSync' in view.CSSStyleSheet.prototype) {
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(SIDEBAR_CSS);
    shadow.adoptedStyleSheets = [sheet];
  } else {
    const style = doc.createElement('style');
    style.textContent = SIDEBAR_CSS;
    shadow.append(style);
  }
  const root = doc.createElement('div');
  shadow.append(root);
  doc.documentElement.append(host);

  let state: SidebarState = { report: null, placeholders: {}, collapsed: false, query: '', ...initial };
  let open = true;
  // The agent opened the tab although the composer leaves no room: show the panel until the composer moves.
  let peek = false;

  const draw = () => {
    const viewport = { width: doc.documentElement.clientWidth || view.innerWidth, height: view.innerHeight };
    let placement = place(state.composerRect, viewport, state.collapsed);
    if (placement.tab && !state.collapsed && peek) placement = { side: 'right', top: 0, height: viewport.height, tab: false };
    render(
      <SidebarView
        state={state}
        open={open}
        placement={placement}
        locale={uiLocale}
        t={t}
        actions={actions}
        toggle={toggle}
        escape={escape}
        search={search}
        phraseForm={phraseForm}
      />,
      root,
    );
    normalizeRoving(shadow);
  };

  const focusToggle = () => shadow.querySelector<HTMLElement>('[data-action="collapse"],[data-action="expand"]')?.focus();

  function setCollapsed(collapsed: boolean) {
    const hadFocus = shadow.activeElement !== null;
    peek = !collapsed;
    state = { ...state, collapsed };
    draw();
    if (hadFocus) focusToggle();
    actions.setCollapsed(collapsed);
  }

  function toggle() {
    const showingTab = shadow.querySelector('[data-action="expand"]') !== null;
    setCollapsed(!showingTab);
  }

  function escape(event: KeyboardEvent) {
    const target = event.target as HTMLInputElement;
    if (target.type === 'search' && target.value) return search('');
    if (state.phraseForm && target.closest?.('[data-phrase-form]')) return phraseForm.cancel();
    if (shadow.querySelector('[data-action="collapse"]')) setCollapsed(true);
    actions.focusComposer?.();
  }

  function search(query: string) {
    state = { ...state, query };
    draw();
  }

  const phraseForm = phraseFormControls({
    state: () => state,
    update(patch) {
      state = { ...state, ...patch };
      draw();
    },
    actions,
    t,
    focus: (selector) => shadow.querySelector<HTMLElement>(selector)?.focus(),
  });

  const onResize = () => draw();
  view.addEventListener('resize', onResize);
  draw();

  return {
    host,
    get isOpen() {
      return open;
    },
    update(next) {
      if ('composerRect' in next && !sameBox(next.composerRect, state.composerRect)) peek = false;
      state = { ...state, ...next };
      draw();
    },
    setOpen(next, focus = next) {
      open = next;
      if (open && state.collapsed) setCollapsed(false);
      else draw();
      if (open && focus) (shadow.querySelector<HTMLElement>('[data-roving] [tabindex="0"]') ?? shadow.querySelector<HTMLElement>('button'))?.focus();
    },
    destroy() {
      view.removeEventListener('resize', onResize);
      render(null, root);
      host.remove();
    },
  };
}
