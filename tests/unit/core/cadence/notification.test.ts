import { describe, expect, it } from 'vitest';
import { resolveMessage, type LocalizedMessage } from '../../../../src/core/cadence/localized-message.ts';
import { summaryNotification, touchNotification } from '../../../../src/core/cadence/notification.ts';
import { ageBetween, ageMessage, type Age } from '../../../../src/core/cadence/relative-age.ts';
import type { TouchKind } from '../../../../src/core/types.ts';
import { getMessageIn } from '../../../setup/fake-browser.ts';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/** browser.i18n.getMessage over the extension's own locale files, with Intl writing numbers as each language does. */
const inLanguage = (language: string) => {
  const getMessage = getMessageIn(language);
  return (message: LocalizedMessage) => resolveMessage(message, (key, subs) => getMessage(key, subs), language);
};
const english = inLanguage('en');
const german = inLanguage('de');

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
    expect(english(ageMessage(age))).toBe(text);
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
    expect(english(content.title)).toBe(title);
    expect(english(content.message)).toBe(message);
  });

  it('cleans captured names and stands in for a missing one', () => {
    const hostile = touchNotification(
      { kind: 'thank-you' },
      { contactName: '\u202EJane\u0000 Doe ', company: 'Acme\nInc', interviewEnd: now - DAY * 3 },
      now,
    );
    expect(english(hostile.message)).toBe('Thank Jane Doe at Acme Inc — interview ended 3 days ago');
    const anonymous = touchNotification({ kind: 'check-in' }, { contactName: '  ', company: 'Acme', interviewEnd: now }, now);
    expect(english(anonymous.message)).toBe('Check in with your interviewer at Acme — interview was just now');
  });

  it('summarises several due touches with their count', () => {
    expect(english(summaryNotification(3).message)).toBe('3 follow-ups are due');
    expect(english(summaryNotification(3).title)).toBe('Follow-ups due');
  });

  it('writes the count as the language does, in the plural form it needs', () => {
    expect(english(summaryNotification(1).message)).toBe('1 follow-up is due');
    expect(english(summaryNotification(1000).message)).toBe('1,000 follow-ups are due');
    expect(english(summaryNotification(10000).message)).toBe('10,000 follow-ups are due');
    expect(german(summaryNotification(1).message)).toBe('1 Follow-up ist fällig');
    expect(german(summaryNotification(1000).message)).toBe('1.000 Follow-ups sind fällig');
    expect(german(summaryNotification(3).title)).toBe('Fällige Follow-ups');
  });
});

describe('in German', () => {
  const now = 1_750_000_000_000;

  it.each<[number, string]>([
    [20_000, 'gerade eben'],
    [MIN, 'vor 1 Minute'],
    [45 * MIN, 'vor 45 Minuten'],
    [HOUR, 'vor 1 Stunde'],
    [2 * HOUR + 5 * MIN, 'vor 2 Stunden'],
    [DAY + HOUR, 'gestern'],
    [13 * DAY, 'vor 13 Tagen'],
    [15 * DAY, 'vor 2 Wochen'],
  ])('%i ms ago reads "%s"', (elapsed, text) => {
    expect(german(ageMessage(ageBetween(now - elapsed, now)))).toBe(text);
  });

  it('a notification is a whole German sentence, the stand-in for a missing name declined to fit it', () => {
    const thanks = touchNotification({ kind: 'thank-you' }, { contactName: 'Jana Weber', company: 'Acme', interviewEnd: now - 2 * HOUR }, now);
    expect(german(thanks.title)).toBe('Dankesnachricht fällig');
    expect(german(thanks.message)).toBe('Jana Weber bei Acme danken – Interview endete vor 2 Stunden');
    const anonymous = touchNotification({ kind: 'check-in' }, { contactName: '', company: 'Acme', interviewEnd: now - 3 * DAY }, now);
    expect(german(anonymous.message)).toBe('Bei Ihrem Interviewer (Acme) nachfragen – Interview war vor 3 Tagen');
  });
});
