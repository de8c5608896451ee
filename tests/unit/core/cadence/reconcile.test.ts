/** Reconciliation as a process: idempotent, stable ids, healing after a time-zone move. */
import { describe, expect, it } from 'vitest';
import { applyPlanChanges, reconcilePlan, type PlanInput } from '../../../../src/core/cadence/reconcile.ts';
import type { Interview, Touch } from '../../../../src/core/types.ts';
import { interviewRecord, touchRecord } from '../../../support/records.ts';
import { counterIds, interviewAt, local, settingsWith, show, touch, useTimeZone, ZONES } from './helpers.ts';

function input(interview: Interview, touchpoints: Touch[], now: number, newId = counterIds()): PlanInput {
  return { interview, interviewerIds: ['c1', 'c2'], touchpoints, settings: settingsWith(), now, newId };
}

const noNewIds = () => {
  throw new Error('a second run must not create touchpoints');
};

describe.each(ZONES)('reconcilePlan in %s', (zone) => {
  useTimeZone(zone);

  const scenarios: [string, () => { interview: Interview; touchpoints: Touch[]; now: number }][] = [
    ['a fresh interview', () => ({ interview: interviewAt('2025-06-02 10:00', '2025-06-02 11:00'), touchpoints: [], now: local('2025-06-02 11:30') })],
    [
      'a plan with history and a snooze',
      () => ({
        interview: interviewAt('2025-06-02 10:00', '2025-06-02 11:00'),
        touchpoints: [
          touch({ id: 'a', kind: 'thank-you', dueAt: local('2025-06-02 12:00'), status: 'sent', sentAt: local('2025-06-02 12:10') }),
          touch({ id: 'b', kind: 'thank-you', contactId: 'c2', dueAt: local('2025-06-02 12:00'), status: 'skipped' }),
          touch({ id: 'c', kind: 'check-in', dueAt: local('2025-06-13 09:00'), status: 'snoozed' }),
          touch({ id: 'd', kind: 'value-add', dueAt: local('2025-05-01 09:00') }),
          touch({ id: 'e', kind: 'value-add', dueAt: local('2025-05-02 09:00') }),
          touch({ id: 'f', kind: 'check-in', dueAt: local('2025-05-03 09:00') }),
          touch({ id: 'g', kind: 'check-in', dueAt: local('2025-05-04 09:00') }),
          touch({ id: 'h', kind: 'check-in', dueAt: local('2025-05-05 09:00') }),
        ],
        now: local('2025-06-12 10:00'),
      }),
    ],
    [
      'a reply',
      () => ({
        interview: interviewAt('2025-06-02 10:00', '2025-06-02 11:00', { repliedAt: local('2025-06-20 16:00') }),
        touchpoints: [touch({ id: 'x', kind: 'check-in', dueAt: local('2025-06-11 09:00'), status: 'due', notifiedAt: 1 })],
        now: local('2025-06-20 16:05'),
      }),
    ],
    [
      'a past decision date',
      () => ({ interview: interviewAt('2025-05-01 10:00', null, { decisionDate: '2025-05-09' }), touchpoints: [], now: local('2025-06-07 12:00') }),
    ],
    [
      'a decision',
      () => ({
        interview: interviewAt('2025-06-02 10:00', '2025-06-02 11:00', { status: 'offer' }),
        touchpoints: [touch({ id: 'p', kind: 'value-add', dueAt: local('2025-06-25 09:00') })],
        now: local('2025-06-12 10:00'),
      }),
    ],
  ];

  it.each(scenarios)('changes nothing when run again on its own output: %s', (_name, make) => {
    const { interview, touchpoints, now } = make();
    const first = reconcilePlan(input(interview, touchpoints, now));
    expect(first.create.length + first.update.length + first.remove.length).toBeGreaterThan(0);
    const after = applyPlanChanges(touchpoints, first);
    expect(reconcilePlan(input(interview, after, now, noNewIds))).toEqual({ create: [], update: [], remove: [] });
  });

  it('never changes sent or skipped touches, whatever happens to the interview', () => {
    const history = [
      touch({ id: 'sent', kind: 'check-in', dueAt: local('2025-06-11 09:00'), status: 'sent', sentAt: local('2025-06-10 09:00') }),
      touch({ id: 'skip', kind: 'value-add', dueAt: local('2025-06-24 09:00'), status: 'skipped' }),
    ];
    for (const status of ['awaiting', 'offer', 'next-round'] as const) {
      const changes = reconcilePlan(input(interviewAt('2025-06-02 10:00', null, { status, repliedAt: local('2025-06-12 10:00') }), history, local('2025-06-26 10:00')));
      const touched = [...changes.update.map((t) => t.id), ...changes.remove];
      expect(touched, status).not.toContain('sent');
      expect(touched, status).not.toContain('skip');
    }
  });

  it('keeps ids and only moves times when the user moves to another time zone', () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'Europe/Berlin';
      const interview = interviewAt('2025-06-02 10:00', '2025-06-02 11:00');
      const snoozedAt = local('2025-06-12 09:00');
      const existing = [touch({ id: 'snz', kind: 'thank-you', contactId: 'c2', dueAt: snoozedAt, status: 'snoozed' })];
      const berlin = applyPlanChanges(existing, reconcilePlan(input(interview, existing, local('2025-06-02 11:30'))));

      process.env.TZ = 'America/New_York';
      const healed = reconcilePlan(input(interview, berlin, local('2025-06-02 05:30'), noNewIds));
      expect(healed.create).toEqual([]);
      expect(healed.remove).toEqual([]);
      const moved = healed.update;
      expect(moved.map((t) => t.id).sort()).toEqual(berlin.filter((t) => t.status === 'planned').map((t) => t.id).sort());
      expect(moved.map((t) => show(t.dueAt).slice(11))).toEqual(moved.map(() => '09:00'));
      // The check-in waits for the thank-you snoozed to the 12th (03:00 in New York): the working morning after it.
      expect(moved.find((t) => t.kind === 'check-in')!.dueAt).toBe(local('2025-06-13 09:00'));
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('moves touches missed over a weekend to Monday morning, so the alarm waits for working hours', () => {
    const interview = interviewAt('2025-06-02 10:00', '2025-06-02 11:00');
    const existing = [
      touch({ id: 'ci', kind: 'check-in', dueAt: local('2025-06-11 09:00') }),
      touch({ id: 'snz', kind: 'thank-you', dueAt: local('2025-06-13 16:00'), status: 'snoozed' }),
    ];
    const saturday = local('2025-06-14 10:00');
    const changes = reconcilePlan({ ...input(interview, existing, saturday), interviewerIds: ['c1'] });
    const after = applyPlanChanges(existing, changes);
    expect(show(after.find((t) => t.id === 'ci')!.dueAt)).toBe('2025-06-16 09:00');
    expect(after.find((t) => t.id === 'snz')!.dueAt).toBe(local('2025-06-13 16:00'));
    expect(show(after.find((t) => t.kind === 'value-add')!.dueAt)).toBe('2025-06-30 09:00');
  });

  it('re-addresses planned follow-ups when the follow-up contact changes, but not pending ones', () => {
    const interview = interviewAt('2025-06-02 10:00', '2025-06-02 11:00');
    const existing = [
      touch({ id: 'due', kind: 'check-in', dueAt: local('2025-06-11 09:00'), status: 'due', notifiedAt: 1 }),
      touch({ id: 'va', kind: 'value-add', dueAt: local('2025-06-25 09:00') }),
    ];
    const changes = reconcilePlan({ ...input(interview, existing, local('2025-06-11 10:00')), followUpContactId: 'rec' });
    expect(changes.update.map((t) => [t.id, t.contactId])).toEqual([['va', 'rec']]);
    const stray = [{ ...existing[1]!, contactId: 'rec', notifiedAt: 5 }];
    const cleared = reconcilePlan({ ...input(interview, stray, local('2025-06-11 10:00')), followUpContactId: 'rec' });
    expect(cleared.update.map((t) => [t.id, t.notifiedAt])).toEqual([['va', null]]);
    expect(changes.create.filter((t) => t.kind !== 'thank-you').every((t) => t.contactId === 'rec')).toBe(true);
  });

  it('ignores touchpoints of other interviews', () => {
    const foreign = touch({ id: 'foreign', interviewId: 'other', kind: 'check-in', dueAt: 0 });
    const changes = reconcilePlan(input(interviewAt('2025-06-02 10:00', null, { status: 'rejected' }), [foreign], local('2025-06-02 12:00')));
    expect(changes.remove).toEqual([]);
    const planned = reconcilePlan(input(interviewAt('2025-06-02 10:00', null), [foreign], local('2025-06-02 12:00')));
    expect([...planned.update, ...planned.create].map((t) => t.id)).not.toContain('foreign');
    expect(planned.remove).not.toContain('foreign');
  });
});

describe('an interview at a date no one could mean', () => {
  it('gets no plan, and what was planned is removed', () => {
    const interview = interviewRecord({ id: 'far', start: 8.64e15 - 3_600_000, end: 8.64e15 });
    const stale = touchRecord({ id: 'old', interviewId: 'far', contactId: 'c1', dueAt: 8.64e15 });
    const changes = reconcilePlan({ interview, interviewerIds: ['c1', 'c2'], touchpoints: [stale], settings: settingsWith(), now: Date.UTC(2026, 2, 9), newId: counterIds() });
    expect(changes).toEqual({ create: [], update: [], remove: ['old'] });
  });
});
