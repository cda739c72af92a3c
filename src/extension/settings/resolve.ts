/**
 * What applies on one site, resolved in layers, each over the one before:
 * 1. the built-in defaults;
 * 2. the enabled packs, in order (a pack may turn its team's rules off or on);
 * 3. the agent's settings, global and then for the site;
 * 4. the admin's policy, which wins and marks what it set as locked.
 * Every value says which layer it came from, so the options page can show why it is what it is.
 */
import type { AgentTier, LanguageOption } from '../../engine/report.js';
import type { Policy, RuleSetting, UiLanguageOption, UserSettings } from './model.js';
import { BUILTIN_SITES, hostMatches, mostSpecific } from './sites.js';

export type Layer = 'default' | 'pack' | 'user' | 'site' | 'policy';

export interface Layered<T> {
  value: T;
  from: Layer;
  /** Set by policy: the agent cannot change it. */
  locked: boolean;
  /** For `from: 'pack'`: the id of the pack that set it, so the options page can name it. */
  pack?: string;
}

/** What the resolution needs to know of an installed pack. */
export interface PackLayer {
  id: string;
  enabled: boolean;
  /** Installed by policy: applies on every site and cannot be turned off. */
  byPolicy?: boolean;
  ruleSettings?: Readonly<Record<string, RuleSetting>>;
}

export interface SiteConfig {
  /** The host pattern whose settings apply, or null for a site Ramah does not know. */
  site: string | null;
  /** A built-in helpdesk, on from install. */
  builtin: boolean;
  enabled: Layered<boolean>;
  language: Layered<LanguageOption>;
  tier: Layered<AgentTier>;
  /** The take-a-breath card after a reply to an abusive or threatening customer. */
  breathingCard: Layered<boolean>;
  /** Every rule named in `ruleIds`, plus any that a layer named. */
  rules: Record<string, Layered<RuleSetting>>;
  /** The packs that apply here, by id, in order. */
  packs: string[];
  /** The agent pinned Ramah to the browser's side panel here: the panel in the page stays hidden. */
  sidePanel: boolean;
  /** The whole options page is read-only. */
  optionsLocked: boolean;
  /** The admin's message for locked settings. */
  policyMessage?: string;
  /** The agent's own, the same on every site: the language Ramah speaks to them in. */
  uiLanguage: UiLanguageOption;
  /** The name the agent signs with, for `{agent_name}`; empty when not given. */
  agentName: string;
  /** Diagnostics the page can see (performance marks, events): off unless the agent turns them on. */
  debug: boolean;
  /** Count what the coaching came to, for the week in review: the agent's choice, unless the policy turned it off. */
  recordWeek: Layered<boolean>;
}

export interface ResolveInput {
  /** The page's host name, e.g. `acme.zendesk.com`. */
  host: string;
  user: UserSettings;
  policy: Policy;
  packs: readonly PackLayer[];
  /** The built-in rules' ids and the enabled packs' rule ids. */
  ruleIds: readonly string[];
}

const set = <T>(value: T, from: Layer, locked = false): Layered<T> => ({ value, from, locked });

/** Every site that has a setting somewhere: built-in, added by the agent, or named by policy. */
export function knownSites(user: UserSettings, policy: Policy): string[] {
  const sites = new Set<string>(BUILTIN_SITES.map((site) => site.host));
  for (const host of Object.keys(user.sites)) sites.add(host);
  for (const host of [...policy.sitesEnabled, ...policy.sitesDisabled]) sites.add(host);
  for (const host of Object.keys(policy.rulesOff)) if (host !== '*') sites.add(host);
  return [...sites];
}

/**
 * `host` may also be a host pattern, as the options page shows a site: `*.zendesk.com` is covered by
 * the patterns that cover all of its hosts (`*.zendesk.com`, not `support.zendesk.com`).
 */
export function resolveSiteConfig({ host, user, policy, packs, ruleIds }: ResolveInput): SiteConfig {
  const site = mostSpecific(knownSites(user, policy), host) ?? null;
  // By the host, not by the site whose settings apply: acme.zendesk.com with settings of its own
  // is still a built-in helpdesk, where the manifest's content scripts run.
  const builtin = BUILTIN_SITES.some((builtinSite) => hostMatches(builtinSite.host, host));
  const siteSettings = site ? user.sites[site] : undefined;

  // 1. Defaults: the built-in helpdesks run, other sites wait to be enabled.
  let enabled = set(builtin, 'default');
  // 3. The agent: off everywhere, or per site.
  if (!user.enabled) enabled = set(false, 'user');
  else if (siteSettings?.enabled !== undefined) enabled = set(siteSettings.enabled, 'site');
  // 4. Policy: a disabled site wins over an enabled one, as the stricter word.
  if (policy.sitesEnabled.some((pattern) => hostMatches(pattern, host))) enabled = set(true, 'policy', true);
  if (policy.sitesDisabled.some((pattern) => hostMatches(pattern, host))) enabled = set(false, 'policy', true);

  let language = set<LanguageOption>('auto', 'default');
  if (user.language !== 'auto') language = set(user.language, 'user');
  if (siteSettings?.language !== undefined) language = set(siteSettings.language, 'site');
  if (policy.language !== undefined) language = set(policy.language, 'policy', true);

  let tier = set<AgentTier>('self', 'default');
  if (user.tier !== 'self') tier = set(user.tier, 'user');
  if (policy.tier !== undefined) tier = set(policy.tier, 'policy', true);

  let breathingCard = set(true, 'default');
  if (!user.breathingCard) breathingCard = set(false, 'user');
  if (policy.breathingCard !== undefined) breathingCard = set(policy.breathingCard, 'policy', true);

  const applying = packs.filter((pack) => pack.byPolicy || (pack.enabled && (siteSettings?.packs === undefined || siteSettings.packs.includes(pack.id))));

  const rules: Record<string, Layered<RuleSetting>> = {};
  for (const id of ruleIds) rules[id] = set<RuleSetting>('warn', 'default');
  for (const pack of applying) for (const [id, setting] of Object.entries(pack.ruleSettings ?? {})) rules[id] = { ...set(setting, 'pack'), pack: pack.id };
  for (const [id, setting] of Object.entries(user.rules)) rules[id] = set(setting, 'user');
  for (const [id, setting] of Object.entries(siteSettings?.rules ?? {})) rules[id] = set(setting, 'site');
  for (const [pattern, off] of Object.entries(policy.rulesOff)) {
    if (pattern !== '*' && !hostMatches(pattern, host)) continue;
    for (const id of off) rules[id] = set<RuleSetting>('off', 'policy', true);
  }

  return {
    site,
    builtin,
    enabled,
    language,
    tier,
    breathingCard,
    rules,
    packs: applying.map((pack) => pack.id),
    sidePanel: siteSettings?.sidePanel === true,
    optionsLocked: policy.lockOptions,
    policyMessage: policy.message,
    uiLanguage: user.uiLanguage,
    agentName: user.agentName,
    debug: user.debug,
    recordWeek: policy.recordWeek === false ? set(false, 'policy', true) : set(user.recordWeek, user.recordWeek ? 'default' : 'user'),
  };
}

/**
 * What applies where no site setting does: the "everywhere" layer that the options page edits.
 * No real host is empty, so only policy's `*` and the global layers reach it.
 */
export function resolveGlobalConfig(input: Omit<ResolveInput, 'host'>): SiteConfig {
  const config = resolveSiteConfig({ ...input, host: '' });
  return { ...config, enabled: input.user.enabled ? set(true, 'default') : set(false, 'user') };
}

/** The per-rule settings for `analyze()`. */
export function engineRules(config: SiteConfig): Record<string, RuleSetting> {
  return Object.fromEntries(Object.entries(config.rules).map(([id, rule]) => [id, rule.value]));
}
