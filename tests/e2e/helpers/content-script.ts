/** Speaking as Ramah's content script on a page, as a renderer the page compromised would. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { WorkerRequest } from '../../../src/extension/protocol.js';
import type { ExtensionBrowser } from './browser.js';

export interface ContentScriptVoice {
  /** Sends `request` to the worker from the content script's isolated world, and returns the reply. */
  ask<T = { ok?: boolean; message?: string; config?: unknown }>(request: WorkerRequest): Promise<T>;
  detach(): Promise<void>;
}

/** Ramah's content script runs in an isolated world of the page; the DevTools protocol reaches it. */
export async function asContentScript(browser: ExtensionBrowser, page: Page): Promise<ContentScriptVoice> {
  const cdp = await browser.context.newCDPSession(page);
  const worlds: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
  await cdp.send('Runtime.enable');
  const isRamah = (world: (typeof worlds)[number]) => world.auxData?.type === 'isolated' && world.origin === `chrome-extension://${browser.extensionId}`;
  await expect.poll(() => worlds.some(isRamah)).toBe(true);
  const contentScript = worlds.find(isRamah)!;
  return {
    async ask<T>(request: WorkerRequest) {
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
        contextId: contentScript.id,
        expression: `chrome.runtime.sendMessage(${JSON.stringify(request)})`,
        awaitPromise: true,
        returnByValue: true,
      });
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
      return result.value as T;
    },
    detach: () => cdp.detach(),
  };
}
