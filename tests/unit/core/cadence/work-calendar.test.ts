import { describe, expect, it } from 'vitest';
import { dayFromKey, dayKey, dayOfInstant } from '../../../../src/core/cadence/local-days.ts';
import {
  addWorkingDays,
  isWorkingMoment,
  latestWorkingMoment,
  nextWorkingDay,
  nextWorkingMoment,
  workCalendar,
  workStartOn,
} from '../../../../src/core/cadence/work-calendar.ts';
import { local, settingsWith, show, useTimeZone, ZONES } from './helpers.ts';

function day(key: string): number {
  const d = dayFromKey(key);
  if (d === null) throw new Error(key);
  return d;
}

describe.each(ZONES)('working time in %s', (zone) => {
  useTimeZone(zone);
  const cal = () => workCalendar(settingsWith({ holidays: ['2025-06-09', '2025-12-24'] }));

  it.each([
    ['a weekday afternoon', '2025-06-03 14:00', '2025-06-03 14:00'],
    ['exactly work start', '2025-06-03 09:00', '2025-06-03 09:00'],
    ['exactly work end', '2025-06-03 18:00', '2025-06-03 18:00'],
    ['early morning', '2025-06-03 06:30', '2025-06-03 09:00'],
    ['evening', '2025-06-03 18:01', '2025-06-04 09:00'],
    ['Friday evening', '2025-06-06 19:00', '2025-06-10 09:00'],
    ['Saturday', '2025-06-07 11:00', '2025-06-10 09:00'],
    ['a holiday', '2025-12-24 10:00', '2025-12-25 09:00'],
  ])('the next working moment after %s', (_name, at, expected) => {
    expect(show(nextWorkingMoment(cal(), local(at)))).toBe(expected);
  });

  it.each([
    ['2025-06-02', 1, '2025-06-03'],
    ['2025-06-02', 5, '2025-06-10'],
    ['2025-06-06', 1, '2025-06-10'],
    ['2025-06-07', 1, '2025-06-10'],
    ['2025-12-22', 2, '2025-12-25'],
  ])('%s plus %i working days is %s (weekends and holidays skipped)', (from, count, expected) => {
    expect(dayKey(addWorkingDays(cal(), day(from), count))).toBe(expected);
  });

  it.each([
    ['spring', zone === 'Europe/Berlin' ? '2025-03-30' : '2025-03-09'],
    ['autumn', zone === 'Europe/Berlin' ? '2025-10-26' : '2025-11-02'],
  ])('work starts at 09:00 wall clock on the %s clock change', (_season, changeDay) => {
    const everyDay = workCalendar(settingsWith({ workingDays: [0, 1, 2, 3, 4, 5, 6] }));
    const start = workStartOn(everyDay, day(changeDay));
    expect(show(start)).toBe(`${changeDay} 09:00`);
    expect(dayKey(dayOfInstant(start))).toBe(changeDay);
  });

  it('finds the latest working moment in a span, or none', () => {
    expect(show(latestWorkingMoment(cal(), local('2025-06-06 16:00'), local('2025-06-08 16:00'))!)).toBe(
      '2025-06-06 18:00',
    );
    expect(show(latestWorkingMoment(cal(), local('2025-06-03 10:00'), local('2025-06-03 12:00'))!)).toBe(
      '2025-06-03 12:00',
    );
    expect(latestWorkingMoment(cal(), local('2025-06-06 19:00'), local('2025-06-08 19:00'))).toBeNull();
  });

  it('tells working moments from the rest', () => {
    expect(isWorkingMoment(cal(), local('2025-06-03 12:00'))).toBe(true);
    expect(isWorkingMoment(cal(), local('2025-06-07 12:00'))).toBe(false);
    expect(isWorkingMoment(cal(), local('2025-06-09 12:00'))).toBe(false);
    expect(isWorkingMoment(cal(), local('2025-06-03 08:59'))).toBe(false);
  });

  it('does not loop when the settings allow no working day', () => {
    const none = workCalendar(settingsWith({ workingDays: [] }));
    expect(dayKey(nextWorkingDay(none, day('2025-06-02')))).toBe('2025-06-03');
  });
});
