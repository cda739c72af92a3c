/** What every part of the options page shares: the strings, the data, and the one way to change settings. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { UiLocale } from '../i18n/messages.js';
import type { Layer, UserSettings } from '../settings/index.js';
import type { OptionsData } from './data.js';
import type { OptionsTranslate } from './messages.js';

export interface Options {
  t: OptionsTranslate;
  locale: UiLocale;
  data: OptionsData;
  /** The policy locks the whole page. */
  readOnly: boolean;
  /** "Set by your organisation", with the admin's message. */
  lockReason: string;
  /**
   * Changes the stored settings as they are now (another tab's change is kept). Resolves false,
   * after saying why, when the change could not be saved.
   */
  write(change: (settings: UserSettings) => void): Promise<boolean>;
  /**
   * Reads everything again, e.g. after a permission changed or a request was refused. Resolves once
   * the page shows what was read (or a newer read took over).
   */
  reload(): Promise<void>;
  formatTime(at: number): string;
  packName(id: string): string;
  /** The search box's words, folded (search.ts); none shows everything. */
  terms: readonly string[];
}

export const OptionsContext = createContext<Options | null>(null);

export function useOptions(): Options {
  const options = useContext(OptionsContext);
  if (!options) throw new Error('the options page parts need the OptionsContext');
  return options;
}

/** What went wrong, in the words of the error. */
export const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Asks the browser for host permissions. Call it straight from a click, submit or key handler,
 * before any await: the browser shows its prompt only during the user's gesture.
 */
export function requestOrigins(origins: string[]): Promise<boolean> {
  try {
    return browser.permissions.request({ origins });
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

/** Where a value comes from, in words, or null for a default; the scope names the user layer. */
export function originText(options: Pick<Options, 't' | 'packName'>, from: Layer, scope: 'global' | 'site', pack?: string): string | null {
  const { t } = options;
  switch (from) {
    case 'default':
    case 'policy':
      return null;
    case 'pack':
      return t('from.pack', { pack: pack ? options.packName(pack) : '?' });
    case 'user':
      return scope === 'global' ? t('from.userGlobal') : t('from.userSite');
    case 'site':
      return t('from.site');
  }
}
