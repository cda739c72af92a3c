/** The popup's view: what it says about the tab and its buttons. Everything shown is text, the host names too. */
import { UI_LOCALE_NAMES } from '../i18n/messages.js';
import { UI_LANGUAGE_OPTIONS, type UiLanguageOption } from '../settings/model.js';
import { reasonKey, type PopupMessageKey, type PopupTranslate } from './messages.js';
import type { PopupAction, PopupState, PopupView } from './state.js';

export interface PopupProps {
  view: PopupView;
  t: PopupTranslate;
  /** A line about the last action, when it did not do what was asked. */
  notice?: string;
  busy?: boolean;
  onAction(action: PopupAction): void;
  /** Pins Ramah to the browser's side panel on this site, or back into the page. */
  onSidePanel?(pinned: boolean): void;
  onOptions(): void;
  /** Opens the week in review in a tab. */
  onWeek?(): void;
  /** Ramah's keyboard commands as the browser has them now; a command without a key has none. */
  shortcuts?: readonly Shortcut[];
  /** Opens the browser's page where the agent sets the keys. */
  onShortcutSettings?(): void;
  /** The agent's choice of language for Ramah, and how to change it; absent, the choice is not shown. */
  uiLanguage?: { value: UiLanguageOption; disabled: boolean; onChange(choice: UiLanguageOption): void };
}

export interface Shortcut {
  name: string;
  description: string;
  /** The keys, e.g. "Alt+Shift+R"; empty when the agent or the browser left it unset. */
  shortcut: string;
}

const HEADLINES: Record<PopupState, PopupMessageKey> = {
  builtin: 'headline.on',
  enabled: 'headline.on',
  'policy-enabled': 'headline.on',
  disabled: 'headline.off',
  'policy-disabled': 'headline.off',
  'needs-access': 'headline.needsAccess',
  unsupported: 'headline.unsupported',
};

export function Popup({ view, t, notice, busy = false, onAction, onSidePanel, onOptions, onWeek, shortcuts = [], onShortcutSettings, uiLanguage }: PopupProps) {
  const running = view.state === 'builtin' || view.state === 'enabled' || view.state === 'policy-enabled';
  const label = (action: PopupAction) => t(action === 'disable' ? 'action.disable' : view.state === 'needs-access' ? 'action.grant' : 'action.enable');
  return (
    <main class="popup" data-ramah-popup="" data-state={view.state} data-locked={view.locked ? 'true' : 'false'}>
      <h1 class={running ? 'headline on' : 'headline'}>{t(HEADLINES[view.state], { host: view.host ?? '' })}</h1>
      <p class="reason">{t(reasonKey(view.reason))}</p>
      {view.locked && <p class="locked">{t('locked')}</p>}
      {view.locked && view.policyMessage && (
        <p class="policy-message">
          <span class="label">{t('policyMessage')}</span> {view.policyMessage}
        </p>
      )}
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <div class="actions">
        {view.actions.map((action) => (
          <button key={action} type="button" class={action === 'enable' ? 'primary' : 'secondary'} data-action={action} disabled={busy} onClick={() => onAction(action)}>
            {label(action)}
          </button>
        ))}
        {view.sidePanel && onSidePanel && (
          <button
            type="button"
            class="secondary"
            data-action={view.sidePanel.pinned ? 'unpin-side-panel' : 'pin-side-panel'}
            disabled={busy}
            onClick={() => onSidePanel(!view.sidePanel!.pinned)}
          >
            {t(view.sidePanel.pinned ? 'action.unpin' : 'action.pin')}
          </button>
        )}
        <button type="button" class="link" data-action="options" onClick={onOptions}>
          {t('action.options')}
        </button>
        {onWeek && (
          <button type="button" class="link" data-action="week" onClick={onWeek}>
            {t('action.week')}
          </button>
        )}
      </div>
      {shortcuts.length > 0 && (
        <section class="shortcuts" aria-labelledby="shortcuts-title" data-shortcuts="">
          <h2 id="shortcuts-title">{t('shortcuts')}</h2>
          <dl>
            {shortcuts.map((command) => (
              <div key={command.name} data-shortcut={command.name}>
                <dt>{command.shortcut ? <kbd>{command.shortcut}</kbd> : <span class="unset">{t('shortcut.unset')}</span>}</dt>
                <dd>{command.description}</dd>
              </div>
            ))}
          </dl>
          {shortcuts.some((command) => !command.shortcut) && <p class="hint">{t('shortcut.how')}</p>}
          {onShortcutSettings && (
            <button type="button" class="link" data-shortcut-settings="" onClick={onShortcutSettings}>
              {t('shortcut.open')}
            </button>
          )}
        </section>
      )}
      {uiLanguage && (
        <label class="ui-language">
          <span>{t('uiLanguage.label')}</span>
          <select data-setting="uiLanguage" value={uiLanguage.value} disabled={uiLanguage.disabled} onChange={(event) => uiLanguage.onChange(event.currentTarget.value as UiLanguageOption)}>
            {UI_LANGUAGE_OPTIONS.map((choice) => (
              <option key={choice} value={choice}>
                {choice === 'browser' ? t('uiLanguage.browser') : UI_LOCALE_NAMES[choice]}
              </option>
            ))}
          </select>
        </label>
      )}
    </main>
  );
}
