import './options.css';
import { render } from 'preact';
import { browserUiLocale } from '../i18n/ui-locale.js';
import { optionsTranslator } from './messages.js';
import { OptionsPage } from './page.js';

// The browser's UI language, as in every part of Ramah's UI.
const locale = browserUiLocale();
document.documentElement.lang = locale;
document.title = optionsTranslator(locale)('title');
render(<OptionsPage locale={locale} />, document.getElementById('root')!);
