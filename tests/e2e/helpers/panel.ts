/**
 * Ramah's panel as an agent reaches it: it opens by itself only on a draft with something to check,
 * else from its badge at the composer's corner; a missing step's phrases are folded under the step.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

export const sidebarOf = (page: Page): Locator => page.locator('[data-ramah="sidebar"]');

/** Opens the panel from the badge if it is collapsed, as a click, which leaves the composer its focus. */
export async function openPanel(page: Page): Promise<Locator> {
  const sidebar = sidebarOf(page);
  await expect.poll(() => sidebar.locator('[data-badge]').count(), { timeout: 10_000 }).toBe(1);
  if (!(await sidebar.locator('aside').isVisible())) await sidebar.locator('[data-action="expand"]').click();
  await expect.poll(() => sidebar.locator('aside').isVisible()).toBe(true);
  return sidebar;
}

/** The insert buttons of a missing step's phrases, unfolded in the open panel. */
export async function stepPhrases(page: Page, step: string): Promise<Locator> {
  const sidebar = await openPanel(page);
  const missing = sidebar.locator(`[data-step="${step}"][data-state="missing"]`);
  await expect.poll(() => missing.locator('details').count(), { timeout: 10_000 }).toBe(1);
  if (!(await missing.locator('details').evaluate((details) => (details as HTMLDetailsElement).open))) await missing.locator('summary').click();
  return missing.locator('[data-action="insert"]');
}
