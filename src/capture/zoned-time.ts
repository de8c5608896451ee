// The machine's own zone never enters: a named zone's offset is read from Intl.DateTimeFormat, so the
// same wall-clock time gives the same instant on every computer, in CI and in the tests alike.

export interface WallTime {
  year: number;
  /** 1-12. */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The injected script's own day length: it may import nothing of core/ but text.ts (tests/unit/capture/capture-script-size.test.ts). */
export const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat | null {
  const cached = formatters.get(zone);
  if (cached) return cached;
  try {
    const format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, format);
    return format;
  } catch {
    return null;
  }
}

/** Whether the runtime knows this IANA zone name (or an alias of one). */
export function isKnownZone(zone: string): boolean {
  return zone.length > 0 && zone.length < 80 && formatterFor(zone) !== null;
}

/** The zone this runtime runs in, used only as a default when a caller names none. */
function runtimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** The zone a caller named, when the runtime knows it; else the runtime's own (the user's). */
export function zoneOrRuntime(zone: string | undefined): string {
  return zone && isKnownZone(zone) ? zone : runtimeZone();
}

/** Minutes the zone is ahead of UTC at the instant `epochMs`. */
export function zoneOffsetMinutes(epochMs: number, zone: string): number | null {
  const format = formatterFor(zone);
  if (!format || !Number.isFinite(epochMs)) return null;
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(new Date(epochMs))) parts[part.type] = part.value;
  // Years before 1 CE never reach here: wall times are checked to lie in 1900-2200.
  const [year, month, day, hour, minute, second] = ['year', 'month', 'day', 'hour', 'minute', 'second'].map((type) => Number(parts[type]));
  const asUtc = wallTimeAsUtc({ year: year!, month: month!, day: day!, hour: hour!, minute: minute!, second: second! });
  const wholeSeconds = Math.floor(epochMs / 1000) * 1000;
  return Math.round((asUtc - wholeSeconds) / 60_000);
}

export function wallTimeAsUtc(time: WallTime): number {
  return Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second);
}

/** A sane wall time: a real calendar date and clock (no 24:00, no 31 June), in years a person would meet. */
export function isValidWallTime(time: WallTime): boolean {
  const check = new Date(wallTimeAsUtc(time));
  return (
    time.year >= 1900 &&
    time.year <= 2200 &&
    check.getUTCFullYear() === time.year &&
    check.getUTCMonth() === time.month - 1 &&
    check.getUTCDate() === time.day &&
    check.getUTCHours() === time.hour &&
    check.getUTCMinutes() === time.minute &&
    check.getUTCSeconds() === time.second
  );
}

/**
 * The instant a wall time names in `zone`, or null for an unknown zone or an
 * impossible date. A time skipped by a spring-forward gap lands after the gap
 * and a repeated autumn hour takes its first occurrence, as calendars do.
 */
export function zonedToEpoch(time: WallTime, zone: string): number | null {
  if (!isValidWallTime(time)) return null;
  const local = wallTimeAsUtc(time);
  // The offsets a day either side cover any transition on this date.
  const before = zoneOffsetMinutes(local - DAY_MS, zone);
  const after = zoneOffsetMinutes(local + DAY_MS, zone);
  if (before === null || after === null) return null;
  const valid = [before, after]
    .map((offset) => local - offset * 60_000)
    .filter((epoch) => zoneOffsetMinutes(epoch, zone) === Math.round((local - epoch) / 60_000));
  if (valid.length > 0) return Math.min(...valid);
  // No offset fits: the time falls in a spring-forward gap; move it past the gap.
  return local - Math.min(before, after) * 60_000;
}

/** ISO-8601 UTC with a Z, or null. */
export function toIsoUtc(epochMs: number | null): string | null {
  if (epochMs === null || !Number.isFinite(epochMs)) return null;
  const date = new Date(epochMs);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

