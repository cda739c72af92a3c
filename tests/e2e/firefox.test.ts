// The built dist/firefox in Firefox ESR, driven over WebDriver BiDi: it installs, its event page answers
// the content script and the extension pages, it coaches a textarea and a rich editor on a helpdesk page,
// and its pages render under the same strict CSP as in Chrome.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_USER_SETTINGS, SETTINGS_KEY } from '../../src/extension/settings/index.js';
import { GECKO_ID } from '../../scripts/firefox-manifest.js';
import { firefoxSkipReason, launchFirefox, type FirefoxSession } from './helpers/firefox.js';
import { serveHelpdeskPage, type HelpdeskServer } from './helpers/helpdesk-server.js';
import { BLAMING_DRAFT, CLEAN_DRAFT, TICKET_HOST, TICKET_PAGE, warningCount } from './helpers/ticket.js';


/** Puts the caret in the field, which starts the coaching there; true once Ramah's sidebar is up. */
const focus = (selector: string) => `(() => {
  document.querySelector(${JSON.stringify(selector)}).focus();
  return document.querySelector('[data-ramah="sidebar"]') !== null;
})()`;

/** Types into the field as the page's own input would: its value, then an input event. */
const typeInto = (selector: string, text: string) => `(() => {
  const field = document.querySelector(${JSON.stringify(selector)});
  if ('value' in field) field.value = ${JSON.stringify(text)}; else field.textContent = ${JSON.stringify(text)};
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
})()`;

const WARNINGS_SHOWN = `document.querySelector('[data-ramah="sidebar"]')?.shadowRoot?.querySelectorAll('[data-rule][data-kind="warning"]').length ?? -1`;

const skipReason = firefoxSkipReason();

describe.skipIf(skipReason)(`the built extension in Firefox${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  let firefox: FirefoxSession;
  let helpdesk: HelpdeskServer;

  beforeAll(async () => {
    helpdesk = await serveHelpdeskPage(TICKET_HOST, TICKET_PAGE);
    firefox = await launchFirefox({ localHosts: [TICKET_HOST] });
  });

  afterAll(async () => {
    await Promise.all([firefox?.close(), helpdesk?.close()]);
  });

  const page = (path: string) => `${firefox.extensionUrl}src/extension/${path}`;

  test('installs under its Gecko id; the event page stores the defaults and answers the pages', async () => {
    expect(firefox.extensionId).toBe(GECKO_ID);
    const options = await firefox.open(page('options/index.html'));
    await expect.poll(() => firefox.evaluate(options, 'browser.storage.local.get(null)')).toEqual({ [SETTINGS_KEY]: DEFAULT_USER_SETTINGS });
    expect(await firefox.evaluate(options, `browser.runtime.sendMessage({ kind: 'packs-list' })`)).toEqual({ packs: [], policyProblems: [] });
    // Firefox rejects storage.managed.get when no policy is installed: no policy, and no problem.
    const reply = await firefox.evaluate<{ config: { enabled: { value: boolean; from: string } }; problems: string[] }>(
      options,
      `browser.runtime.sendMessage({ kind: 'site-config', url: 'https://${TICKET_HOST}/agent/tickets/1' })`,
    );
    expect(reply.config.enabled).toMatchObject({ value: true });
    expect(reply.problems).toEqual([]);
  });

  test('coaches a textarea and a rich-text editor on a helpdesk page', async () => {
    const tab = await firefox.open(helpdesk.url);
    expect(warningCount(BLAMING_DRAFT)).toBeGreaterThan(0);
    // The content script starts at document_idle, after the page has loaded: wait for it to take the field.
    await expect.poll(() => firefox.evaluate(tab, focus('#reply'))).toBe(true);
    await firefox.evaluate(tab, typeInto('#reply', BLAMING_DRAFT));
    await expect.poll(() => firefox.evaluate(tab, WARNINGS_SHOWN)).toBe(warningCount(BLAMING_DRAFT));
    await firefox.evaluate(tab, typeInto('#reply', CLEAN_DRAFT));
    await expect.poll(() => firefox.evaluate(tab, WARNINGS_SHOWN)).toBe(warningCount(CLEAN_DRAFT));
    await firefox.evaluate(tab, focus('#rich'));
    await firefox.evaluate(tab, typeInto('#rich p', BLAMING_DRAFT));
    await expect.poll(() => firefox.evaluate(tab, WARNINGS_SHOWN)).toBe(warningCount(BLAMING_DRAFT));
    // The sidebar's stylesheet, adopted from the content script, applies in Firefox too.
    expect(await firefox.evaluate(tab, `document.querySelector('[data-ramah="sidebar"]').shadowRoot.adoptedStyleSheets.length`)).toBe(1);
    expect(await firefox.evaluate(tab, `document.querySelector('#reply').value`)).toBe(CLEAN_DRAFT);
  });

  test('the options page and the popup render under the CSP, which stops inline script, eval and http:', async () => {
    for (const path of ['options/index.html', 'popup/index.html']) {
      const tab = await firefox.open(page(path));
      // The popup renders once it has read the tab and the settings.
      await expect.poll(() => firefox.evaluate(tab, `document.getElementById('root').childElementCount`), { message: path }).toBeGreaterThan(0);
      const outcome = await firefox.evaluate(
        tab,
        `(async () => {
          const violations = new Set();
          document.addEventListener('securitypolicyviolation', (event) => violations.add(event.effectiveDirective));
          const inline = document.createElement('script');
          inline.textContent = 'window.__inlineRan = true';
          document.head.append(inline);
          setTimeout('window.__timerRan = true', 0);
          const button = document.createElement('button');
          button.setAttribute('onclick', 'window.__handlerRan = true');
          document.body.append(button);
          button.click();
          const fetched = await fetch('http://127.0.0.1:9/').then(() => 'fetched', (error) => error.name);
          await new Promise((resolve) => setTimeout(resolve, 200));
          return {
            ran: ['__inlineRan', '__timerRan', '__handlerRan'].filter((flag) => window[flag] === true),
            fetched,
            violations: [...violations].sort(),
          };
        })()`,
      );
      expect(outcome, path).toEqual({ ran: [], fetched: 'TypeError', violations: ['connect-src', 'script-src', 'script-src-attr', 'script-src-elem'] });
    }
  });

  test('logs no error of Ramah’s', async () => {
    // The log does reach the test: a warning of the page's own shows up in it.
    const tab = await firefox.open(helpdesk.url);
    await firefox.evaluate(tab, `console.warn('log probe from the page')`);
    await expect.poll(() => firefox.logs.some((line) => line.includes('log probe from the page'))).toBe(true);
    expect(firefox.logs.filter((line) => /Ramah|moz-extension:/.test(line) && /^(error|warn)/.test(line))).toEqual([]);
  });
});
