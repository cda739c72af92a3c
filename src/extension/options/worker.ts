/** The options page's requests to the service worker, which alone writes the packs. */
import type { PackError } from '../../engine/packs/schema.js';
import { ask } from '../messaging.js';
import type { WorkerReply, WorkerRequest } from '../protocol.js';
import { errorText } from './context.js';

/** A request the worker refused, or that reached no worker: its words, and the places in the file when a pack was refused. */
export interface Refusal {
  ok: false;
  message?: string;
  errors?: readonly PackError[];
}

export const isRefusal = (reply: unknown): reply is Refusal => (reply as { ok?: unknown }).ok === false;

/** Sends a request to the worker; a worker that is not there, throws or does not answer refuses with what it said. */
export async function send<R extends WorkerRequest>(request: R): Promise<WorkerReply<R['kind']> | Refusal> {
  try {
    return (await ask(request)) ?? { ok: false };
  } catch (error) {
    return { ok: false, message: errorText(error) };
  }
}
