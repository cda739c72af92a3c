/** "Everywhere": the agent's global settings, under every site's own. */
import { UI_LOCALE_NAMES } from '../i18n/messages.js';
import { AGENT_TIERS, UI_LANGUAGE_OPTIONS, resolveGlobalConfig, type Layered, type UiLanguageOption } from '../settings/index.js';
import { useOptions } from './context.js';
import { AgentNameField, DebugSwitch, EnabledSwitch, LanguageSelect, SettingSelect } from './controls.js';
import { rulesFor } from './data.js';
import { RuleList } from './rules.js';

export function GlobalSection() {
  const { t, data, write } = useOptions();
  const config = resolveGlobalConfig({ user: data.user, policy: data.policy, packs: data.layers, ruleIds: data.rules.map((rule) => rule.id) });
  const uiLanguage: Layered<UiLanguageOption> = { value: data.user.uiLanguage, from: data.user.uiLanguage === 'browser' ? 'default' : 'user', locked: false };
  return (
    <section class="card" id="global" data-site="*" aria-labelledby="global-title">
      <h2 id="global-title">{t('global.title')}</h2>
      <p class="muted">{t('global.intro')}</p>
      <EnabledSwitch
        layered={config.enabled}
        scope="global"
        label={t('global.enabled')}
        onChange={(enabled) => void write((settings) => void (settings.enabled = enabled))}
        onReset={() => void write((settings) => void (settings.enabled = true))}
      />
      <SettingSelect
        setting="uiLanguage"
        label={t('uiLanguage.label')}
        hint={t('uiLanguage.hint')}
        choices={UI_LANGUAGE_OPTIONS}
        choiceLabel={(choice) => (choice === 'browser' ? t('uiLanguage.browser') : UI_LOCALE_NAMES[choice])}
        layered={uiLanguage}
        scope="global"
        onChange={(choice) => void write((settings) => void (settings.uiLanguage = choice))}
        onReset={() => void write((settings) => void (settings.uiLanguage = 'browser'))}
      />
      <AgentNameField />
      <LanguageSelect
        layered={config.language}
        scope="global"
        onChange={(language) => void write((settings) => void (settings.language = language))}
        onReset={() => void write((settings) => void (settings.language = 'auto'))}
      />
      <SettingSelect
        setting="tier"
        label={t('tier.label')}
        choices={AGENT_TIERS}
        choiceLabel={(tier) => t(`tier.${tier}`)}
        layered={config.tier}
        scope="global"
        onChange={(tier) => void write((settings) => void (settings.tier = tier))}
        onReset={() => void write((settings) => void (settings.tier = 'self'))}
      />
      <DebugSwitch />
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
