/** Asks the service worker, typed by request kind. */
import browser from 'webextension-polyfill';
import type { WorkerReply, WorkerRequest } from './protocol.js';

export async function ask<R extends WorkerRequest>(request: R): Promise<WorkerReply<R['kind']>> {
  return (await browser.runtime.sendMessage(request)) as WorkerReply<R['kind']>;
}
