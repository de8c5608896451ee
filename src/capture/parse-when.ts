import { DAY_MS, toIsoUtc, zonedToEpoch, zoneOffsetMinutes } from './zoned-time.ts';

export interface WhenContext {
  lang: string;
  timeZone: string;
  now: number;
}

/** [year or 0, month, day, index, length] */
type FoundDate = [number, number, number, number, number];

const monthNameCache = new Map<string, Map<string, number>>();

function monthNames(lang: string): Map<string, number> {
  let names = monthNameCache.get(lang);
  if (names) return names;
  names = new Map();
  for (const locale of [lang, 'en']) {
    for (const month of ['long', 'short'] as const) {
      for (const day of [undefined, 'numeric'] as const) {
        try {
          // With a day, some languages use another form ("października" vs "październik"); keep both.
          const format = new Intl.DateTimeFormat(locale, { month, day, timeZone: 'UTC' });
          for (let m = 0; m < 12; m++) {
            const name = format.format(Date.UTC(2000, m, 15)).toLowerCase().replace(/[\d\s.,]+/g, ' ').trim();
            if (name.length > 2 && !names.has(name)) names.set(name, m + 1);
          }
        } catch {
          // An unknown language tag: English alone still works.
        }
      }
    }
  }
  monthNameCache.set(lang, names);
  return names;
}

function findDates(text: string, lang: string): FoundDate[] {
  const names = monthNames(lang);
  const alternation = [...names.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const monthFirst = /^en(-(us|ph|ca))?$/i.test(lang);
  const found: FoundDate[] = [];
  const add = (match: RegExpMatchArray, year: number, month: number | undefined, day: number) => {
    const index = match.index ?? 0;
    if (month && !found.some(([, , , i, l]) => index < i + l && i < index + match[0].length)) found.push([year, month, day, index, match[0].length]);
  };
  for (const m of text.matchAll(/(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?/g)) add(m, +m[1]!, +m[2]!, +m[3]!);
  for (const m of text.matchAll(/(?<!\d)(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})(?!\d)/g)) {
    const [a, b, y] = [+m[1]!, +m[2]!, +m[3]!];
    const swap = (monthFirst && a <= 12) || b > 12;
    add(m, y < 100 ? 2000 + y : y, swap ? a : b, swap ? b : a);
  }
  const year = '(?:,?\\s+(?:de\\s+)?(\\d{4})(?!\\d))?';
  // "7. Oktober 2025", "7 de octubre de 2025".
  for (const m of text.matchAll(new RegExp(`(?<!\\d)(\\d{1,2})\\.?\\s+(?:de\\s+)?(${alternation})(?!\\p{L})\\.?${year}`, 'gu'))) {
    add(m, +(m[3] ?? 0), names.get(m[2]!), +m[1]!);
  }
  // "October 7, 2025", "Oct 7".
  for (const m of text.matchAll(new RegExp(`(?<!\\p{L})(${alternation})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])${year}`, 'gu'))) {
    add(m, +(m[3] ?? 0), names.get(m[1]!), +m[2]!);
  }
  return found.sort((a, b) => a[3] - b[3]).slice(0, 2);
}

/** Up to two clock times: [hour, minute, 'a' | 'p' | ''], needing minutes or am/pm to count. */
function findTimes(text: string): [number, number, string][] {
  const times: [number, number, string][] = [];
  for (const m of text.matchAll(/(?<![\d:.])(\d{1,2})(?:[:.h](\d{2}))?\s*(?:([ap])\.?\s?m\b\.?)?(?!\d)/g)) {
    const [hour, minute, meridiem] = [+m[1]!, +(m[2] ?? 0), m[3] ?? ''];
    if ((m[2] || meridiem) && minute < 60 && hour <= (meridiem ? 12 : 23) && times.push([hour, minute, meridiem]) === 2) break;
  }
  return times;
}

const hour24 = (hour: number, meridiem: string) => (meridiem ? (hour % 12) + (meridiem === 'p' ? 12 : 0) : hour);

/**
 * Reads the "when" line a calendar shows ("Thursday, October 7 · 1:00 – 2:00pm",
 * "Do., 7. Oktober 2021 ⋅ 13:00–14:00", "Tue 10/7/2025 1:00 PM - 2:00 PM") into
 * instants. Month names come from Intl for the page's language plus English,
 * so no translation table is kept here. The line is a wall-clock time in the
 * calendar's display zone, which the caller names; a date shown without a
 * year (calendars omit the current one) takes the year nearest to `now`.
 * Anything it cannot read with confidence gives nulls, never a guess.
 */
export function parseWhen(raw: string, context: WhenContext): { start: string | null; end: string | null } {
  const none = { start: null, end: null };
  let text = raw.slice(0, 300).toLowerCase().replace(/[\u00a0\u202f\u2009]/g, ' ');
  const dates = findDates(text, context.lang);
  for (const [, , , index, length] of dates) text = text.slice(0, index) + ' '.repeat(length) + text.slice(index + length);
  const [from, to] = findTimes(text);
  const [first, second] = dates;
  if (!first || !from) return none;

  // "1:00 – 2:00pm": the end's am/pm carries to the start, unless that puts the start after the end ("11:00 – 1:00pm").
  let startHour = hour24(from[0], from[2] || (to && from[0] <= 12 ? to[2] : ''));
  const endHour = to ? hour24(to[0], to[2] || from[2]) : 0;
  if (!from[2] && to?.[2] === 'p' && startHour > endHour && !second) startHour -= 12;

  const offset = zoneOffsetMinutes(context.now, context.timeZone) ?? 0;
  const thisYear = new Date(context.now + offset * 60_000).getUTCFullYear();
  const distance = (year: number, month: number, day: number) => Math.abs(Date.UTC(year, month - 1, day) - context.now);
  const yearOf = ([year, month, day]: FoundDate) =>
    year || [thisYear - 1, thisYear + 1].reduce((best, y) => (distance(y, month, day) < distance(best, month, day) ? y : best), thisYear);
  const at = (date: FoundDate, hour: number, minute: number, dayShift = 0) =>
    zonedToEpoch({ year: yearOf(date), month: date[1], day: date[2] + dayShift, hour, minute, second: 0 }, context.timeZone);

  const start = at(first, startHour, from[1]);
  if (start === null) return none;
  let end = to ? at(second ?? first, endHour, to[1]) : null;
  // An end before the start on a one-date line runs past midnight.
  if (to && end !== null && end <= start && !second) end = at(first, endHour, to[1], 1) ?? end + DAY_MS;
  return { start: toIsoUtc(start), end: end !== null && end > start ? toIsoUtc(end) : null };
}
