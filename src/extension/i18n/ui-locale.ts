/**
 * The one choice of language for Ramah's own UI in every context (sidebar, underline cards, popup,
 * options): the agent's `uiLanguage` setting, else the browser's UI language, which a page cannot
 * change, else the navigator's.
 */
import browser from 'webextension-polyfill';
import type { UiLanguageOption } from '../settings/model.js';
import { pickLocale, type UiLocale } from './messages.js';

export function browserUiLocale(): UiLocale {
  let language: string | undefined;
  try {
    language = browser.i18n?.getUILanguage?.();
  } catch {
    // A context without i18n: the navigator's language says the same in practice.
  }
  return pickLocale(language || navigator.language);
}

/** The locale the agent chose, or the browser's. */
export function uiLocaleOf(choice: UiLanguageOption | undefined): UiLocale {
  return choice === undefined || choice === 'browser' ? browserUiLocale() : choice;
}
