/** The cadence as the planner lays it out: what is due when, for whom. */
import { describe, expect, it } from 'vitest';
import { applyPlanChanges, reconcilePlan, type PlanInput } from '../../../../src/core/cadence/reconcile.ts';
import type { Interview, Touch } from '../../../../src/core/types.ts';
import { counterIds, interviewAt, local, settingsWith, show, touch, useTimeZone, ZONES } from './helpers.ts';

type Options = Partial<Omit<PlanInput, 'interview' | 'now'>> & { now?: string };

/** The pending touches after reconciling, as 'kind contact YYYY-MM-DD HH:MM', in time order. */
function planned(interview: Interview, options: Options = {}): string[] {
  const existing = options.touchpoints ?? [];
  const changes = reconcilePlan({
    interview,
    interviewerIds: ['c1', 'c2'],
    settings: settingsWith(),
    newId: counterIds(),
    ...options,
    touchpoints: existing,
    now: options.now ? local(options.now) : interview.start,
  });
  return describePending(applyPlanChanges(existing, changes));
}

function describePending(touches: Touch[]): string[] {
  return touches
    .filter((t) => t.status === 'planned' || t.status === 'due' || t.status === 'snoozed')
    .sort((a, b) => a.dueAt - b.dueAt || a.contactId.localeCompare(b.contactId))
    .map((t) => `${t.kind} ${t.contactId} ${show(t.dueAt)}`);
}

const monday = () => interviewAt('2025-06-02 10:00', '2025-06-02 11:00');

describe.each(ZONES)('the follow-up plan in %s', (zone) => {
  useTimeZone(zone);

  it('lays out the default cadence: thanks, check-in, value-add, check-in, value-add, stop at week 8', () => {
    expect(planned(monday())).toEqual([
      'thank-you c1 2025-06-02 12:00',
      'thank-you c2 2025-06-02 12:00',
      'check-in c1 2025-06-11 09:00',
      'value-add c1 2025-06-25 09:00',
      'check-in c1 2025-07-09 09:00',
      'value-add c1 2025-07-23 09:00',
    ]);
  });

  it('fills every field of a new touchpoint', () => {
    const changes = reconcilePlan({
      interview: monday(),
      interviewerIds: ['c1'],
      touchpoints: [],
      settings: settingsWith(),
      now: local('2025-06-02 11:30'),
      newId: counterIds('id-'),
    });
    expect(changes.update).toEqual([]);
    expect(changes.remove).toEqual([]);
    expect(changes.create[0]).toEqual({
      id: 'id-1',
      interviewId: 'iv1',
      contactId: 'c1',
      kind: 'thank-you',
      dueAt: local('2025-06-02 12:00'),
      status: 'planned',
      notifiedAt: null,
      sentAt: null,
      subject: '',
      body: '',
      tidbitId: null,
      asksStatus: false,
    });
    expect(changes.create.map((t) => [t.kind, t.asksStatus])).toEqual([
      ['thank-you', false],
      ['check-in', true],
      ['value-add', false],
      ['check-in', true],
      ['value-add', false],
    ]);
    expect(new Set(changes.create.map((t) => t.id)).size).toBe(changes.create.length);
  });

  it('skips weekends and user holidays', () => {
    const settings = settingsWith({ holidays: ['2025-06-09', '2025-06-10', '2025-06-27'] });
    expect(planned(monday(), { settings, interviewerIds: ['c1'] })).toEqual([
      'thank-you c1 2025-06-02 12:00',
      'check-in c1 2025-06-13 09:00',
      'value-add c1 2025-06-30 09:00',
      'check-in c1 2025-07-14 09:00',
      'value-add c1 2025-07-28 09:00',
    ]);
  });

  it.each([
    ['a Thursday', '2025-06-05', 'check-in c1 2025-06-06 09:00'],
    ['a Friday', '2025-06-06', 'check-in c1 2025-06-09 09:00'],
    ['the interview day itself', '2025-06-02', 'check-in c1 2025-06-03 09:00'],
  ])('checks in the working day after a decision date on %s', (_name, decisionDate, expected) => {
    const [, first] = planned({ ...monday(), decisionDate }, { interviewerIds: ['c1'] });
    expect(first).toBe(expected);
  });

  // Captured late, the thank-you is owed now: the check-in never comes with it, but the working morning after.
  it('checks in the working day after the late thank-you when the decision date has passed', () => {
    const late = interviewAt('2025-05-01 10:00', '2025-05-01 11:00', { decisionDate: '2025-05-10' });
    expect(planned(late, { interviewerIds: ['c1'], now: '2025-06-03 14:00' })).toEqual([
      'thank-you c1 2025-06-03 14:00',
      'check-in c1 2025-06-04 09:00',
      'value-add c1 2025-06-18 09:00',
    ]);
    expect(planned(late, { interviewerIds: ['c1'], now: '2025-06-07 10:00' })).toEqual([
      'thank-you c1 2025-06-09 09:00',
      'check-in c1 2025-06-10 09:00',
      'value-add c1 2025-06-24 09:00',
    ]);
  });

  it('plans no follow-up before the thank-you notes it follows, whether they are owed, snoozed or sent late', () => {
    // Captured two weeks after the interview: both thank-yous are owed now, the check-in (due 06-11) waits a day; the stop week (07-28) ends the plan as before.
    expect(planned(monday(), { now: '2025-06-16 10:00' })).toEqual([
      'thank-you c1 2025-06-16 10:00',
      'thank-you c2 2025-06-16 10:00',
      'check-in c1 2025-06-17 09:00',
      'value-add c1 2025-07-01 09:00',
      'check-in c1 2025-07-15 09:00',
    ]);
    // One note snoozed to Thursday: the check-in follows it on Friday.
    const snoozed = touch({ id: 's', kind: 'thank-you', contactId: 'c2', dueAt: local('2025-06-19 09:00'), status: 'snoozed' });
    expect(planned(monday(), { touchpoints: [snoozed], now: '2025-06-16 10:00' })).toEqual([
      'thank-you c1 2025-06-16 10:00',
      'thank-you c2 2025-06-19 09:00',
      'check-in c1 2025-06-20 09:00',
      'value-add c1 2025-07-04 09:00',
      'check-in c1 2025-07-18 09:00',
    ]);
    // Sent on time, the notes leave the usual plan as it was.
    const sent = ['c1', 'c2'].map((c) => touch({ id: `t-${c}`, kind: 'thank-you', contactId: c, dueAt: local('2025-06-02 12:00'), status: 'sent', sentAt: local('2025-06-02 12:30') }));
    expect(planned(monday(), { touchpoints: sent, now: '2025-06-02 13:00' })).toEqual([
      'check-in c1 2025-06-11 09:00',
      'value-add c1 2025-06-25 09:00',
      'check-in c1 2025-07-09 09:00',
      'value-add c1 2025-07-23 09:00',
    ]);
  });

  it('keeps in touch with value-adds while a distant decision date approaches', () => {
    expect(planned({ ...monday(), decisionDate: '2025-07-04' }, { interviewerIds: ['c1'] })).toEqual([
      'thank-you c1 2025-06-02 12:00',
      'value-add c1 2025-06-16 09:00',
      'value-add c1 2025-06-30 09:00',
      'check-in c1 2025-07-07 09:00',
      'value-add c1 2025-07-21 09:00',
    ]);
  });

  it('plans the first check-in even after the stop week when the decision date lies beyond it', () => {
    expect(planned({ ...monday(), decisionDate: '2025-09-30' }, { interviewerIds: ['c1'] })).toEqual([
      'thank-you c1 2025-06-02 12:00',
      'value-add c1 2025-06-16 09:00',
      'value-add c1 2025-06-30 09:00',
      'value-add c1 2025-07-14 09:00',
      'value-add c1 2025-07-28 09:00',
      'check-in c1 2025-10-01 09:00',
    ]);
  });

  it.each([
    [0, ['value-add', 'value-add', 'value-add', 'value-add']],
    [1, ['check-in', 'value-add', 'value-add', 'value-add']],
    [2, ['check-in', 'value-add', 'check-in', 'value-add']],
    [5, ['check-in', 'value-add', 'check-in', 'value-add']],
  ])('asks about the status at most %i times, never twice in a row', (max, kinds) => {
    const settings = settingsWith({}, { maxStatusQuestions: max });
    const lines = planned(monday(), { settings, interviewerIds: ['c1'] }).slice(1);
    expect(lines.map((line) => line.split(' ')[0])).toEqual(kinds);
  });

  it('counts status questions already sent, but not skipped ones, against the cap', () => {
    const sentTwice = [
      touch({ id: 's1', kind: 'check-in', dueAt: local('2025-06-11 09:00'), status: 'sent', sentAt: local('2025-06-11 10:00') }),
      touch({ id: 's2', kind: 'check-in', dueAt: local('2025-06-12 09:00'), status: 'sent', sentAt: local('2025-06-12 10:00') }),
    ];
    const afterTwo = planned(monday(), { interviewerIds: ['c1'], touchpoints: sentTwice, now: '2025-06-12 10:00' });
    expect(afterTwo.filter((line) => line.startsWith('check-in'))).toEqual([]);
    expect(afterTwo.filter((line) => line.startsWith('value-add')).length).toBeGreaterThan(0);
    // The value-adds carry on every two weeks from the last check-in sent, up to the stop week.
    expect(afterTwo.slice(1)).toEqual([
      'value-add c1 2025-06-26 09:00',
      'value-add c1 2025-07-10 09:00',
      'value-add c1 2025-07-24 09:00',
    ]);

    const skipped = [touch({ id: 's1', kind: 'check-in', dueAt: local('2025-06-11 09:00'), status: 'skipped' })];
    const oneQuestion = settingsWith({}, { maxStatusQuestions: 1 });
    expect(planned(monday(), { interviewerIds: ['c1'], touchpoints: skipped, now: '2025-06-11 10:00', settings: oneQuestion })).toEqual([
      'thank-you c1 2025-06-11 10:00',
      'value-add c1 2025-06-25 09:00',
      'check-in c1 2025-07-09 09:00',
      'value-add c1 2025-07-23 09:00',
    ]);
  });

  it('writes thank-yous to each interviewer and follow-ups to one person', () => {
    expect(planned(monday(), { interviewerIds: ['c2', 'c1', 'c2'] }).filter((l) => !l.startsWith('thank-you'))).toEqual([
      'check-in c2 2025-06-11 09:00',
      'value-add c2 2025-06-25 09:00',
      'check-in c2 2025-07-09 09:00',
      'value-add c2 2025-07-23 09:00',
    ]);
    const toRecruiter = planned(monday(), { interviewerIds: ['c1', 'c2'], followUpContactId: 'rec' });
    expect(toRecruiter.filter((l) => l.startsWith('thank-you'))).toEqual([
      'thank-you c1 2025-06-02 12:00',
      'thank-you c2 2025-06-02 12:00',
    ]);
    expect(toRecruiter.filter((l) => !l.startsWith('thank-you')).every((l) => l.includes(' rec '))).toBe(true);
    expect(planned(monday(), { interviewerIds: [] })).toEqual([]);
  });

  it('stops planning for a decision, keeping what was sent', () => {
    const sent = touch({ id: 'sent', kind: 'thank-you', dueAt: local('2025-06-02 12:00'), status: 'sent', sentAt: local('2025-06-02 13:00') });
    const existing = [
      sent,
      touch({ id: 'due', kind: 'thank-you', contactId: 'c2', dueAt: local('2025-06-02 12:00'), status: 'due', notifiedAt: 1 }),
      touch({ id: 'snoozed', kind: 'check-in', dueAt: local('2025-06-12 09:00'), status: 'snoozed' }),
      touch({ id: 'planned', kind: 'value-add', dueAt: local('2025-06-26 09:00') }),
      touch({ id: 'skipped', kind: 'check-in', dueAt: local('2025-06-11 09:00'), status: 'skipped' }),
      touch({ id: 'other', kind: 'value-add', interviewId: 'iv2', dueAt: local('2025-06-26 09:00') }),
    ];
    for (const status of ['offer', 'rejected', 'withdrawn'] as const) {
      const changes = reconcilePlan({
        interview: { ...monday(), status },
        interviewerIds: ['c1', 'c2'],
        touchpoints: existing,
        settings: settingsWith(),
        now: local('2025-06-05 10:00'),
        newId: counterIds(),
      });
      expect(changes, status).toEqual({ create: [], update: [], remove: ['due', 'snoozed', 'planned'] });
    }
  });

  it('pauses the follow-ups for a next round but keeps the thank-you notes still owed', () => {
    const existing = [
      touch({ id: 'sent', kind: 'thank-you', dueAt: local('2025-06-02 12:00'), status: 'sent', sentAt: local('2025-06-02 13:00') }),
      touch({ id: 'due', kind: 'thank-you', contactId: 'c2', dueAt: local('2025-06-02 12:00'), status: 'due', notifiedAt: 1 }),
      touch({ id: 'snoozed', kind: 'check-in', dueAt: local('2025-06-12 09:00'), status: 'snoozed' }),
      touch({ id: 'planned', kind: 'value-add', dueAt: local('2025-06-26 09:00') }),
    ];
    const changes = reconcilePlan({
      interview: { ...monday(), status: 'next-round' },
      interviewerIds: ['c1', 'c2', 'c3'],
      touchpoints: existing,
      settings: settingsWith(),
      now: local('2025-06-03 10:00'),
      newId: counterIds(),
    });
    expect(changes.remove.sort()).toEqual(['planned', 'snoozed']);
    expect(changes.update).toEqual([]);
    expect(changes.create.map((t) => [t.kind, t.contactId])).toEqual([['thank-you', 'c3']]);
  });

  it('re-plans from a reply: the next check-in counts working days from it', () => {
    const replied = { ...monday(), repliedAt: local('2025-06-16 15:00') };
    const existing = [
      touch({ id: 'thanks', kind: 'thank-you', dueAt: local('2025-06-02 12:00'), status: 'sent', sentAt: local('2025-06-02 12:30') }),
      touch({ id: 'ci', kind: 'check-in', dueAt: local('2025-06-11 09:00'), status: 'sent', sentAt: local('2025-06-11 09:30') }),
      touch({ id: 'va', kind: 'value-add', dueAt: local('2025-06-16 09:00'), status: 'due', notifiedAt: 1 }),
      touch({ id: 'ci2', kind: 'check-in', dueAt: local('2025-07-09 09:00') }),
    ];
    const changes = reconcilePlan({
      interview: replied,
      interviewerIds: ['c1'],
      touchpoints: existing,
      settings: settingsWith(),
      now: local('2025-06-16 15:05'),
      newId: counterIds(),
    });
    expect(changes.remove).toContain('va');
    expect(describePending(applyPlanChanges(existing, changes))).toEqual([
      'check-in c1 2025-06-25 09:00',
      'value-add c1 2025-07-09 09:00',
      'value-add c1 2025-07-23 09:00',
      'value-add c1 2025-08-06 09:00',
    ]);
    expect(changes.update.map((t) => t.id)).toEqual(['ci2']);
  });

  it.each([
    ['a later decision date', '2025-07-01', 'check-in c1 2025-07-02 09:00'],
    ['the usual wait after an earlier decision date', '2025-06-10', 'check-in c1 2025-06-25 09:00'],
  ])('after a reply, waits for %s', (_name, decisionDate, expected) => {
    const replied = { ...monday(), decisionDate, repliedAt: local('2025-06-16 15:00') };
    const [first] = planned(replied, { interviewerIds: ['c1'], now: '2025-06-16 15:05' }).filter((l) => l.startsWith('check-in'));
    expect(first).toBe(expected);
  });

  it('moves the plan on from a check-in sent early', () => {
    const base = applyPlanChanges(
      [],
      reconcilePlan({ interview: monday(), interviewerIds: ['c1'], touchpoints: [], settings: settingsWith(), now: local('2025-06-02 11:30'), newId: counterIds() }),
    );
    const checkIn = base.find((t) => t.kind === 'check-in')!;
    const sentEarly = base.map((t) =>
      t === checkIn ? { ...t, status: 'sent' as const, sentAt: local('2025-06-05 14:00') } : t,
    );
    const changes = reconcilePlan({ interview: monday(), interviewerIds: ['c1'], touchpoints: sentEarly, settings: settingsWith(), now: local('2025-06-05 14:00'), newId: counterIds('n') });
    expect(describePending(applyPlanChanges(sentEarly, changes)).slice(1)).toEqual([
      'value-add c1 2025-06-19 09:00',
      'check-in c1 2025-07-03 09:00',
      'value-add c1 2025-07-17 09:00',
    ]);
    expect(changes.create).toEqual([]);
  });

  it('places the rest of the plan after a snoozed touch, keeping its time', () => {
    const existing = [
      touch({ id: 'ci', kind: 'check-in', dueAt: local('2025-06-18 09:00'), status: 'snoozed' }),
    ];
    expect(planned(monday(), { interviewerIds: ['c1'], touchpoints: existing, now: '2025-06-11 10:00' }).slice(1)).toEqual([
      'check-in c1 2025-06-18 09:00',
      'value-add c1 2025-07-02 09:00',
      'check-in c1 2025-07-16 09:00',
    ]);
  });

  it('drops planned thank-yous of removed interviewers but keeps sent ones, and never doubles one', () => {
    const existing = [
      touch({ id: 'a', kind: 'thank-you', contactId: 'c1', dueAt: local('2025-06-02 12:00'), status: 'sent', sentAt: local('2025-06-02 12:00') }),
      touch({ id: 'b', kind: 'thank-you', contactId: 'c2', dueAt: local('2025-06-02 12:00') }),
      touch({ id: 'c', kind: 'thank-you', contactId: 'c3', dueAt: local('2025-06-02 12:00') }),
      touch({ id: 'd', kind: 'thank-you', contactId: 'c3', dueAt: local('2025-06-02 12:00') }),
    ];
    const changes = reconcilePlan({ interview: monday(), interviewerIds: ['c1', 'c3'], touchpoints: existing, settings: settingsWith(), now: local('2025-06-02 11:30'), newId: counterIds() });
    expect(changes.remove.sort()).toEqual(['b', 'd']);
    expect(changes.create.filter((t) => t.kind === 'thank-you')).toEqual([]);
  });
});

describe.each([
  ['Europe/Berlin', '2025-03-27 10:00', '2025-04-07 09:00', '2025-10-23 10:00', '2025-11-03 09:00'],
  ['America/New_York', '2025-03-06 10:00', '2025-03-17 09:00', '2025-10-30 10:00', '2025-11-10 09:00'],
])('check-ins across a clock change in %s', (zone, spring, springCheckIn, autumn, autumnCheckIn) => {
  useTimeZone(zone);

  it.each([
    ['spring', spring, springCheckIn],
    ['autumn', autumn, autumnCheckIn],
  ])('seven working days after a %s interview, still at 09:00', (_season, start, expected) => {
    const iv = interviewAt(start, null);
    const checkIn = reconcilePlan({ interview: iv, interviewerIds: ['c1'], touchpoints: [], settings: settingsWith(), now: iv.start, newId: counterIds() })
      .create.find((t) => t.kind === 'check-in')!;
    expect(show(checkIn.dueAt)).toBe(expected);
  });
});
