// "2 hours ago" as data: each unit is a plural base (`agoHours_one`, `agoHours_other`), so the plural forms live in the locale files.
import { DAY_MS as DAY, HOUR_MS as HOUR, MINUTE_MS as MINUTE } from '../local-time.ts';
import type { LocalizedMessage } from './localized-message.ts';

type AgeUnit = 'now' | 'minute' | 'hour' | 'day' | 'week';

export interface Age {
  unit: AgeUnit;
  count: number;
}

const WEEK = 7 * DAY;

/** How long ago `then` was, in the largest unit that fits (weeks from two weeks on). */
export function ageBetween(then: number, now: number): Age {
  const elapsed = Math.max(0, now - then);
  if (elapsed < MINUTE) return { unit: 'now', count: 0 };
  if (elapsed < HOUR) return { unit: 'minute', count: Math.floor(elapsed / MINUTE) };
  if (elapsed < DAY) return { unit: 'hour', count: Math.floor(elapsed / HOUR) };
  if (elapsed < 2 * WEEK) return { unit: 'day', count: Math.floor(elapsed / DAY) };
  return { unit: 'week', count: Math.floor(elapsed / WEEK) };
}

const KEYS: Record<Exclude<AgeUnit, 'now'>, string> = {
  minute: 'agoMinutes',
  hour: 'agoHours',
  day: 'agoDays',
  week: 'agoWeeks',
};

export function ageMessage(age: Age): LocalizedMessage {
  if (age.unit === 'now') return { key: 'agoJustNow', substitutions: [] };
  return { key: KEYS[age.unit], substitutions: [age.count], count: age.count };
}
