import { describe, expect, it } from 'vitest';
import { thankYouDueAt } from '../../../../src/core/cadence/thank-you.ts';
import { workCalendar } from '../../../../src/core/cadence/work-calendar.ts';
import type { Settings } from '../../../../src/core/types.ts';
import { interviewAt, local, settingsWith, show, useTimeZone, ZONES } from './helpers.ts';

function due(start: string, end: string | null, settings: Settings = settingsWith()): string {
  return show(thankYouDueAt(interviewAt(start, end), workCalendar(settings), settings.cadence));
}

describe.each(ZONES)('thank-you notes in %s', (zone) => {
  useTimeZone(zone);

  it.each([
    ['a morning interview: an hour after it ends', '2025-06-03 10:00', '2025-06-03 11:00', '2025-06-03 12:00'],
    ['one ending just before 15:00: the same day', '2025-06-03 14:00', '2025-06-03 14:59', '2025-06-03 15:59'],
    ['one ending at 15:00: the next working morning', '2025-06-03 14:00', '2025-06-03 15:00', '2025-06-04 09:00'],
    ['an early one: not before work starts', '2025-06-03 07:00', '2025-06-03 07:30', '2025-06-03 09:00'],
    ['a Saturday one: Monday morning', '2025-06-07 10:00', '2025-06-07 11:00', '2025-06-09 09:00'],
    ['Friday 17:30: the 48 hours end before Monday, so Friday evening', '2025-06-06 16:30', '2025-06-06 17:30', '2025-06-06 18:00'],
    ['Friday 19:00: no working moment in 48 hours, so the deadline', '2025-06-06 18:00', '2025-06-06 19:00', '2025-06-08 19:00'],
  ])('%s', (_name, start, end, expected) => {
    expect(due(start, end)).toBe(expected);
  });

  it('assumes an hour when only the start is known', () => {
    expect(due('2025-06-03 10:00', null)).toBe('2025-06-03 12:00');
    expect(due('2025-06-03 14:30', null)).toBe('2025-06-04 09:00');
  });

  it('gives an interview known only by its day its note the next working morning, never a time it invented', () => {
    const dayOnly = (day: string, settings = settingsWith()) =>
      show(thankYouDueAt(interviewAt(`${day} 12:00`, null, { timeKnown: false }), workCalendar(settings), settings.cadence));
    expect(dayOnly('2025-06-03')).toBe('2025-06-04 09:00');
    expect(dayOnly('2025-06-06')).toBe('2025-06-08 23:59');
    expect(dayOnly('2025-06-06', settingsWith({}, { thankYouWithinHours: 72 }))).toBe('2025-06-09 09:00');
    expect(dayOnly('2025-06-04', settingsWith({ holidays: ['2025-06-05'] }))).toBe('2025-06-06 09:00');
  });

  it('skips the user holidays, within the 48 hours', () => {
    const holiday = settingsWith({ holidays: ['2025-06-05'] });
    expect(due('2025-06-04 15:00', '2025-06-04 16:00', holiday)).toBe('2025-06-06 09:00');
    const twoHolidays = settingsWith({ holidays: ['2025-06-05', '2025-06-06'] });
    expect(due('2025-06-04 15:00', '2025-06-04 16:00', twoHolidays)).toBe('2025-06-04 18:00');
  });

  it('follows the settings for the same-day hour, the deadline and working hours', () => {
    const custom = settingsWith({ workStart: 8 * 60, workEnd: 16 * 60 }, { sameDayBeforeHour: 12, thankYouWithinHours: 72 });
    expect(due('2025-06-03 10:00', '2025-06-03 11:00', custom)).toBe('2025-06-03 12:00');
    expect(due('2025-06-03 11:00', '2025-06-03 12:00', custom)).toBe('2025-06-04 08:00');
    expect(due('2025-06-03 14:00', '2025-06-03 15:30', custom)).toBe('2025-06-04 08:00');
    expect(due('2025-06-06 14:00', '2025-06-06 15:30', custom)).toBe('2025-06-09 08:00');
  });

  it('is not due before the interview ends when the working day closes early', () => {
    const shortDay = settingsWith({ workStart: 8 * 60, workEnd: 12 * 60 });
    expect(due('2025-06-03 13:00', '2025-06-03 14:00', shortDay)).toBe('2025-06-04 08:00');
  });

  const changes =
    zone === 'Europe/Berlin'
      ? { spring: '2025-03-30', springEve: '2025-03-29', springFriday: '2025-03-28', autumn: '2025-10-26', autumnFriday: '2025-10-24' }
      : { spring: '2025-03-09', springEve: '2025-03-08', springFriday: '2025-03-07', autumn: '2025-11-02', autumnFriday: '2025-10-31' };
  const everyDay = settingsWith({ workingDays: [0, 1, 2, 3, 4, 5, 6] });

  it('keeps the wall clock on the day the clocks change', () => {
    expect(due(`${changes.spring} 10:00`, `${changes.spring} 11:00`, everyDay)).toBe(`${changes.spring} 12:00`);
    expect(due(`${changes.springEve} 19:00`, `${changes.springEve} 20:00`, everyDay)).toBe(`${changes.spring} 09:00`);
    expect(due(`${changes.autumn} 10:00`, `${changes.autumn} 11:00`, everyDay)).toBe(`${changes.autumn} 12:00`);
  });

  it('counts the 48 hours in real hours across a clock change', () => {
    const end = local(`${changes.springFriday} 19:00`);
    const dueAt = thankYouDueAt({ start: end - 3_600_000, end, timeKnown: true }, workCalendar(settingsWith()), settingsWith().cadence);
    expect(dueAt - end).toBe(48 * 3_600_000);
    expect(due(`${changes.springFriday} 18:00`, `${changes.springFriday} 19:00`)).toBe(`${changes.spring} 20:00`);
    const sunday = changes.autumn;
    expect(due(`${changes.autumnFriday} 18:00`, `${changes.autumnFriday} 19:00`)).toBe(`${sunday} 18:00`);
  });
});
