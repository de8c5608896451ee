// Calendar days as day numbers, not instants, so "add 14 days" never meets a 23- or 25-hour
// day; an instant is made from the Date constructor's local fields only at the last step, so
// 09:00 stays 09:00 across a daylight-saving change.
import { DAY_MS, parseLocalDate } from '../local-time.ts';

export type DayNumber = number;

function fields(day: DayNumber): Date {
  return new Date(day * DAY_MS);
}

/** The local calendar day an instant falls on. */
export function dayOfInstant(instant: number): DayNumber {
  const d = new Date(instant);
  return Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / DAY_MS;
}

/** A strict `YYYY-MM-DD` as a day, or null when it is not a real date. */
export function dayFromKey(key: string): DayNumber | null {
  const parsed = parseLocalDate(key);
  return parsed ? Date.UTC(parsed.year, parsed.month - 1, parsed.day) / DAY_MS : null;
}

/** The day as `YYYY-MM-DD`, the form Settings.holidays and decision dates use. */
export function dayKey(day: DayNumber): string {
  return fields(day).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday, as Date#getDay counts. */
export function weekday(day: DayNumber): number {
  return fields(day).getUTCDay();
}

/** The instant of `minutes` after local midnight on `day` (1440 is the next midnight). */
export function instantAt(day: DayNumber, minutes: number): number {
  const d = fields(day);
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), Math.floor(minutes / 60), minutes % 60).getTime();
}
