/**
 * Installing, refreshing and managing packs. (Being built: see issue 5.)
 */
import type { WorkerReplies, WorkerRequest } from '../protocol.js';
import { readInstalledPacks } from '../packs/store.js';

type PackKinds = Exclude<WorkerRequest['kind'], 'site-config'>;
type PackHandlers = { [K in PackKinds]: (request: Extract<WorkerRequest, { kind: K }>) => Promise<WorkerReplies[K]> };

const notYet = async () => ({ ok: false as const, message: 'not built yet', errors: [] });

export const packHandlers: PackHandlers = {
  'packs-list': async () => ({ packs: await readInstalledPacks() }),
  'pack-install': notYet,
  'pack-refresh': notYet,
  'pack-remove': notYet,
  'pack-move': notYet,
  'pack-enable': notYet,
  'pack-export': notYet,
  'personal-phrase-save': notYet,
  'personal-phrase-remove': notYet,
};

export function startPackSchedule(): void {}
