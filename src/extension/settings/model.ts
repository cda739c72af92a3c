/**
 * The agent's stored settings and the admin's policy, as plain data, with the code that reads them
 * back safely. Stored values are untrusted: a value from an older version is migrated, and a
 * corrupt one falls back to its default with a problem that the options page shows. Nothing here
 * touches a browser API, so it runs the same in the worker, the content script, the pages and Node.
 */
import * as v from 'valibot';
import { LANGUAGES, type AgentTier, type LanguageOption } from '../../engine/report.js';
import { normalizeHostPattern } from './sites.js';

export type RuleSetting = 'off' | 'warn';
export const RULE_SETTINGS = ['off', 'warn'] as const;
export const LANGUAGE_OPTIONS = ['auto', ...LANGUAGES] as const;
export const AGENT_TIERS = ['self', 'approval'] as const;
/** The language of Ramah's own words (headings, buttons, explanations): the browser's, or one chosen. */
export const UI_LANGUAGE_OPTIONS = ['browser', ...LANGUAGES] as const;
export type UiLanguageOption = (typeof UI_LANGUAGE_OPTIONS)[number];
/** Long enough for any name an agent signs with, short enough to stay one line in a phrase. */
export const AGENT_NAME_MAX = 60;

/** What the agent chose for one site. What is absent falls through to the global settings. */
export interface SiteSettings {
  enabled?: boolean;
  language?: LanguageOption;
  rules?: Record<string, RuleSetting>;
  /** The installed packs that apply here, by id; absent means every enabled pack. */
  packs?: string[];
  /** Pinned to the browser's side panel instead of the panel in the page; absent means in the page. */
  sidePanel?: boolean;
}

export const SETTINGS_VERSION = 1;

export interface UserSettings {
  version: typeof SETTINGS_VERSION;
  /** Coach at all; off stops Ramah on every site. */
  enabled: boolean;
  /** The drafts' language, or `auto` to detect it per draft. */
  language: LanguageOption;
  /** The language Ramah speaks to the agent in; suggested rewordings and phrases stay in the draft's. */
  uiLanguage: UiLanguageOption;
  /** The name the agent signs with, for `{agent_name}` in phrases; empty when not given. */
  agentName: string;
  /** Show diagnostics: performance marks and events the page can see. Off, Ramah leaves no trace on the page. */
  debug: boolean;
  /** What the agent may give: alone, or also with a supervisor's approval. */
  tier: AgentTier;
  /** Count, on this computer only, what the coaching came to, for the agent's week in review. */
  recordWeek: boolean;
  /** After a reply to an abusive or threatening customer, a quiet card suggests a short pause. */
  breathingCard: boolean;
  rules: Record<string, RuleSetting>;
  /** Per-site choices by host pattern; a key that is not a built-in helpdesk is a site the agent added. */
  sites: Record<string, SiteSettings>;
}

export const DEFAULT_USER_SETTINGS: Readonly<UserSettings> = Object.freeze({
  version: SETTINGS_VERSION,
  enabled: true,
  language: 'auto',
  uiLanguage: 'browser',
  agentName: '',
  debug: false,
  tier: 'self',
  recordWeek: true,
  breathingCard: true,
  rules: {},
  sites: {},
});

/** The key of the settings object in `storage.local`. */
export const SETTINGS_KEY = 'settings';

export interface Loaded<T> {
  value: T;
  /** What was wrong with the stored value and was replaced by a default, in English for the log and the options page. */
  problems: string[];
}

const RuleId = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9._/-]{0,128}$/));
const Language = v.picklist(LANGUAGE_OPTIONS);
const Tier = v.picklist(AGENT_TIERS);
const UiLanguage = v.picklist(UI_LANGUAGE_OPTIONS);
// One line of plain text: no control characters, which would break the phrase it fills.
const AgentName = v.pipe(v.string(), v.maxLength(AGENT_NAME_MAX * 4), v.transform(cleanName), v.maxLength(AGENT_NAME_MAX));
const PackIds = v.array(v.pipe(v.string(), v.maxLength(64)));
// Not v.record: it takes a list too, and ["off"] would become the rule "0".
const PlainObject = v.custom<Record<string, unknown>>((input) => isPlainObject(input));

/**
 * Reads stored settings of any version: migrates old ones and keeps every field that is sound.
 * Each field is checked on its own, so one corrupt value costs that value, not the agent's other choices.
 */
export function loadUserSettings(stored: unknown): Loaded<UserSettings> {
  const problems: string[] = [];
  const value: UserSettings = { ...DEFAULT_USER_SETTINGS, rules: {}, sites: {} };
  if (stored === undefined) return { value, problems };
  if (!isPlainObject(stored)) {
    problems.push(`the stored settings were not an object (${describe(stored)}): using the defaults`);
    return { value, problems };
  }
  const version = stored.version;
  if (typeof version === 'number' && version > SETTINGS_VERSION) {
    problems.push(`the stored settings are from a newer version of Ramah (${version}): reading what this version knows`);
  }
  const field = <T>(name: keyof UserSettings, schema: v.GenericSchema<unknown, T>, apply: (value: T) => void) => {
    if (!(name in stored)) return;
    const result = v.safeParse(schema, stored[name]);
    if (result.success) apply(result.output);
    else problems.push(`settings.${name} was not valid (${describe(stored[name])}): using the default`);
  };
  field('enabled', v.boolean(), (x) => (value.enabled = x));
  field('language', Language, (x) => (value.language = x));
  field('uiLanguage', UiLanguage, (x) => (value.uiLanguage = x));
  field('agentName', AgentName, (x) => (value.agentName = x));
  field('debug', v.boolean(), (x) => (value.debug = x));
  field('tier', Tier, (x) => (value.tier = x));
  field('recordWeek', v.boolean(), (x) => (value.recordWeek = x));
  field('breathingCard', v.boolean(), (x) => (value.breathingCard = x));
  field('rules', PlainObject, (rules) => (value.rules = soundRules(rules, 'settings.rules', problems)));
  field('sites', PlainObject, (sites) => {
    for (const [key, site] of Object.entries(sites)) {
      const host = normalizeHostPattern(key);
      if (!host) problems.push(`settings.sites has a key that is not a site (${JSON.stringify(key)}): dropped`);
      else if (!isPlainObject(site)) problems.push(`settings.sites["${key}"] was not valid (${describe(site)}): dropped`);
      else value.sites[host] = soundSite(site, `settings.sites["${key}"]`, problems);
    }
  });
  return { value, problems };
}

/** One site's choices, each field on its own: a corrupt rule list keeps the site's on/off. */
function soundSite(site: Record<string, unknown>, where: string, problems: string[]): SiteSettings {
  const sound: SiteSettings = {};
  const field = <T>(name: keyof SiteSettings, schema: v.GenericSchema<unknown, T>, apply: (value: T) => void) => {
    if (site[name] === undefined) return;
    const result = v.safeParse(schema, site[name]);
    if (result.success) apply(result.output);
    else problems.push(`${where}.${name} was not valid (${describe(site[name])}): using the default`);
  };
  field('enabled', v.boolean(), (x) => (sound.enabled = x));
  field('language', Language, (x) => (sound.language = x));
  field('rules', PlainObject, (rules) => (sound.rules = soundRules(rules, `${where}.rules`, problems)));
  field('packs', PackIds, (x) => (sound.packs = x));
  field('sidePanel', v.boolean(), (x) => (sound.sidePanel = x));
  return sound;
}

function soundRules(rules: Record<string, unknown>, where: string, problems: string[]): Record<string, RuleSetting> {
  const sound: Record<string, RuleSetting> = {};
  for (const [rule, setting] of Object.entries(rules)) {
    if (v.is(RuleId, rule) && v.is(v.picklist(RULE_SETTINGS), setting)) sound[rule] = setting;
    else problems.push(`${where}["${rule}"] was not "off" or "warn": dropped`);
  }
  return sound;
}

/**
 * Pins Ramah to the browser's side panel on a site, or back into the page. `site` is the host
 * pattern whose settings apply there (SiteConfig.site), else the page's host: writing under a new,
 * more specific host would hide the agent's other choices for the site it belongs to. Returns
 * whether anything changed. Unpinned is the default, so it is stored as absent.
 */
export function setSidePanel(settings: UserSettings, site: string, pinned: boolean): boolean {
  const host = normalizeHostPattern(site);
  if (!host) return false;
  const current = settings.sites[host];
  if ((current?.sidePanel ?? false) === pinned) return false;
  const { sidePanel: _old, ...rest } = current ?? {};
  settings.sites[host] = pinned ? { ...rest, sidePanel: true } : rest;
  return true;
}

/**
 * Settings kept before they were versioned: `enabled` and `language` as top-level keys of
 * `storage.local`. Returns the versioned settings they become, or undefined when there are none.
 */
export function migrateLegacyKeys(storage: Record<string, unknown>): unknown {
  if (storage[SETTINGS_KEY] !== undefined) return storage[SETTINGS_KEY];
  const legacy = LEGACY_KEYS.filter((key) => key in storage);
  if (legacy.length === 0) return undefined;
  // Only the keys that were kept: a missing one is the default, not a corrupt value.
  return { version: SETTINGS_VERSION, ...Object.fromEntries(legacy.map((key) => [key, storage[key]])) };
}
export const LEGACY_KEYS = ['enabled', 'language'] as const;

/** The admin's word, from managed storage. See src/extension/managed-schema.json and docs/admin.md. */
export interface Policy {
  /** Sites where Ramah runs, by host pattern, and that the agent cannot turn off. */
  sitesEnabled: string[];
  /** Sites where Ramah never runs. */
  sitesDisabled: string[];
  /** Rules that are off, by host pattern; the key `*` means every site. */
  rulesOff: Record<string, string[]>;
  /** Packs installed for everyone, refreshed on schedule; the agent cannot remove them. */
  packUrls: string[];
  tier?: AgentTier;
  language?: LanguageOption;
  /** The take-a-breath card after a reply to an abusive or threatening customer, on or off for everyone. */
  breathingCard?: boolean;
  /** The whole options page is read-only. */
  lockOptions: boolean;
  /** False: no agent's week in review is recorded. True changes nothing: recording stays the agent's choice. */
  recordWeek?: boolean;
  /** Said next to every locked setting, e.g. who to ask. */
  message?: string;
}

export const EMPTY_POLICY: Readonly<Policy> = Object.freeze({ sitesEnabled: [], sitesDisabled: [], rulesOff: {}, packUrls: [], lockOptions: false });

/**
 * Reads managed storage. Chrome already drops values that break the schema; Firefox does not check
 * them at all, so every field is checked again here and a bad one is ignored with a problem.
 */
export function loadPolicy(managed: unknown): Loaded<Policy> {
  const problems: string[] = [];
  const value: Policy = { sitesEnabled: [], sitesDisabled: [], rulesOff: {}, packUrls: [], lockOptions: false };
  if (managed === undefined || managed === null) return { value, problems };
  if (!isPlainObject(managed)) {
    problems.push(`the policy was not an object (${describe(managed)}): ignored`);
    return { value, problems };
  }
  const hosts = (name: 'sitesEnabled' | 'sitesDisabled') => {
    const list = managed[name];
    if (list === undefined) return;
    if (!Array.isArray(list)) return void problems.push(`policy.${name} was not a list: ignored`);
    for (const item of list) {
      const host = typeof item === 'string' ? normalizeHostPattern(item) : undefined;
      if (host) value[name].push(host);
      else problems.push(`policy.${name} has an entry that is not a site (${describe(item)}): ignored`);
    }
  };
  hosts('sitesEnabled');
  hosts('sitesDisabled');
  if (managed.rulesOff !== undefined) {
    if (!isPlainObject(managed.rulesOff)) problems.push('policy.rulesOff was not an object: ignored');
    else {
      for (const [key, rules] of Object.entries(managed.rulesOff)) {
        const host = key === '*' ? '*' : normalizeHostPattern(key);
        if (!host || !Array.isArray(rules)) {
          problems.push(`policy.rulesOff["${key}"] was not a site with a list of rule ids: ignored`);
          continue;
        }
        // Each entry on its own, as for the site lists: one typo does not turn the others back on.
        const ids = rules.filter((rule): rule is string => v.is(RuleId, rule));
        for (const rule of rules) if (!v.is(RuleId, rule)) problems.push(`policy.rulesOff["${key}"] has an entry that is not a rule id (${describe(rule)}): ignored`);
        value.rulesOff[host] = [...new Set([...(value.rulesOff[host] ?? []), ...ids])];
      }
    }
  }
  if (managed.packUrls !== undefined) {
    if (!Array.isArray(managed.packUrls)) problems.push('policy.packUrls was not a list: ignored');
    else {
      for (const url of managed.packUrls) {
        if (typeof url === 'string' && isHttpsUrl(url)) value.packUrls.push(url);
        else problems.push(`policy.packUrls has an entry that is not an https URL (${describe(url)}): ignored`);
      }
    }
  }
  const pick = <T>(name: string, schema: v.GenericSchema<unknown, T>, apply: (value: T) => void) => {
    if (managed[name] === undefined) return;
    const result = v.safeParse(schema, managed[name]);
    if (result.success) apply(result.output);
    else problems.push(`policy.${name} was not valid (${describe(managed[name])}): ignored`);
  };
  pick('tier', Tier, (x) => (value.tier = x));
  pick('language', Language, (x) => (value.language = x));
  pick('breathingCard', v.boolean(), (x) => (value.breathingCard = x));
  pick('lockOptions', v.boolean(), (x) => (value.lockOptions = x));
  pick('recordWeek', v.boolean(), (x) => (value.recordWeek = x));
  pick('message', v.pipe(v.string(), v.maxLength(500)), (x) => (value.message = x.trim() || undefined));
  return { value, problems };
}

export function isHttpsUrl(text: string): boolean {
  try {
    return new URL(text).protocol === 'https:';
  } catch {
    return false;
  }
}

/** A name as one line: control characters and runs of spaces become one space. */
export function cleanName(text: string): string {
  return text.replace(/[\p{Cc}\p{Zl}\p{Zp}\s]+/gu, ' ').trim();
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/** The file that settings export to and import from. */
export const SETTINGS_FILE_FORMAT = 'ramah-settings';

export function exportSettings(settings: UserSettings): string {
  return `${JSON.stringify({ format: SETTINGS_FILE_FORMAT, ...settings }, null, 2)}\n`;
}

export type ImportResult = { ok: true; settings: UserSettings; problems: string[] } | { ok: false; error: string };

/** Reads an exported settings file. A file that is not one is refused whole, and nothing changes. */
export function importSettings(text: string): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `The file is not valid JSON: ${(error as Error).message}` };
  }
  if (!isPlainObject(json) || json.format !== SETTINGS_FILE_FORMAT) {
    return { ok: false, error: `The file is not a Ramah settings file: it needs "format": "${SETTINGS_FILE_FORMAT}".` };
  }
  const { format: _format, ...rest } = json;
  const { value, problems } = loadUserSettings(rest);
  return { ok: true, settings: value, problems };
}
