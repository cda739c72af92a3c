/** "Everywhere": the agent's global settings, under every site's own. */
import { AGENT_TIERS, resolveGlobalConfig } from '../settings/index.js';
import { useOptions } from './context.js';
import { LanguageSelect, Origin } from './controls.js';
import { rulesFor } from './data.js';
import { RuleList } from './rules.js';

export function GlobalSection() {
  const { t, data, readOnly, write } = useOptions();
  const config = resolveGlobalConfig({ user: data.user, policy: data.policy, packs: data.layers, ruleIds: data.rules.map((rule) => rule.id) });
  return (
    <section class="card" id="global" data-site="*" aria-labelledby="global-title">
      <h2 id="global-title">{t('global.title')}</h2>
      <p class="muted">{t('global.intro')}</p>
      <div class="row">
        <label class="check switch">
          <input
            type="checkbox"
            data-site-enabled=""
            checked={config.enabled.value}
            disabled={readOnly || config.enabled.locked}
            onChange={(event) => {
              const enabled = event.currentTarget.checked;
              void write((settings) => void (settings.enabled = enabled));
            }}
          />
          <span>{t('global.enabled')}</span>
        </label>
        <Origin layered={config.enabled} scope="global" onReset={() => void write((settings) => void (settings.enabled = true))} />
      </div>
      <LanguageSelect
        layered={config.language}
        scope="global"
        onChange={(language) => void write((settings) => void (settings.language = language))}
        onReset={() => void write((settings) => void (settings.language = 'auto'))}
      />
      <div class="row">
        <label class="field">
          <span>{t('tier.label')}</span>
          <select
            data-setting="tier"
            value={config.tier.value}
            disabled={readOnly || config.tier.locked}
            onChange={(event) => {
              const tier = event.currentTarget.value as (typeof AGENT_TIERS)[number];
              void write((settings) => void (settings.tier = tier));
            }}
          >
            {AGENT_TIERS.map((tier) => (
              <option key={tier} value={tier}>
                {t(`tier.${tier}`)}
              </option>
            ))}
          </select>
        </label>
        <Origin layered={config.tier} scope="global" onReset={() => void write((settings) => void (settings.tier = 'self'))} />
      </div>
      <RuleList
        rules={rulesFor(data.rules, config.packs)}
        resolved={config.rules}
        scope="global"
        onSet={(id, setting) => void write((settings) => void (settings.rules[id] = setting))}
        onReset={(id) => void write((settings) => void delete settings.rules[id])}
      />
    </section>
  );
}
