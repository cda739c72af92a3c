/**
 * What the options page shows, read fresh from storage on load and on every change: the agent's
 * settings, the admin's policy, the installed packs, and the rules they all name.
 */
import browser from 'webextension-polyfill';
import { RULES } from '../../engine/rules/index.js';
import type { UiLocale } from '../i18n/messages.js';
import { ask } from '../messaging.js';
import { packLayers, ruleMessage } from '../packs/layers.js';
import { readInstalledPacks } from '../packs/store.js';
import type { InstalledPack, PolicyPackProblem } from '../packs/types.js';
import { isBuiltinSite, knownSites, originPattern, resolveSiteConfig, type PackLayer, type Policy, type UserSettings } from '../settings/index.js';
import { readPolicy, readUserSettings } from '../settings/store.js';

export interface RuleInfo {
  /** As `analyze()` and the settings name it: `excuse`, or `pack-id/rule-id` for a pack's rule. */
  id: string;
  /** One line in the UI language: a pack rule's own message as the pack wrote it, in that language when the pack has it. */
  description: string;
  /** The pack that brings the rule. */
  pack?: string;
}

export type SiteKind = 'builtin' | 'user' | 'policy';

export interface SiteInfo {
  host: string;
  kind: SiteKind;
  /** The helpdesk's name for a built-in one. */
  name?: string;
}

export interface OptionsData {
  user: UserSettings;
  policy: Policy;
  packs: InstalledPack[];
  /** The admin's pack addresses that could not be installed yet, with why. */
  policyProblems: PolicyPackProblem[];
  /** The installed packs that are still valid, as the resolution takes them. */
  layers: PackLayer[];
  /** The built-in rules, then the rules of every enabled or policy pack. */
  rules: RuleInfo[];
  sites: SiteInfo[];
  /** For sites that are not built in: whether Ramah has the host permission it needs to run there. */
  access: Record<string, boolean>;
  /** What could not be read and fell back to defaults, in English as the model says it. */
  problems: string[];
}

export async function loadOptionsData(locale: UiLocale, builtinNames: ReadonlyMap<string, string>): Promise<OptionsData> {
  const [settings, policy, { packs, policyProblems }] = await Promise.all([readUserSettings(), readPolicy(), listPacks()]);
  const installed = packLayers(packs);
  const problems = [...settings.problems, ...policy.problems, ...installed.problems];
  const layers = installed.layers;
  const rules: RuleInfo[] = [
    ...RULES.map((rule) => ({ id: rule.meta.id, description: rule.meta.description[locale] ?? rule.meta.description.en })),
    ...installed.rules.map((rule) => ({ id: rule.id, description: ruleMessage(rule, locale), pack: rule.pack })),
  ];
  const user = settings.value;
  const named = new Set([...policy.value.sitesEnabled, ...policy.value.sitesDisabled, ...Object.keys(policy.value.rulesOff)]);
  const sites = knownSites(user, policy.value).map((host): SiteInfo => {
    if (isBuiltinSite(host)) return { host, kind: 'builtin', name: builtinNames.get(host) };
    return { host, kind: named.has(host) ? 'policy' : 'user' };
  });
  const ruleIds = rules.map((rule) => rule.id);
  const access: Record<string, boolean> = {};
  await Promise.all(
    sites
      .filter((site) => site.kind !== 'builtin' && resolveSiteConfig({ host: site.host, user, policy: policy.value, packs: layers, ruleIds }).enabled.value)
      .map(async (site) => {
        access[site.host] = await browser.permissions.contains({ origins: [originPattern(site.host)] }).catch(() => false);
      }),
  );
  return { user, policy: policy.value, packs, policyProblems, layers, rules, sites, access, problems };
}

/** The packs as the worker lists them; straight from storage when the worker does not answer. */
async function listPacks(): Promise<Pick<OptionsData, 'packs' | 'policyProblems'>> {
  try {
    const reply = await ask({ kind: 'packs-list' });
    if (Array.isArray(reply?.packs)) return { packs: reply.packs, policyProblems: Array.isArray(reply.policyProblems) ? reply.policyProblems : [] };
    throw new Error('no list in the reply');
  } catch (error) {
    console.warn('[Ramah] the worker did not list the packs: reading them from storage', error);
    return { packs: await readInstalledPacks().catch(() => []), policyProblems: [] };
  }
}

/** The packs that apply on a site, for the rule list: built-in rules and those packs' rules. */
export function rulesFor(rules: readonly RuleInfo[], applyingPacks: readonly string[]): RuleInfo[] {
  return rules.filter((rule) => rule.pack === undefined || applyingPacks.includes(rule.pack));
}
