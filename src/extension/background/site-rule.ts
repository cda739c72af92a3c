/**
 * "Turn off on this site" from a finding: the rule's setting for the site of the tab that asked.
 * The host is the sender's tab address, which the browser gives, never an address in the message:
 * a page that drives its content script can turn rules off only on itself.
 */
import * as v from 'valibot';
import { knownSites, mostSpecific, type RuleSetting, type UserSettings } from '../settings/index.js';
import { readPolicy, updateUserSettings } from '../settings/store.js';
import type { WorkerReply, WorkerRequest } from '../protocol.js';

const RuleId = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9._/-]{0,128}$/));
const Previous = v.nullable(v.picklist(['off', 'warn']));

/** The sender's page, as the browser says: the tab's address, else the frame's. */
export function senderHost(sender: { url?: string; tab?: { url?: string } }): string | undefined {
  for (const url of [sender.tab?.url, sender.url]) {
    if (!url) continue;
    try {
      const parsed = new URL(url);
      if (parsed.protocol === 'https:' || parsed.protocol === 'http:') return parsed.hostname;
    } catch {
      // Not an address: try the next.
    }
  }
  return undefined;
}

/**
 * Sets the rule off for the site whose settings apply on `host` (the built-in `*.zendesk.com` for
 * acme.zendesk.com, so its other choices still apply), or puts back what it was (`restore`).
 * Returns the site and the rule's setting there before.
 */
export function setSiteRule(settings: UserSettings, sites: readonly string[], host: string, rule: string, restore?: RuleSetting | null): { site: string; previous: RuleSetting | null } {
  const site = mostSpecific(sites, host) ?? host;
  const entry = (settings.sites[site] ??= {});
  const previous = entry.rules?.[rule] ?? null;
  if (restore === undefined) entry.rules = { ...entry.rules, [rule]: 'off' };
  else if (restore === null) {
    if (entry.rules) {
      delete entry.rules[rule];
      if (Object.keys(entry.rules).length === 0) delete entry.rules;
    }
  } else entry.rules = { ...entry.rules, [rule]: restore };
  return { site, previous };
}

export async function handleSiteRuleOff(request: Extract<WorkerRequest, { kind: 'site-rule-off' }>, sender: { url?: string; tab?: { url?: string } }): Promise<WorkerReply<'site-rule-off'>> {
  const host = senderHost(sender);
  if (!host) return { ok: false, message: 'Only a page on a site can turn a rule off there.' };
  if (!v.is(RuleId, request.rule)) return { ok: false, message: 'Not a rule id.' };
  if (request.restore !== undefined && !v.is(Previous, request.restore)) return { ok: false, message: 'Not a rule setting.' };
  const policy = await readPolicy();
  if (policy.value.lockOptions) return { ok: false, message: "Your organisation manages Ramah's settings." };
  let result: { site: string; previous: RuleSetting | null } | undefined;
  await updateUserSettings((settings) => {
    result = setSiteRule(settings, knownSites(settings, policy.value), host, request.rule, request.restore);
  });
  return { ok: true, site: result!.site, previous: result!.previous };
}
