/**
 * What happens when the alarm fires: every touch whose time has come is marked
 * due in the same transaction that read it (so a touch is never collected, and
 * never notified, twice, even if the data changes meanwhile), then one notice
 * is raised: about that touch, or a summary when several became due at once.
 */
import { collectDue, type DueNotice } from '../core/cadence/scheduler.ts';
import type { Db } from '../db/open.ts';
import { WAITING_STATUSES } from './pending-touches.ts';

export async function collectDueTouches(d: Db, now: number): Promise<{ notice: DueNotice; dueCount: number }> {
  const tx = d.transaction('touchpoints', 'readwrite');
  const index = tx.store.index('statusDue');
  // Only what is due by now can become due: the rest of the plan lies ahead.
  const pending = (
    await Promise.all([
      index.getAll(IDBKeyRange.bound(['due', -Infinity], ['due', Infinity])),
      ...WAITING_STATUSES.map((status) => index.getAll(IDBKeyRange.bound([status, -Infinity], [status, now]))),
    ])
  ).flat();
  const { marked, notice, dueCount } = collectDue(pending, now);
  await Promise.all(marked.map((touch) => tx.store.put(touch)));
  await tx.done;
  return { notice, dueCount };
}
