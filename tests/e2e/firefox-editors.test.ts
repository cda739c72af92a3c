// The editor suite in Firefox ESR: the BUILT dist/firefox, driven over WebDriver BiDi with real mouse and
// keyboard input, on the same editor fixture pages as the Chromium suite (tests/e2e/editors.test.ts),
// served as acme.zendesk.com's agent workspace, for all ten editors. For each editor the agent types a draft that blames a
// department, sees the finding, applies its rewording, takes it back with one Ctrl+Z, then inserts a
// missing step's phrase at the caret and takes that back with one Ctrl+Z. Text is read from the editor's MODEL.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { analyze } from '../../src/engine/index.js';
import { buildFixtures, EDITOR_PAGES, FIXTURES_DIST } from '../fixtures/serve.js';
import { firefoxSkipReason, launchFirefox, type FirefoxSession } from './helpers/firefox.js';
import { serveHelpdeskFiles, type HelpdeskSite } from './helpers/helpdesk-server.js';

const HOST = 'acme.zendesk.com';
const DRAFT = 'Maaf Kak, ini kesalahan bagian gudang.';

const [BLAME] = analyze(DRAFT).findings.filter((finding) => finding.rule === 'blame-department');
if (!BLAME?.suggestions[0]) throw new Error('the engine no longer flags the test draft: pick another one');
const REWORDED = DRAFT.slice(0, BLAME.start) + BLAME.suggestions[0] + DRAFT.slice(BLAME.end);

const SIDEBAR = '[data-ramah="sidebar"]';
const FINDING = '[data-rule="blame-department"]';
const STEP = '[data-step="clarification"][data-state="missing"]';
const INSERT = `${STEP} [data-action="insert"]`;
/** Counts the matches of `selector` in the sidebar's shadow root; 0 before the sidebar is there. */
const inSidebar = (selector: string) =>
  `document.querySelector(${JSON.stringify(SIDEBAR)})?.shadowRoot?.querySelectorAll(${JSON.stringify(selector)}).length ?? 0`;
const TEXT = 'window.__fixture.getText()';

const skipReason = firefoxSkipReason();

describe.skipIf(skipReason)(`Ramah in real editors in Firefox${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  let firefox: FirefoxSession;
  let site: HelpdeskSite;

  beforeAll(async () => {
    await buildFixtures();
    site = await serveHelpdeskFiles(HOST, FIXTURES_DIST, '/agent/');
    firefox = await launchFirefox({ localHosts: [HOST] });
  });

  afterAll(async () => {
    await Promise.all([firefox?.close(), site?.close()]);
  });

  describe.each(EDITOR_PAGES)('%s', (editor) => {
    test('flags a warning, applies its rewording and inserts a phrase, each undone by one Ctrl+Z', async () => {
      const tab = await firefox.open(site.page(`${editor}.html`));
      await expect.poll(() => firefox.evaluate(tab, `window.__fixture !== undefined || document.body.dataset.error !== undefined`)).toBe(true);
      expect(await firefox.evaluate(tab, 'document.body.dataset.error ?? null')).toBeNull();
      const composer = await firefox.evaluate<string>(tab, 'window.__fixture.selector');

      // A click can land before the editor takes focus (Slate under load): click again until the composer has it, so
      // that the keys reach the editor.
      const focused = () => firefox.evaluate<boolean>(tab, `document.querySelector(${JSON.stringify(composer)})?.contains(document.activeElement) ?? false`);
      for (let attempt = 0; attempt < 3 && !(await focused()); attempt++) await firefox.click(tab, composer);
      expect(await focused()).toBe(true);
      await expect.poll(() => firefox.evaluate<boolean>(tab, 'window.__fixture.takesKeys?.() ?? true')).toBe(true);
      await firefox.type(tab, DRAFT);
      await expect.poll(() => firefox.evaluate(tab, TEXT)).toBe(DRAFT);
      await expect.poll(() => firefox.evaluate(tab, inSidebar(FINDING))).toBe(1);

      await firefox.click(tab, `${FINDING} [data-action="apply"]`, SIDEBAR);
      await expect.poll(() => firefox.evaluate(tab, TEXT)).toBe(REWORDED);
      await expect.poll(() => firefox.evaluate(tab, inSidebar(FINDING))).toBe(0);
      await firefox.press(tab, ['Control', 'z']);
      await expect.poll(() => firefox.evaluate(tab, TEXT)).toBe(DRAFT);
      await expect.poll(() => firefox.evaluate(tab, inSidebar(FINDING))).toBe(1);

      // The caret to the start of the draft: the phrase goes there, not at the end.
      await firefox.press(tab, editor === 'textarea' ? ['Control', 'Home'] : ['Home']);
      await expect.poll(() => firefox.evaluate(tab, inSidebar(INSERT))).toBeGreaterThan(0);
      const phrase = await firefox.evaluate<string>(
        tab,
        `document.querySelector(${JSON.stringify(SIDEBAR)}).shadowRoot.querySelector(${JSON.stringify(INSERT)}).textContent.trim()`,
      );
      // A missing step's phrases are folded under it: the agent unfolds the step first.
      const unfolded = `document.querySelector(${JSON.stringify(SIDEBAR)}).shadowRoot.querySelector(${JSON.stringify(STEP)} + ' details').open`;
      if (!(await firefox.evaluate<boolean>(tab, unfolded))) await firefox.click(tab, `${STEP} summary`, SIDEBAR);
      await expect.poll(() => firefox.evaluate(tab, unfolded)).toBe(true);
      await firefox.click(tab, INSERT, SIDEBAR);
      await expect.poll(() => firefox.evaluate(tab, TEXT)).toBe(`${phrase} ${DRAFT}`);
      await firefox.press(tab, ['Control', 'z']);
      await expect.poll(() => firefox.evaluate(tab, TEXT)).toBe(DRAFT);

      expect(firefox.logs.filter((line) => /Ramah|moz-extension:/.test(line) && /^error/.test(line))).toEqual([]);
    });
  });
});
