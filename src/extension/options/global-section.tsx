/** "Everywhere": the agent's own settings and the global ones, under every site's own; its rules behind a button. */
import { useState } from 'preact/hooks';
import { UI_LOCALE_NAMES } from '../i18n/messages.js';
import { AGENT_TIERS, UI_LANGUAGE_OPTIONS, resolveGlobalConfig, type Layered, type UiLanguageOption } from '../settings/index.js';
import { useOptions } from './context.js';
import { AgentNameField, BreathingSwitch, DebugSwitch, EnabledSwitch, LanguageSelect, SettingSelect, WeekSwitch } from './controls.js';
import { rulesFor } from './data.js';
import { DisclosureButton } from './disclosure.js';
import { RuleList, ruleMatches } from './rules.js';

export function GlobalSection() {
  const { t, data, write, terms, packName } = useOptions();
  const [open, setOpen] = useState(false);
  const config = resolveGlobalConfig({ user: data.user, policy: data.policy, packs: data.layers, ruleIds: data.rules.map((rule) => rule.id) });
  const uiLanguage: Layered<UiLanguageOption> = { value: data.user.uiLanguage, from: data.user.uiLanguage === 'browser' ? 'default' : 'user', locked: false };
  const rules = rulesFor(data.rules, config.packs);
  const off = rules.filter((rule) => config.rules[rule.id]?.value === 'off').length;
  // A search that finds rules shows them here at once.
  const found = terms.length > 0 && rules.some((rule) => ruleMatches(terms, rule, packName));
  const shown = open || found;
  return (
    <section class="card" id="global" data-site="*" aria-labelledby="global-title">
      <h2 id="global-title">{t('global.title')}</h2>
      <p class="muted">{t('global.intro')}</p>
      <div class="settings-grid">
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
        <LanguageSelect
          layered={config.language}
          scope="global"
          onChange={(language) => void write((settings) => void (settings.language = language))}
          onReset={() => void write((settings) => void (settings.language = 'auto'))}
        />
        <AgentNameField />
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
        <WeekSwitch layered={config.recordWeek} />
        <BreathingSwitch layered={config.breathingCard} />
        <DebugSwitch />
      </div>
      <div class="global-rules">
        <DisclosureButton open={shown} controls="global-rules" onToggle={() => setOpen(!shown)}>
          {t('global.rules')}
          <span class="muted"> · {off === 0 ? t('site.rules.allOn', { total: rules.length }) : t('site.rules.on', { on: rules.length - off, total: rules.length })}</span>
        </DisclosureButton>
        <div id="global-rules" hidden={!shown}>
          <RuleList
            rules={rules}
            resolved={config.rules}
            scope="global"
            onSet={(id, setting) => void write((settings) => void (settings.rules[id] = setting))}
            onReset={(id) => void write((settings) => void delete settings.rules[id])}
          />
        </div>
      </div>
    </section>
  );
}
