/** Small parts shared by the sections: where a value comes from, its reset, the switches and choices, and feedback. */
import type { ComponentChildren } from 'preact';
import type { PackError } from '../../engine/packs/schema.js';
import type { LanguageOption } from '../../engine/report.js';
import { useState } from 'preact/hooks';
import { AGENT_NAME_MAX, LANGUAGE_OPTIONS, cleanName, type Layered } from '../settings/index.js';
import { originText, useOptions } from './context.js';
import { WEEK_PAGE } from '../week/model.js';

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

/** Ramah on or off, everywhere or on one site, over what lies under it. `compact`, in a table cell, the label is for screen readers only. */
export function EnabledSwitch({ layered, scope, label, compact = false, onChange, onReset }: { layered: Layered<boolean>; scope: 'global' | 'site'; label: string; compact?: boolean; onChange: (enabled: boolean) => void; onReset: () => void }) {
  const { readOnly } = useOptions();
  return (
    <div class={compact ? 'cell' : 'row'}>
      <label class="check switch">
        <input type="checkbox" data-site-enabled="" checked={layered.value} disabled={readOnly || layered.locked} onChange={(event) => onChange(event.currentTarget.checked)} />
        <span class={compact ? 'visually-hidden' : undefined}>{label}</span>
      </label>
      <Origin layered={layered} scope={scope} onReset={onReset} />
    </div>
  );
}

interface SettingSelectProps<T extends string> {
  /** Its `data-setting`. */
  setting: string;
  label: string;
  /** A line under the choice, when its label does not say enough. */
  hint?: string;
  choices: readonly T[];
  choiceLabel: (choice: T) => string;
  layered: Layered<T>;
  scope: 'global' | 'site';
  onChange: (choice: T) => void;
  onReset: () => void;
  /** In a table cell: the label is for screen readers only. */
  compact?: boolean;
}

/** One choice of a few, such as the drafts' language or the agent's authority, over what lies under it. */
export function SettingSelect<T extends string>({ setting, label, hint, choices, choiceLabel, layered, scope, onChange, onReset, compact = false }: SettingSelectProps<T>) {
  const { readOnly } = useOptions();
  const hintId = hint ? `${setting}-hint` : undefined;
  return (
    <div class={compact ? 'cell' : 'row'}>
      <label class="field">
        <span class={compact ? 'visually-hidden' : undefined}>{label}</span>
        <select data-setting={setting} value={layered.value} aria-describedby={hintId} disabled={readOnly || layered.locked} onChange={(event) => onChange(event.currentTarget.value as T)}>
          {choices.map((choice) => (
            <option key={choice} value={choice}>
              {choiceLabel(choice)}
            </option>
          ))}
        </select>
      </label>
      <Origin layered={layered} scope={scope} onReset={onReset} />
      {hint && (
        <p id={hintId} class="hint">
          {hint}
        </p>
      )}
    </div>
  );
}

/** The name the agent signs with, saved when the field is left or Enter is pressed. */
export function AgentNameField() {
  const { t, data, readOnly, write } = useOptions();
  const [draft, setDraft] = useState<string | null>(null);
  const save = (text: string) => {
    setDraft(null);
    const name = cleanName(text).slice(0, AGENT_NAME_MAX);
    if (name !== data.user.agentName) void write((settings) => void (settings.agentName = name));
  };
  return (
    <div class="row">
      <label class="field">
        <span>{t('agentName.label')}</span>
        <input
          type="text"
          data-setting="agentName"
          value={draft ?? data.user.agentName}
          maxLength={AGENT_NAME_MAX}
          placeholder={t('agentName.placeholder')}
          autocomplete="name"
          spellcheck={false}
          disabled={readOnly}
          aria-describedby="agentName-hint"
          onInput={(event) => setDraft(event.currentTarget.value)}
          onChange={(event) => save(event.currentTarget.value)}
        />
      </label>
      <p id="agentName-hint" class="hint">
        {t('agentName.hint')}
      </p>
    </div>
  );
}

/** "Show diagnostics": off, the helpdesk page sees nothing of Ramah. */
export function DebugSwitch() {
  const { t, data, readOnly, write } = useOptions();
  return (
    <div class="row">
      <label class="check">
        <input type="checkbox" data-setting="debug" checked={data.user.debug} disabled={readOnly} aria-describedby="debug-hint" onChange={(event) => {
            const debug = event.currentTarget.checked;
            void write((settings) => void (settings.debug = debug));
          }}
        />
        <span>{t('debug.label')}</span>
      </label>
      <p id="debug-hint" class="hint">
        {t('debug.hint')}
      </p>
    </div>
  );
}

/** Counting the week in review: the agent's own choice, unless the admin turned it off; with the way to the page. */
export function WeekSwitch({ layered }: { layered: Layered<boolean> }) {
  const { t, readOnly, write } = useOptions();
  return (
    <div class="row">
      <label class="check">
        <input type="checkbox" data-setting="recordWeek" checked={layered.value} disabled={readOnly || layered.locked} aria-describedby="recordWeek-hint" onChange={(event) => {
            const recordWeek = event.currentTarget.checked;
            void write((settings) => void (settings.recordWeek = recordWeek));
          }}
        />
        <span>{t('week.label')}</span>
      </label>
      {layered.locked && <LockReason />}
      <p id="recordWeek-hint" class="hint">
        {t('week.hint')}{' '}
        <a href={`/${WEEK_PAGE}`} target="_blank" rel="noopener" data-open-week="">
          {t('week.open')}
        </a>
      </p>
    </div>
  );
}

/** The take-a-breath card on or off; policy may lock it either way. */
export function BreathingSwitch({ layered }: { layered: Layered<boolean> }) {
  const { t, readOnly, write } = useOptions();
  return (
    <div class="row">
      <label class="check">
        <input
          type="checkbox"
          data-setting="breathingCard"
          checked={layered.value}
          disabled={readOnly || layered.locked}
          aria-describedby="breathingCard-hint"
          onChange={(event) => {
            const on = event.currentTarget.checked;
            void write((settings) => void (settings.breathingCard = on));
          }}
        />
        <span>{t('breathing.label')}</span>
      </label>
      <Origin layered={layered} scope="global" onReset={() => void write((settings) => void (settings.breathingCard = true))} />
      <p id="breathingCard-hint" class="hint">
        {t('breathing.hint')}
      </p>
    </div>
  );
}

export function LanguageSelect({ label, ...props }: Pick<SettingSelectProps<LanguageOption>, 'layered' | 'scope' | 'onChange' | 'onReset' | 'compact'> & { label?: string }) {
  const { t } = useOptions();
  return <SettingSelect setting="language" label={label ?? t('language.label')} choices={LANGUAGE_OPTIONS} choiceLabel={(language) => t(`language.${language}`)} {...props} />;
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
