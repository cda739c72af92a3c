/** Speaking as Ramah's content script on a page, as a renderer the page compromised would, or as Ramah itself. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { WorkerRequest } from '../../../src/extension/protocol.js';
import type { ExtensionBrowser } from './browser.js';

export interface ContentScriptVoice {
  /** Sends `request` to the worker from the content script's isolated world, and returns the reply. */
  ask<T = { ok?: boolean; message?: string; config?: unknown }>(request: WorkerRequest): Promise<T>;
  /** Evaluates `expression` in the content script's isolated world. */
  evaluate<T>(expression: string): Promise<T>;
  detach(): Promise<void>;
}

/**
 * Ramah's isolated world on the page, which the DevTools protocol reaches; it must be there, or
 * (with `optional`) null when it has not appeared within `optional` ms.
 */
export async function asContentScript(browser: ExtensionBrowser, page: Page, optional?: number): Promise<ContentScriptVoice>;
export async function asContentScript(browser: ExtensionBrowser, page: Page, optional: number): Promise<ContentScriptVoice | null>;
export async function asContentScript(browser: ExtensionBrowser, page: Page, optional?: number): Promise<ContentScriptVoice | null> {
  const cdp = await browser.context.newCDPSession(page);
  const worlds: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
  await cdp.send('Runtime.enable');
  const isRamah = (world: (typeof worlds)[number]) => world.auxData?.type === 'isolated' && world.origin === `chrome-extension://${browser.extensionId}`;
  if (optional === undefined) await expect.poll(() => worlds.some(isRamah)).toBe(true);
  else await new Promise((resolve) => setTimeout(resolve, optional));
  // The last one: a world of a copy injected again replaces the first.
  const contentScript = worlds.filter(isRamah).at(-1);
  if (!contentScript) {
    await cdp.detach();
    return null;
  }
  const evaluate = async <T>(expression: string): Promise<T> => {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { contextId: contentScript.id, expression, awaitPromise: true, returnByValue: true });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as T;
  };
  return {
    ask: <T>(request: WorkerRequest) => evaluate<T>(`chrome.runtime.sendMessage(${JSON.stringify(request)})`),
    evaluate,
    detach: () => cdp.detach(),
  };
}
