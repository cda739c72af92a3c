import './options.css';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { uiLocaleOf } from '../i18n/ui-locale.js';
import { SETTINGS_KEY, type UiLanguageOption } from '../settings/model.js';
import { onStoredChange, readUserSettings } from '../settings/store.js';
import { optionsTranslator } from './messages.js';
import { OptionsPage } from './page.js';

/** The page in the language the agent chose for Ramah, as every part of Ramah's UI; it follows a change at once. */
function Root() {
  const [choice, setChoice] = useState<UiLanguageOption | null>(null);
  useEffect(() => {
    const read = () => void readUserSettings().then((settings) => setChoice(settings.value.uiLanguage));
    read();
    return onStoredChange([SETTINGS_KEY], read);
  }, []);
  if (choice === null) return null;
  const locale = uiLocaleOf(choice);
  document.documentElement.lang = locale;
  document.title = optionsTranslator(locale)('title');
  return <OptionsPage locale={locale} />;
}

render(<Root />, document.getElementById('root')!);
