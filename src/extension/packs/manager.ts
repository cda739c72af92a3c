/**
 * The packs the service worker keeps: install, refresh, order, enable, remove, export, the
 * personal pack and the admin's packs. Storage, `fetch` and the clock come from outside, so that
 * the unit tests run it on a map and a fake server.
 *
 * Every write goes through one promise chain and re-reads the list first, so two requests at once
 * never lose each other's change. Downloads happen outside the chain: a slow pack server does not
 * hold up an agent saving a phrase.
 */
import { parsePack, type Pack } from '../../engine/packs/schema.js';
import type { PersonalPhrase, WorkerReplies } from '../protocol.js';
import { isHttpsUrl } from '../settings/model.js';
import { PACK_MAX_BYTES, type DownloadOptions, type FetchLike } from './download.js';
import { enablePack, loadInstalledPacks, movePack, placePack, removePack, updateEntry, type ListChange } from './entries.js';
import { removePersonalPhrase, savePersonalPhrase, shareablePersonalPack, type PersonalChange } from './personal.js';
import { applyRefresh, fetchNewPack, refreshPack } from './refresh.js';
import { PACKS_KEY, PERSONAL_PACK_ID, POLICY_PACK_PROBLEMS_KEY, type InstalledPack, type PackSource, type PolicyPackProblem } from './types.js';
import { checkPackText } from './validate.js';

/** The part of `storage.local` the manager uses. */
export interface PackStorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface PackManagerOptions {
  storage: PackStorageArea;
  fetch: FetchLike;
  /** The admin's pack URLs, read afresh each time. */
  policyPackUrls(): Promise<string[]>;
  now?: () => number;
  timeoutMs?: number;
  maxBytes?: number;
}

/** How often URL packs are asked for a newer version. */
export const REFRESH_PERIOD_MINUTES = 6 * 60;
/** A policy pack that could not be installed is tried again at worker start once this much has passed. */
export const POLICY_RETRY_MS = 15 * 60_000;

type InstallFrom = { type: 'file'; name: string; text: string } | { type: 'url'; url: string };

export function createPackManager(options: PackManagerOptions) {
  const { storage } = options;
  const now = options.now ?? Date.now;
  const download: DownloadOptions & { now: () => number } = { fetch: options.fetch, timeoutMs: options.timeoutMs, maxBytes: options.maxBytes, now };
  const maxBytes = options.maxBytes ?? PACK_MAX_BYTES;

  let queue: Promise<unknown> = Promise.resolve();
  function serialized<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task);
    queue = run.catch(() => {});
    return run;
  }

  const read = async () => loadInstalledPacks((await storage.get(PACKS_KEY))[PACKS_KEY]);
  const write = (packs: readonly InstalledPack[]) => storage.set({ [PACKS_KEY]: packs });

  async function readPolicyProblems(): Promise<PolicyPackProblem[]> {
    const stored = (await storage.get(POLICY_PACK_PROBLEMS_KEY))[POLICY_PACK_PROBLEMS_KEY];
    return Array.isArray(stored) ? stored.filter((p): p is PolicyPackProblem => typeof p?.url === 'string' && typeof p?.problem?.at === 'number') : [];
  }

  /** Reads, changes and writes the list as one step of the chain; a refused change writes nothing. */
  function change(make: (packs: InstalledPack[]) => ListChange): Promise<ListChange> {
    return serialized(async () => {
      const result = make(await read());
      if (result.ok) await write(result.packs);
      return result;
    });
  }

  /** The packs that apply besides `id`, as the engine will have them when the examples run. */
  function othersThan(packs: readonly InstalledPack[], id?: string): Pack[] {
    return packs.flatMap((entry) => {
      if (entry.id === id || !(entry.enabled || entry.source.type === 'policy')) return [];
      const parsed = parsePack(entry.json);
      return parsed.ok ? [parsed.pack] : [];
    });
  }

  async function install(from: InstallFrom): Promise<WorkerReplies['pack-install']> {
    const packs = await serialized(read);
    if (from?.type === 'file') {
      if (typeof from.text !== 'string' || typeof from.name !== 'string') return refused('The file could not be read.');
      if (from.text.length > maxBytes) return refused(`The file is larger than ${maxBytes / 1_000_000} MB.`);
      // The examples run with the packs the agent has (checkPackExamples leaves out the one being replaced).
      const checked = checkPackText(from.text, othersThan(packs));
      if (!checked.ok) return checked;
      return placed(await change((current) => placePack(current, { pack: checked.pack, json: checked.json, source: { type: 'file', name: from.name } }, now())));
    }
    if (from?.type === 'url') {
      if (typeof from.url !== 'string' || !isHttpsUrl(from.url)) return refused('A pack address must start with https://.');
      const fetched = await fetchNewPack(from.url, othersThan(packs), download);
      if (!fetched.ok) return fetched;
      const source: PackSource = { type: 'url', url: from.url };
      return placed(await change((current) => placePack(current, { ...fetched, source }, now())));
    }
    return refused('Nothing to install: choose a file or enter an https address.');
  }

  const refreshing = new Map<string, Promise<WorkerReplies['pack-refresh']>>();

  /** Asks the server of one URL or policy pack; a second request for the same pack joins the first. */
  function refresh(id: string): Promise<WorkerReplies['pack-refresh']> {
    let running = refreshing.get(id);
    if (!running) {
      running = refreshNow(id).finally(() => refreshing.delete(id));
      refreshing.set(id, running);
    }
    return running;
  }

  async function refreshNow(id: string): Promise<WorkerReplies['pack-refresh']> {
    const packs = await serialized(read);
    const entry = packs.find((p) => p.id === id);
    if (!entry) return refused(`No installed pack has the id "${id}".`);
    if (entry.source.type !== 'url' && entry.source.type !== 'policy') return refused(`The pack "${id}" was not installed from an address: there is nothing to refresh.`);
    const outcome = await refreshPack(entry, othersThan(packs, id), download);
    const result = await change((current) =>
      updateEntry(current, id, (stored) => (sameSource(stored.source, entry.source) ? applyRefresh(stored, outcome, now()) : stored)),
    );
    if (outcome.kind === 'failed') return { ok: false, message: outcome.problem.message, errors: outcome.problem.errors };
    return placed(result);
  }

  /** Refreshes every URL and policy pack that `due` picks, one after the other. */
  async function refreshWhere(due: (entry: InstalledPack) => boolean): Promise<void> {
    const packs = await serialized(read);
    for (const entry of packs) {
      if ((entry.source.type === 'url' || entry.source.type === 'policy') && due(entry)) await refresh(entry.id);
    }
  }

  let syncing: Promise<Set<string>> | undefined;

  /**
   * Makes the installed policy packs match the admin's list: installs the new URLs, removes the
   * packs no longer listed. Returns the ids it installed. A URL that failed lately is tried again
   * only when `retryFailed`, or once POLICY_RETRY_MS has passed.
   */
  /** The policy sync, then `refresh`; a sync that fails (the policy unreadable) still lets the refresh run, then throws. */
  async function afterPolicySync(retryFailed: boolean, refresh: (installed: Set<string>) => Promise<unknown>): Promise<void> {
    let installed = new Set<string>();
    let failure: unknown;
    try {
      installed = await syncPolicy({ retryFailed });
    } catch (error) {
      failure = error;
    }
    await refresh(installed);
    if (failure !== undefined) throw failure;
  }

  function syncPolicy({ retryFailed }: { retryFailed: boolean }): Promise<Set<string>> {
    syncing ??= syncPolicyNow(retryFailed).finally(() => (syncing = undefined));
    return syncing;
  }

  async function syncPolicyNow(retryFailed: boolean): Promise<Set<string>> {
    const urls = [...new Set(await options.policyPackUrls())];
    const installed = new Set<string>();
    const isListed = (entry: InstalledPack) => entry.source.type !== 'policy' || urls.includes(entry.source.url);
    await serialized(async () => {
      const packs = await read();
      if (!packs.every(isListed)) await write(packs.filter(isListed));
      const problems = await readPolicyProblems();
      if (!problems.every((p) => urls.includes(p.url))) await storage.set({ [POLICY_PACK_PROBLEMS_KEY]: problems.filter((p) => urls.includes(p.url)) });
    });
    for (const url of urls) {
      const packs = await serialized(read);
      if (packs.some((entry) => entry.source.type === 'policy' && entry.source.url === url)) continue;
      const last = (await readPolicyProblems()).find((p) => p.url === url);
      if (last && !retryFailed && now() - last.problem.at < POLICY_RETRY_MS) continue;
      const fetched = await fetchNewPack(url, othersThan(packs), download);
      let outcome: ListChange | { ok: false; message: string; errors: PolicyPackProblem['problem']['errors'] };
      if (!fetched.ok) outcome = fetched;
      else {
        const { pack } = fetched;
        outcome = await change((current) => {
          const twin = current.find((entry) => entry.id === pack.id && entry.source.type === 'policy');
          if (twin) return { ok: false, message: `Another pack address of the policy already gives the pack "${pack.id}" (${twin.source.type === 'policy' ? twin.source.url : ''}).` };
          return placePack(current, { ...fetched, source: { type: 'policy', url } }, now());
        });
      }
      if (outcome.ok) installed.add(outcome.entry.id);
      await setPolicyProblem(url, outcome.ok ? undefined : { at: now(), message: outcome.message, errors: 'errors' in outcome ? outcome.errors : [] });
    }
    return installed;
  }

  function setPolicyProblem(url: string, problem: PolicyPackProblem['problem'] | undefined): Promise<void> {
    return serialized(async () => {
      const problems = (await readPolicyProblems()).filter((p) => p.url !== url);
      if (problem) problems.push({ url, problem });
      await storage.set({ [POLICY_PACK_PROBLEMS_KEY]: problems });
    });
  }

  /** Changes the personal pack in place, or adds it at the end when it is new. */
  function personal(make: (entry: InstalledPack | undefined) => PersonalChange): Promise<PersonalChange> {
    return serialized(async () => {
      const packs = await read();
      const index = packs.findIndex((p) => p.id === PERSONAL_PACK_ID);
      const result = make(index >= 0 ? packs[index] : undefined);
      if (result.ok && result.changed) {
        const next = [...packs];
        if (index >= 0) next[index] = result.entry;
        else next.push(result.entry);
        await write(next);
      }
      return result;
    });
  }

  return {
    install,
    refresh,

    async list(): Promise<WorkerReplies['packs-list']> {
      return serialized(async () => ({ packs: await read(), policyProblems: await readPolicyProblems() }));
    },

    remove: async (id: string) => done(await change((packs) => removePack(packs, id))),
    move: async (id: string, to: number) => done(await change((packs) => movePack(packs, id, to))),
    enable: async (id: string, enabled: boolean) => done(await change((packs) => enablePack(packs, id, enabled === true))),

    async export(id: string): Promise<WorkerReplies['pack-export']> {
      const entry = (await serialized(read)).find((p) => p.id === id);
      if (!entry) return { ok: false, message: `No installed pack has the id "${id}".` };
      const json = entry.source.type === 'personal' ? shareablePersonalPack(entry) : entry.json;
      const fileId = typeof (json as { id?: unknown }).id === 'string' ? (json as { id: string }).id : entry.id;
      return { ok: true, fileName: `${fileId}-${entry.version}.json`, text: `${JSON.stringify(json, null, 2)}\n` };
    },

    async savePhrase(phrase: PersonalPhrase): Promise<WorkerReplies['personal-phrase-save']> {
      const result = await personal((entry) => savePersonalPhrase(entry, phrase ?? ({} as PersonalPhrase), now()));
      return result.ok ? { ok: true, id: result.id } : result;
    },

    removePhrase: async (id: string) => done(await personal((entry) => removePersonalPhrase(entry, id, now()))),

    syncPolicy,

    /** At worker start: the admin's packs, then whatever is overdue (the worker may have slept through the alarm). */
    async onStart(): Promise<void> {
      const overdue = now() - REFRESH_PERIOD_MINUTES * 60_000;
      await afterPolicySync(false, (installed) => refreshWhere((entry) => !installed.has(entry.id) && (entry.checkedAt ?? 0) <= overdue));
    },

    /** On the refresh alarm: the admin's packs (failed ones again too), then every URL pack. */
    async onSchedule(): Promise<void> {
      await afterPolicySync(true, (installed) => refreshWhere((entry) => !installed.has(entry.id)));
    },
  };
}

function refused(message: string): { ok: false; message: string; errors: [] } {
  return { ok: false, message, errors: [] };
}

function placed(result: ListChange): WorkerReplies['pack-install'] {
  return result.ok ? { ok: true, pack: result.entry } : refused(result.message);
}

function done(result: { ok: boolean; message?: string }): { ok: boolean; message?: string } {
  return result.ok ? { ok: true } : { ok: false, message: result.message };
}

function sameSource(a: PackSource, b: PackSource): boolean {
  return a.type === b.type && (a as { url?: string }).url === (b as { url?: string }).url;
}
