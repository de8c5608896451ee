import { describe, expect, it } from 'vitest';
import { readPendingTouches, readTouchesAround } from '../../../src/db/touches.ts';
import { countDue, nextAlarmAt } from '../../../src/core/cadence/scheduler.ts';
import { openDatabase } from '../../../src/db/open.ts';
import { makeDataset, seedDatabase } from '../../support/seed.ts';

describe('readTouchesAround', () => {
  it.each([1, 2, 3, 4, 5])('answers the scheduler’s questions exactly as reading every pending touch does (data set %i)', async (seed) => {
    const d = await openDatabase(`around-${seed}`);
    const now = Date.UTC(2026, 10, 26, 12);
    await seedDatabase(d, makeDataset({ interviews: 40, contacts: 90, tidbits: 10, touchpoints: 400, seed, now }));
    const everything = await readPendingTouches(d);
    const around = await readTouchesAround(d, now);
    expect(around.length).toBeLessThan(everything.length);
    expect(nextAlarmAt(around, now)).toBe(nextAlarmAt(everything, now));
    expect(countDue(around, now)).toBe(countDue(everything, now));
    d.close();
  });
});
