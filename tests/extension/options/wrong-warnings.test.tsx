// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { WRONG_WARNINGS_KEY, type WrongWarning } from '../../../src/extension/feedback/reports.js';
import { OptionsPage } from '../../../src/extension/options/page.js';
import { fake } from '../fake-browser.js';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../fake-browser.js')).fake.browser }));

beforeEach(() => {
  fake.reset();
  fake.browser.runtime.sendMessage.mockResolvedValue({ packs: [], policyProblems: [] });
});
afterEach(() => document.body.replaceChildren());

const reported: WrongWarning[] = [
  { rule: 'excuse', text: 'sedang sibuk', sentence: 'Tim kami sedang sibuk menyiapkan stok baru.', language: 'id', at: Date.UTC(2026, 11, 1) },
  { rule: 'hostile-tone', text: 'obviously', sentence: 'You obviously need the blue cable.', language: 'en', at: Date.UTC(2026, 11, 2) },
];

async function open() {
  const root = document.createElement('div');
  document.body.append(root);
  render(<OptionsPage locale="en" />, root);
  await vi.waitFor(() => expect(root.querySelector('#reports')).not.toBeNull());
  return root;
}

test('lists the reports with their count, exports them as test candidates, and clears them after asking', async () => {
  fake.local.set(WRONG_WARNINGS_KEY, reported);
  let exported: Blob | undefined;
  const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    exported = blob as Blob;
    return 'blob:ramah';
  });
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  const root = await open();
  const section = root.querySelector<HTMLElement>('#reports')!;
  await vi.waitFor(() => expect(section.querySelector('h2')!.textContent).toBe('Warnings reported as wrong (2)'));
  // Newest first.
  expect([...section.querySelectorAll('li q')].map((q) => q.textContent)).toEqual([reported[1]!.sentence, reported[0]!.sentence]);

  section.querySelector<HTMLButtonElement>('[data-export-reports]')!.click();
  const lines = (await exported!.text()).trim().split('\n').map((line) => JSON.parse(line));
  expect(lines.map((line) => [line.lang, line.draft, line.warnings, line.falseWarnings])).toEqual([
    ['id', reported[0]!.sentence, [], ['excuse']],
    ['en', reported[1]!.sentence, [], ['hostile-tone']],
  ]);

  section.querySelector<HTMLButtonElement>('[data-clear-reports]')!.click();
  expect(fake.local.has(WRONG_WARNINGS_KEY)).toBe(true);
  await vi.waitFor(() => expect(section.querySelector('[data-confirm-remove]')).not.toBeNull());
  section.querySelector<HTMLButtonElement>('[data-confirm-remove]')!.click();
  await vi.waitFor(() => expect(section.querySelector('h2')!.textContent).toBe('Warnings reported as wrong (0)'));
  expect(fake.local.has(WRONG_WARNINGS_KEY)).toBe(false);
  createObjectURL.mockRestore();
  click.mockRestore();
});

test('follows a report made in another tab', async () => {
  const root = await open();
  expect(root.querySelector('#reports h2')!.textContent).toBe('Warnings reported as wrong (0)');
  await fake.writeFromElsewhere({ [WRONG_WARNINGS_KEY]: reported.slice(0, 1) });
  await vi.waitFor(() => expect(root.querySelector('#reports h2')!.textContent).toBe('Warnings reported as wrong (1)'));
});
