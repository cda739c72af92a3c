// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { RULES } from '../../../src/engine/rules/index.js';
import type { UiLocale } from '../../../src/extension/i18n/messages.js';
import { OPTIONS_MESSAGES } from '../../../src/extension/options/messages.js';
import { OptionsPage } from '../../../src/extension/options/page.js';
import { createPackManager } from '../../../src/extension/packs/manager.js';
import { PACKS_KEY, type InstalledPack, type PolicyPackProblem } from '../../../src/extension/packs/types.js';
import type { PersonalPhrase, WorkerRequest } from '../../../src/extension/protocol.js';
import { BUILTIN_SITES, DEFAULT_USER_SETTINGS, SETTINGS_KEY, exportSettings, type UserSettings } from '../../../src/extension/settings/index.js';
import { fake } from '../fake-browser.js';

// The page redraws after storage and the worker answer, which a machine busy with other test files can delay past
// vi.waitFor's one second: the same checks, with more time.
const waitFor = <T,>(check: () => T) => vi.waitFor(check, { timeout: 5_000 });

vi.mock('webextension-polyfill', async () => ({ default: (await import('../fake-browser.js')).fake.browser }));

const en = OPTIONS_MESSAGES.en;

const teamPackJson = {
  id: 'team',
  name: 'Acme support',
  version: '1.2.0',
  languages: ['en'],
  rules: [{ id: 'no-slang', pattern: 'gonna', message: 'Write "going to" in replies.' }],
  ruleSettings: { 'dont-know': 'off' },
};

function installed(extra: Partial<InstalledPack> = {}): InstalledPack {
  return {
    id: 'team',
    name: 'Acme support',
    version: '1.2.0',
    languages: ['en'],
    source: { type: 'url', url: 'https://packs.acme.test/team.json' },
    enabled: true,
    json: teamPackJson,
    installedAt: Date.UTC(2026, 0, 2),
    updatedAt: Date.UTC(2026, 0, 3),
    ...extra,
  };
}

let packs: InstalledPack[] = [];
let policyProblems: PolicyPackProblem[] = [];
let requests: WorkerRequest[] = [];
let replies: Partial<Record<WorkerRequest['kind'], unknown>> = {};

beforeEach(() => {
  fake.reset();
  packs = [];
  policyProblems = [];
  requests = [];
  replies = {};
  fake.browser.runtime.sendMessage.mockImplementation(async (message) => {
    const request = message as WorkerRequest;
    requests.push(request);
    if (request.kind === 'packs-list') return { packs: structuredClone(packs), policyProblems: structuredClone(policyProblems) };
    return replies[request.kind] ?? { ok: false, message: 'not built yet', errors: [] };
  });
});

afterEach(() => {
  document.body.replaceChildren();
});

const stored = () => fake.local.get(SETTINGS_KEY) as UserSettings | undefined;
const settings = (extra: Partial<UserSettings>): UserSettings => ({ ...structuredClone(DEFAULT_USER_SETTINGS), ...extra });

async function open(locale: UiLocale = 'en') {
  const root = document.createElement('div');
  document.body.append(root);
  render(<OptionsPage locale={locale} />, root);
  await waitFor(() => expect(root.querySelector('[data-site="*"]')).not.toBeNull());
  const $ = <E extends Element = HTMLElement>(selector: string) => {
    const found = root.querySelector<E>(selector);
    if (!found) throw new Error(`nothing matches ${selector}`);
    return found;
  };
  const $$ = <E extends Element = HTMLElement>(selector: string) => [...root.querySelectorAll<E>(selector)];
  const rule = (site: string, id: string) => $<HTMLInputElement>(`[data-site="${site}"] input[type=checkbox][data-rule="${id}"]`);
  const row = (site: string, id: string) => rule(site, id).closest('[data-rule-row]')!;
  return { root, $, $$, rule, row, text: () => root.textContent ?? '' };
}

function choose(select: HTMLSelectElement, value: string) {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

function type(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

function pickFile(input: HTMLInputElement, name: string, text: string) {
  Object.defineProperty(input, 'files', { configurable: true, value: [new File([text], name, { type: 'application/json' })] });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('the page', () => {
  test('has its root, the global section, every built-in site with every built-in rule, in the UI language', async () => {
    const page = await open();
    expect(page.$('[data-ramah-options]')).toBeTruthy();
    for (const site of ['*', ...BUILTIN_SITES.map((s) => s.host)]) {
      expect(page.$$(`[data-site="${site}"]`)).toHaveLength(1);
      expect(page.$$(`[data-site="${site}"] input[type=checkbox][data-site-enabled]`)).toHaveLength(1);
      for (const rule of RULES) expect(page.rule(site, rule.meta.id).checked).toBe(true);
    }
    expect(page.row('*', 'excuse').textContent).toContain(RULES.find((r) => r.meta.id === 'excuse')!.meta.description.en);
  });

  test('speaks Indonesian and Malay, rule descriptions included', async () => {
    const id = await open('id');
    expect(id.text()).toContain(OPTIONS_MESSAGES.id['global.title']);
    expect(id.row('*', 'excuse').textContent).toContain(RULES.find((r) => r.meta.id === 'excuse')!.meta.description.id);
    document.body.replaceChildren();
    const ms = await open('ms');
    expect(ms.text()).toContain(OPTIONS_MESSAGES.ms['sites.title']);
    expect(ms.row('*.zendesk.com', 'excuse').textContent).toContain(RULES.find((r) => r.meta.id === 'excuse')!.meta.description.ms);
  });
});

describe('a page that fits: sites as a table, rules in drawers, one search', () => {
  const shown = (element: Element) => !element.closest('[hidden]');
  const shownSites = (page: Awaited<ReturnType<typeof open>>) => page.$$('tbody[data-site]').map((row) => row.dataset.site);
  const shownRules = (page: Awaited<ReturnType<typeof open>>, site: string) =>
    page.$$(`[data-site="${site}"] [data-rule-row]`).filter(shown).map((row) => row.dataset.ruleRow);
  const search = (page: Awaited<ReturnType<typeof open>>, text: string) => type(page.$<HTMLInputElement>('input[data-options-search]'), text);

  test('each site is one row with its on/off, language and rules summary; its rules open in its drawer, out of the Tab order until then', async () => {
    fake.local.set(SETTINGS_KEY, settings({ sites: { '*.zendesk.com': { rules: { excuse: 'off', 'dont-know': 'off' } } } }));
    const page = await open();
    expect(shownSites(page)).toEqual(BUILTIN_SITES.map((site) => site.host));
    const zendesk = page.$('[data-site="*.zendesk.com"]');
    expect(zendesk.querySelector('th')!.textContent).toContain('Zendesk');
    expect(zendesk.querySelector('[data-rules-summary]')!.textContent).toBe(`${RULES.length - 2} of ${RULES.length} on · 2 set here`);
    expect(page.$('[data-site="*.freshdesk.com"] [data-rules-summary]').textContent).toBe(`All ${RULES.length} on`);
    // The rows name their controls for a screen reader, although the table shows no label.
    expect(zendesk.querySelector('input[data-site-enabled]')!.closest('label')!.textContent).toBe('Ramah runs on Zendesk');
    const drawer = zendesk.querySelector<HTMLElement>('[data-drawer]')!;
    const button = zendesk.querySelector<HTMLButtonElement>('[data-disclosure]')!;
    expect(drawer.hidden).toBe(true);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.getAttribute('aria-controls')).toBe(drawer.id);
    expect(button.getAttribute('aria-label')).toBe('Packs and rules for Zendesk');
    // Everywhere's rules sit behind their button too.
    expect(page.$('#global-rules').hidden).toBe(true);
    button.click();
    await waitFor(() => expect(drawer.hidden).toBe(false));
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(shownRules(page, '*.zendesk.com')).toEqual(RULES.map((rule) => rule.meta.id));
    // A rule turned on again in the drawer is written for that site.
    page.rule('*.zendesk.com', 'excuse').click();
    await waitFor(() => expect(stored()?.sites['*.zendesk.com']?.rules).toEqual({ excuse: 'warn', 'dont-know': 'off' }));
    await waitFor(() => expect(page.$('[data-site="*.zendesk.com"] [data-rules-summary]').textContent).toBe(`${RULES.length - 1} of ${RULES.length} on · 2 set here`));
    button.click();
    await waitFor(() => expect(drawer.hidden).toBe(true));
  });

  test('the search filters sites by name, rules by their words, and packs and phrases by theirs; Escape clears it', async () => {
    packs = [installed()];
    const page = await open();
    search(page, 'HUBSPOT');
    await waitFor(() => expect(shownSites(page)).toEqual(BUILTIN_SITES.filter((site) => /hubspot/i.test(site.name)).map((site) => site.host)));
    expect(page.$$('[data-pack]')).toHaveLength(0);
    expect(page.text()).toContain(en['search.noPack']);
    // A site found by its name shows all of its rules.
    page.$<HTMLButtonElement>('[data-site="app.hubspot.com"] [data-disclosure]').click();
    await waitFor(() => expect(shownRules(page, 'app.hubspot.com')).toHaveLength(RULES.length + 1));

    const excuse = RULES.find((rule) => rule.meta.id === 'excuse')!;
    search(page, excuse.meta.description.en.split(' ').slice(0, 2).join(' ').toLowerCase());
    await waitFor(() => expect(shownRules(page, '*')).toContain('excuse'));
    expect(page.$('#global-rules').hidden).toBe(false);
    expect(shownSites(page)).toEqual(BUILTIN_SITES.map((site) => site.host));
    expect(page.$('[data-site="mail.google.com"] [data-rules-summary]').textContent).toMatch(/^\d+ matching$/);

    // A pack by its name, and its rule in every site where it applies; its rule by its message.
    search(page, 'acme');
    await waitFor(() => expect(page.$$('[data-pack]').map((row) => row.dataset.pack)).toEqual(['team']));
    expect(page.$('[data-site="*.zendesk.com"] [data-rules-summary]').textContent).toBe('1 matching');
    search(page, 'no such words');
    await waitFor(() => expect(shownSites(page)).toEqual([]));
    expect(page.text()).toContain(en['search.noSite']);
    expect(page.text()).toContain(en['search.noPack']);
    search(page, 'going to');
    await waitFor(() => expect(shownRules(page, '*')).toEqual(['team/no-slang']));

    const field = page.$<HTMLInputElement>('input[data-options-search]');
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await waitFor(() => expect(shownSites(page)).toHaveLength(BUILTIN_SITES.length));
    expect(field.value).toBe('');
    expect(page.$$('[data-pack]')).toHaveLength(1);
    expect(page.$('#global-rules').hidden).toBe(true);
  });

  test('the search ignores accents and case, and finds a personal phrase by its words', async () => {
    const manager = createPackManager({ storage: fake.browser.storage.local, fetch: () => Promise.reject(new Error('no network here')), policyPackUrls: async () => [] });
    fake.browser.runtime.sendMessage.mockImplementation(async (message) => ((message as WorkerRequest).kind === 'packs-list' ? manager.list() : { ok: false, message: 'no', errors: [] }));
    await manager.savePhrase({ text: 'Terima kasih atas kesabarannya, Kak.', language: 'id' });
    await manager.savePhrase({ text: 'Mohon maaf atas keterlambatannya.', language: 'id' });
    const page = await open();
    const phrases = () => page.$$('[data-personal-phrase] .phrase-text').map((row) => row.textContent);
    expect(phrases()).toHaveLength(2);
    search(page, 'KESABARANNYA');
    await waitFor(() => expect(phrases()).toEqual(['Terima kasih atas kesabarannya, Kak.']));
    search(page, 'pérsonal');
    await waitFor(() => expect(phrases()).toHaveLength(2));
  });
});

describe('settings per site and everywhere', () => {
  test('a rule turned off on one site is written for that site only, and the page says where it comes from', async () => {
    const page = await open();
    page.rule('*.zendesk.com', 'excuse').click();
    await waitFor(() => expect(stored()?.sites).toEqual({ '*.zendesk.com': { rules: { excuse: 'off' } } }));
    await waitFor(() => expect(page.row('*.zendesk.com', 'excuse').textContent).toContain(en['from.site']));
    expect(page.rule('*.zendesk.com', 'excuse').checked).toBe(false);
    expect(page.rule('*.freshdesk.com', 'excuse').checked).toBe(true);
    expect(page.rule('*', 'excuse').checked).toBe(true);
    // Taken back to what lies under it.
    page.row('*.zendesk.com', 'excuse').querySelector<HTMLButtonElement>('button.reset')!.click();
    await waitFor(() => expect(stored()?.sites['*.zendesk.com']).toEqual({ rules: {} }));
    await waitFor(() => expect(page.rule('*.zendesk.com', 'excuse').checked).toBe(true));
  });

  test('a global choice shows in every site as coming from "Everywhere"', async () => {
    const page = await open();
    page.rule('*', 'hostile-tone').click();
    await waitFor(() => expect(stored()?.rules).toEqual({ 'hostile-tone': 'off' }));
    await waitFor(() => expect(page.rule('mail.google.com', 'hostile-tone').checked).toBe(false));
    expect(page.row('mail.google.com', 'hostile-tone').textContent).toContain(en['from.userSite']);
    expect(page.row('*', 'hostile-tone').textContent).toContain(en['from.userGlobal']);
  });

  test('Ramah off for a site, language and tier are written where they belong', async () => {
    const page = await open();
    page.$<HTMLInputElement>('[data-site="*.zendesk.com"] input[data-site-enabled]').click();
    await waitFor(() => expect(stored()?.sites['*.zendesk.com']).toEqual({ enabled: false }));
    choose(page.$<HTMLSelectElement>('[data-site="*.freshdesk.com"] select[data-setting="language"]'), 'ms');
    await waitFor(() => expect(stored()?.sites['*.freshdesk.com']).toEqual({ language: 'ms' }));
    choose(page.$<HTMLSelectElement>('[data-site="*"] select[data-setting="tier"]'), 'approval');
    choose(page.$<HTMLSelectElement>('[data-site="*"] select[data-setting="language"]'), 'id');
    await waitFor(() => expect(stored()).toMatchObject({ tier: 'approval', language: 'id', enabled: true }));
    page.$<HTMLInputElement>('[data-site="*"] input[data-site-enabled]').click();
    await waitFor(() => expect(stored()?.enabled).toBe(false));
    // Off everywhere: every site shows off, and why.
    await waitFor(() => expect(page.$<HTMLInputElement>('[data-site="mail.google.com"] input[data-site-enabled]').checked).toBe(false));
  });

  test("Ramah's language, the agent's name and diagnostics are the agent's own, written once for every site", async () => {
    const page = await open();
    const uiLanguage = page.$<HTMLSelectElement>('[data-site="*"] select[data-setting="uiLanguage"]');
    expect(uiLanguage.value).toBe('browser');
    expect([...uiLanguage.options].map((option) => option.textContent)).toEqual([en['uiLanguage.browser'], 'Bahasa Indonesia', 'Bahasa Melayu', 'English']);
    choose(uiLanguage, 'ms');
    await waitFor(() => expect(stored()?.uiLanguage).toBe('ms'));
    const name = page.$<HTMLInputElement>('[data-site="*"] input[data-setting="agentName"]');
    name.value = '  Rina\n Wulandari ';
    name.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => expect(stored()?.agentName).toBe('Rina Wulandari'));
    const debug = page.$<HTMLInputElement>('[data-site="*"] input[data-setting="debug"]');
    expect(debug.checked).toBe(false);
    debug.click();
    await waitFor(() => expect(stored()).toMatchObject({ uiLanguage: 'ms', agentName: 'Rina Wulandari', debug: true, sites: {} }));
    await waitFor(() => expect(page.$<HTMLInputElement>('[data-site="*"] input[data-setting="agentName"]').value).toBe('Rina Wulandari'));
  });

  test('the take-a-breath card is on until the agent turns it off, and says where its count stays', async () => {
    const page = await open();
    const card = page.$<HTMLInputElement>('[data-site="*"] input[data-setting="breathingCard"]');
    expect(card.checked).toBe(true);
    expect(page.$('#breathingCard-hint').textContent).toContain('on this computer only');
    card.click();
    await waitFor(() => expect(stored()?.breathingCard).toBe(false));
    await waitFor(() => expect(page.$<HTMLInputElement>('[data-site="*"] input[data-setting="breathingCard"]').checked).toBe(false));
  });

  test("another tab's change shows at once and is kept by this page's next change", async () => {
    const page = await open();
    await fake.writeFromElsewhere({ [SETTINGS_KEY]: settings({ rules: { excuse: 'off' } }) });
    await waitFor(() => expect(page.rule('*', 'excuse').checked).toBe(false));
    page.rule('*', 'dont-know').click();
    await waitFor(() => expect(stored()?.rules).toEqual({ excuse: 'off', 'dont-know': 'off' }));
  });
});

describe('sites that are not built in', () => {
  test('adding one asks for its host permission from the submit itself, then writes it', async () => {
    const page = await open();
    type(page.$<HTMLInputElement>('input[data-add-site]'), 'https://Support.Acme.com/agent/');
    page.$<HTMLButtonElement>('.add-site button[type=submit]').click();
    // Asked before the handler returned: still inside the user's gesture.
    expect(fake.browser.permissions.request).toHaveBeenCalledWith({ origins: ['*://support.acme.com/*'] });
    await waitFor(() => expect(stored()?.sites).toEqual({ 'support.acme.com': { enabled: true } }));
    await waitFor(() => expect(page.$$('[data-site="support.acme.com"]')).toHaveLength(1));
    expect(page.$<HTMLInputElement>('[data-site="support.acme.com"] input[data-site-enabled]').checked).toBe(true);
  });

  test('a refused permission writes nothing and says so', async () => {
    fake.browser.permissions.request.mockResolvedValue(false);
    const page = await open();
    type(page.$<HTMLInputElement>('input[data-add-site]'), 'support.acme.com');
    page.$<HTMLButtonElement>('.add-site button[type=submit]').click();
    await waitFor(() => expect(page.$('.add-site [role=alert]').textContent).toBe('Access to support.acme.com was not granted, so nothing was changed.'));
    expect(stored()).toBeUndefined();
    expect(page.$$('[data-site="support.acme.com"]')).toHaveLength(0);
  });

  test.each(['not a host', '*.com', 'https://'])('%j is refused with a clear error, without asking the browser', async (text) => {
    const page = await open();
    type(page.$<HTMLInputElement>('input[data-add-site]'), text);
    page.$<HTMLButtonElement>('.add-site button[type=submit]').click();
    await waitFor(() => expect(page.$('.add-site [role=alert]').textContent).toMatch(/is not a site/));
    expect(page.$<HTMLInputElement>('input[data-add-site]').getAttribute('aria-invalid')).toBe('true');
    expect(fake.browser.permissions.request).not.toHaveBeenCalled();
  });

  test('a site already listed is not added twice', async () => {
    const page = await open();
    type(page.$<HTMLInputElement>('input[data-add-site]'), 'acme.zendesk.com');
    page.$<HTMLButtonElement>('.add-site button[type=submit]').click();
    // acme.zendesk.com is a host of its own, not the built-in pattern: it is added.
    await waitFor(() => expect(stored()?.sites['acme.zendesk.com']).toEqual({ enabled: true }));
    type(page.$<HTMLInputElement>('input[data-add-site]'), '*.zendesk.com');
    page.$<HTMLButtonElement>('.add-site button[type=submit]').click();
    await waitFor(() => expect(page.$('.add-site [role=alert]').textContent).toBe('*.zendesk.com is already in the list.'));
  });

  test('enabling one asks for its permission first; refused, the toggle goes back and nothing is written', async () => {
    fake.local.set(SETTINGS_KEY, settings({ sites: { 'support.acme.com': { enabled: false } } }));
    fake.browser.permissions.request.mockResolvedValue(false);
    const page = await open();
    const toggle = () => page.$<HTMLInputElement>('[data-site="support.acme.com"] input[data-site-enabled]');
    toggle().click();
    expect(fake.browser.permissions.request).toHaveBeenCalledWith({ origins: ['*://support.acme.com/*'] });
    await waitFor(() => expect(page.$('[data-site="support.acme.com"] [role=alert]').textContent).toContain('was not granted'));
    await waitFor(() => expect(toggle().checked).toBe(false));
    expect(stored()?.sites['support.acme.com']).toEqual({ enabled: false });
    // Turning a built-in helpdesk back on asks for nothing.
    fake.browser.permissions.request.mockClear();
    page.$<HTMLInputElement>('[data-site="app.hubspot.com"] input[data-site-enabled]').click();
    await waitFor(() => expect(stored()?.sites['app.hubspot.com']).toEqual({ enabled: false }));
    expect(fake.browser.permissions.request).not.toHaveBeenCalled();
  });

  test('an enabled site without access offers to give it, and a removed site loses its access', async () => {
    fake.local.set(SETTINGS_KEY, settings({ sites: { 'support.acme.com': { enabled: true } } }));
    fake.browser.permissions.contains.mockResolvedValue(false);
    const page = await open();
    expect(page.$('[data-site="support.acme.com"]').textContent).toContain(en['site.noAccess']);
    fake.browser.permissions.contains.mockResolvedValue(true);
    [...page.$$<HTMLButtonElement>('[data-site="support.acme.com"] button')].find((b) => b.textContent === en['site.grant'])!.click();
    expect(fake.browser.permissions.request).toHaveBeenCalledWith({ origins: ['*://support.acme.com/*'] });
    await waitFor(() => expect(page.$('[data-site="support.acme.com"]').textContent).not.toContain(en['site.noAccess']));
    const removeSite = () => [...page.$$<HTMLButtonElement>('[data-site="support.acme.com"] button')].find((b) => b.textContent === en['site.remove'])!;
    // Asked first, with the focus on keeping it: kept, nothing changes and the focus is back.
    removeSite().click();
    await waitFor(() => expect(page.$('[data-site="support.acme.com"] .confirm').textContent).toContain('Remove support.acme.com and its settings?'));
    expect(document.activeElement?.textContent).toBe(en['pack.removeNo']);
    (document.activeElement as HTMLButtonElement).click();
    await waitFor(() => expect(document.activeElement).toBe(removeSite()));
    expect(stored()?.sites).toEqual({ 'support.acme.com': { enabled: true } });
    expect(fake.browser.permissions.remove).not.toHaveBeenCalled();
    removeSite().click();
    await waitFor(() => expect(page.$('[data-site="support.acme.com"] [data-confirm-remove]')).toBeTruthy());
    page.$<HTMLButtonElement>('[data-site="support.acme.com"] [data-confirm-remove]').click();
    await waitFor(() => expect(stored()?.sites).toEqual({}));
    await waitFor(() => expect(fake.browser.permissions.remove).toHaveBeenCalledWith({ origins: ['*://support.acme.com/*'] }));
    await waitFor(() => expect(page.$$('[data-site="support.acme.com"]')).toHaveLength(0));
  });
});

describe('policy', () => {
  test('every value it sets is locked with the reason and the message, and a click changes nothing', async () => {
    fake.managed = { rulesOff: { '*.zendesk.com': ['excuse'], '*': ['counter-threat'] }, tier: 'approval', language: 'id', sitesEnabled: ['mail.google.com'], message: 'Ask #support-tools.' };
    const page = await open();
    const locked = page.rule('*.zendesk.com', 'excuse');
    expect(locked.disabled).toBe(true);
    expect(locked.checked).toBe(false);
    expect(page.row('*.zendesk.com', 'excuse').querySelector('[data-locked-reason]')!.textContent).toBe('Set by your organisation — Ask #support-tools.');
    locked.click();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(stored()).toBeUndefined();
    expect(page.rule('*.freshdesk.com', 'excuse').disabled).toBe(false);
    for (const site of ['*', '*.freshdesk.com']) expect(page.rule(site, 'counter-threat').disabled).toBe(true);
    expect(page.$<HTMLSelectElement>('[data-site="*"] select[data-setting="tier"]').disabled).toBe(true);
    expect(page.$<HTMLSelectElement>('[data-site="*.zendesk.com"] select[data-setting="language"]').value).toBe('id');
    expect(page.$<HTMLInputElement>('[data-site="mail.google.com"] input[data-site-enabled]').disabled).toBe(true);
    expect(page.$$('[data-options-locked]')).toHaveLength(0);
  });

  test('breathingCard: false turns the take-a-breath card off, locked', async () => {
    fake.managed = { breathingCard: false, message: 'Ask #support-tools.' };
    const page = await open();
    const card = page.$<HTMLInputElement>('[data-site="*"] input[data-setting="breathingCard"]');
    expect(card.checked).toBe(false);
    expect(card.disabled).toBe(true);
    expect(card.closest('.row')!.querySelector('[data-locked-reason]')!.textContent).toBe('Set by your organisation — Ask #support-tools.');
  });

  test('sites it names are listed as its own', async () => {
    fake.managed = { sitesEnabled: ['desk.acme.com'], rulesOff: { 'help.acme.com': ['excuse'] } };
    const page = await open();
    expect(page.$('[data-site="desk.acme.com"]').textContent).toContain(en['site.kind.policy']);
    expect(page.$<HTMLInputElement>('[data-site="desk.acme.com"] input[data-site-enabled]').disabled).toBe(true);
    expect(page.rule('help.acme.com', 'excuse').disabled).toBe(true);
  });

  test('lockOptions makes the page read-only, with a banner', async () => {
    fake.managed = { lockOptions: true, message: 'Managed by IT.' };
    packs = [installed()];
    const page = await open();
    expect(page.$('[data-options-locked]').textContent).toContain(en['lock.banner']);
    expect(page.$('[data-options-locked]').textContent).toContain('Managed by IT.');
    const changing = page.$$<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>('main input, main select, main button').filter((control) => !control.matches('[data-export-settings], [data-pack-export], [data-disclosure]'));
    expect(changing.length).toBeGreaterThan(150);
    for (const control of changing) expect(control.disabled, control.outerHTML).toBe(true);
    // Reading stays possible: the settings and the packs can still be exported, and a site's rules opened.
    expect(page.$$<HTMLButtonElement>('[data-disclosure]').every((button) => !button.disabled)).toBe(true);
    expect(page.$<HTMLButtonElement>('[data-export-settings]').disabled).toBe(false);
    expect(page.$<HTMLButtonElement>('[data-pack="team"] [data-pack-export]').disabled).toBe(false);
  });

  test('a policy change shows at once', async () => {
    const page = await open();
    expect(page.rule('*', 'excuse').disabled).toBe(false);
    fake.setPolicy({ rulesOff: { '*': ['excuse'] } });
    await waitFor(() => expect(page.rule('*', 'excuse').disabled).toBe(true));
  });

  test("counting the week in review is the agent's switch, beside the way to the page; the policy's false turns it off, locked", async () => {
    const page = await open();
    const box = () => page.$<HTMLInputElement>('[data-site="*"] input[data-setting="recordWeek"]');
    expect(box().checked).toBe(true);
    expect(page.$<HTMLAnchorElement>('[data-open-week]').getAttribute('href')).toBe('/src/extension/week/index.html');
    box().click();
    await waitFor(() => expect(stored()).toMatchObject({ recordWeek: false }));
    box().click();
    await waitFor(() => expect(stored()).toMatchObject({ recordWeek: true }));
    fake.setPolicy({ recordWeek: false });
    await waitFor(() => expect(box().disabled).toBe(true));
    expect(box().checked).toBe(false);
    expect(box().closest('.row')!.querySelector('[data-locked-reason]')).not.toBeNull();
  });
});

describe('problems from loading', () => {
  test('corrupt settings are said once, and the page still works and repairs them on the next change', async () => {
    fake.local.set(SETTINGS_KEY, { version: 1, enabled: 'maybe', rules: { excuse: 'off' }, sites: 'everywhere' });
    const page = await open();
    const banner = page.$('[data-load-problems]');
    expect(banner.getAttribute('role')).toBe('alert');
    expect(banner.querySelectorAll('li')).toHaveLength(2);
    expect(page.rule('*', 'excuse').checked).toBe(false);
    page.rule('*.zendesk.com', 'dont-know').click();
    await waitFor(() => expect(stored()).toEqual(settings({ rules: { excuse: 'off' }, sites: { '*.zendesk.com': { rules: { 'dont-know': 'off' } } } })));
    // Reloads do not repeat it.
    await waitFor(() => expect(page.rule('*.zendesk.com', 'dont-know').checked).toBe(false));
    expect(page.$$('[data-load-problems]')).toHaveLength(1);
    expect(page.$$('[data-load-problems] li')).toHaveLength(2);
    [...page.$$<HTMLButtonElement>('[data-load-problems] button')][0]!.click();
    await waitFor(() => expect(page.$$('[data-load-problems]')).toHaveLength(0));
  });

  test('settings that are not an object at all fall back to the defaults, said once', async () => {
    fake.local.set(SETTINGS_KEY, 'garbage');
    const page = await open();
    expect(page.$$('[data-load-problems] li')).toHaveLength(1);
    expect(page.rule('*', 'excuse').checked).toBe(true);
  });
});

describe('packs', () => {
  test('are listed with what they are, where they come from, and their last problem as text', async () => {
    packs = [
      installed({ checkedAt: Date.UTC(2026, 0, 4, 9), problem: { at: Date.UTC(2026, 0, 4, 9), message: 'HTTP 404 <b>bold</b>', errors: [{ path: 'phrases[3].step', message: 'must be one of <img src=x onerror=alert(1)>' }] } }),
      installed({ id: 'org', name: 'Org pack', source: { type: 'policy', url: 'https://packs.acme.test/org.json' }, json: { ...teamPackJson, id: 'org', name: 'Org pack', rules: [], ruleSettings: {} } }),
    ];
    const page = await open();
    const row = page.$('[data-pack="team"]');
    expect(row.textContent).toContain('Acme support');
    expect(row.textContent).toContain('version 1.2.0');
    expect(row.textContent).toContain('from https://packs.acme.test/team.json');
    const when = (at: number) => new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(at);
    expect(row.querySelector('.pack-meta')!.textContent).toBe(
      `from https://packs.acme.test/team.json · Installed ${when(Date.UTC(2026, 0, 2))} · Updated ${when(Date.UTC(2026, 0, 3))} · Checked ${when(Date.UTC(2026, 0, 4, 9))}`,
    );
    expect(row.querySelector('[data-pack-problem]')!.textContent).toContain('HTTP 404 <b>bold</b>');
    expect(row.querySelector('[data-pack-problem] li')!.textContent).toBe('phrases[3].step must be one of <img src=x onerror=alert(1)>');
    expect(row.querySelector('img, b')).toBeNull();
    const org = page.$('[data-pack="org"]');
    expect(org.querySelector<HTMLInputElement>('input[data-pack-enabled]')!.disabled).toBe(true);
    expect(org.querySelector('[data-locked-reason]')).not.toBeNull();
    expect([...org.querySelectorAll('button')].map((b) => b.textContent)).not.toContain(en['pack.remove']);
  });

  test("a pack's rules and rule settings show in the sites where it applies, naming it", async () => {
    packs = [installed()];
    fake.local.set(SETTINGS_KEY, settings({ sites: { '*.zendesk.com': { packs: [] } } }));
    const page = await open();
    expect(page.rule('*', 'team/no-slang').checked).toBe(true);
    expect(page.row('*', 'team/no-slang').textContent).toContain('Write "going to" in replies.');
    expect(page.rule('*', 'dont-know').checked).toBe(false);
    expect(page.row('*', 'dont-know').textContent).toContain('from the pack Acme support');
    // Not on a site where the agent chose no packs.
    expect(page.$$('[data-site="*.zendesk.com"] [data-rule="team/no-slang"]')).toHaveLength(0);
    expect(page.rule('*.zendesk.com', 'dont-know').checked).toBe(true);
  });

  test("a pack's setting for its own rule shows as the helpdesk applies it; a rule in several languages is one row, in the UI language", async () => {
    const rule = { id: 'no-promise', pattern: 'pasti sampai', message: 'Jangan janji tanggal tiba.', language: 'id' };
    const json = { ...teamPackJson, languages: ['id', 'en'], rules: [rule, { ...rule, language: 'en', pattern: 'surely arrive', message: 'Do not promise a delivery date.' }], ruleSettings: { 'no-promise': 'off' } };
    packs = [installed({ languages: ['id', 'en'], json })];
    const page = await open();
    expect(page.$$('[data-site="*"] [data-rule="team/no-promise"]')).toHaveLength(1);
    expect(page.rule('*', 'team/no-promise').checked).toBe(false);
    expect(page.row('*', 'team/no-promise').textContent).toContain('from the pack Acme support');
    expect(page.row('*', 'team/no-promise').textContent).toContain('Do not promise a delivery date.');
  });

  test("an admin's pack address that could not be installed is said, with its time and places, and follows storage", async () => {
    policyProblems = [{ url: 'https://packs.acme.test/org.json', problem: { at: Date.UTC(2026, 0, 7, 6), message: 'The pack was refused: 1 error in the file.', errors: [{ path: 'version', message: 'must be a version such as 1.2.0' }] } }];
    const page = await open();
    const said = page.$('[data-policy-problem="https://packs.acme.test/org.json"]');
    expect(said.querySelector('p')!.textContent).toMatch(/^Your organisation’s pack at https:\/\/packs\.acme\.test\/org\.json could not be installed \(.*2026.*\): The pack was refused: 1 error in the file\. Ramah tries again later\.$/);
    expect([...said.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['version must be a version such as 1.2.0']);
    expect(page.text()).not.toContain(en['packs.empty']);
    // The worker installs it on a later try: the problem goes.
    policyProblems = [];
    packs = [installed({ id: 'org', name: 'Org pack', source: { type: 'policy', url: 'https://packs.acme.test/org.json' }, json: { ...teamPackJson, id: 'org', name: 'Org pack' } })];
    await fake.writeFromElsewhere({ policyPackProblems: [] });
    await waitFor(() => expect(page.$$('[data-policy-problem]')).toHaveLength(0));
    expect(page.$('[data-pack="org"]').textContent).toContain('Org pack');
  });

  test('which packs apply on a site: all, or a chosen subset', async () => {
    packs = [installed(), installed({ id: 'extra', name: 'Extra', json: { ...teamPackJson, id: 'extra', name: 'Extra', rules: [], ruleSettings: {} } })];
    const page = await open();
    const [all, some] = page.$$<HTMLInputElement>('[data-site="*.freshdesk.com"] .packs-choice input[type=radio]');
    expect(all!.checked).toBe(true);
    some!.click();
    await waitFor(() => expect(stored()?.sites['*.freshdesk.com']).toEqual({ packs: ['team', 'extra'] }));
    await waitFor(() => expect(page.$<HTMLInputElement>('[data-site="*.freshdesk.com"] [data-site-pack="team"] input').disabled).toBe(false));
    page.$<HTMLInputElement>('[data-site="*.freshdesk.com"] [data-site-pack="team"] input').click();
    await waitFor(() => expect(stored()?.sites['*.freshdesk.com']).toEqual({ packs: ['extra'] }));
    await waitFor(() => expect(page.$$('[data-site="*.freshdesk.com"] [data-rule="team/no-slang"]')).toHaveLength(0));
    all!.click();
    await waitFor(() => expect(stored()?.sites['*.freshdesk.com']).toEqual({}));
  });

  test('install from a file sends its text; refused, the errors show with their place', async () => {
    replies['pack-install'] = { ok: false, message: '2 errors in the pack', errors: [{ path: 'version', message: 'must be a version such as 1.2.0' }, { path: 'phrases[0].text', message: 'must not be empty' }] };
    const page = await open();
    pickFile(page.$<HTMLInputElement>('input[data-pack-file]'), 'team.json', '{"id":"team"}');
    await waitFor(() => expect(page.$('#packs [role=alert]').textContent).toContain('The pack was not installed: 2 errors in the pack'));
    expect(requests).toContainEqual({ kind: 'pack-install', from: { type: 'file', name: 'team.json', text: '{"id":"team"}' } });
    expect([...page.$$('#packs [role=alert] li')].map((li) => li.textContent)).toEqual(['version must be a version such as 1.2.0', 'phrases[0].text must not be empty']);
  });

  test('install from an https address, asking for no host permission', async () => {
    replies['pack-install'] = { ok: true, pack: installed() };
    const page = await open();
    type(page.$<HTMLInputElement>('input[data-pack-url]'), 'http://packs.acme.test/team.json');
    page.$<HTMLButtonElement>('.install-url button[type=submit]').click();
    await waitFor(() => expect(page.$('#packs [role=alert]').textContent).toBe(en['packs.url.invalid']));
    type(page.$<HTMLInputElement>('input[data-pack-url]'), 'https://packs.acme.test/team.json');
    page.$<HTMLButtonElement>('.install-url button[type=submit]').click();
    await waitFor(() => expect(page.$('#packs [role=status]').textContent).toBe('Installed Acme support 1.2.0.'));
    expect(requests).toContainEqual({ kind: 'pack-install', from: { type: 'url', url: 'https://packs.acme.test/team.json' } });
    // A grant for the pack's server would also let the content scripts run there.
    expect(fake.browser.permissions.request).not.toHaveBeenCalled();
  });

  test('refresh, move, enable, export and remove (after confirming) ask the worker', async () => {
    packs = [installed(), installed({ id: 'extra', name: 'Extra', source: { type: 'file', name: 'extra.json' }, json: { ...teamPackJson, id: 'extra', name: 'Extra' } })];
    replies = { 'pack-refresh': { ok: true, pack: packs[0] }, 'pack-move': { ok: true }, 'pack-enable': { ok: true }, 'pack-remove': { ok: true }, 'pack-export': { ok: true, fileName: 'extra.json', text: '{}' } };
    const clicked: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    const page = await open();
    const button = (pack: string, text: string) => [...page.$$<HTMLButtonElement>(`[data-pack="${pack}"] button`)].find((b) => b.textContent === text || b.getAttribute('aria-label') === text)!;
    expect([...page.$$('[data-pack="extra"] button')].map((b) => b.textContent)).not.toContain(en['pack.refresh']);
    button('team', en['pack.refresh']).click();
    await waitFor(() => expect(page.$('[data-pack="team"] [role=status]').textContent).toBe('Acme support is up to date.'));
    expect(button('team', 'Move Acme support up').disabled).toBe(true);
    button('extra', 'Move Extra up').click();
    page.$<HTMLInputElement>('[data-pack="extra"] input[data-pack-enabled]').click();
    button('extra', en['pack.export']).click();
    await waitFor(() => expect(clicked).toEqual(['extra.json']));
    button('extra', en['pack.remove']).click();
    await waitFor(() => expect(page.$('[data-pack="extra"] [data-confirm-remove]')).toBeTruthy());
    expect(requests.some((request) => request.kind === 'pack-remove')).toBe(false);
    page.$<HTMLButtonElement>('[data-pack="extra"] [data-confirm-remove]').click();
    await waitFor(() => expect(requests).toContainEqual({ kind: 'pack-remove', id: 'extra' }));
    expect(requests).toEqual(
      expect.arrayContaining([
        { kind: 'pack-refresh', id: 'team' },
        { kind: 'pack-move', id: 'extra', to: 0 },
        { kind: 'pack-enable', id: 'extra', enabled: false },
        { kind: 'pack-export', id: 'extra' },
      ]),
    );
    click.mockRestore();
  });

  test("the Enabled box keeps the agent's click while the worker writes it, and the row waits", async () => {
    packs = [installed()];
    let answer!: (reply: unknown) => void;
    replies['pack-enable'] = new Promise((resolve) => (answer = resolve));
    const page = await open();
    const box = page.$<HTMLInputElement>('[data-pack="team"] input[data-pack-enabled]');
    box.click();
    await waitFor(() => expect(box.disabled).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(box.checked).toBe(false);
    packs = [installed({ enabled: false })];
    answer({ ok: true });
    await waitFor(() => expect(box.disabled).toBe(false));
    expect(box.checked).toBe(false);
    expect(requests).toContainEqual({ kind: 'pack-enable', id: 'team', enabled: false });
  });

  test('a refresh that brings a newer version says which; one that brings nothing new says the pack is up to date', async () => {
    packs = [installed()];
    const newer = installed({ version: '1.3.0', updatedAt: Date.UTC(2026, 0, 6) });
    replies['pack-refresh'] = { ok: true, pack: newer };
    const page = await open();
    packs = [newer];
    const refresh = () => [...page.$$<HTMLButtonElement>('[data-pack="team"] button')].find((b) => b.textContent === en['pack.refresh'])!.click();
    refresh();
    await waitFor(() => expect(page.$('[data-pack="team"] [role=status]').textContent).toBe('Acme support is updated to version 1.3.0.'));
    expect(page.$('[data-pack="team"]').textContent).toContain('version 1.3.0');
    refresh();
    await waitFor(() => expect(page.$('[data-pack="team"] [role=status]').textContent).toBe('Acme support is up to date.'));
  });

  test('a refresh that fails says its problem once: in the row, where it stays with its time', async () => {
    packs = [installed()];
    const problem = { at: Date.UTC(2026, 0, 5, 8), message: 'The pack was refused: 1 error in the file. The last good version stays in use.', errors: [{ path: '(file)', message: 'is not valid JSON' }] };
    replies['pack-refresh'] = { ok: false, message: problem.message, errors: problem.errors };
    const page = await open();
    // What the worker has stored by the time it answers.
    packs = [installed({ problem })];
    [...page.$$<HTMLButtonElement>('[data-pack="team"] button')].find((b) => b.textContent === en['pack.refresh'])!.click();
    await waitFor(() => expect(page.$('[data-pack="team"] [data-pack-problem]').textContent).toContain(problem.message));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(page.$$('[data-pack="team"] .errors li').map((li) => li.textContent)).toEqual(['(file) is not valid JSON']);
    expect(page.$('[data-pack="team"] [data-pack-problem] p').textContent).toMatch(/^Problem at .*2026.*: The pack was refused/);
    expect(page.$('[data-pack="team"]').textContent).not.toContain(en['action.failed'].replace(' {message}', ''));
  });

  test('the question before removing takes the focus on "Keep it", and for the personal pack says it is kept nowhere else', async () => {
    packs = [installed(), installed({ id: 'personal', name: 'Personal phrases', source: { type: 'personal' }, json: { id: 'personal', name: 'Personal phrases', version: '1.0.0', languages: ['en'] } })];
    replies['pack-remove'] = { ok: true };
    const page = await open();
    const remove = (pack: string) => [...page.$$<HTMLButtonElement>(`[data-pack="${pack}"] button`)].find((b) => b.textContent === en['pack.remove'] || b.textContent === en['pack.removeAllPersonal'])!;
    // The personal pack's own Remove says that it removes every phrase, unlike each phrase's Remove below it.
    expect(remove('personal').textContent).toBe(en['pack.removeAllPersonal']);
    remove('team').click();
    await waitFor(() => expect(page.$('[data-pack="team"] .confirm').textContent).toContain('Remove the pack Acme support?'));
    expect(document.activeElement?.textContent).toBe(en['pack.removeNo']);
    (document.activeElement as HTMLButtonElement).click();
    await waitFor(() => expect(page.$$('[data-pack="team"] .confirm')).toHaveLength(0));
    // Kept: the focus is back on the button that asked.
    await waitFor(() => expect(document.activeElement).toBe(remove('team')));
    remove('personal').click();
    await waitFor(() => expect(page.$('[data-pack="personal"] .confirm').textContent).toContain(en['pack.removePersonalConfirm']));
    expect(document.activeElement?.textContent).toBe(en['pack.removeNo']);
    expect(requests.some((request) => request.kind === 'pack-remove')).toBe(false);
  });

  test('are read from storage when the worker does not answer', async () => {
    fake.local.set('packs', [installed()]);
    fake.browser.runtime.sendMessage.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    const page = await open();
    expect(page.$('[data-pack="team"]').textContent).toContain('Acme support');
  });

  test("a worker that cannot yet do it says so in the pack's row", async () => {
    packs = [installed()];
    const page = await open();
    page.$<HTMLInputElement>('[data-pack="team"] input[data-pack-enabled]').click();
    await waitFor(() => expect(page.$('[data-pack="team"] [role=alert]').textContent).toBe('That did not work: not built yet'));
  });
});

describe('personal phrases', () => {
  // The worker's own pack manager, on the fake storage: what the page sends is what the worker does.
  let manager: ReturnType<typeof createPackManager>;
  const ack: PersonalPhrase = { text: 'Terima kasih kerana menunggu, {customer_name}.', language: 'ms', step: 'acknowledgement' };
  const checkBack: PersonalPhrase = { text: 'Kalau masih ada kendala,\nlangsung balas chat ini ya, Kak.', language: 'id', step: 'checkBack' };
  const html: PersonalPhrase = { text: '<b>Thanks</b> for <img src=x onerror=alert(1)> waiting.', language: 'en' };

  beforeEach(() => {
    manager = createPackManager({ storage: fake.browser.storage.local, fetch: () => Promise.reject(new Error('no network here')), policyPackUrls: async () => [] });
    fake.browser.runtime.sendMessage.mockImplementation(async (message) => {
      const request = message as WorkerRequest;
      requests.push(request);
      if (replies[request.kind]) return replies[request.kind];
      if (request.kind === 'packs-list') return manager.list();
      if (request.kind === 'personal-phrase-remove') return manager.removePhrase(request.id);
      return { ok: false, message: 'not in this test', errors: [] };
    });
  });

  async function saved(...phrases: PersonalPhrase[]): Promise<string[]> {
    const ids: string[] = [];
    for (const phrase of phrases) {
      const reply = await manager.savePhrase(phrase);
      if (!reply.ok) throw new Error(reply.message);
      ids.push(reply.id);
    }
    return ids;
  }

  const storedPhrases = () => {
    const personal = (fake.local.get(PACKS_KEY) as InstalledPack[]).find((pack) => pack.id === 'personal')!;
    return (personal.json as { phrases: { id: string }[] }).phrases.map((phrase) => phrase.id);
  };

  async function openPhrases(locale: UiLocale = 'en') {
    const page = await open(locale);
    const rows = () => page.$$('[data-pack="personal"] [data-personal-phrase]');
    const ids = () => rows().map((row) => row.dataset.personalPhrase);
    const removeOf = (id: string) => page.$<HTMLButtonElement>(`[data-personal-phrase="${id}"] [data-remove-phrase]`);
    return { ...page, rows, ids, removeOf };
  }

  test("are listed under the personal pack's row as text, with language and step, saying that export shares them", async () => {
    fake.local.set(PACKS_KEY, [installed()]);
    const ids = await saved(checkBack, html, ack);
    const page = await openPhrases();
    expect(page.ids()).toEqual(ids);
    const personal = page.$('[data-pack="personal"]');
    expect(personal.querySelector('h3')!.textContent).toBe('Your saved phrases (3)');
    expect(personal.querySelector('[data-personal-share]')!.textContent).toBe(en['personal.share']);
    expect(page.rows().map((row) => row.querySelector('.phrase-text')!.textContent)).toEqual([checkBack.text, html.text, ack.text]);
    expect(page.rows().map((row) => row.querySelector('.phrase-meta')!.textContent)).toEqual(['Indonesian · Check back', 'English · No step (found by search only)', 'Malay · Acknowledge']);
    // Pack text is text.
    expect(personal.querySelector('b, img')).toBeNull();
    // Each Remove names its phrase to a screen reader.
    const remove = page.removeOf(ids[1]!);
    expect(remove.textContent).toBe(en['pack.remove']);
    expect(document.getElementById(remove.getAttribute('aria-describedby')!)!.textContent).toBe(html.text);
    expect(page.$$('[data-pack="team"] [data-personal-phrases]')).toHaveLength(0);
  });

  test('removing one asks first; kept, nothing is sent and the focus is back; removed, the next phrase has the focus', async () => {
    const [first, second, third] = await saved(checkBack, html, ack);
    const page = await openPhrases();
    const confirm = () => page.$$(`[data-personal-phrase="${first}"] .confirm`);
    page.removeOf(first!).click();
    await waitFor(() => expect(confirm()).toHaveLength(1));
    expect(confirm()[0]!.textContent).toContain(en['personal.removeConfirm']);
    expect(document.activeElement?.textContent).toBe(en['pack.removeNo']);
    // Escape keeps it, and so does "Keep it".
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await waitFor(() => expect(document.activeElement).toBe(page.removeOf(first!)));
    expect(confirm()).toHaveLength(0);
    page.removeOf(first!).click();
    await waitFor(() => expect(document.activeElement?.textContent).toBe(en['pack.removeNo']));
    (document.activeElement as HTMLButtonElement).click();
    await waitFor(() => expect(document.activeElement).toBe(page.removeOf(first!)));
    expect(requests.some((request) => request.kind === 'personal-phrase-remove')).toBe(false);
    expect(storedPhrases()).toEqual([first, second, third]);

    page.removeOf(first!).click();
    await waitFor(() => expect(confirm()).toHaveLength(1));
    page.$<HTMLButtonElement>(`[data-personal-phrase="${first}"] [data-confirm-remove]`).click();
    await waitFor(() => expect(page.ids()).toEqual([second, third]));
    expect(requests).toContainEqual({ kind: 'personal-phrase-remove', id: first });
    expect(storedPhrases()).toEqual([second, third]);
    await waitFor(() => expect(document.activeElement).toBe(page.removeOf(second!)));
    expect(page.$('[data-phrases-said]').getAttribute('role')).toBe('status');
    expect(page.$('[data-phrases-said]').textContent).toBe(`The phrase “${checkBack.text}” is removed.`);
    expect(page.$('[data-pack="personal"] h3').textContent).toBe('Your saved phrases (2)');
  });

  test('after the last phrase the focus goes to the one before; with none left, to the empty list', async () => {
    const [first, second] = await saved(checkBack, ack);
    const page = await openPhrases();
    const removeNow = async (id: string) => {
      page.removeOf(id).click();
      await waitFor(() => expect(page.$$(`[data-personal-phrase="${id}"] [data-confirm-remove]`)).toHaveLength(1));
      page.$<HTMLButtonElement>(`[data-personal-phrase="${id}"] [data-confirm-remove]`).click();
      await waitFor(() => expect(page.ids()).not.toContain(id));
    };
    await removeNow(second!);
    await waitFor(() => expect(document.activeElement).toBe(page.removeOf(first!)));
    await removeNow(first!);
    const empty = page.$('[data-pack="personal"] [data-phrases-empty]');
    expect(empty.textContent).toBe(en['personal.empty']);
    await waitFor(() => expect(document.activeElement).toBe(empty));
    expect(page.$('[data-pack="personal"] h3').textContent).toBe('Your saved phrases (0)');
    expect(storedPhrases()).toEqual([]);
    // The pack itself stays, to export or remove.
    expect(page.$$('[data-pack="personal"] [data-pack-export]')).toHaveLength(1);
  });

  test('a refused removal says why and keeps the phrase, with the focus back on its Remove', async () => {
    const [first, second] = await saved(checkBack, ack);
    replies['personal-phrase-remove'] = { ok: false, message: 'Your personal pack has no phrase "x".' };
    const page = await openPhrases();
    page.removeOf(second!).click();
    await waitFor(() => expect(page.$$('[data-confirm-remove]')).toHaveLength(1));
    page.$<HTMLButtonElement>('[data-confirm-remove]').click();
    await waitFor(() => expect(page.$('[data-phrases-said]').textContent).toBe('That did not work: Your personal pack has no phrase "x".'));
    expect(page.$('[data-phrases-said]').getAttribute('role')).toBe('alert');
    expect(page.ids()).toEqual([first, second]);
    await waitFor(() => expect(document.activeElement).toBe(page.removeOf(second!)));
    expect(page.removeOf(second!).disabled).toBe(false);
  });

  test('a personal pack that cannot be read says so, and offers its export', async () => {
    fake.local.set(PACKS_KEY, [{ ...installed(), id: 'personal', name: 'Personal phrases', source: { type: 'personal' }, json: { id: 'personal', phrases: 'oops' } }]);
    const page = await openPhrases();
    expect(page.$('[data-pack="personal"] [data-phrases-damaged]').textContent).toBe(en['personal.damaged']);
    expect(page.rows()).toHaveLength(0);
    expect(page.$<HTMLButtonElement>('[data-pack="personal"] [data-pack-export]').disabled).toBe(false);
  });

  test('speak Indonesian and Malay, with the step names of the sidebar', async () => {
    await saved(checkBack, ack);
    const id = await openPhrases('id');
    expect(id.$('[data-pack="personal"] h3').textContent).toBe('Frasa tersimpan Anda (2)');
    expect(id.rows().map((row) => row.querySelector('.phrase-meta')!.textContent)).toEqual(['Bahasa Indonesia · Pastikan kembali', 'Bahasa Melayu · Akui']);
    expect(id.$('[data-personal-share]').textContent).toBe(OPTIONS_MESSAGES.id['personal.share']);
    expect(id.rows()[0]!.querySelector('button')!.textContent).toBe('Hapus');
    document.body.replaceChildren();
    const ms = await openPhrases('ms');
    expect(ms.rows().map((row) => row.querySelector('.phrase-meta')!.textContent)).toEqual(['Bahasa Indonesia · Semak semula', 'Bahasa Melayu · Akui']);
    expect(ms.rows()[0]!.querySelector('button')!.textContent).toBe('Buang');
  });

  test('when the policy locks the page, they are listed but cannot be removed', async () => {
    fake.managed = { lockOptions: true };
    const [first] = await saved(checkBack);
    const page = await openPhrases();
    expect(page.ids()).toEqual([first]);
    expect(page.removeOf(first!).disabled).toBe(true);
  });
});

describe('settings file', () => {
  test('export downloads the stored settings; importing them back restores them', async () => {
    const chosen = settings({ language: 'ms', rules: { excuse: 'off' }, sites: { '*.zendesk.com': { enabled: false } } });
    fake.local.set(SETTINGS_KEY, chosen);
    let exported: Blob | undefined;
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      exported = blob as Blob;
      return 'blob:ramah';
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const page = await open();
    page.$<HTMLButtonElement>('[data-export-settings]').click();
    expect(await exported!.text()).toBe(exportSettings(chosen));
    fake.local.set(SETTINGS_KEY, settings({}));
    pickFile(page.$<HTMLInputElement>('input[data-import-settings]'), 'ramah-settings.json', await exported!.text());
    await waitFor(() => expect(stored()).toEqual(chosen));
    await waitFor(() => expect(page.$('[data-import-result]').textContent).toBe(en['backup.imported']));
    createObjectURL.mockRestore();
    click.mockRestore();
  });

  test('a file that is not Ramah settings changes nothing, and says why', async () => {
    const chosen = settings({ language: 'ms' });
    fake.local.set(SETTINGS_KEY, chosen);
    const page = await open();
    pickFile(page.$<HTMLInputElement>('input[data-import-settings]'), 'pack.json', JSON.stringify(teamPackJson));
    await waitFor(() => expect(page.$('[data-import-result]').textContent).toMatch(/^Nothing was changed: The file is not a Ramah settings file/));
    expect(stored()).toEqual(chosen);
  });

  test('a settings file with bad values imports the rest and lists the problems', async () => {
    const page = await open();
    pickFile(page.$<HTMLInputElement>('input[data-import-settings]'), 's.json', JSON.stringify({ format: 'ramah-settings', version: 1, tier: 'approval', language: 'fr' }));
    await waitFor(() => expect(stored()).toEqual(settings({ tier: 'approval' })));
    await waitFor(() => expect(page.$$('[data-import-result] li')).toHaveLength(1));
  });
});
