// "2 hours ago" as data: each unit is a plural base (`agoHours_one`, `agoHours_other`), so the plural forms live in the locale files.
import { DAY_MS as DAY, HOUR_MS as HOUR, MINUTE_MS as MINUTE } from '../local-time.ts';
import { dayOfInstant } from './local-days.ts';
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

/**
 * On which day the interview was, counted in calendar days (an interview
 * yesterday evening was "yesterday" this morning, 16 hours later; one on
 * Monday evening is "2 days ago" on Wednesday morning, 41 hours later): "Interview
 * today", "yesterday", "N days ago", from two weeks on "N weeks ago". Null for an
 * interview on a later day.
 */
export function interviewDayMessage(interviewEnd: number, now: number): LocalizedMessage | null {
  const days = dayOfInstant(now) - dayOfInstant(interviewEnd);
  if (days < 0) return null;
  if (days === 0) return { key: 'dueInterviewToday', substitutions: [] };
  if (days === 1) return { key: 'dueInterviewYesterday', substitutions: [] };
  if (days < 14) return { key: 'dueInterviewDaysAgo', substitutions: [days], count: days };
  const weeks = Math.floor(days / 7);
  return { key: 'dueInterviewWeeksAgo', substitutions: [weeks], count: weeks };
}
