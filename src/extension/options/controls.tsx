/** Small parts shared by the sections: where a value comes from, its reset, and the language choice. */
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
