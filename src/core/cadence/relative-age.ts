/**
 * "2 hours ago" as data: a unit and a count, and the message that says it.
 * Separate keys for one and for many keep plural forms in the locale files
 * rather than in code.
 */
import { DAY_MS as DAY, HOUR_MS as HOUR, MINUTE_MS as MINUTE } from '../local-time.ts';
import type { LocalizedMessage } from './localized-message.ts';

export type AgeUnit = 'now' | 'minute' | 'hour' | 'day' | 'week';

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

const KEYS: Record<Exclude<AgeUnit, 'now'>, { one: string; many: string }> = {
  minute: { one: 'agoOneMinute', many: 'agoMinutes' },
  hour: { one: 'agoOneHour', many: 'agoHours' },
  day: { one: 'agoOneDay', many: 'agoDays' },
  week: { one: 'agoOneWeek', many: 'agoWeeks' },
};

export function ageMessage(age: Age): LocalizedMessage {
  if (age.unit === 'now') return { key: 'agoJustNow', substitutions: [] };
  const keys = KEYS[age.unit];
  return age.count === 1
    ? { key: keys.one, substitutions: [] }
    : { key: keys.many, substitutions: [String(age.count)] };
}
