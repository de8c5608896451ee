import { describe, expect, it } from 'vitest';
import { skipTouch, snoozeChoices, snoozeTouch, type SnoozeChoice } from '../../../../src/core/cadence/touch-actions.ts';
import { workCalendar } from '../../../../src/core/cadence/work-calendar.ts';
import type { Settings, TouchStatus } from '../../../../src/core/types.ts';
import { local, settingsWith, show, touch, useTimeZone, ZONES } from './helpers.ts';

/** When a due touch snoozed with `choice` at `now` comes back. */
const snoozeUntil = (choice: SnoozeChoice, now: number, settings: Settings) =>
  snoozeTouch(touch({ id: 't', kind: 'check-in', dueAt: now, status: 'due' }), choice, now, settings).dueAt;

describe.each(ZONES)('user actions on a touch in %s', (zone) => {
  useTimeZone(zone);
  const settings = settingsWith({ holidays: ['2025-06-16'] });

  it.each<[string, SnoozeChoice, string, string]>([
    ['later today, in the morning', 'later-today', '2025-06-03 10:15', '2025-06-03 13:15'],
    ['later today, before work', 'later-today', '2025-06-03 05:00', '2025-06-03 09:00'],
    ['later today, at the end of the day', 'later-today', '2025-06-03 16:00', '2025-06-04 09:00'],
    ['later today, on a Friday evening', 'later-today', '2025-06-06 17:00', '2025-06-09 09:00'],
    ['tomorrow, on a Tuesday', 'tomorrow', '2025-06-03 10:00', '2025-06-04 09:00'],
    ['tomorrow, on a Friday', 'tomorrow', '2025-06-06 10:00', '2025-06-09 09:00'],
    ['tomorrow, before a holiday Monday', 'tomorrow', '2025-06-13 10:00', '2025-06-17 09:00'],
    ['next week, on a Wednesday', 'next-week', '2025-06-04 15:00', '2025-06-11 09:00'],
    ['next week, onto a holiday', 'next-week', '2025-06-09 11:00', '2025-06-17 09:00'],
    ['next week, on a Saturday', 'next-week', '2025-06-07 11:00', '2025-06-17 09:00'],
  ])('snoozes %s', (_name, choice, now, expected) => {
    expect(show(snoozeUntil(choice, local(now), settings))).toBe(expected);
  });

  it.each<[string, string, string[]]>([
    ['before work: later today is the start of work', '2025-06-03 05:00', ['later-today 2025-06-03 09:00', 'tomorrow 2025-06-04 09:00', 'next-week 2025-06-10 09:00']],
    ['in the morning', '2025-06-03 10:15', ['later-today 2025-06-03 13:15', 'tomorrow 2025-06-04 09:00', 'next-week 2025-06-10 09:00']],
    ['early afternoon: three hours on is still today', '2025-06-03 13:59', ['later-today 2025-06-03 16:59', 'tomorrow 2025-06-04 09:00', 'next-week 2025-06-10 09:00']],
    ['late afternoon: "later today" would be tomorrow morning, so it is not offered', '2025-06-03 16:00', ['tomorrow 2025-06-04 09:00', 'next-week 2025-06-10 09:00']],
    ['late evening', '2025-06-03 22:30', ['tomorrow 2025-06-04 09:00', 'next-week 2025-06-10 09:00']],
    ['on a Friday evening', '2025-06-06 17:00', ['tomorrow 2025-06-09 09:00', 'next-week 2025-06-13 09:00']],
    ['on a Saturday', '2025-06-07 11:00', ['tomorrow 2025-06-09 09:00', 'next-week 2025-06-17 09:00']],
  ])('offers the snooze choices that mean something %s', (_name, now, expected) => {
    expect(snoozeChoices(local(now), workCalendar(settings)).map(({ choice, at }) => `${choice} ${show(at)}`)).toEqual(expected);
  });

  it('offers no two choices that land on the same moment', () => {
    // Mondays only: "tomorrow" and "next week" are both next Monday.
    const mondays = workCalendar(settingsWith({ workingDays: [1] }));
    expect(snoozeChoices(local('2025-06-09 10:00'), mondays).map(({ choice, at }) => `${choice} ${show(at)}`)).toEqual([
      'later-today 2025-06-09 13:00',
      'tomorrow 2025-06-16 09:00',
    ]);
  });

  it('keeps 09:00 when snoozing a week across a clock change', () => {
    const before = zone === 'Europe/Berlin' ? '2025-03-26 14:00' : '2025-03-05 14:00';
    const after = zone === 'Europe/Berlin' ? '2025-04-02 09:00' : '2025-03-12 09:00';
    expect(show(snoozeUntil('next-week', local(before), settingsWith()))).toBe(after);
  });

  it('snoozes a due touch so that it can notify again', () => {
    const due = touch({ id: 't', kind: 'check-in', dueAt: local('2025-06-03 09:00'), status: 'due', notifiedAt: local('2025-06-03 09:00') });
    expect(snoozeTouch(due, 'tomorrow', local('2025-06-03 10:00'), settings)).toEqual({
      ...due,
      status: 'snoozed',
      dueAt: local('2025-06-04 09:00'),
      notifiedAt: null,
    });
  });

  it('skips a planned touch, keeping its time', () => {
    const planned = touch({ id: 't', kind: 'value-add', dueAt: local('2025-06-10 09:00') });
    expect(skipTouch(planned)).toEqual({ ...planned, status: 'skipped' });
  });

  it.each<TouchStatus>(['sent', 'skipped'])('leaves %s touches, which are history, unchanged', (status) => {
    const history = touch({ id: 't', kind: 'check-in', dueAt: 1, status, sentAt: status === 'sent' ? 2 : null });
    expect(skipTouch(history)).toBe(history);
    expect(snoozeTouch(history, 'tomorrow', local('2025-06-03 10:00'), settings)).toBe(history);
  });
});
