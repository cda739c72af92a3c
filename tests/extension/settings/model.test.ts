import { describe, expect, test } from 'vitest';
import {
  DEFAULT_USER_SETTINGS,
  SETTINGS_KEY,
  SETTINGS_VERSION,
  exportSettings,
  importSettings,
  loadPolicy,
  loadUserSettings,
  migrateLegacyKeys,
  type UserSettings,
} from '../../../src/extension/settings/index.js';

const chosen: UserSettings = {
  version: SETTINGS_VERSION,
  enabled: true,
  language: 'ms',
  uiLanguage: 'id',
  agentName: 'Kak Rina',
  debug: true,
  tier: 'approval',
  recordWeek: false,
  breathingCard: false,
  rules: { excuse: 'off', 'team/no-slang': 'warn' },
  sites: {
    '*.zendesk.com': { rules: { 'dont-know': 'off' }, language: 'id' },
    'support.acme.com': { enabled: true, packs: ['team'] },
  },
};

describe('loadUserSettings', () => {
  test('nothing stored is the defaults, without a problem', () => {
    expect(loadUserSettings(undefined)).toEqual({ value: DEFAULT_USER_SETTINGS, problems: [] });
  });

  test('sound settings come back as they were', () => {
    expect(loadUserSettings(structuredClone(chosen))).toEqual({ value: chosen, problems: [] });
  });

  test('the defaults it returns are a copy: changing them leaves the next load alone', () => {
    const first = loadUserSettings(undefined).value;
    first.rules.excuse = 'off';
    first.sites['a.example.com'] = { enabled: true };
    expect(loadUserSettings(undefined).value).toEqual(DEFAULT_USER_SETTINGS);
  });

  test.each([
    ['a string', 'garbage'],
    ['a number', 42],
    ['a list', [1, 2]],
    ['null', null],
  ])('settings that are %s fall back to the defaults with one problem', (_what, stored) => {
    const { value, problems } = loadUserSettings(stored);
    expect(value).toEqual(DEFAULT_USER_SETTINGS);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/not an object.*defaults/);
  });

  // Each corrupt field costs that field only: the agent's other choices stay.
  test.each([
    ['enabled', 'yes'],
    ['language', 'fr'],
    ['tier', 'never'],
    ['uiLanguage', 'fr'],
    ['uiLanguage', 'auto'],
    ['agentName', 42],
    ['agentName', 'x'.repeat(500)],
    ['debug', 'on'],
    ['breathingCard', 'off'],
    ['rules', 'off'],
    ['sites', ['*.zendesk.com']],
    ['rules', ['off']],
  ] as const)('a corrupt %s falls back to its default and keeps every other field', (field, bad) => {
    const { value, problems } = loadUserSettings({ ...structuredClone(chosen), [field]: bad });
    expect(value).toEqual({ ...chosen, [field]: DEFAULT_USER_SETTINGS[field] });
    expect(problems).toEqual([expect.stringContaining(`settings.${field} was not valid`)]);
  });

  test("the agent's name is kept as one line of text, and one too long for a phrase is refused", () => {
    expect(loadUserSettings({ ...chosen, agentName: '  Kak\n\tRina\u0000 ' })).toEqual({ value: { ...chosen, agentName: 'Kak Rina' }, problems: [] });
    const { value, problems } = loadUserSettings({ ...chosen, agentName: 'R'.repeat(61) });
    expect(value.agentName).toBe('');
    expect(problems).toEqual([expect.stringContaining('settings.agentName was not valid')]);
  });

  test('settings stored before the UI language, the name, debug and the week in review existed read them as their defaults, without a problem', () => {
    const { uiLanguage: _u, agentName: _a, debug: _d, recordWeek: _r, ...older } = chosen;
    expect(loadUserSettings(structuredClone(older))).toEqual({ value: { ...chosen, uiLanguage: 'browser', agentName: '', debug: false, recordWeek: true }, problems: [] });
  });

  test('a corrupt rule setting drops that rule only', () => {
    const { value, problems } = loadUserSettings({ ...chosen, rules: { excuse: 'error', 'dont-know': 'off', 'Bad Id': 'off' } });
    expect(value.rules).toEqual({ 'dont-know': 'off' });
    expect(problems).toEqual([expect.stringContaining('settings.rules["excuse"]'), expect.stringContaining('settings.rules["Bad Id"]')]);
  });

  test("a site's corrupt field drops that field only, not the site's other choices", () => {
    const { value, problems } = loadUserSettings({
      ...chosen,
      sites: { '*.zendesk.com': { enabled: false, rules: 'off', language: 'xx', packs: [1] }, 'support.acme.com': { enabled: 'yes', rules: { excuse: 'off', 'dont-know': 'nope' } } },
    });
    expect(value.sites).toEqual({ '*.zendesk.com': { enabled: false }, 'support.acme.com': { rules: { excuse: 'off' } } });
    expect(problems).toHaveLength(5);
    expect(problems.join('\n')).toMatch(/sites\["\*\.zendesk\.com"\]\.rules/);
    expect(problems.join('\n')).toMatch(/sites\["support\.acme\.com"\]\.rules\["dont-know"\]/);
  });

  test('a site key that is not a site, or a site that is not an object, is dropped with a problem', () => {
    const { value, problems } = loadUserSettings({ ...chosen, sites: { 'not a host': { enabled: true }, '*': {}, 'ok.example.com': 'on', 'good.example.com': {} } });
    expect(value.sites).toEqual({ 'good.example.com': {} });
    expect(problems).toHaveLength(3);
  });

  test('site keys are kept in one spelling', () => {
    const { value } = loadUserSettings({ sites: { 'HTTPS://Support.Acme.com/agent/': { enabled: true } } });
    expect(Object.keys(value.sites)).toEqual(['support.acme.com']);
  });

  test('settings from a newer version keep what this version knows, and say so', () => {
    const { value, problems } = loadUserSettings({ ...chosen, version: SETTINGS_VERSION + 1, shortcuts: { open: 'Alt+R' } });
    expect(value).toEqual(chosen);
    expect(value.version).toBe(SETTINGS_VERSION);
    expect(problems).toEqual([expect.stringMatching(/newer version of Ramah \(2\)/)]);
  });

  test('a hostile key does not reach Object.prototype', () => {
    const stored = JSON.parse('{"rules": {"__proto__": "off"}, "sites": {"__proto__": {"enabled": true}}}') as unknown;
    const { value } = loadUserSettings(stored);
    expect(Object.getPrototypeOf(value.rules)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).enabled).toBeUndefined();
    expect(value.sites).toEqual({});
  });
});

describe('migration from the keys kept before settings were versioned', () => {
  test('top-level enabled and language become the versioned settings', () => {
    const migrated = migrateLegacyKeys({ enabled: false, language: 'id' });
    expect(loadUserSettings(migrated)).toEqual({ value: { ...DEFAULT_USER_SETTINGS, enabled: false, language: 'id' }, problems: [] });
  });

  test('one legacy key alone migrates without a problem about the other', () => {
    expect(loadUserSettings(migrateLegacyKeys({ language: 'ms' }))).toEqual({ value: { ...DEFAULT_USER_SETTINGS, language: 'ms' }, problems: [] });
    expect(loadUserSettings(migrateLegacyKeys({ enabled: false }))).toEqual({ value: { ...DEFAULT_USER_SETTINGS, enabled: false }, problems: [] });
  });

  test('a corrupt legacy value falls back with a problem, the sound one stays', () => {
    const { value, problems } = loadUserSettings(migrateLegacyKeys({ enabled: 'no', language: 'en' }));
    expect(value).toEqual({ ...DEFAULT_USER_SETTINGS, language: 'en' });
    expect(problems).toEqual([expect.stringContaining('settings.enabled')]);
  });

  test('versioned settings win over leftover legacy keys', () => {
    expect(migrateLegacyKeys({ [SETTINGS_KEY]: chosen, enabled: false })).toBe(chosen);
  });

  test('nothing stored migrates to nothing', () => {
    expect(migrateLegacyKeys({})).toBeUndefined();
    expect(migrateLegacyKeys({ packs: [] })).toBeUndefined();
  });
});

describe('import and export', () => {
  test('an exported file imports back to the same settings', () => {
    const text = exportSettings(chosen);
    expect(JSON.parse(text)).toMatchObject({ format: 'ramah-settings', version: SETTINGS_VERSION });
    expect(importSettings(text)).toEqual({ ok: true, settings: chosen, problems: [] });
  });

  test.each([
    ['text that is not JSON', 'enabled=true', /not valid JSON/],
    ['JSON without the format', JSON.stringify(chosen), /not a Ramah settings file/],
    ['a pack', JSON.stringify({ id: 'team', name: 'Team', version: '1.0.0', languages: ['en'] }), /not a Ramah settings file/],
    ['a list', '[]', /not a Ramah settings file/],
    ['another format', JSON.stringify({ ...chosen, format: 'ramah-pack' }), /not a Ramah settings file/],
  ])('%s is refused whole', (_what, text, error) => {
    const result = importSettings(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(error);
  });

  test('a settings file with corrupt fields imports the sound ones, with problems', () => {
    const result = importSettings(JSON.stringify({ format: 'ramah-settings', version: 1, language: 'klingon', tier: 'approval' }));
    expect(result).toEqual({ ok: true, settings: { ...DEFAULT_USER_SETTINGS, tier: 'approval' }, problems: [expect.stringContaining('settings.language')] });
  });
});

describe('loadPolicy', () => {
  test('no policy is the empty policy, without a problem', () => {
    const empty = { sitesEnabled: [], sitesDisabled: [], rulesOff: {}, packUrls: [], lockOptions: false };
    expect(loadPolicy(undefined)).toEqual({ value: empty, problems: [] });
    expect(loadPolicy({})).toEqual({ value: empty, problems: [] });
  });

  test('a full policy is read as the admin wrote it, with host patterns in one spelling', () => {
    const { value, problems } = loadPolicy({
      sitesEnabled: ['https://Support.Acme.com/', '*.zendesk.com'],
      sitesDisabled: ['mail.google.com'],
      rulesOff: { '*': ['excuse'], '*.zendesk.com': ['dont-know', 'team/no-slang'] },
      packUrls: ['https://packs.acme.com/team.json'],
      tier: 'approval',
      language: 'id',
      breathingCard: false,
      lockOptions: true,
      recordWeek: false,
      message: '  Set by IT. Ask #support-tools.  ',
    });
    expect(problems).toEqual([]);
    expect(value).toEqual({
      sitesEnabled: ['support.acme.com', '*.zendesk.com'],
      sitesDisabled: ['mail.google.com'],
      rulesOff: { '*': ['excuse'], '*.zendesk.com': ['dont-know', 'team/no-slang'] },
      packUrls: ['https://packs.acme.com/team.json'],
      tier: 'approval',
      language: 'id',
      breathingCard: false,
      lockOptions: true,
      recordWeek: false,
      message: 'Set by IT. Ask #support-tools.',
    });
  });

  test('a policy that is not an object is ignored with a problem', () => {
    expect(loadPolicy('lock everything')).toMatchObject({ value: { lockOptions: false }, problems: [expect.stringContaining('not an object')] });
    expect(loadPolicy([1])).toMatchObject({ problems: [expect.stringContaining('not an object')] });
  });

  test('bad entries are ignored one by one, each with a problem, and the good ones stay', () => {
    const { value, problems } = loadPolicy({
      sitesEnabled: ['support.acme.com', 7, '*.com', 'not a host'],
      sitesDisabled: 'mail.google.com',
      rulesOff: { '*': ['excuse', 3, 'Bad Rule'], 'not a host': ['excuse'], 'desk.zoho.com': 'excuse', '*.zendesk.com': ['dont-know'] },
      packUrls: ['http://packs.acme.com/team.json', 'https://packs.acme.com/team.json', 'packs.json', null],
      tier: 'never',
      language: 'fr',
      breathingCard: 'no',
      lockOptions: 'yes',
      message: 'x'.repeat(501),
    });
    expect(value).toEqual({
      sitesEnabled: ['support.acme.com'],
      sitesDisabled: [],
      rulesOff: { '*': ['excuse'], '*.zendesk.com': ['dont-know'] },
      packUrls: ['https://packs.acme.com/team.json'],
      lockOptions: false,
    });
    const text = problems.join('\n');
    expect(problems).toHaveLength(3 + 1 + 4 + 3 + 5);
    for (const name of ['sitesEnabled', 'sitesDisabled', 'rulesOff["*"]', 'rulesOff["not a host"]', 'rulesOff["desk.zoho.com"]', 'packUrls', 'tier', 'language', 'breathingCard', 'lockOptions', 'message']) {
      expect(text).toContain(`policy.${name}`);
    }
  });

  test('rulesOff keys that spell one site the same way merge, without repeats', () => {
    expect(loadPolicy({ rulesOff: { '*.Zendesk.com': ['excuse'], 'https://*.zendesk.com/': ['excuse', 'dont-know'] } }).value.rulesOff).toEqual({ '*.zendesk.com': ['excuse', 'dont-know'] });
  });

  test('a blank message is no message', () => {
    expect(loadPolicy({ message: '   ' }).value.message).toBeUndefined();
  });
});
