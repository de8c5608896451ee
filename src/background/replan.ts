/**
 * Brings every stored plan in line with its interview (core/cadence/reconcile)
 * and writes the differences in one transaction. Run at start-up, which heals
 * touches missed while the browser was closed and a move to another time zone,
 * and after every change the pages report that can move a plan.
 */
import { reconcilePlan, type PlanChanges } from '../core/cadence/reconcile.ts';
import { newId } from '../core/ids.ts';
import { groupBy, type Interview, type Interviewer, type Touchpoint } from '../core/types.ts';
import type { Db } from '../db/open.ts';
import { getSettings } from '../db/settings.ts';

export interface ReplanSummary {
  created: number;
  updated: number;
  removed: number;
}

/**
 * Re-plans every interview, or only `only` (the interviews a page says it
 * changed): an edit to one interview need not read a thousand.
 */
export async function replan(d: Db, now: number, only?: readonly string[]): Promise<ReplanSummary> {
  const settings = await getSettings(d);
  const tx = d.transaction(['interviews', 'interviewers', 'touchpoints'], 'readwrite');
  const interviewsStore = tx.objectStore('interviews');
  const linksStore = tx.objectStore('interviewers');
  const touchStore = tx.objectStore('touchpoints');
  const [interviews, links, touches] = only
    ? await Promise.all([
        Promise.all(only.map((id) => interviewsStore.get(id))).then((found) => found.filter((i): i is Interview => i !== undefined)),
        Promise.all(only.map((id) => linksStore.index('interviewId').getAll(id))).then((lists) => lists.flat()),
        Promise.all(only.map((id) => touchStore.index('interviewId').getAll(id))).then((lists) => lists.flat()),
      ])
    : await Promise.all([interviewsStore.getAll(), linksStore.getAll(), touchStore.getAll()]);
  const linksOf = groupBy<Interviewer>(links, (l) => l.interviewId);
  const touchesOf = groupBy<Touchpoint>(touches, (t) => t.interviewId);
  const all: PlanChanges = { create: [], update: [], remove: [] };
  for (const interview of interviews) {
    const interviewerIds = (linksOf.get(interview.id) ?? []).sort((a, b) => a.addedAt - b.addedAt).map((l) => l.contactId);
    const changes = reconcilePlan({ interview, interviewerIds, touchpoints: touchesOf.get(interview.id) ?? [], settings, now, newId });
    all.create.push(...changes.create);
    all.update.push(...changes.update);
    all.remove.push(...changes.remove);
  }
  // Touches of interviews that no longer exist have no plan to belong to.
  const known = new Set(interviews.map((i) => i.id));
  for (const touch of touches) if (!known.has(touch.interviewId) && touch.status !== 'sent') all.remove.push(touch.id);

  // Requests are queued without awaiting each one: one transaction, one commit.
  const writes: Promise<unknown>[] = [];
  for (const touch of [...all.create, ...all.update]) writes.push(touchStore.put(touch));
  for (const id of all.remove) writes.push(touchStore.delete(id));
  await Promise.all(writes);
  await tx.done;
  return { created: all.create.length, updated: all.update.length, removed: all.remove.length };
}
