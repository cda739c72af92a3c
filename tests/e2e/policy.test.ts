// Enterprise policy in Chromium: the test installs docs/admin.md's Linux example as a real policy
// file, starts Chromium with the BUILT extension, and checks that the policy reaches the extension,
// that the options page shows the rule it turns off as locked and will not turn it on, that a
// helpdesk page does not flag that rule, and that lockOptions makes the page read-only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SETTINGS_KEY } from '../../src/extension/settings/index.js';
import { e2eSkipReason, launchWithExtension, REPO_ROOT, type ExtensionBrowser } from './helpers/browser.js';
import { serveHelpdeskPage, type HelpdeskServer } from './helpers/helpdesk-server.js';
import { flaggedRules as flagged, openOptionsPage, openWithDraft, storedSettings } from './helpers/pages.js';
import { policyFile, policySkipReason } from './helpers/policy-file.js';
import { warnedRules } from './helpers/ticket.js';

const EXTENSION_ID = 'pighjojaehdijiogcinpgpcicbppmlpb';
/** Where Debian's Chromium reads mandatory policy. The file name is the test's own, so no admin's file is touched. */
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, 'ramah-e2e-policy-test.json');
const example = (name: string) => readFileSync(join(REPO_ROOT, 'examples/policy', name), 'utf8');
const POLICY = example('chrome-linux.json');
const LOCKED_POLICY = example('chrome-linux-locked.json');
const ramahValues = (text: string) => (JSON.parse(text) as { '3rdparty': { extensions: Record<string, Record<string, unknown>> } })['3rdparty'].extensions[EXTENSION_ID]!;

const ZENDESK = 'acme.zendesk.com';
const FRESHDESK = 'acme.freshdesk.com';
const PAGE = `<!doctype html>
<meta charset="utf-8"><title>Ticket #3141</title>
<textarea id="reply" aria-label="Reply"></textarea>`;
// "Rules are rules" (fairness-argument, which the example turns off on *.zendesk.com) and a bare "I don't know".
const DRAFT = 'Mohon maaf Kak, aturan tetap aturan. Saya tidak tahu kapan paketnya sampai.';
const LOCKED_RULE = 'fairness-argument';
if (warnedRules(DRAFT).join() !== 'dont-know,fairness-argument') throw new Error('the engine no longer flags the policy test draft as expected: pick another one');
const LOCK_REASON = `Set by your organisation — ${String(ramahValues(POLICY).message)}`;

declare const chrome: {
  storage: { local: { set(items: Record<string, unknown>): Promise<void> }; managed: { get(keys: null): Promise<Record<string, unknown>> } };
};

const policy = policyFile(POLICY_FILE);

const skipReason = policySkipReason(POLICY_FILE, e2eSkipReason(), 'Chromium');

describe.skipIf(skipReason)(`enterprise policy in Chromium${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  let browser: ExtensionBrowser;
  let zendesk: HelpdeskServer;
  let freshdesk: HelpdeskServer;

  beforeAll(async () => {
    zendesk = await serveHelpdeskPage(ZENDESK, PAGE);
    freshdesk = await serveHelpdeskPage(FRESHDESK, PAGE);
    // Other helpers' browsers on this machine read the folder too: the file is there only while this file's tests run.
    policy.write(POLICY);
    // Chromium reads policy at start; the launch waits for the extension's first storage.managed read.
    browser = await launchWithExtension({ localHosts: [ZENDESK, FRESHDESK] });
  });

  afterAll(async () => {
    policy.restore();
    await Promise.all([browser?.close(), zendesk?.close(), freshdesk?.close()]);
  });

  const stored = () => storedSettings(browser);
  const openOptions = () => openOptionsPage(browser);
  const helpdesk = (url: string) => openWithDraft(browser, url, DRAFT);

  test("the example's values reach the extension's managed storage", async () => {
    expect(browser.extensionId).toBe(EXTENSION_ID);
    expect(await browser.worker.evaluate(() => chrome.storage.managed.get(null))).toEqual(ramahValues(POLICY));
  });

  test('the locked rule is disabled in the options page, with the reason, and a click does not turn it on', async () => {
    const options = await openOptions();
    const toggle = options.locator(`[data-site="*.zendesk.com"] input[type=checkbox][data-rule="${LOCKED_RULE}"]`);
    const row = options.locator(`[data-site="*.zendesk.com"] [data-rule-row="${LOCKED_RULE}"]`);
    expect(await toggle.isDisabled()).toBe(true);
    expect(await toggle.isChecked()).toBe(false);
    expect(await row.locator('[data-locked-reason]').textContent()).toBe(LOCK_REASON);

    // A click on the control, and one on its label, in the site's open drawer, change nothing.
    await options.locator('[data-site="*.zendesk.com"] [data-disclosure]').click();
    await toggle.click({ force: true });
    await row.locator('label').click({ force: true });
    await options.waitForTimeout(300);
    expect(await toggle.isChecked()).toBe(false);
    expect(await stored()).not.toMatchObject({ sites: { '*.zendesk.com': { rules: { [LOCKED_RULE]: 'warn' } } } });

    // The rule stays the agent's on other sites; policy's "*" rule is locked everywhere.
    expect(await options.locator(`[data-site="*.freshdesk.com"] input[data-rule="${LOCKED_RULE}"]`).isDisabled()).toBe(false);
    for (const site of ['*', '*.zendesk.com', 'app.hubspot.com']) expect(await options.locator(`[data-site="${site}"] input[data-rule="presume-solution"]`).isDisabled()).toBe(true);
    // The sites and the authority it sets are locked too.
    expect(await options.locator('[data-site="mail.google.com"] input[data-site-enabled]').isDisabled()).toBe(true);
    expect(await options.locator('[data-site="mail.google.com"] input[data-site-enabled]').isChecked()).toBe(false);
    expect(await options.locator('[data-site="support.example.com"] input[data-site-enabled]').isChecked()).toBe(true);
    expect(await options.locator('[data-site="*"] select[data-setting="tier"]').isDisabled()).toBe(true);
    expect(await options.locator('[data-options-locked]').count()).toBe(0);
    await options.close();
  });

  test('a helpdesk page does not flag the locked rule, even when the stored settings turn it on', async () => {
    // As if an old settings file had been imported: the agent's own layer says "warn", the policy still wins.
    await browser.worker.evaluate(
      ([key, rule]) => chrome.storage.local.set({ [key]: { version: 1, enabled: true, language: 'auto', tier: 'approval', rules: { [rule]: 'warn' }, sites: { '*.zendesk.com': { rules: { [rule]: 'warn' } } } } }),
      [SETTINGS_KEY, LOCKED_RULE] as const,
    );
    const onZendesk = await helpdesk(zendesk.url);
    const onFreshdesk = await helpdesk(new URL('a/tickets/3141', freshdesk.url).href);
    await expect.poll(() => flagged(onFreshdesk)).toEqual(['dont-know', LOCKED_RULE]);
    await expect.poll(() => flagged(onZendesk)).toEqual(['dont-know']);
    const options = await openOptions();
    expect(await options.locator(`[data-site="*.zendesk.com"] input[data-rule="${LOCKED_RULE}"]`).isChecked()).toBe(false);
    expect(await options.locator('[data-site="*"] select[data-setting="tier"]').inputValue()).toBe('self');
    await Promise.all([onZendesk.close(), onFreshdesk.close(), options.close()]);
  });

  test('lockOptions makes the open options page read-only, with its banner', async () => {
    const options = await openOptions();
    expect(await options.locator('[data-site="*.freshdesk.com"] input[data-rule="excuse"]').isDisabled()).toBe(false);
    // Chromium notices the changed file after a few seconds; the page follows without a reload.
    policy.write(LOCKED_POLICY);
    const banner = options.locator('[data-options-locked]');
    await banner.waitFor({ timeout: 30_000 });
    expect(await banner.textContent()).toContain(String(ramahValues(LOCKED_POLICY).message));
    const controls = options.locator('main input, main select, main button:not([data-export-settings]):not([data-disclosure])');
    const states = await controls.evaluateAll((found) => found.map((control) => ({ control: control.outerHTML.slice(0, 80), disabled: (control as HTMLInputElement).disabled })));
    expect(states.length).toBeGreaterThan(100);
    expect(states.filter((state) => !state.disabled)).toEqual([]);
    const before = await stored();
    await options.locator('[data-site="*.freshdesk.com"] [data-disclosure]').click();
    await options.locator('[data-site="*.freshdesk.com"] input[data-rule="excuse"]').click({ force: true });
    await options.waitForTimeout(300);
    expect(await stored()).toEqual(before);
    expect(await options.locator('[data-site="*.freshdesk.com"] input[data-rule="excuse"]').isChecked()).toBe(true);
    await options.close();
  });
});
