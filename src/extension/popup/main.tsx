/**
 * The toolbar popup: whether Ramah runs on the current tab and why, with "Enable on this site",
 * "Disable on this site" and the options. Clicking Ramah's button grants it `activeTab`, which is
 * how the popup can see the address of a site Ramah has no access to yet. What applies comes from
 * the worker (`site-config`), as for the content script: one resolution of settings, packs and policy.
 */
import './popup.css';
import { render } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { uiLocaleOf } from '../i18n/ui-locale.js';
import { ask } from '../messaging.js';
import { originPattern } from '../settings/index.js';
import { SETTINGS_KEY, type UiLanguageOption } from '../settings/model.js';
import { onStoredChange, readPolicy, readUserSettings, updateUserSettings } from '../settings/store.js';
import { disableSite, enableSite, setSidePanelPinned, type ActionResult } from './actions.js';
import { WEEK_PAGE } from '../week/model.js';
import { popupTranslator } from './messages.js';
import { popupView, type PopupAction, type PopupView } from './state.js';
import { Popup, type Shortcut } from './view.js';

/** The agent's language for Ramah, and whether the admin locked the settings. */
async function readChoice(): Promise<{ uiLanguage: UiLanguageOption; locked: boolean }> {
  const [settings, policy] = await Promise.all([readUserSettings(), readPolicy()]);
  return { uiLanguage: settings.value.uiLanguage, locked: policy.value.lockOptions };
}

/** Ramah's commands and their keys, as the agent or the browser set them. */
async function readShortcuts(): Promise<Shortcut[]> {
  const commands = await browser.commands.getAll().catch(() => []);
  return commands
    .filter((command) => command.name && command.name !== '_execute_action')
    .map((command) => ({ name: command.name!, description: command.description ?? command.name!, shortcut: command.shortcut ?? '' }));
}

/** The browser's own page for extension keys: Firefox opens it itself; Chrome's is a chrome:// page a tab can open. */
function openShortcutSettings(): void {
  const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
  if (typeof commands.openShortcutSettings === 'function') void commands.openShortcutSettings().catch(() => {});
  else void browser.tabs.create({ url: 'chrome://extensions/shortcuts' }).catch(() => {});
}

/** The tab the popup is about, for opening the side panel beside it. */
let tabId: number | undefined;

async function readView(): Promise<PopupView> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true }).catch(() => []);
  tabId = tab?.id;
  const url = tab?.url;
  if (!url || !/^https?:/.test(url)) return popupView({ url, config: null, hasAccess: false });
  const host = new URL(url).hostname;
  const [config, hasAccess] = await Promise.all([
    ask({ kind: 'site-config', url }).then(
      (reply) => reply?.config ?? null,
      () => null,
    ),
    browser.permissions.contains({ origins: [originPattern(host)] }).catch(() => false),
  ]);
  return popupView({ url, config, hasAccess });
}

function App() {
  const [view, setView] = useState<PopupView | null>(null);
  const [choice, setChoice] = useState<{ uiLanguage: UiLanguageOption; locked: boolean } | null>(null);
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);
  const [notice, setNotice] = useState<string>();
  const [busy, setBusy] = useState(false);
  const refresh = useCallback(() => {
    void readView().then(setView);
    void readChoice().then(setChoice);
  }, []);

  useEffect(() => {
    refresh();
    void readShortcuts().then(setShortcuts);
    const stop = onStoredChange([SETTINGS_KEY], refresh);
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    return () => {
      stop();
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, [refresh]);

  if (!view || !choice) return null;
  const locale = uiLocaleOf(choice.uiLanguage);
  const t = popupTranslator(locale);
  document.documentElement.lang = locale;

  const run = (done: Promise<ActionResult>) => {
    setBusy(true);
    setNotice(undefined);
    void done.then((result: ActionResult) => {
      setBusy(false);
      if (!result.ok) setNotice(result.reason === 'refused' ? t('notice.refused') : t('notice.failed', { error: result.error }));
      refresh();
    });
  };

  const onAction = (action: PopupAction) => run(action === 'enable' ? enableSite(view) : disableSite(view));
  // Straight from the click, as for enabling: the side panel opens only within the gesture.
  const onSidePanel = (pinned: boolean) => run(setSidePanelPinned(view, tabId, pinned));

  return (
    <Popup
      view={view}
      t={t}
      notice={notice}
      busy={busy}
      onAction={onAction}
      onSidePanel={onSidePanel}
      onOptions={() => void browser.runtime.openOptionsPage()}
      onWeek={() => void browser.tabs.create({ url: browser.runtime.getURL(WEEK_PAGE) })}
      shortcuts={shortcuts}
      onShortcutSettings={openShortcutSettings}
      uiLanguage={{
        value: choice.uiLanguage,
        disabled: choice.locked,
        onChange: (uiLanguage) => void updateUserSettings((settings) => void (settings.uiLanguage = uiLanguage)).catch(() => refresh()),
      }}
    />
  );
}

render(<App />, document.getElementById('root')!);
