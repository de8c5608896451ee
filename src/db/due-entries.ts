import { interviewEnd } from '../core/cadence/thank-you.ts';
import { cleanLine, LIMITS } from '../core/text.ts';
import { byDueThenKind } from '../core/cadence/touch-state.ts';
import type { Contact, Interview, Touch, TouchStatus } from '../core/types.ts';
import type { Db } from './open.ts';
import { readPendingTouches, statusDueRange, WAITING_STATUSES, type StatusDueIndex } from './touches.ts';
import { DAY_MS } from '../core/local-time.ts';
import { UPCOMING_DAYS, UPCOMING_MAX } from './popup-snapshot.ts';

export interface DueEntry {
  touch: Touch;
  /** '' when the contact is unknown; the words then say "your interviewer". */
  contactName: string;
  company: string;
  interviewEnd: number;
}

export interface LoadedDue {
  entries: DueEntry[];
  /** How many touches are due now in all, even when `limit` left some out of `entries`. */
  dueCount: number;
}

/**
 * Every touch due now (at most the first `limit` of each status in the
 * list's order, which the popup uses so a backlog of hundreds costs what a few do),
 * the waiting touches up to the horizon, and the first waiting touch beyond it.
 * Only the touches around "now" are read, through the [status, dueAt] index,
 * so a popup over thousands of planned touches opens as fast as over a few.
 */
export async function loadDueEntries(d: Db, now: number, limit?: number): Promise<LoadedDue> {
  const horizon = now + UPCOMING_DAYS * DAY_MS;
  const tx = d.transaction('touchpoints');
  const index = tx.store.index('statusDue');
  // Due now: marked due (whenever it was due), or waiting with its time passed.
  const dueRanges: [TouchStatus, IDBKeyRange][] = [
    ['due', statusDueRange('due', -Infinity, Infinity)],
    ...WAITING_STATUSES.map((status): [TouchStatus, IDBKeyRange] => [status, statusDueRange(status, -Infinity, now)]),
  ];
  const [dueLists, counts, soon, beyond] = await Promise.all([
    Promise.all(dueRanges.map(([status, range]) => firstInOrder(index, status, range, limit))),
    Promise.all(dueRanges.map(([, range]) => index.count(range))),
    // "Next up" lists at most UPCOMING_MAX, the soonest first.
    Promise.all(WAITING_STATUSES.map((status) => firstInOrder(index, status, statusDueRange(status, now, horizon, true), UPCOMING_MAX))),
    Promise.all(WAITING_STATUSES.map((status) => firstInOrder(index, status, statusDueRange(status, horizon, Infinity, true), 1))),
  ]);
  await tx.done;
  const entries = await withPeople(d, [...dueLists.flat(), ...soon.flat(), ...beyond.flat()]);
  return { entries, dueCount: counts.reduce((a, b) => a + b, 0) };
}

/**
 * The first `limit` touches of one status in a range, in the list's order
 * (byDueThenKind). The index orders touches due at the same moment by id, not
 * by kind, so every touch due at the same moment as the last one read is read
 * too before the cut: a thank-you note is never left out for a value-add due
 * with it.
 */
async function firstInOrder(index: StatusDueIndex, status: TouchStatus, range: IDBKeyRange, limit: number | undefined): Promise<Touch[]> {
  if (limit === undefined) return index.getAll(range);
  // One more than asked: only when it is due with the last one kept is there a tie to read.
  const read = await index.getAll(range, limit + 1);
  const last = read[limit - 1];
  if (read.length <= limit || !last || read[limit]!.dueAt !== last.dueAt) return read.slice(0, limit);
  const ties = await index.getAll(statusDueRange(status, last.dueAt, last.dueAt));
  const known = new Set(read.map((touch) => touch.id));
  return [...read, ...ties.filter((touch) => !known.has(touch.id))].sort(byDueThenKind).slice(0, limit);
}

/** Every pending touch, for the calendar export. */
export async function loadPendingEntries(d: Db): Promise<DueEntry[]> {
  return withPeople(d, await readPendingTouches(d));
}

/** Beyond this many records, reading the whole store is cheaper than a request per record. */
const READ_ALL_ABOVE = 200;

/** With the person's name and the interview's company and end; page-captured names are bounded again, though only ever shown as text. */
async function withPeople(d: Db, touches: Touch[]): Promise<DueEntry[]> {
  const tx = d.transaction(['interviews', 'contacts']);
  const read = async <T extends { id: string }>(store: 'interviews' | 'contacts', ids: string[]) => {
    const source = tx.objectStore(store);
    const records = (ids.length > READ_ALL_ABOVE ? await source.getAll() : await Promise.all(ids.map((id) => source.get(id)))) as (T | undefined)[];
    return new Map(records.filter((r): r is T => r !== undefined).map((r) => [r.id, r]));
  };
  const [interviews, contacts] = await Promise.all([
    read<Interview>('interviews', [...new Set(touches.map((t) => t.interviewId))]),
    read<Contact>('contacts', [...new Set(touches.map((t) => t.contactId))]),
  ]);
  await tx.done;
  const entries: DueEntry[] = [];
  for (const touch of touches) {
    const interview = interviews.get(touch.interviewId);
    // A touch whose interview was deleted is removed by the next re-plan; it has nobody's name to show.
    if (!interview) continue;
    entries.push({
      touch,
      contactName: cleanLine(contacts.get(touch.contactId)?.name ?? '', LIMITS.name),
      company: cleanLine(interview.company, LIMITS.company),
      interviewEnd: interviewEnd(interview),
    });
  }
  return entries;
}
