/** The agent's settings, kept in `storage.local`. More arrive with the settings UI. */
export interface Settings {
  /** Coach while the agent types. */
  enabled: boolean;
  /** The drafts' language, or `auto` to detect it per draft. */
  language: 'auto' | 'id' | 'ms' | 'en';
}

export const DEFAULT_SETTINGS: Readonly<Settings> = { enabled: true, language: 'auto' };
