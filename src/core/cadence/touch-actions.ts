// Snoozing and skipping an unsent touch (sending is core/compose/sent-touch.ts). Reconcile the
// interview's plan afterwards, so the touches after it are placed from the new state.
import type { Settings, Touch } from '../types.ts';
import { dayOfInstant } from './local-days.ts';
import { isPending } from './touch-state.ts';
import { firstWorkingDayFrom, nextWorkingDay, nextWorkingMoment, workCalendar, workStartOn, type WorkCalendar } from './work-calendar.ts';

const SNOOZE_CHOICES = ['later-today', 'tomorrow', 'next-week'] as const;
export type SnoozeChoice = (typeof SNOOZE_CHOICES)[number];

const LATER_TODAY_MS = 3 * 60 * 60 * 1000;

/**
 * When a snooze ends. Like every due time it is a working moment, so the
 * reminder it brings back arrives in working hours:
 * - later today: three hours on, or the next working moment after that;
 * - tomorrow: the next working day at work start;
 * - next week: the same weekday a week on (or the next working day after it) at work start.
 */
function snoozeEnd(choice: SnoozeChoice, now: number, cal: WorkCalendar): number {
  const today = dayOfInstant(now);
  switch (choice) {
    case 'later-today':
      return nextWorkingMoment(cal, now + LATER_TODAY_MS);
    case 'tomorrow':
      return workStartOn(cal, nextWorkingDay(cal, today));
    case 'next-week':
      return workStartOn(cal, firstWorkingDayFrom(cal, today + 7));
  }
}

export interface SnoozeOption {
  choice: SnoozeChoice;
  /** When the touch comes back. */
  at: number;
}

/**
 * The snooze choices worth offering at `now`, in SNOOZE_CHOICES order, each
 * with the moment it ends: "later today" only while it still ends today (in
 * the late afternoon, the evening or at a weekend it would end on a later
 * day, which is what "tomorrow" says), and never two choices that end at the
 * same moment (the later-named one goes).
 */
export function snoozeChoices(now: number, cal: WorkCalendar): SnoozeOption[] {
  const options: SnoozeOption[] = [];
  for (const choice of SNOOZE_CHOICES) {
    const at = snoozeEnd(choice, now, cal);
    if (choice === 'later-today' && dayOfInstant(at) !== dayOfInstant(now)) continue;
    if (options.some((option) => option.at === at)) continue;
    options.push({ choice, at });
  }
  return options;
}

/** A snoozed touch is due again at the snooze's end and may notify again then. */
export function snoozeTouch(touch: Touch, choice: SnoozeChoice, now: number, settings: Settings): Touch {
  if (!isPending(touch)) return touch;
  return { ...touch, status: 'snoozed', dueAt: snoozeEnd(choice, now, workCalendar(settings)), notifiedAt: null };
}

export function skipTouch(touch: Touch): Touch {
  return isPending(touch) ? { ...touch, status: 'skipped' } : touch;
}
