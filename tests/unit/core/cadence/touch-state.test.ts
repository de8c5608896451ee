import { describe, expect, it } from 'vitest';
import { nextStepOf } from '../../../../src/core/cadence/touch-state.ts';
import type { Touch } from '../../../../src/core/types.ts';
import { touch } from './helpers.ts';

const NOW = Date.UTC(2026, 11, 2, 15);
const HOUR = 3_600_000;
const at = (id: string, kind: Touch['kind'], status: Touch['status'], dueAt: number) => touch({ id, kind, status, dueAt, sentAt: status === 'sent' ? dueAt : null });

describe('nextStepOf: what the candidate writes next for an interview', () => {
  it('thank-you notes while one is owed, even before it is due and with a check-in due too', () => {
    expect(nextStepOf([at('t', 'thank-you', 'planned', NOW + HOUR), at('c', 'check-in', 'due', NOW - HOUR)], ['c1'], NOW)).toBe('thank-you');
    expect(nextStepOf([at('t1', 'thank-you', 'sent', NOW - 9 * HOUR), at('t2', 'thank-you', 'snoozed', NOW + HOUR)], ['c1'], NOW)).toBe('thank-you');
  });

  it('once every thank-you is sent or skipped, the follow-up due now, the longest waiting first, a check-in before a value-add due with it', () => {
    const thanked = at('t', 'thank-you', 'sent', NOW - 48 * HOUR);
    expect(nextStepOf([thanked, at('v', 'value-add', 'due', NOW - HOUR), at('c', 'check-in', 'planned', NOW - HOUR)], ['c1'], NOW)).toBe('check-in');
    expect(nextStepOf([thanked, at('v', 'value-add', 'due', NOW - 2 * HOUR), at('c', 'check-in', 'planned', NOW - HOUR)], ['c1'], NOW)).toBe('value-add');
    expect(nextStepOf([at('t', 'thank-you', 'skipped', NOW - 48 * HOUR), at('v', 'value-add', 'snoozed', NOW - HOUR)], ['c1'], NOW)).toBe('value-add');
  });

  it('thank-you notes for someone just added, whose thank-you the background has not planned yet', () => {
    expect(nextStepOf([at('t', 'thank-you', 'sent', NOW - 48 * HOUR)], ['c1', 'c2'], NOW)).toBe('thank-you');
    expect(nextStepOf([], ['c1'], NOW)).toBe('thank-you');
  });

  it('nothing when nothing is owed or due: a follow-up still ahead, only history, or no touches at all', () => {
    expect(nextStepOf([at('t', 'thank-you', 'sent', NOW - 48 * HOUR), at('c', 'check-in', 'planned', NOW + HOUR)], ['c1'], NOW)).toBeNull();
    expect(nextStepOf([at('t', 'thank-you', 'sent', NOW - 48 * HOUR), at('c', 'check-in', 'sent', NOW - HOUR)], ['c1'], NOW)).toBeNull();
    expect(nextStepOf([], [], NOW)).toBeNull();
  });
});
