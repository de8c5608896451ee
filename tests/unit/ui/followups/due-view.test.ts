import { describe, expect, it } from 'vitest';
import type { Touch } from '../../../../src/core/types.ts';
import { isDueNow } from '../../../../src/core/cadence/touch-state.ts';
import { UPCOMING_DAYS, UPCOMING_MAX } from '../../../../src/db/popup-snapshot.ts';
import { dueView } from '../../../../src/ui/followups/due-view.ts';

const NOW = Date.UTC(2026, 2, 3, 15);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function touch(id: string, status: Touch['status'], dueAt: number, kind: Touch['kind'] = 'check-in'): { touch: Touch } {
  return {
    touch: { id, interviewId: 'i', contactId: 'c', kind, dueAt, status, notifiedAt: null, sentAt: null, subject: '', body: '', tidbitId: null, asksStatus: true },
  };
}

const ids = (list: { touch: Touch }[]) => list.map((e) => e.touch.id);

describe('isDueNow', () => {
  it.each([
    ['due, even if its time is ahead (marked by the background)', 'due', NOW + HOUR, true],
    ['planned, time passed', 'planned', NOW - 1, true],
    ['planned, exactly now', 'planned', NOW, true],
    ['planned, ahead', 'planned', NOW + 1, false],
    ['snoozed, snooze over', 'snoozed', NOW - HOUR, true],
    ['snoozed, still snoozing', 'snoozed', NOW + HOUR, false],
    ['sent, long ago', 'sent', NOW - DAY, false],
    ['skipped, long ago', 'skipped', NOW - DAY, false],
  ] as const)('%s', (_name, status, dueAt, expected) => {
    expect(isDueNow({ status, dueAt }, NOW)).toBe(expected);
  });
});

describe('dueView', () => {
  it('lists the due touches longest waiting first, ties broken by id', () => {
    const view = dueView([touch('b', 'due', NOW - HOUR), touch('c', 'planned', NOW - 2 * HOUR), touch('a', 'due', NOW - HOUR), touch('d', 'snoozed', NOW - 3 * HOUR)], NOW);
    expect(ids(view.due)).toEqual(['d', 'c', 'a', 'b']);
    expect(view.upcoming).toEqual([]);
    expect(view.next).toBeNull();
  });

  it('lists touches due at the same moment by kind, as the cadence has them (thank-you notes, then check-ins, then value-adds), then by id', () => {
    const view = dueView(
      [
        touch('a', 'due', NOW - HOUR, 'value-add'),
        touch('b', 'planned', NOW - HOUR, 'check-in'),
        touch('c', 'due', NOW - HOUR, 'thank-you'),
        touch('d', 'snoozed', NOW - HOUR, 'value-add'),
        touch('e', 'due', NOW - 2 * HOUR, 'value-add'),
        touch('f', 'planned', NOW - HOUR, 'thank-you'),
      ],
      NOW,
    );
    expect(ids(view.due)).toEqual(['e', 'c', 'f', 'b', 'a', 'd']);
    const later = dueView([touch('x', 'planned', NOW + HOUR, 'check-in'), touch('y', 'planned', NOW + HOUR, 'thank-you')], NOW);
    expect(ids(later.upcoming)).toEqual(['y', 'x']);
    expect(later.next?.touch.id).toBe('y');
  });

  it('keeps history out and puts what is ahead in the coming days under next up, soonest first', () => {
    const view = dueView(
      [
        touch('sent', 'sent', NOW - DAY),
        touch('skipped', 'skipped', NOW + DAY),
        touch('later', 'planned', NOW + 3 * DAY),
        touch('soon', 'snoozed', NOW + HOUR),
        touch('now', 'due', NOW - HOUR),
      ],
      NOW,
    );
    expect(ids(view.due)).toEqual(['now']);
    expect(ids(view.upcoming)).toEqual(['soon', 'later']);
    expect(view.next?.touch.id).toBe('soon');
  });

  it(`looks ${UPCOMING_DAYS} days ahead for next up, lists at most ${UPCOMING_MAX}, and still names the next one beyond`, () => {
    const many = Array.from({ length: UPCOMING_MAX + 2 }, (_, i) => touch(`p${i}`, 'planned', NOW + (i + 1) * HOUR));
    expect(ids(dueView(many, NOW).upcoming)).toEqual(many.slice(0, UPCOMING_MAX).map((e) => e.touch.id));

    const edge = dueView([touch('edge', 'planned', NOW + UPCOMING_DAYS * DAY), touch('beyond', 'planned', NOW + UPCOMING_DAYS * DAY + 1)], NOW);
    expect(ids(edge.upcoming)).toEqual(['edge']);

    const far = dueView([touch('far', 'planned', NOW + 30 * DAY)], NOW);
    expect(far.upcoming).toEqual([]);
    expect(far.next?.touch.id).toBe('far');
  });

  it('is empty for no touches', () => {
    expect(dueView([], NOW)).toEqual({ due: [], upcoming: [], next: null });
  });
});
