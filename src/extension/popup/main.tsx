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
import { browserUiLocale } from '../i18n/ui-locale.js';
import { ask } from '../messaging.js';
import { originPattern } from '../settings/index.js';
import { SETTINGS_KEY } from '../settings/model.js';
import { onStoredChange } from '../settings/store.js';
import { disableSite, enableSite, type ActionResult } from './actions.js';
import { popupTranslator } from './messages.js';
import { popupView, type PopupAction, type PopupView } from './state.js';
import { Popup } from './view.js';

const locale = browserUiLocale();
const t = popupTranslator(locale);
document.documentElement.lang = locale;

async function readView(): Promise<PopupView> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true }).catch(() => []);
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
  const [notice, setNotice] = useState<string>();
  const [busy, setBusy] = useState(false);
  const refresh = useCallback(() => void readView().then(setView), []);

  useEffect(() => {
    refresh();
    const stop = onStoredChange([SETTINGS_KEY], refresh);
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    return () => {
      stop();
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, [refresh]);

  if (!view) return null;

  const onAction = (action: PopupAction) => {
    // Straight from the click: the permission request needs the user's gesture.
    const done = action === 'enable' ? enableSite(view) : disableSite(view);
    setBusy(true);
    setNotice(undefined);
    void done.then((result: ActionResult) => {
      setBusy(false);
      if (!result.ok) setNotice(result.reason === 'refused' ? t('notice.refused') : t('notice.failed', { error: result.error }));
      refresh();
    });
  };

  return <Popup view={view} t={t} notice={notice} busy={busy} onAction={onAction} onOptions={() => void browser.runtime.openOptionsPage()} />;
}

render(<App />, document.getElementById('root')!);
