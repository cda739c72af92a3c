/** One site: Ramah on or off there, its language, its packs and its rules, over the global settings. */
import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { originPattern, resolveSiteConfig, type SiteSettings, type UserSettings } from '../settings/index.js';
import { requestOrigins, useOptions } from './context.js';
import { ConfirmRemove, useFocusBack } from './confirm.js';
import { EnabledSwitch, LanguageSelect, LockReason, Notice } from './controls.js';
import { rulesFor, type SiteInfo } from './data.js';
import { RuleList } from './rules.js';

/** The site's own settings, made on first use. */
function siteOf(settings: UserSettings, host: string): SiteSettings {
  settings.sites[host] ??= {};
  return settings.sites[host];
}

export function SiteSection({ site, anchor }: { site: SiteInfo; anchor: string }) {
  const { t, data, readOnly, write, reload } = useOptions();
  const [notice, setNotice] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const removeButton = useFocusBack<HTMLButtonElement>(confirming);
  const { host } = site;
  const config = resolveSiteConfig({ host, user: data.user, policy: data.policy, packs: data.layers, ruleIds: data.rules.map((rule) => rule.id) });
  const own = data.user.sites[host];
  const titleId = `${anchor}-title`;
  const needsAccess = site.kind !== 'builtin' && config.enabled.value && data.access[host] === false;

  const editSite = (change: (site: SiteSettings) => void) => write((settings) => change(siteOf(settings, host)));

  const refused = () => {
    setNotice(t('site.refused', { host }));
    void reload();
  };

  const setEnabled = (enabled: boolean) => {
    setNotice(null);
    if (!enabled || site.kind === 'builtin') return void editSite((own) => void (own.enabled = enabled));
    // A site that is not built in needs its host permission first; refused, nothing is written.
    requestOrigins([originPattern(host)]).then(
      (granted) => (granted ? void editSite((own) => void (own.enabled = true)) : refused()),
      (error: Error) => {
        setNotice(t('action.failed', { message: error.message }));
        void reload();
      },
    );
  };

  const grantAccess = () => {
    setNotice(null);
    requestOrigins([originPattern(host)]).then((granted) => (granted ? void reload() : refused()), refused);
  };

  const remove = async () => {
    if (!(await write((settings) => void delete settings.sites[host]))) return;
    // Its access goes with it, so that no content script stays registered for it.
    await browser.permissions.remove({ origins: [originPattern(host)] }).catch(() => false);
  };

  const packsChosen = own?.packs;
  const kindLabel = t(`site.kind.${site.kind}`);
  return (
    <section class="card site" id={anchor} data-site={host} aria-labelledby={titleId}>
      <header class="site-head">
        <h3 id={titleId}>
          {site.name ?? host}
          {site.name && <code class="host">{host}</code>}
        </h3>
        <span class="badge">{kindLabel}</span>
        {site.kind === 'user' && !confirming && (
          <button type="button" class="quiet" ref={removeButton.target} disabled={readOnly} onClick={() => setConfirming(true)}>
            {t('site.remove')}
          </button>
        )}
      </header>
      {confirming && (
        <ConfirmRemove
          question={t('site.removeConfirm', { host })}
          busy={readOnly}
          onYes={() => void remove()}
          onNo={() => {
            removeButton.kept();
            setConfirming(false);
          }}
        />
      )}
      <EnabledSwitch layered={config.enabled} scope="site" label={t('site.enabled')} onChange={setEnabled} onReset={() => void editSite((own) => void delete own.enabled)} />
      {needsAccess && (
        <p class="warning row">
          {t('site.noAccess')}{' '}
          <button type="button" disabled={readOnly} onClick={grantAccess}>
            {t('site.grant')}
          </button>
        </p>
      )}
      {notice && <Notice kind="error" text={notice} />}
      <LanguageSelect
        layered={config.language}
        scope="site"
        onChange={(language) => void editSite((own) => void (own.language = language))}
        onReset={() => void editSite((own) => void delete own.language)}
      />
      <PackChoice host={host} chosen={packsChosen} applying={config.packs} edit={editSite} />
      <RuleList
        rules={rulesFor(data.rules, config.packs)}
        resolved={config.rules}
        scope="site"
        onSet={(id, setting) => void editSite((own) => void ((own.rules ??= {})[id] = setting))}
        onReset={(id) => void editSite((own) => void delete own.rules?.[id])}
      />
    </section>
  );
}

function PackChoice({ host, chosen, applying, edit }: { host: string; chosen: string[] | undefined; applying: readonly string[]; edit: (change: (site: SiteSettings) => void) => Promise<boolean> }) {
  const { t, data, readOnly } = useOptions();
  const name = `packs-${host}`;
  if (data.packs.length === 0) {
    return (
      <fieldset class="packs-choice">
        <legend>{t('site.packs')}</legend>
        <p class="muted">{t('site.packs.none')}</p>
      </fieldset>
    );
  }
  const some = chosen !== undefined;
  return (
    <fieldset class="packs-choice">
      <legend>{t('site.packs')}</legend>
      <label class="check">
        <input type="radio" name={name} checked={!some} disabled={readOnly} onChange={() => void edit((own) => void delete own.packs)} />
        <span>{t('site.packs.all')}</span>
      </label>
      <label class="check">
        <input
          type="radio"
          name={name}
          checked={some}
          disabled={readOnly}
          // Starting from what applies now, so that choosing "only these" changes nothing until a pack is unticked.
          onChange={() => void edit((own) => void (own.packs = data.packs.filter((pack) => pack.enabled && pack.source.type !== 'policy').map((pack) => pack.id)))}
        />
        <span>{t('site.packs.some')}</span>
      </label>
      <ul class="indent">
        {data.packs.map((pack) => {
          const byPolicy = pack.source.type === 'policy';
          return (
            <li key={pack.id} class="row" data-site-pack={pack.id}>
              <label class="check">
                <input
                  type="checkbox"
                  checked={applying.includes(pack.id)}
                  disabled={readOnly || byPolicy || !some || !pack.enabled}
                  onChange={(event) => {
                    const on = event.currentTarget.checked;
                    void edit((own) => {
                      const list = new Set(own.packs ?? []);
                      if (on) list.add(pack.id);
                      else list.delete(pack.id);
                      own.packs = [...list];
                    });
                  }}
                />
                <span>{pack.name}</span>
              </label>
              {byPolicy && <LockReason />}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
