import { wallTimeAsUtc, type WallTime } from '../../zoned-time.ts';
import { prop, type Component } from './content-lines.ts';

interface Observance {
  onset: WallTime;
  offsetTo: number;
  offsetFrom: number;
  rule: { month: number; week: number; weekday: number; untilYear: number } | null;
  extraOnsets: WallTime[];
}

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

export function parseCompactDateTime(value: string): WallTime | null {
  const match = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?)?/i.exec(value.trim());
  if (!match) return null;
  return { year: +match[1]!, month: +match[2]!, day: +match[3]!, hour: +(match[4] ?? 0), minute: +(match[5] ?? 0), second: +(match[6] ?? 0) };
}

/** "+0200", "-0530", "+023000" → minutes east of UTC. */
function parseOffset(value: string | undefined): number | null {
  const match = /^([+-])(\d{2})(\d{2})(\d{2})?$/.exec((value ?? '').trim());
  if (!match) return null;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

function parseRule(value: string | undefined): Observance['rule'] {
  if (!value) return null;
  const parts = new Map(value.split(';').map((part) => part.split('=') as [string, string]));
  const byDay = /^([+-]?\d)?(SU|MO|TU|WE|TH|FR|SA)$/i.exec(parts.get('BYDAY') ?? '');
  const month = Number(parts.get('BYMONTH'));
  if (parts.get('FREQ') !== 'YEARLY' || !byDay || !(month >= 1 && month <= 12)) return null;
  const until = /^(\d{4})/.exec(parts.get('UNTIL') ?? '');
  return { month, week: Number(byDay[1] ?? 1), weekday: WEEKDAYS.indexOf(byDay[2]!.toUpperCase()), untilYear: until ? Number(until[1]) : Infinity };
}

function observances(zone: Component): Observance[] {
  const list: Observance[] = [];
  for (const part of zone.components) {
    if (part.name !== 'STANDARD' && part.name !== 'DAYLIGHT') continue;
    const onset = parseCompactDateTime(prop(part, 'DTSTART')?.value ?? '');
    const offsetTo = parseOffset(prop(part, 'TZOFFSETTO')?.value);
    if (!onset || offsetTo === null) continue;
    const extraOnsets = part.properties
      .filter((p) => p.name === 'RDATE')
      .flatMap((p) => p.value.split(','))
      .map(parseCompactDateTime)
      .filter((w): w is WallTime => w !== null);
    const offsetFrom = parseOffset(prop(part, 'TZOFFSETFROM')?.value) ?? offsetTo;
    list.push({ onset, offsetTo, offsetFrom, rule: parseRule(prop(part, 'RRULE')?.value), extraOnsets });
  }
  return list;
}

/** The day of the month of the n-th (or, negative, n-th last) weekday. */
function nthWeekday(year: number, month: number, week: number, weekday: number): number {
  if (week > 0) {
    const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
    return 1 + ((weekday - firstWeekday + 7) % 7) + (week - 1) * 7;
  }
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const lastWeekday = new Date(Date.UTC(year, month - 1, lastDay)).getUTCDay();
  return lastDay - ((lastWeekday - weekday + 7) % 7) + (week + 1) * 7;
}

function onsetsIn(observance: Observance, year: number): number[] {
  const onsets = [observance.onset, ...observance.extraOnsets].map(wallTimeAsUtc);
  const { rule, onset } = observance;
  if (rule && year >= onset.year && year <= rule.untilYear) {
    const day = nthWeekday(year, rule.month, rule.week, rule.weekday);
    onsets.push(Date.UTC(year, rule.month - 1, day, onset.hour, onset.minute, onset.second));
  }
  return onsets;
}

/**
 * Minutes east of UTC at the wall time, per the file's own VTIMEZONE; null if it
 * defines nothing usable. Used only when a TZID is neither an IANA nor a Windows
 * name ("Customized Time Zone", "(UTC+01:00) Amsterdam, Berlin…"). Handles the
 * yearly rules real producers write (BYMONTH with BYDAY like -1SU or 2SU),
 * RDATEs and single onsets.
 */
export function vtimezoneOffset(zone: Component, time: WallTime): number | null {
  const list = observances(zone);
  if (list.length === 0) return null;
  const local = wallTimeAsUtc(time);
  let best: { at: number; offset: number } | null = null;
  for (const observance of list) {
    for (const year of [time.year - 1, time.year]) {
      for (const at of onsetsIn(observance, year)) {
        if (at <= local && (!best || at > best.at)) best = { at, offset: observance.offsetTo };
      }
    }
  }
  if (best) return best.offset;
  // Before every onset: the zone was still at the earliest observance's "from" offset.
  const earliest = list.reduce((a, b) => (wallTimeAsUtc(a.onset) <= wallTimeAsUtc(b.onset) ? a : b));
  return earliest.offsetFrom;
}
