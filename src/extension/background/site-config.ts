/** What applies on one page: the layers resolved for its host, and the packs that apply there. */
import { RULES } from '../../engine/rules/index.js';
import { parsePack } from '../../engine/packs/schema.js';
import { readInstalledPacks } from '../packs/store.js';
import browser from 'webextension-polyfill';
import { resolveSiteConfig, type Loaded, type PackLayer, type Policy } from '../settings/index.js';
import { readPolicy, readUserSettings } from '../settings/store.js';
import type { WorkerReply } from '../protocol.js';

// Policy changes rarely and its first read can take seconds after the browser starts: read it once
// per worker, again only when the admin changes it.
let policyRead: Promise<Loaded<Policy>> | undefined;
browser.storage.onChanged.addListener((_changes, area) => {
  if (area === 'managed') policyRead = undefined;
});

export async function handleSiteConfig(url: string): Promise<WorkerReply<'site-config'>> {
  policyRead ??= readPolicy();
  const [user, policy, installed] = await Promise.all([readUserSettings(), policyRead, readInstalledPacks()]);
  const problems = [...user.problems, ...policy.problems];
  const layers: PackLayer[] = [];
  const ruleIds = RULES.map((rule) => rule.meta.id);
  const packJson = new Map<string, unknown>();
  for (const installedPack of installed) {
    // Stored packs were validated on install; one corrupted since is left out, not fatal.
    const parsed = parsePack(installedPack.json);
    if (!parsed.ok) {
      problems.push(`the stored pack "${installedPack.id}" is no longer valid and was left out`);
      continue;
    }
    const own = new Set(parsed.pack.rules.map((rule) => rule.id));
    // A pack names its own rules by their short id; the engine knows them as pack-id/rule-id.
    const ruleSettings = Object.fromEntries(Object.entries(parsed.pack.ruleSettings ?? {}).map(([id, setting]) => [own.has(id) ? `${parsed.pack.id}/${id}` : id, setting]));
    layers.push({ id: parsed.pack.id, enabled: installedPack.enabled, byPolicy: installedPack.source.type === 'policy', ruleSettings });
    if (installedPack.enabled || installedPack.source.type === 'policy') ruleIds.push(...parsed.pack.rules.map((rule) => `${parsed.pack.id}/${rule.id}`));
    packJson.set(parsed.pack.id, installedPack.json);
  }
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    problems.push(`not a page address: ${url}`);
  }
  const config = resolveSiteConfig({ host, user: user.value, policy: policy.value, packs: layers, ruleIds });
  return { config, packs: config.packs.map((id) => packJson.get(id)), problems };
}
