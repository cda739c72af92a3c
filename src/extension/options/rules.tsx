/** The rules of one section, each a checkbox: ticked flags it, unticked turns it off. The search shows only the rules it finds. */
import type { Layered, RuleSetting } from '../settings/index.js';
import { useOptions } from './context.js';
import { Origin } from './controls.js';
import type { RuleInfo } from './data.js';
import { matchesSearch } from './search.js';

interface RuleListProps {
  rules: readonly RuleInfo[];
  resolved: Readonly<Record<string, Layered<RuleSetting>>>;
  scope: 'global' | 'site';
  onSet(id: string, setting: RuleSetting): void;
  onReset(id: string): void;
  /** Every rule, whatever the search: the section itself is what was searched for. */
  unfiltered?: boolean;
}

/** The text the search looks through for a rule. */
export function ruleMatches(terms: readonly string[], rule: RuleInfo, packName: (id: string) => string): boolean {
  return matchesSearch(terms, rule.description, rule.id, rule.pack && packName(rule.pack));
}

const DEFAULT_RULE: Layered<RuleSetting> = { value: 'warn', from: 'default', locked: false };

export function RuleList({ rules, resolved, scope, onSet, onReset, unfiltered = false }: RuleListProps) {
  const { t, readOnly, packName, terms } = useOptions();
  const shown = unfiltered ? rules : rules.filter((rule) => ruleMatches(terms, rule, packName));
  return (
    <fieldset class="rules">
      <legend>{t('rules.title')}</legend>
      {shown.length === 0 && <p class="empty">{t('search.noRule')}</p>}
      <ul>
        {shown.map((rule) => {
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
