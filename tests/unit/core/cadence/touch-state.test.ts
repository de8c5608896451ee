import { describe, expect, it } from 'vitest';
import { nextStepOf } from '../../../../src/core/cadence/touch-state.ts';
import type { Touch } from '../../../../src/core/types.ts';
import { touch } from './helpers.ts';

const NOW = Date.UTC(2026, 11, 2, 15);
const HOUR = 3_600_000;
/** When the interview of most examples took place. */
const TWO_DAYS_AGO = NOW - 48 * HOUR;
const at = (id: string, kind: Touch['kind'], status: Touch['status'], dueAt: number) => touch({ id, kind, status, dueAt, sentAt: status === 'sent' ? dueAt : null });

describe('nextStepOf: what the candidate writes next for an interview', () => {
  it('thank-you notes while one is owed, even before it is due and with a check-in due too', () => {
    expect(nextStepOf([at('t', 'thank-you', 'planned', NOW + HOUR), at('c', 'check-in', 'due', NOW - HOUR)], ['c1'], NOW, TWO_DAYS_AGO)).toBe('thank-you');
    expect(nextStepOf([at('t1', 'thank-you', 'sent', NOW - 9 * HOUR), at('t2', 'thank-you', 'snoozed', NOW + HOUR)], ['c1'], NOW, TWO_DAYS_AGO)).toBe('thank-you');
  });

  it('once every thank-you is sent or skipped, the follow-up due now, the longest waiting first, a check-in before a value-add due with it', () => {
    const thanked = at('t', 'thank-you', 'sent', NOW - 48 * HOUR);
    expect(nextStepOf([thanked, at('v', 'value-add', 'due', NOW - HOUR), at('c', 'check-in', 'planned', NOW - HOUR)], ['c1'], NOW, TWO_DAYS_AGO)).toBe('check-in');
    expect(nextStepOf([thanked, at('v', 'value-add', 'due', NOW - 2 * HOUR), at('c', 'check-in', 'planned', NOW - HOUR)], ['c1'], NOW, TWO_DAYS_AGO)).toBe('value-add');
    expect(nextStepOf([at('t', 'thank-you', 'skipped', NOW - 48 * HOUR), at('v', 'value-add', 'snoozed', NOW - HOUR)], ['c1'], NOW, TWO_DAYS_AGO)).toBe('value-add');
  });

  it('thank-you notes for someone just added, whose thank-you the background has not planned yet', () => {
    expect(nextStepOf([at('t', 'thank-you', 'sent', NOW - 48 * HOUR)], ['c1', 'c2'], NOW, TWO_DAYS_AGO)).toBe('thank-you');
    expect(nextStepOf([], ['c1'], NOW, TWO_DAYS_AGO)).toBe('thank-you');
  });

  it('nothing when nothing is owed or due: a follow-up still ahead, only history, or no touches at all', () => {
    expect(nextStepOf([at('t', 'thank-you', 'sent', NOW - 48 * HOUR), at('c', 'check-in', 'planned', NOW + HOUR)], ['c1'], NOW, TWO_DAYS_AGO)).toBeNull();
    expect(nextStepOf([at('t', 'thank-you', 'sent', NOW - 48 * HOUR), at('c', 'check-in', 'sent', NOW - HOUR)], ['c1'], NOW, TWO_DAYS_AGO)).toBeNull();
    expect(nextStepOf([], [], NOW, TWO_DAYS_AGO)).toBeNull();
  });

  it('nothing before the interview has started: no thank-you is owed yet, to anyone, whatever is planned', () => {
    const tomorrow = NOW + 24 * HOUR;
    expect(nextStepOf([at('t', 'thank-you', 'planned', tomorrow + 3 * HOUR)], ['c1'], NOW, tomorrow)).toBeNull();
    expect(nextStepOf([], ['c1', 'c2'], NOW, tomorrow)).toBeNull();
    // Even a thank-you the plan already marked due is not owed before the interview (it was moved to a later day).
    expect(nextStepOf([at('t', 'thank-you', 'due', NOW - HOUR)], ['c1'], NOW, tomorrow)).toBeNull();
  });

  it('before the interview, only a follow-up due now, and once it has started, its thank-you notes again', () => {
    const tomorrow = NOW + 24 * HOUR;
    expect(nextStepOf([at('t', 'thank-you', 'planned', tomorrow + 3 * HOUR), at('c', 'check-in', 'due', NOW - HOUR)], ['c1'], NOW, tomorrow)).toBe('check-in');
    expect(nextStepOf([at('t', 'thank-you', 'planned', NOW + 3 * HOUR)], ['c1'], NOW, NOW)).toBe('thank-you');
  });
});
