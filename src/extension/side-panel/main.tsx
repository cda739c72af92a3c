/**
 * Ramah in the browser's side panel (Chrome's sidePanel, Firefox's sidebar_action), for agents who
 * pinned it there on a site: the same sidebar view as in the page, beside the page instead of over
 * it. It shows what the tab's content script sends and sends back what the agent does; the content
 * script reads the composer and edits it, exactly as for the panel in the page.
 */
import { render } from 'preact';
import browser from 'webextension-polyfill';
import type { Finding } from '../../engine/report.js';
import { translator, type UiLocale } from '../i18n/messages.js';
import { browserUiLocale } from '../i18n/ui-locale.js';
import type { FindingRef, SidePanelAction, SidePanelUpdate } from '../protocol.js';
import { phraseFormControls } from '../sidebar/phrase-form.js';
import { SIDEBAR_CSS } from '../sidebar/styles.js';
import type { SaveResult, SidebarActions, SidebarState } from '../sidebar/types.js';
import { SidebarView } from '../sidebar/view.js';
import { BreathingCard } from '../sidebar/breathing-card.js';
import { linkToActiveTab, type LinkStatus } from './connection.js';
import { SIDE_PANEL_CSS } from './styles.js';

// Until the tab says which language the agent chose for Ramah.
let locale: UiLocale = browserUiLocale();
let t = translator(locale);
document.documentElement.lang = locale;
document.adoptedStyleSheets = [SIDEBAR_CSS, SIDE_PANEL_CSS].map((css) => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  return sheet;
});

const root = document.getElementById('root')!;

let state: SidebarState = { report: null, placeholders: {}, collapsed: false, query: '' };
let status: LinkStatus = 'connecting';
let pinned = false;
/** The words selected in the composer, asked for when the side panel gains the focus. */
let selection = '';
let lastSave = 0;
const saving = new Map<number, (result: SaveResult) => void>();

const refOf = ({ rule, start, end, text }: Finding): FindingRef => ({ rule, start, end, text });

function send(action: SidePanelAction): boolean {
  const sent = link.post(action);
  if (!sent) update({ notice: t('sidePanel.absent') });
  return sent;
}

const actions: SidebarActions = {
  applySuggestion: (finding, index) => void send({ kind: 'apply', finding: refOf(finding), index }),
  insertPhrase: (text, unfilled) => void send({ kind: 'insert', text, unfilled: unfilled.map(({ name, start, end }) => ({ name, start, end })) }),
  findingAction: (action, finding) => void send({ kind: 'finding-action', action, finding: refOf(finding) }),
  undo: () => void send({ kind: 'undo' }),
  // The side panel is not collapsed: the browser's own button closes it.
  setCollapsed: () => {},
  // Here, in the page that has the focus and the click, rather than in the tab, which has neither.
  copy: (text) =>
    void navigator.clipboard.writeText(text).then(
      () => update({ notice: t('notice.copiedOnly') }),
      () => update({ notice: '' }),
    ),
  selectedText: () => selection,
  writeNote: (note, to) => void send({ kind: 'write-note', note, ...(to ? { to } : {}) }),
  savePhrase: (phrase) =>
    new Promise<SaveResult>((resolve) => {
      const id = ++lastSave;
      saving.set(id, resolve);
      if (!send({ kind: 'save-phrase', id, phrase })) {
        saving.delete(id);
        resolve({ ok: false, message: t('sidePanel.absent') });
      }
    }),
};

function onUpdate(message: SidePanelUpdate): void {
  switch (message.kind) {
    case 'note':
      // Within the click's user activation, which is the side panel's, not the tab's.
      void navigator.clipboard.writeText(message.text).then(
        () => update({ notice: t('notice.noteCopied') }),
        () => update({ notice: t('notice.noteNotCopied') }),
      );
      return;
    case 'state':
      pinned = message.state.pinned;
      if (message.state.locale !== locale) {
        locale = message.state.locale;
        t = translator(locale);
        document.documentElement.lang = locale;
      }
      return update({ report: message.state.report, placeholders: message.state.placeholders, composerLabel: message.state.composerLabel, audience: message.state.audience });
    case 'phrases':
      return update({ allPhrases: message.phrases });
    case 'breathing':
      return update({ breathing: { count: message.count } });
    case 'notice':
      return update({ notice: message.notice, undoable: message.undoable === true });
    case 'selection':
      selection = message.text;
      return;
    case 'saved':
      saving.get(message.id)?.(message.result);
      saving.delete(message.id);
      return;
    case 'off':
      status = 'absent';
      return update({ report: null });
  }
}

const link = linkToActiveTab({
  onUpdate,
  onStatus(next) {
    if (next === 'connected' && status !== 'connected') send({ kind: 'selection' });
    status = next;
    draw();
  },
});

addEventListener('focus', () => void link.post({ kind: 'selection' }));

function update(patch: Partial<SidebarState>): void {
  state = { ...state, ...patch };
  draw();
}

const phraseForm = phraseFormControls({
  state: () => state,
  update,
  actions,
  t,
  focus: (selector) => document.querySelector<HTMLElement>(selector)?.focus(),
});

function escape(event: KeyboardEvent): void {
  const target = event.target as HTMLInputElement;
  if (target.type === 'search' && target.value) return update({ query: '' });
  if (state.phraseForm && target.closest?.('[data-phrase-form]')) phraseForm.cancel();
}

function setPinned(next: boolean): void {
  send({ kind: 'pin', pinned: next });
  // Back in the page: this panel has nothing more to show. Firefox closes its sidebar only within the click.
  if (!next) {
    if (browser.sidebarAction) void browser.sidebarAction.close();
    else setTimeout(() => window.close(), 300);
  }
}

function draw(): void {
  const running = status === 'connected';
  render(
    <div class="side-panel" data-ramah-side-panel="" data-status={status} data-pinned={String(pinned)}>
      {running && (
        <div class="pin-bar">
          <p>{t(pinned ? 'sidePanel.pinned' : 'sidePanel.notPinned')}</p>
          <button type="button" data-action={pinned ? 'unpin' : 'pin-here'} onClick={() => setPinned(!pinned)}>
            {t(pinned ? 'sidePanel.unpin' : 'sidePanel.pinHere')}
          </button>
        </div>
      )}
      {running && state.breathing && <BreathingCard card={state.breathing} locale={locale} t={t} dismiss={() => update({ breathing: null })} />}
      {running ? (
        <SidebarView
          state={state}
          open={true}
          locale={locale}
          t={t}
          actions={actions}
          toggle={() => {}}
          escape={escape}
          search={(query) => update({ query })}
          phraseForm={phraseForm}
        />
      ) : (
        <p class="status" role="status">
          {t(status === 'connecting' ? 'sidePanel.connecting' : 'sidePanel.absent')}
        </p>
      )}
    </div>,
    root,
  );
}

draw();
