/**
 * What happens when the alarm fires: every touch whose time has come is marked
 * due in the same transaction that read it (so a touch is never collected, and
 * never notified, twice, even if the data changes meanwhile), then one notice
 * is raised: about that touch, or a summary when several became due at once.
 */
import { collectDue, type DueNotice } from '../core/cadence/scheduler.ts';
import type { Db } from '../db/open.ts';
import { PENDING_STATUSES } from './pending-touches.ts';

export async function collectDueTouches(d: Db, now: number): Promise<{ notice: DueNotice; dueCount: number }> {
  const tx = d.transaction('touchpoints', 'readwrite');
  const index = tx.store.index('status');
  const pending = (await Promise.all(PENDING_STATUSES.map((status) => index.getAll(status)))).flat();
  const { marked, notice, dueCount } = collectDue(pending, now);
  await Promise.all(marked.map((touch) => tx.store.put(touch)));
  await tx.done;
  return { notice, dueCount };
}
