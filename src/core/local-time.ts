// What the user states ("the 12th", "9:00") is local; instants are made with the Date constructor's
// local fields, so a daylight-saving change lands on the right wall-clock time.

export interface LocalDay {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

export interface LocalTime {
  hour: number;
  minute: number;
}

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
/** A day of UTC time; a local day can be 23 or 25 hours, see cadence/local-days.ts. */
export const DAY_MS = 24 * HOUR_MS;

/**
 * The years a date Afterview keeps may fall in. No one means a day outside
 * them, and past them the planner and Intl's formatting break (Date itself
 * holds years up to 275760).
 */
export const EARLIEST_YEAR = 1970;
export const LATEST_YEAR = 2200;
/** The last millisecond of LATEST_YEAR, in UTC. */
const LATEST_INSTANT = Date.UTC(LATEST_YEAR + 1, 0, 1) - 1;

/** Whether epoch milliseconds fall from 1970 to the end of 2200. */
export function isPlausibleInstant(value: unknown): value is number {
  return typeof value === 'number' && value >= 0 && value <= LATEST_INSTANT;
}

/** As parseLocalDate, and only from EARLIEST_YEAR to LATEST_YEAR: for days a person states (holidays, a decision). */
export function parsePlausibleDate(text: string): LocalDay | null {
  const day = parseLocalDate(text);
  return day && day.year >= EARLIEST_YEAR && day.year <= LATEST_YEAR ? day : null;
}

/** Parses a strict `YYYY-MM-DD`; rejects impossible days such as 2025-02-30. */
export function parseLocalDate(text: string): LocalDay | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(year, month - 1, day);
  if (probe.getFullYear() !== year || probe.getMonth() !== month - 1 || probe.getDate() !== day) return null;
  return { year, month, day };
}

/** Parses `H:MM` or `HH:MM` on a 24-hour clock. */
export function parseLocalTime(text: string): LocalTime | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  if (hour > 23 || minute > 59) return null;
  return { hour, minute };
}

/** The instant of a local wall-clock time on a local day. */
export function localDateTime(day: LocalDay, time: LocalTime): number {
  return new Date(day.year, day.month - 1, day.day, time.hour, time.minute).getTime();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The local day of an instant, as `YYYY-MM-DD`. */
export function formatLocalDate(instant: number): string {
  const d = new Date(instant);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The local wall-clock time of an instant, as `HH:MM` on a 24-hour clock. */
export function formatLocalTime(instant: number): string {
  const d = new Date(instant);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
