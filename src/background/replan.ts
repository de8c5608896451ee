// Run at start-up (which heals touches missed while the browser was closed, and a move to another time zone) and after every change that can move a plan.
import { reconcilePlan, type PlanChanges } from '../core/cadence/reconcile.ts';
import { newId } from '../core/ids.ts';
import { groupBy, type Interview, type Link, type Settings, type Touch } from '../core/types.ts';
import type { Db } from '../db/open.ts';
import { getSettings } from '../db/settings.ts';
import { touchesAround } from '../db/touches.ts';

export interface ReplanSummary {
  created: number;
  updated: number;
  removed: number;
}

/**
 * Interviews re-planned per transaction: a page's reads wait for one batch at most, never for the whole re-plan.
 * @internal exported for its tests
 */
export const REPLAN_BATCH = 50;

/**
 * Re-plans every interview, or only `only` (the interviews a page says it
 * changed): an edit to one interview need not read a thousand. `settings`,
 * when the caller has read them already; an empty `only` reads nothing. The work is
 * split into transactions of REPLAN_BATCH interviews, each reading and
 * writing its own interviews' links and touches, so what it writes is never
 * older than what it read, and the popup's reads slip in between batches.
 */
export async function replanInterviews(d: Db, now: number, only?: readonly string[], settings?: Settings): Promise<ReplanSummary> {
  const ids = only ?? (await d.getAllKeys('interviews'));
  const summary: ReplanSummary = { created: 0, updated: 0, removed: 0 };
  const planWith = settings ?? (ids.length > 0 ? await getSettings(d) : null);
  for (let i = 0; planWith && i < ids.length; i += REPLAN_BATCH) {
    const done = await replanBatch(d, ids.slice(i, i + REPLAN_BATCH), planWith, now);
    summary.created += done.created;
    summary.updated += done.updated;
    summary.removed += done.removed;
  }
  if (!only) summary.removed += await removeOrphanTouches(d);
  return summary;
}

async function replanBatch(d: Db, ids: readonly string[], settings: Settings, now: number): Promise<ReplanSummary> {
  const tx = d.transaction(['interviews', 'interviewers', 'touchpoints'], 'readwrite');
  const interviewsStore = tx.objectStore('interviews');
  const linksStore = tx.objectStore('interviewers');
  const touchStore = tx.objectStore('touchpoints');
  const [interviews, links, touches] = await Promise.all([
    Promise.all(ids.map((id) => interviewsStore.get(id))).then((found) => found.filter((i): i is Interview => i !== undefined)),
    Promise.all(ids.map((id) => linksStore.index('interviewId').getAll(id))).then((lists) => lists.flat()),
    Promise.all(ids.map((id) => touchStore.index('interviewId').getAll(id))).then((lists) => lists.flat()),
  ]);
  const linksOf = groupBy<Link>(links, (l) => l.interviewId);
  const touchesOf = groupBy<Touch>(touches, (t) => t.interviewId);
  const all: PlanChanges = { create: [], update: [], remove: [] };
  for (const interview of interviews) {
    const interviewerIds = (linksOf.get(interview.id) ?? []).sort((a, b) => a.addedAt - b.addedAt).map((l) => l.contactId);
    const changes = reconcilePlan({ interview, interviewerIds, touchpoints: touchesOf.get(interview.id) ?? [], settings, now, newId });
    all.create.push(...changes.create);
    all.update.push(...changes.update);
    all.remove.push(...changes.remove);
  }
  // Touches of an interview asked for that no longer exists have no plan to belong to.
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

/**
 * Touches whose interview is gone (and were not sent): the interviewId index
 * is asked only for the gaps between the interviews that exist, in a
 * read-only pass that blocks no reader; the few found are removed in one
 * small transaction that checks each again.
 */
async function removeOrphanTouches(d: Db): Promise<number> {
  const read = d.transaction(['interviews', 'touchpoints']);
  const ids = (await read.objectStore('interviews').getAllKeys()).sort();
  const index = read.objectStore('touchpoints').index('interviewId');
  const gaps = ids.map((id, i) => (i === 0 ? IDBKeyRange.upperBound(id, true) : IDBKeyRange.bound(ids[i - 1]!, id, true, true)));
  gaps.push(ids.length > 0 ? IDBKeyRange.lowerBound(ids[ids.length - 1]!, true) : IDBKeyRange.lowerBound(''));
  const suspects = (await Promise.all(gaps.map((gap) => index.getAllKeys(gap)))).flat();
  await read.done;
  if (suspects.length === 0) return 0;
  const tx = d.transaction(['interviews', 'touchpoints'], 'readwrite');
  let removed = 0;
  for (const id of suspects) {
    const touch = await tx.objectStore('touchpoints').get(id);
    if (!touch || touch.status === 'sent' || (await tx.objectStore('interviews').getKey(touch.interviewId)) !== undefined) continue;
    await tx.objectStore('touchpoints').delete(id);
    removed += 1;
  }
  await tx.done;
  return removed;
}

/** What the start-up re-plan remembers of its last run, so that the next does only what changed since. */
export interface ReplanMark {
  at: number;
  /** A move to another time zone moves every plan's working hours. */
  zone: string;
  /** Settings as they were planned with (cadence, working days, holidays). */
  settings: string;
}

export function replanMark(settings: Settings, at: number): ReplanMark {
  return { at, zone: Intl.DateTimeFormat().resolvedOptions().timeZone, settings: JSON.stringify(settings) };
}

/**
 * The interviews a start-up must re-plan, given the last run's mark and this
 * one's (`current`, made now): those with a touch whose time came while nobody
 * was watching (it moves to the next working moment), and those written
 * since. Undefined means every interview: there is no mark yet, or the zone or
 * the settings changed since.
 */
export async function changedSince(d: Db, mark: ReplanMark | null, current: ReplanMark): Promise<string[] | undefined> {
  if (!mark || mark.zone !== current.zone || mark.settings !== current.settings) return undefined;
  const now = current.at;
  const tx = d.transaction(['interviews', 'touchpoints']);
  const [around, interviews] = await Promise.all([touchesAround(tx.objectStore('touchpoints').index('statusDue'), now), tx.objectStore('interviews').getAll()]);
  await tx.done;
  // What the scheduler reads at `now`, less the next touch still ahead.
  const ids = new Set(around.filter((touch) => touch.status === 'due' || touch.dueAt <= now).map((touch) => touch.interviewId));
  for (const interview of interviews) if (interview.updatedAt > mark.at || interview.createdAt > mark.at) ids.add(interview.id);
  return [...ids];
}
