import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/engine/analyze.js';
import { e2eSkipReason, REPO_ROOT } from './helpers/browser.js';
import { ticketInChromium } from './helpers/ticket-browser.js';

const skipReason = e2eSkipReason();

// A tune draft whose favor-framing only the learned layer finds (tests/engine/learned/layer.test.ts holds that).
const DRAFT = readFileSync(join(REPO_ROOT, 'tests/corpus/train/a-9.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as { id: string; draft: string })
  .find((d) => d.id === 'a-9-en-012')!.draft;

describe.skipIf(skipReason)(`a learned finding in the built extension${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  const ticket = ticketInChromium();

  test('is shown as a warning with its rule’s message, like a phrase rule’s', async () => {
    const learned = analyze(DRAFT).findings.find((f) => f.rule === 'favor-framing')!;
    expect(analyze(DRAFT, { withoutLearnedLayer: true }).findings.some((f) => f.rule === 'favor-framing')).toBe(false);
    const page = await ticket.browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.stack ?? error.message));
    await page.goto(ticket.helpdesk.url);
    await page.locator('#reply').fill(DRAFT);
    const warning = page.locator('[data-ramah="sidebar"] [data-rule="favor-framing"][data-kind="warning"]');
    await expect.poll(() => warning.count()).toBe(1);
    expect(await warning.textContent()).toContain(learned.message);
    expect(errors).toEqual([]);
    await page.close();
  });
});
