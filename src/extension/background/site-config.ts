/** What applies on one page: the layers resolved for its host, and the packs that apply there. */
import { RULES } from '../../engine/rules/index.js';
import { packLayers } from '../packs/layers.js';
import { readInstalledPacks } from '../packs/store.js';
import browser from 'webextension-polyfill';
import { resolveSiteConfig, type Loaded, type Policy } from '../settings/index.js';
import { readPolicy, readUserSettings } from '../settings/store.js';
import type { WorkerReply } from '../protocol.js';

// Policy changes rarely and its first read can take seconds after the browser starts: read it once
// per worker, again only when the admin changes it.
let policyRead: Promise<Loaded<Policy> & { unread?: string }> | undefined;
browser.storage.onChanged.addListener((_changes, area) => {
  if (area === 'managed') policyRead = undefined;
});

export async function handleSiteConfig(url: string): Promise<WorkerReply<'site-config'>> {
  policyRead ??= readPolicy();
  const [user, policy, installed] = await Promise.all([readUserSettings(), policyRead, readInstalledPacks()]);
  const packs = packLayers(installed);
  const problems = [...user.problems, ...policy.problems, ...packs.problems];
  if (policy.unread) {
    // Asked again next time rather than kept: an unread policy is not "no policy".
    policyRead = undefined;
    problems.push(`the policy could not be read: ${policy.unread}`);
  }
  const ruleIds = [...RULES.map((rule) => rule.meta.id), ...packs.rules.map((rule) => rule.id)];
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    problems.push(`not a page address: ${url}`);
  }
  const config = resolveSiteConfig({ host, user: user.value, policy: policy.value, packs: packs.layers, ruleIds });
  return { config, packs: config.packs.map((id) => packs.json.get(id)), problems };
}
