/** The popup's view: what it says about the tab and its buttons. Everything shown is text, the host names too. */
import { reasonKey, type PopupMessageKey, type PopupTranslate } from './messages.js';
import type { PopupAction, PopupState, PopupView } from './state.js';

export interface PopupProps {
  view: PopupView;
  t: PopupTranslate;
  /** A line about the last action, when it did not do what was asked. */
  notice?: string;
  busy?: boolean;
  onAction(action: PopupAction): void;
  onOptions(): void;
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

export function Popup({ view, t, notice, busy = false, onAction, onOptions }: PopupProps) {
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
        <button type="button" class="link" data-action="options" onClick={onOptions}>
          {t('action.options')}
        </button>
      </div>
    </main>
  );
}
