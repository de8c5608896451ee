// A plain function of the touches and "now", so the popup and the dashboard agree and the rules are tested without a page.
import { byDueThenKind, isDueNow } from '../../core/cadence/touch-state.ts';
import { DAY_MS } from '../../core/local-time.ts';
import type { Touch } from '../../core/types.ts';
import { UPCOMING_DAYS, UPCOMING_MAX } from '../../db/popup-snapshot.ts';


function isWaiting(touch: Pick<Touch, 'status'>): boolean {
  return touch.status === 'planned' || touch.status === 'snoozed';
}

export interface DueView<T> {
  /** Due now, the longest waiting first (byDueThenKind). */
  due: T[];
  /** Not yet due, within the coming UPCOMING_DAYS, at most UPCOMING_MAX, soonest first. */
  upcoming: T[];
  /** The soonest touch not yet due, however far off; null when nothing is planned. */
  next: T | null;
}


/** Sent and skipped touches are history and never appear here. */
export function dueView<T extends { touch: Touch }>(entries: readonly T[], now: number): DueView<T> {
  const sorted = [...entries].sort((a, b) => byDueThenKind(a.touch, b.touch));
  const due = sorted.filter((e) => isDueNow(e.touch, now));
  const later = sorted.filter((e) => isWaiting(e.touch) && !isDueNow(e.touch, now));
  const horizon = now + UPCOMING_DAYS * DAY_MS;
  return {
    due,
    upcoming: later.filter((e) => e.touch.dueAt <= horizon).slice(0, UPCOMING_MAX),
    next: later[0] ?? null,
  };
}
