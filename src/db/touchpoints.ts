/** The touchpoints store: every message planned or sent. */
import type { Touchpoint } from '../core/types.ts';
import type { Db } from './open.ts';

export function getTouchpoint(d: Db, id: string): Promise<Touchpoint | undefined> {
  return d.get('touchpoints', id);
}

export async function listTouchpointsFor(d: Db, interviewId: string): Promise<Touchpoint[]> {
  const list = await d.getAllFromIndex('touchpoints', 'interviewId', interviewId);
  return list.sort((a, b) => a.dueAt - b.dueAt);
}

export async function putTouchpoint(d: Db, touch: Touchpoint): Promise<void> {
  await d.put('touchpoints', touch);
}

/** Touches with one of `statuses`, the earliest due first. */
export async function listTouchpointsByStatus(d: Db, statuses: Touchpoint['status'][]): Promise<Touchpoint[]> {
  const tx = d.transaction('touchpoints');
  const lists = await Promise.all(statuses.map((s) => tx.store.index('status').getAll(s)));
  await tx.done;
  return lists.flat().sort((a, b) => a.dueAt - b.dueAt);
}
