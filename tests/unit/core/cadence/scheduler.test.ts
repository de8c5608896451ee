import { describe, expect, it } from 'vitest';
import { collectDue, countDue, nextAlarmAt } from '../../../../src/core/cadence/scheduler.ts';
import type { Touch } from '../../../../src/core/types.ts';
import { touch } from './helpers.ts';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const NOW = Date.UTC(2025, 5, 10, 9, 0);

function at(offset: number, overrides: Partial<Touch> = {}): Touch {
  return touch({ id: `t${offset}-${overrides.status ?? 'planned'}`, kind: 'value-add', dueAt: NOW + offset, ...overrides });
}

describe('nextAlarmAt', () => {
  it.each<[string, Touch[], number | null]>([
    ['nothing planned', [], null],
    ['only history', [at(5 * MIN, { status: 'sent', sentAt: NOW }), at(6 * MIN, { status: 'skipped' })], null],
    ['the earliest planned or snoozed touch', [at(3 * DAY), at(2 * DAY, { status: 'snoozed' }), at(5 * DAY)], NOW + 2 * DAY],
    ['not a due touch already notified', [at(-DAY, { status: 'due', notifiedAt: NOW - DAY }), at(DAY)], NOW + DAY],
    ['now, for an overdue touch not yet notified', [at(-3 * DAY), at(DAY)], NOW],
  ])('is %s', (_name, touches, expected) => {
    expect(nextAlarmAt(touches, NOW)).toBe(expected);
  });

  it('is re-derived from the data alone, so a restart that cleared the alarm sets it again', () => {
    const touches = [at(DAY), at(2 * DAY, { status: 'snoozed' })];
    const beforeRestart = nextAlarmAt(touches, NOW);
    const afterRestart = nextAlarmAt([...touches].reverse(), NOW + 10 * MIN);
    expect(afterRestart).toBe(beforeRestart);
    expect(afterRestart).toBe(NOW + DAY);
  });
});

describe('collectDue', () => {
  it('notifies one touch on its own when exactly one became due', () => {
    const due = at(-MIN);
    const result = collectDue([due, at(DAY)], NOW);
    expect(result.marked).toEqual([{ ...due, status: 'due', notifiedAt: NOW }]);
    expect(result.notice).toEqual({ kind: 'single', touch: { ...due, status: 'due', notifiedAt: NOW } });
    expect(result.dueCount).toBe(1);
  });

  it('raises one summary for two touches due in the same minute', () => {
    const result = collectDue([at(0, { id: 'a' }), at(0, { id: 'b', kind: 'check-in' }), at(MIN)], NOW);
    expect(result.marked.map((t) => t.id)).toEqual(['a', 'b']);
    expect(result.notice).toEqual({ kind: 'summary', count: 2 });
  });

  it('after ten days with the browser closed: one summary, and never the same touch twice', () => {
    const touches = Array.from({ length: 7 }, (_, i) => at(-(i + 1) * 36 * 60 * MIN, { id: `missed${i}` }));
    touches.push(at(-DAY, { id: 'old', status: 'due', notifiedAt: NOW - DAY }), at(2 * DAY, { id: 'later' }));
    const opened = NOW + 10 * DAY;
    const first = collectDue(touches, opened);
    expect(first.notice).toEqual({ kind: 'summary', count: 9 });
    expect(first.marked.map((t) => t.id).sort()).toEqual(['later', ...touches.slice(0, 7).map((t) => t.id)].sort());
    expect(first.marked.every((t) => t.status === 'due' && t.notifiedAt === opened)).toBe(true);

    const written = touches.map((t) => first.marked.find((m) => m.id === t.id) ?? t);
    const again = collectDue(written, opened + 5 * MIN);
    expect(again.marked).toEqual([]);
    expect(again.notice).toEqual({ kind: 'none' });
    expect(again.dueCount).toBe(9);
    expect(nextAlarmAt(written, opened + 5 * MIN)).toBeNull();
  });

  it('notifies a snoozed touch again when its snooze ends', () => {
    const snoozed = at(-MIN, { id: 's', status: 'snoozed', notifiedAt: null });
    expect(collectDue([snoozed], NOW).notice).toEqual({ kind: 'single', touch: { ...snoozed, status: 'due', notifiedAt: NOW } });
  });

  it('handles 20,000 touchpoints in one pass with the right answer', () => {
    const many: Touch[] = [];
    for (let i = 0; i < 20_000; i++) many.push(at((i - 100) * MIN + 1, { id: `m${i}` }));
    expect(nextAlarmAt(many, NOW)).toBe(NOW);
    const result = collectDue(many, NOW);
    expect(result.marked).toHaveLength(100);
    expect(result.notice).toEqual({ kind: 'summary', count: 100 });
    expect(countDue(many, NOW)).toBe(100);
  });
});

describe('countDue', () => {
  it('counts due touches and those whose time has come, not history or future ones', () => {
    const touches = [
      at(-DAY, { status: 'due', notifiedAt: NOW - DAY }),
      at(-MIN),
      at(-MIN, { status: 'snoozed' }),
      at(MIN),
      at(-DAY, { status: 'sent', sentAt: NOW }),
      at(-DAY, { status: 'skipped' }),
    ];
    expect(countDue(touches, NOW)).toBe(3);
  });
});
