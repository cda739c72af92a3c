import './options.css';
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { pickLocale } from '../i18n/messages.js';
import { optionsTranslator } from './messages.js';
import { OptionsPage } from './page.js';

// The browser's UI language, as the agent chose it for the browser's own menus.
const locale = pickLocale(browser.i18n.getUILanguage?.() ?? navigator.language);
document.documentElement.lang = locale;
document.title = optionsTranslator(locale)('title');
render(<OptionsPage locale={locale} />, document.getElementById('root')!);
