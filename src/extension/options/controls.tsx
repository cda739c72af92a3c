/** Small parts shared by the sections: where a value comes from, its reset, the switches and choices, and feedback. */
import type { ComponentChildren } from 'preact';
import type { PackError } from '../../engine/packs/schema.js';
import type { LanguageOption } from '../../engine/report.js';
import { LANGUAGE_OPTIONS, type Layered } from '../settings/index.js';
import { originText, useOptions } from './context.js';

/** Says where a value comes from when it is not the default; a value set by policy says it is locked, and why. */
export function Origin({ layered, scope, onReset }: { layered: Layered<unknown>; scope: 'global' | 'site'; onReset?: () => void }) {
  const options = useOptions();
  if (layered.locked) return <LockReason />;
  const text = originText(options, layered.from, scope, layered.pack);
  if (!text) return null;
  // The agent's own choice at this level can be taken back to what lies under it.
  const resettable = onReset && ((scope === 'site' && layered.from === 'site') || (scope === 'global' && layered.from === 'user'));
  const label = options.t(scope === 'site' ? 'reset.site' : 'reset.global');
  return (
    <span class="origin">
      {text}
      {resettable && (
        <button type="button" class="reset" aria-label={label} title={label} disabled={options.readOnly} onClick={onReset}>
          ↺
        </button>
      )}
    </span>
  );
}

export function LockReason() {
  const { lockReason } = useOptions();
  return (
    <span class="locked" data-locked-reason="">
      {lockReason}
    </span>
  );
}

/** Ramah on or off, everywhere or on one site, over what lies under it. */
export function EnabledSwitch({ layered, scope, label, onChange, onReset }: { layered: Layered<boolean>; scope: 'global' | 'site'; label: string; onChange: (enabled: boolean) => void; onReset: () => void }) {
  const { readOnly } = useOptions();
  return (
    <div class="row">
      <label class="check switch">
        <input type="checkbox" data-site-enabled="" checked={layered.value} disabled={readOnly || layered.locked} onChange={(event) => onChange(event.currentTarget.checked)} />
        <span>{label}</span>
      </label>
      <Origin layered={layered} scope={scope} onReset={onReset} />
    </div>
  );
}

interface SettingSelectProps<T extends string> {
  /** Its `data-setting`. */
  setting: string;
  label: string;
  choices: readonly T[];
  choiceLabel: (choice: T) => string;
  layered: Layered<T>;
  scope: 'global' | 'site';
  onChange: (choice: T) => void;
  onReset: () => void;
}

/** One choice of a few, such as the drafts' language or the agent's authority, over what lies under it. */
export function SettingSelect<T extends string>({ setting, label, choices, choiceLabel, layered, scope, onChange, onReset }: SettingSelectProps<T>) {
  const { readOnly } = useOptions();
  return (
    <div class="row">
      <label class="field">
        <span>{label}</span>
        <select data-setting={setting} value={layered.value} disabled={readOnly || layered.locked} onChange={(event) => onChange(event.currentTarget.value as T)}>
          {choices.map((choice) => (
            <option key={choice} value={choice}>
              {choiceLabel(choice)}
            </option>
          ))}
        </select>
      </label>
      <Origin layered={layered} scope={scope} onReset={onReset} />
    </div>
  );
}

export function LanguageSelect(props: Pick<SettingSelectProps<LanguageOption>, 'layered' | 'scope' | 'onChange' | 'onReset'>) {
  const { t } = useOptions();
  return <SettingSelect setting="language" label={t('language.label')} choices={LANGUAGE_OPTIONS} choiceLabel={(language) => t(`language.${language}`)} {...props} />;
}

export type NoticeKind = 'ok' | 'warning' | 'error';

/** What came of something the agent did, or went wrong: an error is an alert, anything else a polite status. */
export function Notice({ kind, text, children, ...data }: { kind: NoticeKind; text: string; children?: ComponentChildren } & { [attribute: `data-${string}`]: string }) {
  return (
    <div class={`notice ${kind}`} role={kind === 'error' ? 'alert' : 'status'} {...data}>
      <p>{text}</p>
      {children}
    </div>
  );
}

/** The places in a pack file that were refused, each with what is wrong there. */
export function ErrorList({ errors }: { errors: readonly PackError[] }) {
  if (errors.length === 0) return null;
  return (
    <ul class="errors">
      {errors.map((error, index) => (
        <li key={index}>
          {error.path && <code>{error.path}</code>} {error.message}
        </li>
      ))}
    </ul>
  );
}
