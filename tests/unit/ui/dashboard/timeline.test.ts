import { describe, expect, it } from 'vitest';
import { timelineSteps } from '../../../../src/ui/dashboard/timeline.ts';
import { touchRecord } from '../../../support/records.ts';
import { dashboardData, NOW } from '../../../support/seed-dashboard.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const names: Record<string, string> = { anna: 'Anna Lee', ben: 'Ben Okafor', chloe: 'Chloé Martin' };
const nameOf = (id: string) => names[id] ?? '';

function stepsOf(interviewId: string, now = NOW) {
  const data = dashboardData();
  const interview = data.interviews.find((i) => i.id === interviewId)!;
  return timelineSteps(interview, data.touchpoints.filter((t) => t.interviewId === interviewId), nameOf, now);
}

describe('timelineSteps', () => {
  it('runs from the interview through what was sent to today and what is planned', () => {
    expect(stepsOf('acme').map((s) => [s.state, s.kind, s.people])).toEqual([
      ['interview', null, []],
      ['sent', 'thank-you', ['Anna Lee', 'Ben Okafor']],
      ['today', null, []],
      ['planned', 'check-in', ['Anna Lee']],
    ]);
  });

  it('puts a sent note at the moment it was sent, not when it was due', () => {
    const sent = stepsOf('acme')[1]!;
    expect(sent.at).toBe(NOW - 3 * DAY + 6 * HOUR);
  });

  it('keeps notes of one kind apart when their state or their day differs', () => {
    const start = NOW - 3 * DAY;
    const touches = [
      touchRecord({ id: 'a', interviewId: 'x', contactId: 'anna', status: 'sent', sentAt: start + HOUR }),
      touchRecord({ id: 'b', interviewId: 'x', contactId: 'ben', status: 'skipped', dueAt: start + 2 * HOUR }),
      touchRecord({ id: 'c', interviewId: 'x', contactId: 'chloe', status: 'sent', sentAt: start + DAY }),
    ];
    const steps = timelineSteps({ id: 'x', start }, touches, nameOf, NOW);
    expect(steps.map((s) => [s.state, s.people])).toEqual([
      ['interview', []],
      ['sent', ['Anna Lee']],
      ['skipped', ['Ben Okafor']],
      ['sent', ['Chloé Martin']],
      ['today', []],
    ]);
  });

  it('puts today first for an interview still to come, and after an overdue note', () => {
    const future = timelineSteps({ id: 'x', start: NOW + DAY }, [], nameOf, NOW);
    expect(future.map((s) => s.state)).toEqual(['today', 'interview']);
    const overdue = timelineSteps({ id: 'x', start: NOW - DAY }, [touchRecord({ id: 'd', interviewId: 'x', contactId: 'anna', status: 'due', dueAt: NOW - HOUR })], nameOf, NOW);
    expect(overdue.map((s) => s.state)).toEqual(['interview', 'due', 'today']);
  });

  it('names nobody for a touch whose person is unknown', () => {
    const steps = timelineSteps({ id: 'x', start: NOW - DAY }, [touchRecord({ id: 'e', interviewId: 'x', contactId: 'gone', dueAt: NOW + DAY })], nameOf, NOW);
    expect(steps.at(-1)).toMatchObject({ state: 'planned', people: [] });
  });
});
