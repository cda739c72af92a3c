import '../options/options.css';
import './week.css';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { uiLocaleOf } from '../i18n/ui-locale.js';
import { resolveGlobalConfig, SETTINGS_KEY, type Layered, type UiLanguageOption } from '../settings/index.js';
import { onStoredChange, readPolicy, readUserSettings } from '../settings/store.js';
import { weekTranslator } from './messages.js';
import { WEEK_KEY, type WeekStore } from './model.js';
import { openOptions, WeekPage } from './page.js';
import { readWeek } from './store.js';

interface Loaded {
  uiLanguage: UiLanguageOption;
  recording: Layered<boolean>;
  store: WeekStore;
  today: Date;
}

async function load(): Promise<Loaded> {
  const [settings, policy, store] = await Promise.all([readUserSettings(), readPolicy(), readWeek()]);
  const config = resolveGlobalConfig({ user: settings.value, policy: policy.value, packs: [], ruleIds: [] });
  return { uiLanguage: settings.value.uiLanguage, recording: config.recordWeek, store, today: new Date() };
}

/** The page in the agent's language for Ramah; it follows what the tabs record, and a change of settings, at once. */
function Root() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    const read = () => void load().then(setLoaded);
    read();
    return onStoredChange([WEEK_KEY, SETTINGS_KEY], read);
  }, []);
  if (!loaded) return null;
  const locale = uiLocaleOf(loaded.uiLanguage);
  document.documentElement.lang = locale;
  document.title = weekTranslator(locale)('title');
  return <WeekPage locale={locale} store={loaded.store} recording={loaded.recording} today={loaded.today} onOptions={openOptions} />;
}

render(<Root />, document.getElementById('root')!);
