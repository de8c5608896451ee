import { describe, expect, it } from 'vitest';
import { focusOf } from '../../../src/core/focus.ts';
import type { Interview, InterviewStatus } from '../../../src/core/types.ts';

const NOW = Date.UTC(2026, 11, 3, 15);
const DAY = 86_400_000;
const at = (id: string, days: number, status: InterviewStatus = 'awaiting'): Pick<Interview, 'id' | 'start' | 'status'> => ({ id, start: NOW + days * DAY, status });
/** The interviews as the start index gives them newest first. */
const newestFirst = (...list: ReturnType<typeof at>[]) => [...list].sort((a, b) => b.start - a.start);

describe('focusOf: the interview the candidate most likely means', () => {
  it('is the open one that most recently took place, not a next round scheduled later', () => {
    const list = newestFirst(at('next-week', 7), at('in-three-weeks', 23), at('today', -0.1, 'next-round'), at('last-month', -30));
    expect(focusOf(list, NOW)?.id).toBe('today');
  });

  it('passes over interviews a decision has closed, to the open one that took place before them', () => {
    const list = newestFirst(at('tomorrow', 1), at('yesterday', -1, 'rejected'), at('last-week', -7, 'awaiting'));
    expect(focusOf(list, NOW)?.id).toBe('last-week');
  });

  it('counts an interview that started a moment ago as taken place', () => {
    expect(focusOf(newestFirst(at('now', 0), at('later', 2)), NOW)?.id).toBe('now');
  });

  it('is the soonest upcoming open one when none that is open has started yet', () => {
    const list = newestFirst(at('in-three-weeks', 23), at('next-week', 7), at('tomorrow-withdrawn', 1, 'withdrawn'), at('last-month', -30, 'offer'));
    expect(focusOf(list, NOW)?.id).toBe('next-week');
  });

  it('is the latest when none is open, and nothing when there are none', () => {
    expect(focusOf(newestFirst(at('past', -3, 'offer'), at('future', 4, 'withdrawn')), NOW)?.id).toBe('future');
    expect(focusOf([], NOW)).toBeUndefined();
  });
});
