import { describe, expect, it } from 'vitest';
import { zonedToEpoch, zoneOffsetMinutes, zoneOrRuntime } from '../../../src/capture/zoned-time.ts';

const wall = (year: number, month: number, day: number, hour: number, minute = 0) => ({ year, month, day, hour, minute, second: 0 });
const iso = (epoch: number | null) => (epoch === null ? null : new Date(epoch).toISOString());

describe('zonedToEpoch', () => {
  it.each([
    ['Europe/Stockholm', wall(2025, 1, 15, 9), '2025-01-15T08:00:00.000Z'],
    ['Europe/Stockholm', wall(2025, 7, 15, 9), '2025-07-15T07:00:00.000Z'],
    ['America/Los_Angeles', wall(2025, 11, 2, 1, 30), '2025-11-02T08:30:00.000Z'], // the repeated hour: its first occurrence (PDT)
    ['Europe/Berlin', wall(2025, 3, 30, 2, 30), '2025-03-30T01:30:00.000Z'], // inside the spring gap: moved past it (03:30 CEST)
    ['Asia/Kolkata', wall(2025, 6, 1, 12), '2025-06-01T06:30:00.000Z'],
    ['Australia/Lord_Howe', wall(2025, 1, 1, 12), '2025-01-01T01:00:00.000Z'],
    ['Etc/UTC', wall(2025, 6, 1, 12), '2025-06-01T12:00:00.000Z'],
  ])('%s %j', (zone, time, expected) => {
    expect(iso(zonedToEpoch(time, zone))).toBe(expected);
  });

  it('rejects an unknown zone and an impossible date', () => {
    expect(zonedToEpoch(wall(2025, 1, 1, 9), 'Mars/Olympus_Mons')).toBeNull();
    expect(zonedToEpoch(wall(2025, 2, 29, 9), 'UTC')).toBeNull();
    expect(zonedToEpoch(wall(2025, 1, 1, 24), 'UTC')).toBeNull();
  });

  it('reads offsets from Intl, not from the machine', () => {
    expect(zoneOffsetMinutes(Date.UTC(2025, 6, 1), 'America/New_York')).toBe(-240);
    expect(zoneOffsetMinutes(Date.UTC(2025, 0, 1), 'Asia/Kathmandu')).toBe(345);
  });
});

describe('zoneOrRuntime', () => {
  it('keeps a zone the runtime knows, and falls back to the runtime\'s own for an unknown or missing one', () => {
    const own = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(zoneOrRuntime('Asia/Kathmandu')).toBe('Asia/Kathmandu');
    expect(zoneOrRuntime('Mars/Olympus_Mons')).toBe(own);
    expect(zoneOrRuntime(undefined)).toBe(own);
  });
});
