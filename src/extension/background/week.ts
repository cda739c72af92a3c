/** A tab's batch of week-in-review counts, checked and added to today's bucket, unless recording is off. */
import type { WorkerReply } from '../protocol.js';
import { readPolicy, readUserSettings } from '../settings/store.js';
import { parseCounts } from '../week/model.js';
import { addToWeek } from '../week/store.js';

export async function handleWeekRecord(request: { counts?: unknown }): Promise<WorkerReply<'week-record'>> {
  // From a content script, which a compromised renderer speaks as: only counts of known ids, within bounds.
  const counts = parseCounts(request.counts);
  if (!counts) return { ok: false, message: 'not a batch of counts' };
  const [user, policy] = await Promise.all([readUserSettings(), readPolicy()]);
  // Checked here too: a tab may not have heard yet that the agent or the admin turned it off.
  if (!user.value.recordWeek || policy.value.recordWeek === false) return { ok: false, message: 'recording is off' };
  await addToWeek(counts);
  return { ok: true };
}
