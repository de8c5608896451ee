// The pure half of the background's one alarm: the background reads the touchpoints, writes
// what `collectDue` returns, raises the notice and sets the alarm to `nextAlarmAt`. Each makes
// a single pass, so 20,000 touchpoints cost a few milliseconds.
import type { Touch } from '../types.ts';
import { isDueNow } from './touch-state.ts';

/** Waiting to notify: unsent and not notified since it was planned or last snoozed. */
function awaitsNotice(touch: Touch): boolean {
  return touch.notifiedAt === null && (touch.status === 'planned' || touch.status === 'snoozed' || touch.status === 'due');
}

/**
 * When the alarm should fire: the earliest due time among touches that still
 * await a notice, or `now` when one is already overdue (it fires at once), or
 * null when nothing awaits.
 */
export function nextAlarmAt(touchpoints: Iterable<Touch>, now: number): number | null {
  let earliest = Infinity;
  for (const touch of touchpoints) if (awaitsNotice(touch) && touch.dueAt < earliest) earliest = touch.dueAt;
  return earliest === Infinity ? null : Math.max(earliest, now);
}

/** One notice per collection: about the one touch that became due, or a summary of all that are due. */
export type DueNotice = { kind: 'none' } | { kind: 'single'; touch: Touch } | { kind: 'summary'; count: number };

export interface DueCollection {
  /** Copies of the touches that became due, status 'due' and notifiedAt = now: write these back. */
  marked: Touch[];
  notice: DueNotice;
  /** Every touch awaiting the user once `marked` is written, for the badge. */
  dueCount: number;
}

/**
 * Marks every touch whose time has come as due and decides the notice. Exactly
 * one newly due touch gets its own notification; several at once (the browser
 * was closed for days, two touches in the same minute) get one summary counting
 * everything due. A touch already notified is never notified again, unless a
 * snooze cleared its notifiedAt.
 *
 * Notices arrive in working hours because due times do: the planner and snoozes
 * only produce working moments, and reconciling moves an overdue planned touch
 * to the next working moment (so reconcile before collecting at start-up). The
 * exceptions: a thank-you whose deadline falls before any working moment, and a
 * snooze that ran out while the browser was closed.
 */
export function collectDue(touchpoints: Iterable<Touch>, now: number): DueCollection {
  const marked: Touch[] = [];
  let alreadyDue = 0;
  for (const touch of touchpoints) {
    if (awaitsNotice(touch) && touch.dueAt <= now) marked.push({ ...touch, status: 'due', notifiedAt: now });
    else if (touch.status === 'due') alreadyDue += 1;
  }
  const dueCount = alreadyDue + marked.length;
  const [only] = marked;
  const notice: DueNotice =
    marked.length === 0
      ? { kind: 'none' }
      : marked.length === 1 && only
        ? { kind: 'single', touch: only }
        : { kind: 'summary', count: dueCount };
  return { marked, notice, dueCount };
}

/** The badge count: touches due now, whether or not `collectDue` has marked them yet. */
export function countDue(touchpoints: Iterable<Touch>, now: number): number {
  let count = 0;
  for (const touch of touchpoints) {
    if (isDueNow(touch, now)) count += 1;
  }
  return count;
}
