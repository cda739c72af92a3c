/**
 * The sites as a table, one row each: the site, Ramah on or off there, the drafts' language, what
 * its rules come to, and a button that opens the site's drawer with its packs and its rules. Each
 * site's rows are one `tbody[data-site]`, so that everything about a site is found under it.
 */
import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { originPattern, resolveSiteConfig, type SiteSettings, type UserSettings } from '../settings/index.js';
import { AddSite } from './add-site.js';
import { requestOrigins, useOptions } from './context.js';
import { ConfirmRemove, useFocusBack } from './confirm.js';
import { EnabledSwitch, LanguageSelect, LockReason, Notice } from './controls.js';
import { rulesFor, type SiteInfo } from './data.js';
import { DisclosureButton } from './disclosure.js';
import { RuleList, ruleMatches } from './rules.js';
import { matchesSearch } from './search.js';

export function SitesSection() {
  const { t, data, terms, packName } = useOptions();
  const ruleIds = data.rules.map((rule) => rule.id);
  const rows = data.sites.map((site) => {
    const config = resolveSiteConfig({ host: site.host, user: data.user, policy: data.policy, packs: data.layers, ruleIds });
    const rules = rulesFor(data.rules, config.packs);
    const named = matchesSearch(terms, site.name, site.host, t(`site.kind.${site.kind}`));
    const matching = named ? rules.length : rules.filter((rule) => ruleMatches(terms, rule, packName)).length;
    return { site, named, matching };
  });
  const shown = rows.filter((row) => row.named || row.matching > 0);
  return (
    <section id="sites" class="card sites" aria-labelledby="sites-title">
      <div class="section-head">
        <h2 id="sites-title">{t('sites.title')}</h2>
        <p class="muted">{t('sites.intro')}</p>
      </div>
      <table class="sites-table" data-sites-table="">
        <thead>
          <tr>
            <th scope="col">{t('sites.col.site')}</th>
            <th scope="col">{t('sites.col.on')}</th>
            <th scope="col">{t('sites.col.language')}</th>
            <th scope="col">{t('sites.col.rules')}</th>
            <th scope="col">
              <span class="visually-hidden">{t('sites.col.drawer')}</span>
            </th>
          </tr>
        </thead>
        {shown.map(({ site, named, matching }) => (
          <SiteSection key={site.host} site={site} anchor={`site-${data.sites.indexOf(site)}`} named={named} matching={matching} />
        ))}
      </table>
      {shown.length === 0 && <p class="empty">{t('search.noSite')}</p>}
      <AddSite />
    </section>
  );
}

/** The site's own settings, made on first use. */
function siteOf(settings: UserSettings, host: string): SiteSettings {
  settings.sites[host] ??= {};
  return settings.sites[host];
}

function SiteSection({ site, anchor, named, matching }: { site: SiteInfo; anchor: string; named: boolean; matching: number }) {
  const { t, data, readOnly, write, reload, terms } = useOptions();
  const [notice, setNotice] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [open, setOpen] = useState(false);
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
  const siteName = site.name ?? host;
  const drawerId = `${anchor}-drawer`;
  const rules = rulesFor(data.rules, config.packs);
  const off = rules.filter((rule) => config.rules[rule.id]?.value === 'off').length;
  const setHere = rules.filter((rule) => config.rules[rule.id]?.from === 'site').length;
  const locked = rules.filter((rule) => config.rules[rule.id]?.locked).length;
  const searching = terms.length > 0 && !named;
  return (
    <tbody id={anchor} data-site={host} aria-labelledby={titleId} class={open ? 'site open' : 'site'}>
      <tr class="site-row">
        <th scope="row" id={titleId}>
          <span class="site-name">{siteName}</span>
          {site.name && <code class="host">{host}</code>}
          <span class="badge">{kindLabel}</span>
        </th>
        <td>
          <EnabledSwitch compact layered={config.enabled} scope="site" label={t('site.enabledOn', { site: siteName })} onChange={setEnabled} onReset={() => void editSite((own) => void delete own.enabled)} />
        </td>
        <td>
          <LanguageSelect
            compact
            label={t('site.languageOn', { site: siteName })}
            layered={config.language}
            scope="site"
            onChange={(language) => void editSite((own) => void (own.language = language))}
            onReset={() => void editSite((own) => void delete own.language)}
          />
        </td>
        <td class="rules-summary" data-rules-summary="">
          <span>{searching ? t('site.rules.matching', { count: matching }) : off === 0 ? t('site.rules.allOn', { total: rules.length }) : t('site.rules.on', { on: rules.length - off, total: rules.length })}</span>
          {setHere > 0 && <span class="muted"> · {t('site.rules.here', { count: setHere })}</span>}
          {locked > 0 && <span class="muted"> · {t('site.rules.locked', { count: locked })}</span>}
          {packsChosen !== undefined && <span class="muted"> · {t('site.packs.chosen')}</span>}
        </td>
        <td class="drawer-cell">
          <DisclosureButton open={open} controls={drawerId} label={t('site.drawer', { site: siteName })} onToggle={() => setOpen(!open)}>
            {t('site.drawer.button')}
          </DisclosureButton>
        </td>
      </tr>
      {(needsAccess || notice) && (
        <tr class="site-notes">
          <td colSpan={5}>
            {needsAccess && (
              <p class="warning row">
                {t('site.noAccess')}{' '}
                <button type="button" disabled={readOnly} onClick={grantAccess}>
                  {t('site.grant')}
                </button>
              </p>
            )}
            {notice && <Notice kind="error" text={notice} />}
          </td>
        </tr>
      )}
      <tr class="drawer" id={drawerId} hidden={!open} data-drawer="">
        <td colSpan={5}>
          {site.kind === 'user' && !confirming && (
            <button type="button" class="quiet remove-site" ref={removeButton.target} disabled={readOnly} onClick={() => setConfirming(true)}>
              {t('site.remove')}
            </button>
          )}
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
          <PackChoice host={host} chosen={packsChosen} applying={config.packs} edit={editSite} />
          <RuleList
            rules={rules}
            resolved={config.rules}
            scope="site"
            unfiltered={named}
            onSet={(id, setting) => void editSite((own) => void ((own.rules ??= {})[id] = setting))}
            onReset={(id) => void editSite((own) => void delete own.rules?.[id])}
          />
        </td>
      </tr>
    </tbody>
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
