/** Shared fixtures for the cadence tests: time zones, readable local times, records. */
import { afterAll, beforeAll } from 'vitest';
import { DEFAULT_SETTINGS, type Interview, type Settings, type Touch } from '../../../../src/core/types.ts';
import { interviewRecord, touchRecord } from '../../../support/records.ts';

/** Zones with daylight saving on different dates (Europe: last Sundays; US: 2nd Sunday of March, 1st of November). */
export const ZONES = ['Europe/Berlin', 'America/New_York'] as const;

/** Runs the enclosing describe block in `zone`; Node re-reads TZ when it is set. */
export function useTimeZone(zone: string): void {
  let saved: string | undefined;
  beforeAll(() => {
    saved = process.env.TZ;
    process.env.TZ = zone;
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });
}

/** 'YYYY-MM-DD HH:MM' local wall-clock time as an instant, in the zone active now. */
export function local(text: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(text);
  if (!match) throw new Error(`bad local time ${text}`);
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const instant = new Date(y, mo - 1, d, h, mi).getTime();
  if (show(instant) !== text) throw new Error(`${text} does not exist in ${process.env.TZ}`);
  return instant;
}

/** An instant as 'YYYY-MM-DD HH:MM' local wall-clock time, to compare readably. */
export function show(instant: number): string {
  const d = new Date(instant);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

export function settingsWith(overrides: Partial<Settings> = {}, cadence: Partial<Settings['cadence']> = {}): Settings {
  return { ...DEFAULT_SETTINGS, ...overrides, cadence: { ...DEFAULT_SETTINGS.cadence, ...cadence } };
}

export function interviewAt(start: string, end: string | null, overrides: Partial<Interview> = {}): Interview {
  return interviewRecord({
    id: 'iv1',
    role: 'Engineer',
    start: local(start),
    end: end === null ? null : local(end),
    ...overrides,
  });
}

export function touch(overrides: Partial<Touch> & Pick<Touch, 'id' | 'kind' | 'dueAt'>): Touch {
  return touchRecord({ interviewId: 'iv1', contactId: 'c1', asksStatus: overrides.kind === 'check-in', ...overrides });
}

/** A deterministic id factory: t1, t2, … */
export function counterIds(prefix = 't'): () => string {
  let n = 0;
  return () => `${prefix}${++n}`;
}
