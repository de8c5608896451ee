import { describe, expect, it } from 'vitest';
import type { Capture } from '../../../src/capture/types.ts';
import { companyFromEmail, suggestFiling } from '../../../src/core/capture-filing.ts';
import type { Interview } from '../../../src/core/types.ts';
import { interviewRecord } from '../../support/records.ts';

const NOW = Date.UTC(2026, 10, 26, 12);
const person = (name: string, email: string | null, company: string | null = null) => ({
  name, title: null, company, email, profileUrl: null, role: 'attendee' as const,
});
const interview = (id: string, company: string, start: number, status: Interview['status'] = 'awaiting') =>
  interviewRecord({ id, company, start, status });

describe('companyFromEmail', () => {
  it.each([
    ['jane@acme-robotics.com', 'Acme Robotics'],
    ['jane@mail.acme.co.uk', 'Acme'],
    ['jane@gmail.com', ''],
    ['not an email', ''],
    [null, ''],
  ])('%s → %j', (email, company) => expect(companyFromEmail(email)).toBe(company));
});

describe('suggestFiling', () => {
  const event: Capture = {
    source: 'google-calendar',
    people: [
      { ...person('Jane Doe', 'jane@acme.com'), role: 'organizer' },
      person('Me Myself', 'me@gmail.com'),
      person(null as never, 'calendar-notification@google.com'),
      person('Ravi Kumar', 'ravi@acme.com'),
    ],
    company: null,
    event: { title: 'Interview', start: '2026-11-26T14:00:00Z', end: '2026-11-26T15:00:00Z', location: null },
  };

  it('ticks the interviewers and leaves out the candidate and robots, saying why', () => {
    const s = suggestFiling(event, [], ['ME@gmail.com'], NOW);
    expect(s.people.map((p) => [p.person.email, p.include, p.excludedBecause])).toEqual([
      ['jane@acme.com', true, null],
      ['me@gmail.com', false, 'self'],
      ['calendar-notification@google.com', false, 'robot'],
      ['ravi@acme.com', true, null],
    ]);
  });

  it('proposes a new interview named after the interviewers’ email domain, at the event’s time', () => {
    expect(suggestFiling(event, [], [], NOW)).toMatchObject({
      target: 'new', company: 'Acme', start: Date.UTC(2026, 10, 26, 14), end: Date.UTC(2026, 10, 26, 15),
    });
  });

  it('files an event under the interview at the same time', () => {
    const s = suggestFiling(event, [interview('other', 'Globex', Date.UTC(2026, 10, 20)), interview('same', 'Whoever', Date.UTC(2026, 10, 26, 14, 2))], [], NOW);
    expect(s.target).toBe('same');
  });

  it('files a profile under the open interview with that person’s company', () => {
    const profile: Capture = { source: 'linkedin-profile', people: [person('Jane Doe', null, 'ACME')], company: null, event: null };
    const list = [interview('globex', 'Globex', NOW - 86_400_000), interview('acme', 'Acme', NOW - 30 * 86_400_000)];
    expect(suggestFiling(profile, list, [], NOW).target).toBe('acme');
  });

  it('files a profile without a company under the interview of the last two weeks', () => {
    const profile: Capture = { source: 'linkedin-profile', people: [person('Jane Doe', null)], company: null, event: null };
    expect(suggestFiling(profile, [interview('recent', 'Globex', NOW - 3 * 86_400_000)], [], NOW).target).toBe('recent');
    expect(suggestFiling(profile, [interview('old', 'Globex', NOW - 40 * 86_400_000)], [], NOW).target).toBe('new');
  });

  it('does not file under a decided interview', () => {
    const profile: Capture = { source: 'linkedin-profile', people: [person('Jane Doe', null, 'Acme')], company: null, event: null };
    expect(suggestFiling(profile, [interview('done', 'Acme', NOW - 86_400_000, 'rejected')], [], NOW).target).toBe('new');
  });
});
