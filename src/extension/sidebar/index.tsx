/**
 * The sidebar as a UI core: it gets its state and its actions from outside (the content script),
 * so it can be tested alone. It lives in an open shadow root on the top document, so that page CSS
 * cannot break it and its CSS cannot leak into the page.
 */
import { render } from 'preact';
import { UI_LOCALES, pickLocale, translator, type UiLocale } from '../i18n/messages.js';
import { Badge } from './badge.js';
import { BreathingCard } from './breathing-card.js';
import { placeBadge, placeCard, placePanel, type Box, type PageRegions } from './placement.js';
import { normalizeRoving } from './roving.js';
import { SIDEBAR_CSS } from './styles.js';
import { phraseFormControls } from './phrase-form.js';
import type { SidebarActions, SidebarState } from './types.js';
import { Announcer, SidebarView } from './view.js';

export type { PhraseForm, PhraseToSave, SaveResult, SidebarActions, SidebarState } from './types.js';
export type { Box, PageRegions, Placement } from './placement.js';
export { SidebarView, type ViewProps, type PhraseFormControls } from './view.js';

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
  /** Opens or collapses the panel (the keyboard shortcut); `focus` moves focus to the first finding. */
  setOpen(open: boolean, focus?: boolean): void;
  readonly isOpen: boolean;
  /** Whether the focus is in the panel. */
  readonly hasFocus: boolean;
  destroy(): void;
}

// What the badge must not sit on: something the agent clicks or types in.
const INTERACTIVE = 'button, a[href], input, select, textarea, summary, [role="button"], [role="toolbar"], [contenteditable=""], [contenteditable="true"]';

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
  // The panel's content height as last measured: it is sized to it, up to what the viewport allows.
  let contentHeight = 0;
  let measuring = false;
  // The take-a-breath card's height as last measured: it is placed for it.
  let cardHeight = 0;
  // The findings shown last time, to bring a new one into view.
  let shownFindings = new Set<string>();

  /** Whether the page has something to click under a box (the send button, a toolbar). */
  const blocked = (box: Box): boolean => {
    if (typeof doc.elementsFromPoint !== 'function') return false;
    const points: [number, number][] = [
      [box.left + 2, box.top + 2],
      [box.right - 2, box.top + 2],
      [box.left + 2, box.bottom - 2],
      [box.right - 2, box.bottom - 2],
      [(box.left + box.right) / 2, (box.top + box.bottom) / 2],
    ];
    return points.some(([x, y]) => doc.elementsFromPoint(x, y).some((element) => element !== host && element.closest(INTERACTIVE) !== null));
  };

  const draw = () => {
    const viewport = { width: doc.documentElement.clientWidth || view.innerWidth, height: view.innerHeight };
    const composer = state.composerRect ?? null;
    const regions: PageRegions = { ...state.pageRegions, composer };
    const open = !state.collapsed;
    const placement = placePanel(regions, viewport, contentHeight || viewport.height);
    // The open panel is beside the composer's corner too: the badge moves off it.
    const panelBox = open ? { left: placement.left, top: placement.top, right: placement.left + placement.width, bottom: placement.top + Math.min(contentHeight || placement.maxHeight, placement.maxHeight) } : null;
    const avoid = [regions.customerMessage, regions.topBar, panelBox].filter((box): box is Box => !!box);
    const badge = composer ? placeBadge(composer, viewport, blocked, avoid) : null;
    const card = state.breathing ? placeCard(regions, viewport, cardHeight || 120, [panelBox, badge].filter((box): box is Box => !!box)) : null;
    render(
      <>
        <Announcer report={state.report} t={t} />
        <Badge report={state.report} box={badge} open={open} t={t} toggle={toggle} />
        {state.breathing && card && (
          <BreathingCard card={state.breathing} box={{ left: card.left, top: card.top, width: card.right - card.left }} locale={uiLocale} t={t} dismiss={dismissBreathing} />
        )}
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
        />
      </>,
      root,
    );
    normalizeRoving(shadow);
    if (measuring) return;
    // The panel is sized to its content, and the card placed for its height: both measured once
    // drawn, then placed again for what they measure.
    const aside = shadow.querySelector<HTMLElement>('aside');
    const panelHeight = aside && open ? aside.scrollHeight + 2 : 0;
    const drawnCard = shadow.querySelector<HTMLElement>('[data-breathing]')?.offsetHeight ?? 0;
    const panelChanged = panelHeight > 2 && Math.abs(panelHeight - contentHeight) > 1;
    const cardChanged = drawnCard > 0 && Math.abs(drawnCard - cardHeight) > 1;
    if (panelChanged || cardChanged) {
      if (panelChanged) contentHeight = panelHeight;
      if (cardChanged) cardHeight = drawnCard;
      measuring = true;
      try {
        draw();
      } finally {
        measuring = false;
      }
    }
    // After the panel is sized: a new finding makes it taller, and the nested draw returns before this.
    const sized = shadow.querySelector<HTMLElement>('aside');
    if (sized && open) revealNewFinding(sized);
  };

  /** A finding that was not there before is scrolled into the panel's view. */
  function revealNewFinding(aside: HTMLElement) {
    const items = [...aside.querySelectorAll<HTMLElement>('[data-rule][data-key]')];
    const fresh = items.find((item) => !shownFindings.has(item.dataset.key!));
    shownFindings = new Set(items.map((item) => item.dataset.key!));
    if (!fresh) return;
    const header = aside.querySelector<HTMLElement>('header')?.offsetHeight ?? 0;
    const top = fresh.offsetTop - header - 8;
    const bottom = fresh.offsetTop + fresh.offsetHeight;
    if (top < aside.scrollTop || bottom > aside.scrollTop + aside.clientHeight) aside.scrollTop = Math.max(0, top);
  }

  const focusIn = (selector: string) => shadow.querySelector<HTMLElement>(selector)?.focus();

  function setCollapsed(collapsed: boolean) {
    const hadFocus = shadow.activeElement !== null;
    state = { ...state, collapsed };
    draw();
    if (hadFocus) focusIn(collapsed ? '[data-badge]' : '[data-action="collapse"]');
    actions.setCollapsed(collapsed);
  }

  function toggle() {
    setCollapsed(!state.collapsed);
  }

  function escape(event: KeyboardEvent) {
    const target = event.target as HTMLInputElement;
    if (target.type === 'search' && target.value) return search('');
    if (state.phraseForm && target.closest?.('[data-phrase-form]')) return phraseForm.cancel();
    if (!state.collapsed) setCollapsed(true);
    actions.focusComposer?.();
  }

  function dismissBreathing() {
    state = { ...state, breathing: null };
    draw();
    actions.dismissBreathing?.();
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
      return !state.collapsed;
    },
    get hasFocus() {
      return shadow.activeElement !== null;
    },
    update(next) {
      // A new composer or ticket: measure the content again.
      if ('report' in next && next.report !== state.report && !next.report) contentHeight = 0;
      state = { ...state, ...next };
      draw();
    },
    setOpen(open, focus = open) {
      if (open === state.collapsed) setCollapsed(!open);
      else draw();
      // The first finding itself, not a button in it: Enter right after the shortcut inserts nothing.
      if (open && focus) (shadow.querySelector<HTMLElement>('[data-rule]') ?? shadow.querySelector<HTMLElement>('[data-summary]'))?.focus();
    },
    destroy() {
      view.removeEventListener('resize', onResize);
      render(null, root);
      host.remove();
    },
  };
}
