/** The rules of one section, each a checkbox: ticked flags it, unticked turns it off. */
import type { Layered, RuleSetting } from '../settings/index.js';
import { useOptions } from './context.js';
import { Origin } from './controls.js';
import type { RuleInfo } from './data.js';

interface RuleListProps {
  rules: readonly RuleInfo[];
  resolved: Readonly<Record<string, Layered<RuleSetting>>>;
  scope: 'global' | 'site';
  onSet(id: string, setting: RuleSetting): void;
  onReset(id: string): void;
}

const DEFAULT_RULE: Layered<RuleSetting> = { value: 'warn', from: 'default', locked: false };

export function RuleList({ rules, resolved, scope, onSet, onReset }: RuleListProps) {
  const { t, readOnly, packName } = useOptions();
  return (
    <fieldset class="rules">
      <legend>{t('rules.title')}</legend>
      <ul>
        {rules.map((rule) => {
          const layered = resolved[rule.id] ?? DEFAULT_RULE;
          return (
            <li key={rule.id} class="row rule" data-rule-row={rule.id}>
              <label class="check">
                <input
                  type="checkbox"
                  data-rule={rule.id}
                  checked={layered.value !== 'off'}
                  disabled={readOnly || layered.locked}
                  onChange={(event) => onSet(rule.id, event.currentTarget.checked ? 'warn' : 'off')}
                />
                <span class="rule-text">
                  {rule.description}
                  <code class="rule-id">{rule.id}</code>
                  {rule.pack && <span class="muted"> · {t('rules.fromPack', { pack: packName(rule.pack) })}</span>}
                </span>
              </label>
              <Origin layered={layered} scope={scope} onReset={() => onReset(rule.id)} />
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
