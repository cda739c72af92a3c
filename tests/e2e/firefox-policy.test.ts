// Enterprise policy in Firefox: the test installs docs/admin.md's Firefox example as Firefox's policies.json
// on Linux, starts Firefox ESR with the BUILT dist/firefox as a temporary add-on, and checks that the
// "3rdparty" values reach the extension's storage.managed and that the options page will not turn the rule
// the policy locks on.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SETTINGS_KEY } from '../../src/extension/settings/index.js';
import { GECKO_ID } from '../../scripts/firefox-manifest.js';
import { REPO_ROOT } from './helpers/browser.js';
import { firefoxSkipReason, launchFirefox, type FirefoxSession } from './helpers/firefox.js';
import { policyFile, policySkipReason } from './helpers/policy-file.js';

/** Where Firefox on Linux reads policy (Debian's firefox-esr too: it looks in /etc/firefox, not /etc/firefox-esr). */
const POLICY_FILE = '/etc/firefox/policies/policies.json';
const POLICY = readFileSync(join(REPO_ROOT, 'examples/policy/firefox-policies.json'), 'utf8');
const VALUES = (JSON.parse(POLICY) as { policies: { '3rdparty': { Extensions: Record<string, Record<string, unknown>> } } }).policies['3rdparty'].Extensions[GECKO_ID]!;
const LOCKED_RULE = 'fairness-argument';
const LOCK_REASON = `Set by your organisation — ${String(VALUES.message)}`;
if (!(VALUES.rulesOff as Record<string, string[]>)['*.zendesk.com']?.includes(LOCKED_RULE)) throw new Error(`the Firefox example no longer turns ${LOCKED_RULE} off on *.zendesk.com: pick another rule`);

/** An admin's own policies.json is put back afterwards. */
const policy = policyFile(POLICY_FILE);

const skipReason = policySkipReason(POLICY_FILE, firefoxSkipReason(), 'Firefox');

describe.skipIf(skipReason)(`enterprise policy in Firefox${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  let firefox: FirefoxSession;

  beforeAll(async () => {
    // Other Firefox tests on this machine read the same file: it is there only while this file's tests run.
    policy.write(POLICY);
    // Firefox reads policies.json at start only.
    firefox = await launchFirefox();
  });

  afterAll(async () => {
    await firefox?.close();
    policy.restore();
  });

  const optionsPage = async () => {
    const tab = await firefox.open(`${firefox.extensionUrl}src/extension/options/index.html`);
    await expect.poll(() => firefox.evaluate(tab, `document.querySelector('[data-site="*.zendesk.com"] input[data-rule="${LOCKED_RULE}"]') !== null`)).toBe(true);
    return tab;
  };
  const stored = (tab: string) => firefox.evaluate<Record<string, unknown>>(tab, `browser.storage.local.get(${JSON.stringify(SETTINGS_KEY)})`);
  const toggle = (site: string) => `[data-site="${site}"] input[type=checkbox][data-rule="${LOCKED_RULE}"]`;
  const state = (tab: string, selector: string) =>
    firefox.evaluate<{ checked: boolean; disabled: boolean }>(tab, `(({ checked, disabled }) => ({ checked, disabled }))(document.querySelector(${JSON.stringify(selector)}))`);

  test("the example's values reach the temporary add-on's managed storage", async () => {
    expect(firefox.extensionId).toBe(GECKO_ID);
    const tab = await firefox.open(`${firefox.extensionUrl}src/extension/popup/index.html`);
    expect(await firefox.evaluate(tab, 'browser.storage.managed.get()')).toEqual(VALUES);
    // The event page acts on them: it tries the policy's pack URL, which this offline Firefox cannot reach.
    await expect
      .poll(() => firefox.evaluate(tab, `browser.runtime.sendMessage({ kind: 'packs-list' }).then((reply) => reply.policyProblems.map((failed) => failed.url))`))
      .toEqual(VALUES.packUrls);
  });

  test('the locked rule is disabled in the options page, with the reason, and a click does not turn it on', async () => {
    const tab = await optionsPage();
    expect(await state(tab, toggle('*.zendesk.com'))).toEqual({ checked: false, disabled: true });
    const row = `[data-site="*.zendesk.com"] [data-rule-row="${LOCKED_RULE}"]`;
    expect(await firefox.evaluate(tab, `document.querySelector('${row} [data-locked-reason]')?.textContent`)).toBe(LOCK_REASON);

    // The same rule on a site the policy leaves alone is the agent's: the mouse turns it off there.
    expect(await state(tab, toggle('*.freshdesk.com'))).toEqual({ checked: true, disabled: false });
    const before = await stored(tab);
    // Each site's rules are in its drawer, opened by its button.
    await firefox.click(tab, '[data-site="*.freshdesk.com"] [data-disclosure]');
    await firefox.click(tab, toggle('*.freshdesk.com'));
    await expect.poll(() => state(tab, toggle('*.freshdesk.com'))).toEqual({ checked: false, disabled: false });
    await expect.poll(() => stored(tab)).not.toEqual(before);

    // On *.zendesk.com the same clicks, on the control and on its label, change nothing.
    const afterFreshdesk = await stored(tab);
    await firefox.click(tab, '[data-site="*.zendesk.com"] [data-disclosure]');
    await firefox.click(tab, toggle('*.zendesk.com'));
    await firefox.click(tab, `${row} label`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await state(tab, toggle('*.zendesk.com'))).toEqual({ checked: false, disabled: true });
    expect(await stored(tab)).toEqual(afterFreshdesk);

    // Policy's "*" rule is locked everywhere, and its sites too.
    for (const site of ['*', '*.zendesk.com', 'app.hubspot.com']) expect(await state(tab, `[data-site="${site}"] input[data-rule="presume-solution"]`), site).toMatchObject({ disabled: true });
    expect(await state(tab, '[data-site="mail.google.com"] input[data-site-enabled]')).toEqual({ checked: false, disabled: true });
  });

  test('logs no error of Ramah’s', () => {
    expect(firefox.logs.filter((line) => /Ramah|moz-extension:/.test(line) && /^(error|warn)/.test(line))).toEqual([]);
  });
});
