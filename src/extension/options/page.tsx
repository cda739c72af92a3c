/**
 * Ramah's options page, short enough to take in at once: a search over everything, the agent's own
 * settings and everywhere's, the packs, the sites as a table with a drawer each for their rules,
 * and the settings file. It shows
 * what is stored now and follows every change to storage, from this tab or any other; each change
 * it makes is written over what is stored at that moment.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { UiLocale } from '../i18n/messages.js';
import { PACKS_KEY, POLICY_PACK_PROBLEMS_KEY } from '../packs/types.js';
import { BUILTIN_SITES, SETTINGS_KEY, type UserSettings } from '../settings/index.js';
import { onStoredChange, updateUserSettings } from '../settings/store.js';
import { BackupSection } from './backup-section.js';
import { errorText, OptionsContext, type Options } from './context.js';
import { loadOptionsData, type OptionsData } from './data.js';
import { GlobalSection } from './global-section.js';
import { optionsTranslator } from './messages.js';
import { PacksSection } from './packs-section.js';
import { searchTerms } from './search.js';
import { SitesSection } from './sites-section.js';
import { WrongWarningsSection } from './wrong-warnings.js';

const BUILTIN_NAMES = new Map(BUILTIN_SITES.map((site) => [site.host, site.name]));
const STATUS_MS = 8000;

export function OptionsPage({ locale }: { locale: UiLocale }) {
  const t = useMemo(() => optionsTranslator(locale), [locale]);
  const [data, setData] = useState<OptionsData | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  // Problems from loading stay until dismissed, each said once however often the page reloads.
  const [problems, setProblems] = useState<string[]>([]);
  const [dismissed, setDismissed] = useState(false);
  const [status, setStatus] = useState<{ text: string; kind: 'ok' | 'error' } | null>(null);
  const [query, setQuery] = useState('');
  const terms = useMemo(() => searchTerms(query), [query]);
  const generation = useRef(0);
  const latest = useRef<Promise<void>>(Promise.resolve());
  const current = useRef<OptionsData | null>(null);
  const seen = useRef<string[]>([]);
  const statusTimer = useRef<ReturnType<typeof setTimeout>>();

  const reload = useCallback((): Promise<void> => {
    const mine = ++generation.current;
    const loading = loadOptionsData(locale, BUILTIN_NAMES).then(
      (next) => {
        // A newer load is on its way: this one is already out of date, and done when that one is.
        if (mine !== generation.current) return latest.current;
        current.current = next;
        setData(next);
        setLoadError(null);
        const added = next.problems.filter((problem) => !seen.current.includes(problem));
        if (added.length > 0) {
          seen.current = [...seen.current, ...added];
          setProblems(seen.current);
          setDismissed(false);
        }
      },
      (error: unknown) => {
        if (mine !== generation.current) return latest.current;
        setLoadError(errorText(error));
      },
    );
    latest.current = loading;
    return loading;
  }, [locale]);

  useEffect(() => {
    void reload();
    const stop = onStoredChange([SETTINGS_KEY, PACKS_KEY, POLICY_PACK_PROBLEMS_KEY], () => void reload());
    return () => {
      stop();
      clearTimeout(statusTimer.current);
    };
  }, [reload]);

  const say = useCallback((text: string, kind: 'ok' | 'error' = 'ok') => {
    clearTimeout(statusTimer.current);
    setStatus({ text, kind });
    statusTimer.current = setTimeout(() => setStatus(null), STATUS_MS);
  }, []);

  const write = useCallback(
    async (change: (settings: UserSettings) => void) => {
      if (current.current?.policy.lockOptions) return false;
      try {
        await updateUserSettings(change);
        return true;
      } catch (error) {
        say(t('save.failed', { message: errorText(error) }), 'error');
        return false;
      } finally {
        // Also when nothing changed or the write failed: the controls show what is stored.
        void reload();
      }
    },
    [reload, say, t],
  );

  const options = useMemo((): Options | null => {
    if (!data) return null;
    const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    return {
      t,
      locale,
      data,
      readOnly: data.policy.lockOptions,
      lockReason: data.policy.message ? `${t('locked')} — ${data.policy.message}` : t('locked'),
      write,
      reload,
      formatTime: (at) => (Number.isFinite(at) ? format.format(at) : '?'),
      packName: (id) => data.packs.find((pack) => pack.id === id)?.name ?? id,
      terms,
    };
  }, [data, locale, reload, t, write, terms]);

  return (
    <div class="page" data-ramah-options="" aria-busy={options ? 'false' : 'true'}>
      <header class="top">
        <img src="/icons/icon-48.png" alt="" />
        <h1>{t('title')}</h1>
        <label class="search">
          <span class="visually-hidden">{t('search.label')}</span>
          <input
            type="search"
            data-options-search=""
            value={query}
            placeholder={t('search.placeholder')}
            spellcheck={false}
            autocomplete="off"
            onInput={(event) => setQuery(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape' && query) {
                event.preventDefault();
                setQuery('');
              }
            }}
          />
        </label>
      </header>
      {!options && (
        <p class={loadError ? 'notice error' : 'muted'} role={loadError ? 'alert' : 'status'}>
          {loadError ? t('action.failed', { message: loadError }) : t('loading')}
        </p>
      )}
      {options && (
        <OptionsContext.Provider value={options}>
          {options.readOnly && (
            <div class="banner locked-banner" role="note" data-options-locked="">
              <p>{t('lock.banner')}</p>
              {options.data.policy.message && <p>{options.data.policy.message}</p>}
            </div>
          )}
          {problems.length > 0 && !dismissed && (
            <div class="banner problems" role="alert" data-load-problems="">
              <p>{t('problems.title')}</p>
              <ul class="errors">
                {problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
              <button type="button" class="quiet" onClick={() => setDismissed(true)}>
                {t('problems.dismiss')}
              </button>
            </div>
          )}
          <main>
            <GlobalSection />
            <PacksSection />
            <SitesSection />
            <BackupSection />
            <WrongWarningsSection />
          </main>
        </OptionsContext.Provider>
      )}
      <div class={`status ${status?.kind ?? ''}`} role="status" aria-live="polite">
        {status?.text}
      </div>
    </div>
  );
}
