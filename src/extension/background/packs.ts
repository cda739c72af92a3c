/**
 * The worker's pack requests, and the schedule that keeps URL and policy packs fresh: an alarm
 * every few hours, a check at worker start for what is overdue, and a sync whenever the admin's
 * policy changes. The logic is in ../packs/manager.ts; this file wires it to the browser.
 */
import browser from 'webextension-polyfill';
import type { PersonalPhrase, WorkerReplies, WorkerRequest } from '../protocol.js';
import { createPackManager, REFRESH_PERIOD_MINUTES } from '../packs/manager.js';
import { readPolicy } from '../settings/store.js';

type PackKinds = Exclude<
  WorkerRequest['kind'],
  'site-config' | 'side-panel-pin' | 'site-rule-off' | 'shortcut' | 'week-record' | 'engine-prepare' | 'analyze' | 'note' | 'phrases'
>;
type PackHandlers = { [K in PackKinds]: (request: Extract<WorkerRequest, { kind: K }>) => Promise<WorkerReplies[K]> };

const PACK_REFRESH_ALARM = 'ramah-pack-refresh';

// Without a host permission for the pack's origin this is a CORS request: the pack server must
// allow it (see download.ts and docs/packs.md).
const manager = createPackManager({
  storage: browser.storage.local,
  fetch: (url, init) => fetch(url, init),
  policyPackUrls: async () => {
    const policy = await readPolicy();
    // Unread is not empty: syncing to "no pack URLs" would remove every policy pack and its last good version.
    if (policy.unread) throw new Error(`the policy could not be read: ${policy.unread}`);
    return policy.value.packUrls;
  },
});

export const packHandlers: PackHandlers = {
  'packs-list': () => manager.list(),
  'pack-install': (request) => manager.install(request.from),
  'pack-refresh': (request) => manager.refresh(request.id),
  'pack-remove': (request) => manager.remove(request.id),
  'pack-move': (request) => manager.move(request.id, request.to),
  'pack-enable': (request) => manager.enable(request.id, request.enabled),
  'pack-export': (request) => manager.export(request.id),
  // A phrase without its language is refused (personal.ts): the worker's handler tells it from the phrase first.
  'personal-phrase-save': (request) => manager.savePhrase(request.phrase as PersonalPhrase),
  'personal-phrase-remove': (request) => manager.removePhrase(request.id),
};

const warn = (what: string) => (error: unknown) => console.warn(`[Ramah] ${what}:`, error);

/** Called once per worker start, at the top level: listeners added later would miss the event that woke the worker. */
export function startPackSchedule(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PACK_REFRESH_ALARM) void manager.onSchedule().catch(warn('the scheduled pack refresh failed'));
  });
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void manager.syncPolicy({ retryFailed: true }).catch(warn('the policy packs could not be synced'));
  });
  void ensureAlarm()
    .then(() => manager.onStart())
    .catch(warn('the packs could not be checked at start'));
}

/** Alarms outlive the worker, and usually the browser session; create it only when missing, so that its period is not reset on every start. */
async function ensureAlarm(): Promise<void> {
  const alarm = await browser.alarms.get(PACK_REFRESH_ALARM);
  if (alarm?.periodInMinutes === REFRESH_PERIOD_MINUTES) return;
  await browser.alarms.create(PACK_REFRESH_ALARM, { delayInMinutes: REFRESH_PERIOD_MINUTES, periodInMinutes: REFRESH_PERIOD_MINUTES });
}
