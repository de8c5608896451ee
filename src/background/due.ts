/**
 * Collects what came due: every touch whose time has come is marked due in the
 * same transaction that read it (so a touch is never collected, and never
 * notified, twice, even if the data changes meanwhile). The touches read
 * around "now" come back updated, so the alarm and the badge are derived from
 * them without reading again.
 */
import { collectDue, type DueNotice } from '../core/cadence/scheduler.ts';
import type { Touchpoint } from '../core/types.ts';
import type { Db } from '../db/open.ts';
import { touchesAround } from '../db/touchpoints.ts';

export async function collectDueTouches(d: Db, now: number): Promise<{ notice: DueNotice; touches: Touchpoint[] }> {
  const tx = d.transaction('touchpoints', 'readwrite');
  const around = await touchesAround(tx.store.index('statusDue'), now);
  const { marked, notice } = collectDue(around, now);
  await Promise.all(marked.map((touch) => tx.store.put(touch)));
  await tx.done;
  const updated = new Map(marked.map((touch) => [touch.id, touch]));
  return { notice, touches: around.map((touch) => updated.get(touch.id) ?? touch) };
}
