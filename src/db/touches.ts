/** The touchpoints store: every message planned or sent. */
import type { Touch } from '../core/types.ts';
import type { Db } from './open.ts';

export function getTouch(d: Db, id: string): Promise<Touch | undefined> {
  return d.get('touchpoints', id);
}

export async function listTouchesFor(d: Db, interviewId: string): Promise<Touch[]> {
  const list = await d.getAllFromIndex('touchpoints', 'interviewId', interviewId);
  return list.sort((a, b) => a.dueAt - b.dueAt);
}

/** @internal exported for its tests */
export async function putTouch(d: Db, touch: Touch): Promise<void> {
  await d.put('touchpoints', touch);
}

/** Touches with one of `statuses`, grouped by status in the order given. */
async function readByStatus(d: Db, statuses: readonly Touch['status'][]): Promise<Touch[]> {
  const tx = d.transaction('touchpoints');
  const index = tx.store.index('statusDue');
  const lists = await Promise.all(statuses.map((status) => index.getAll(statusDueRange(status))));
  await tx.done;
  return lists.flat();
}

/** Touches with one of `statuses`, the earliest due first. */
export async function listTouchesByStatus(d: Db, statuses: Touch['status'][]): Promise<Touch[]> {
  return (await readByStatus(d, statuses)).sort((a, b) => a.dueAt - b.dueAt);
}

/** Statuses of touches still waiting for the user. */
const PENDING_STATUSES = ['planned', 'due', 'snoozed'] as const;
/** Statuses whose touches wait for their time to come. */
export const WAITING_STATUSES = ['planned', 'snoozed'] as const;

/** A range of the [status, dueAt] index: one status, due between `from` and `to`. */
export function statusDueRange(status: Touch['status'], from = -Infinity, to = Infinity, excludeFrom = false): IDBKeyRange {
  return IDBKeyRange.bound([status, from], [status, to], excludeFrom, false);
}

/** The [status, dueAt] index, in a transaction of either mode. */
export interface StatusDueIndex {
  getAll(range: IDBKeyRange, count?: number): Promise<Touch[]>;
  openCursor(range: IDBKeyRange): Promise<{ value: Touch } | null>;
}

/** Every pending touch (the calendar export; the scheduler reads only touchesAround). */
export function readPendingTouches(d: Db): Promise<Touch[]> {
  return readByStatus(d, PENDING_STATUSES);
}

/**
 * What the scheduler needs at `now`, read through the [status, dueAt] index:
 * every touch already due, every waiting touch whose time has come, and the
 * earliest waiting touch still ahead (the next alarm). The rest of the plan
 * lies weeks ahead, so this costs a few entries however large the history is.
 */
export async function touchesAround(index: StatusDueIndex, now: number): Promise<Touch[]> {
  const lists = await Promise.all([
    index.getAll(statusDueRange('due')),
    ...WAITING_STATUSES.map((status) => index.getAll(statusDueRange(status, -Infinity, now))),
    ...WAITING_STATUSES.map(async (status) => {
      const cursor = await index.openCursor(statusDueRange(status, now, Infinity, true));
      return cursor ? [cursor.value] : [];
    }),
  ]);
  return lists.flat();
}

export async function readTouchesAround(d: Db, now: number): Promise<Touch[]> {
  const tx = d.transaction('touchpoints');
  const touches = await touchesAround(tx.store.index('statusDue'), now);
  await tx.done;
  return touches;
}
