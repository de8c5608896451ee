/**
 * The touches still waiting for the user (planned, due, snoozed), read through
 * the [status, dueAt] index so that questions about "now" cost a few entries,
 * not every pending touch: most planned touches lie weeks ahead.
 */
import type { Touchpoint } from '../core/types.ts';
import type { Db } from '../db/open.ts';

export const PENDING_STATUSES = ['planned', 'due', 'snoozed'] as const;
/** Statuses whose touches wait for their time to come. */
export const WAITING_STATUSES = ['planned', 'snoozed'] as const;

const upTo = (status: string, now: number) => IDBKeyRange.bound([status, -Infinity], [status, now]);
const all = (status: string) => IDBKeyRange.bound([status, -Infinity], [status, Infinity]);

/** Every pending touch (start-up and tests; the hot paths below read less). */
export async function readPendingTouches(d: Db): Promise<Touchpoint[]> {
  const tx = d.transaction('touchpoints');
  const index = tx.store.index('statusDue');
  const lists = await Promise.all(PENDING_STATUSES.map((status) => index.getAll(all(status))));
  await tx.done;
  return lists.flat();
}

/**
 * What the scheduler needs at `now`: every touch already due, every waiting
 * touch whose time has come, and the earliest waiting touch still ahead (the
 * next alarm). Everything else is weeks away and irrelevant to "now".
 */
export async function readTouchesAround(d: Db, now: number): Promise<Touchpoint[]> {
  const tx = d.transaction('touchpoints');
  const index = tx.store.index('statusDue');
  const lists = await Promise.all([
    index.getAll(all('due')),
    ...WAITING_STATUSES.map((status) => index.getAll(upTo(status, now))),
    ...WAITING_STATUSES.map(async (status) => {
      const cursor = await index.openCursor(IDBKeyRange.bound([status, now], [status, Infinity], true, false));
      return cursor ? [cursor.value] : [];
    }),
  ]);
  await tx.done;
  return lists.flat();
}
