/** The touches still waiting for the user (planned, due, snoozed), read through the status index. */
import type { Touchpoint } from '../core/types.ts';
import type { Db } from '../db/open.ts';

export const PENDING_STATUSES = ['planned', 'due', 'snoozed'] as const;

export async function readPendingTouches(d: Db): Promise<Touchpoint[]> {
  const tx = d.transaction('touchpoints');
  const index = tx.store.index('status');
  const lists = await Promise.all(PENDING_STATUSES.map((status) => index.getAll(status)));
  await tx.done;
  return lists.flat();
}
