import { describe, expect, it } from 'vitest';
import { resolveMessage } from '../../../../src/core/cadence/localized-message.ts';
import { summaryNotification, touchNotification } from '../../../../src/core/cadence/notification.ts';
import { ageBetween, ageMessage, type Age } from '../../../../src/core/cadence/relative-age.ts';
import type { TouchKind } from '../../../../src/core/types.ts';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/** A stand-in for browser.i18n.getMessage with the English texts the report asks for. */
const ENGLISH: Record<string, string> = {
  notifyThankTitle: 'Thank-you note due',
  notifyThankBody: 'Thank $1 at $2 — interview ended $3',
  notifyCheckInTitle: 'Time to check in',
  notifyCheckInBody: 'Check in with $1 at $2 — interview was $3',
  notifyValueAddTitle: 'Share something useful',
  notifyValueAddBody: 'Send $1 at $2 something worth reading — interview was $3',
  notifyUnknownContact: 'your interviewer',
  notifySummaryTitle: 'Follow-ups due',
  notifySummaryBody: '$1 follow-ups are due',
  agoJustNow: 'just now',
  agoOneMinute: '1 minute ago',
  agoMinutes: '$1 minutes ago',
  agoOneHour: '1 hour ago',
  agoHours: '$1 hours ago',
  agoOneDay: 'yesterday',
  agoDays: '$1 days ago',
  agoOneWeek: '1 week ago',
  agoWeeks: '$1 weeks ago',
};
const english = (key: string, subs: string[]) =>
  (ENGLISH[key] ?? `?${key}`).replace(/\$(\d)/g, (_m, n: string) => subs[Number(n) - 1] ?? '');

describe('relative age', () => {
  it.each<[number, Age, string]>([
    [20_000, { unit: 'now', count: 0 }, 'just now'],
    [MIN, { unit: 'minute', count: 1 }, '1 minute ago'],
    [45 * MIN, { unit: 'minute', count: 45 }, '45 minutes ago'],
    [2 * HOUR + 5 * MIN, { unit: 'hour', count: 2 }, '2 hours ago'],
    [DAY + HOUR, { unit: 'day', count: 1 }, 'yesterday'],
    [13 * DAY, { unit: 'day', count: 13 }, '13 days ago'],
    [15 * DAY, { unit: 'week', count: 2 }, '2 weeks ago'],
    [-HOUR, { unit: 'now', count: 0 }, 'just now'],
  ])('%i ms ago is %o', (elapsed, age, text) => {
    expect(ageBetween(1_000_000_000, 1_000_000_000 + elapsed)).toEqual(age);
    expect(resolveMessage(ageMessage(age), english)).toBe(text);
  });
});

describe('notification content', () => {
  const now = 1_750_000_000_000;

  it.each<[TouchKind, string, string]>([
    ['thank-you', 'Thank-you note due', 'Thank Jane Doe at Acme — interview ended 2 hours ago'],
    ['check-in', 'Time to check in', 'Check in with Jane Doe at Acme — interview was 2 hours ago'],
    ['value-add', 'Share something useful', 'Send Jane Doe at Acme something worth reading — interview was 2 hours ago'],
  ])('for a %s is data that the locale turns into text', (kind, title, message) => {
    const content = touchNotification({ kind }, { contactName: 'Jane Doe', company: 'Acme', interviewEnd: now - 2 * HOUR }, now);
    expect(content.title.key).toMatch(/^notify/);
    expect(content.message.substitutions.slice(0, 2)).toEqual(['Jane Doe', 'Acme']);
    expect(resolveMessage(content.title, english)).toBe(title);
    expect(resolveMessage(content.message, english)).toBe(message);
  });

  it('cleans captured names and stands in for a missing one', () => {
    const hostile = touchNotification(
      { kind: 'thank-you' },
      { contactName: '\u202EJane\u0000 Doe ', company: 'Acme\nInc', interviewEnd: now - DAY * 3 },
      now,
    );
    expect(resolveMessage(hostile.message, english)).toBe('Thank Jane Doe at Acme Inc — interview ended 3 days ago');
    const anonymous = touchNotification({ kind: 'check-in' }, { contactName: '  ', company: 'Acme', interviewEnd: now }, now);
    expect(resolveMessage(anonymous.message, english)).toBe('Check in with your interviewer at Acme — interview was just now');
  });

  it('summarises several due touches with their count', () => {
    expect(resolveMessage(summaryNotification(3).message, english)).toBe('3 follow-ups are due');
    expect(resolveMessage(summaryNotification(3).title, english)).toBe('Follow-ups due');
  });
});
