// Every due time and every snooze lands on a working moment: that is how notifications arrive in working hours only.
import type { Settings } from '../types.ts';
import { dayOfInstant, instantAt, dayKey, weekday, type DayNumber } from './local-days.ts';

export interface WorkCalendar {
  readonly workingDays: ReadonlySet<number>;
  readonly holidays: ReadonlySet<string>;
  /** Minutes after local midnight, start <= end. */
  readonly start: number;
  readonly end: number;
}

/**
 * How far ahead a search for a working day goes. Far beyond any real holiday
 * list; it only stops degenerate settings (no working days) from looping.
 */
const MAX_SEARCH_DAYS = 800;
const MINUTES_PER_DAY = 24 * 60;

function clampMinutes(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, Math.round(value))) : min;
}

export function workCalendar(settings: Settings): WorkCalendar {
  const start = clampMinutes(settings.workStart, 0, MINUTES_PER_DAY - 1);
  return {
    workingDays: new Set(settings.workingDays),
    holidays: new Set(settings.holidays),
    start,
    end: clampMinutes(settings.workEnd, start, MINUTES_PER_DAY),
  };
}

export function isWorkingDay(cal: WorkCalendar, day: DayNumber): boolean {
  return cal.workingDays.has(weekday(day)) && !cal.holidays.has(dayKey(day));
}

/**
 * The first working day on or after `day`. With settings that allow no working
 * day at all, the day itself, so a misconfiguration shifts nothing rather than
 * losing the plan.
 */
export function firstWorkingDayFrom(cal: WorkCalendar, day: DayNumber): DayNumber {
  for (let d = day; d < day + MAX_SEARCH_DAYS; d++) if (isWorkingDay(cal, d)) return d;
  return day;
}

/** The first working day strictly after `day`. */
export function nextWorkingDay(cal: WorkCalendar, day: DayNumber): DayNumber {
  return firstWorkingDayFrom(cal, day + 1);
}

/** The working day `count` working days after `day` (day itself not counted). */
export function addWorkingDays(cal: WorkCalendar, day: DayNumber, count: number): DayNumber {
  let d = day;
  for (let i = 0; i < Math.max(1, Math.floor(count)); i++) d = nextWorkingDay(cal, d);
  return d;
}

export function workStartOn(cal: WorkCalendar, day: DayNumber): number {
  return instantAt(day, cal.start);
}

export function workEndOn(cal: WorkCalendar, day: DayNumber): number {
  return instantAt(day, cal.end);
}

/** @internal exported for its tests */
export function isWorkingMoment(cal: WorkCalendar, instant: number): boolean {
  const day = dayOfInstant(instant);
  return isWorkingDay(cal, day) && instant >= workStartOn(cal, day) && instant <= workEndOn(cal, day);
}

/** `instant` itself when it is in working hours, else the start of the next working period. */
export function nextWorkingMoment(cal: WorkCalendar, instant: number): number {
  if (isWorkingMoment(cal, instant)) return instant;
  const day = dayOfInstant(instant);
  if (isWorkingDay(cal, day) && instant < workStartOn(cal, day)) return workStartOn(cal, day);
  return workStartOn(cal, nextWorkingDay(cal, day));
}

/** The latest working moment in [from, to], or null when the span holds none. */
export function latestWorkingMoment(cal: WorkCalendar, from: number, to: number): number | null {
  const first = dayOfInstant(from);
  for (let day = dayOfInstant(to); day >= first; day--) {
    if (!isWorkingDay(cal, day)) continue;
    const latest = Math.min(workEndOn(cal, day), to);
    if (latest >= Math.max(workStartOn(cal, day), from)) return latest;
  }
  return null;
}
