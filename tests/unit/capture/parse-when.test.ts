import { describe, expect, it } from 'vitest';
import { parseWhen } from '../../../src/capture/parse-when.ts';

const now = Date.UTC(2025, 9, 1, 12);
const at = (lang: string, timeZone = 'Europe/Stockholm') => ({ lang, timeZone, now });

describe('parseWhen', () => {
  it.each([
    ['en', 'Tuesday, October 7⋅1:00 – 2:00pm', '2025-10-07T11:00:00.000Z', '2025-10-07T12:00:00.000Z'],
    ['en', 'Tuesday, October 7, 2025 · 11:00 – 1:00pm', '2025-10-07T09:00:00.000Z', '2025-10-07T11:00:00.000Z'],
    ['en', 'Oct 7, 2025, 10am – 11:30am', '2025-10-07T08:00:00.000Z', '2025-10-07T09:30:00.000Z'],
    ['en-US', 'Tue 10/7/2025 1:00 PM - 2:00 PM', '2025-10-07T11:00:00.000Z', '2025-10-07T12:00:00.000Z'],
    ['en-GB', 'Tue 07/10/2025 14:00 - 15:00', '2025-10-07T12:00:00.000Z', '2025-10-07T13:00:00.000Z'],
    ['de', 'Dienstag, 7. Oktober 2025 ⋅ 13:00–14:30', '2025-10-07T11:00:00.000Z', '2025-10-07T12:30:00.000Z'],
    ['fr', 'mardi 7 octobre 2025 · 13:00 – 14:00', '2025-10-07T11:00:00.000Z', '2025-10-07T12:00:00.000Z'],
    ['es', 'martes, 7 de octubre de 2025 ⋅ 13:00–14:00', '2025-10-07T11:00:00.000Z', '2025-10-07T12:00:00.000Z'],
    ['cs', 'Po 06.01.2025 9:00 – 17:00', '2025-01-06T08:00:00.000Z', '2025-01-06T16:00:00.000Z'],
    ['sv', '2025-10-07 13:00–14:00', '2025-10-07T11:00:00.000Z', '2025-10-07T12:00:00.000Z'],
    ['en', 'Tuesday, October 7 · 11:00pm – 12:30am', '2025-10-07T21:00:00.000Z', '2025-10-07T22:30:00.000Z'],
    ['en', 'October 7, 2025, 4:00pm – October 8, 2025, 10:00am', '2025-10-07T14:00:00.000Z', '2025-10-08T08:00:00.000Z'],
  ])('%s: %s', (lang, text, start, end) => {
    expect(parseWhen(text, at(lang))).toEqual({ start, end });
  });

  it('picks the year nearest to now when none is shown (a January date seen in December is next year)', () => {
    const december = { lang: 'en', timeZone: 'UTC', now: Date.UTC(2025, 11, 20) };
    expect(parseWhen('Monday, January 12 · 9:00 – 10:00am', december).start).toBe('2026-01-12T09:00:00.000Z');
  });

  it.each(['', 'All day', 'Tuesday, October 7', 'Room 4.12 (6)', '3 guests', 'Tuesday · 1:00 – 2:00pm', 'February 30, 2025 · 10:00 – 11:00'])(
    'gives nulls for %j',
    (text) => {
      expect(parseWhen(text, at('en'))).toEqual({ start: null, end: null });
    },
  );
});
