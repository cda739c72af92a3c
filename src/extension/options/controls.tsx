/** Small parts shared by the sections: where a value comes from, its reset, the language choice, and feedback. */
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

export function LanguageSelect({ layered, scope, onChange, onReset }: { layered: Layered<LanguageOption>; scope: 'global' | 'site'; onChange: (language: LanguageOption) => void; onReset: () => void }) {
  const { t, readOnly } = useOptions();
  return (
    <div class="row">
      <label class="field">
        <span>{t('language.label')}</span>
        <select
          data-setting="language"
          value={layered.value}
          disabled={readOnly || layered.locked}
          onChange={(event) => onChange(event.currentTarget.value as LanguageOption)}
        >
          {LANGUAGE_OPTIONS.map((language) => (
            <option key={language} value={language}>
              {t(`language.${language}`)}
            </option>
          ))}
        </select>
      </label>
      <Origin layered={layered} scope={scope} onReset={onReset} />
    </div>
  );
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
