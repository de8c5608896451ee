import { describe, expect, it } from 'vitest';
import { buildPeople, likelyDuplicates, searchPeople } from '../../../../src/ui/dashboard/people-index.ts';
import { contactRecord } from '../../../support/records.ts';
import { dashboardData } from '../../../support/seed-dashboard.ts';

describe('people', () => {
  const data = dashboardData();
  const people = buildPeople(data.contacts, data.interviewers);

  it('lists everyone by name with how many interviews each sat on', () => {
    expect(people.map((p) => [p.contact.name, p.interviews])).toEqual([
      ['Anna Lee', 1],
      ['Ben Okafor', 1],
      ['Chloé Martin', 1],
      ['Chloe Martin', 1],
    ]);
  });

  it('finds people by any word of their name, title, company or email, ignoring accents', () => {
    expect(searchPeople(people, 'chloe').map((p) => p.contact.id)).toEqual(['chloe', 'chloe-2']);
    expect(searchPeople(people, 'staff').map((p) => p.contact.id)).toEqual(['ben']);
    expect(searchPeople(people, 'acme head').map((p) => p.contact.id)).toEqual(['anna']);
    expect(searchPeople(people, '').length).toBe(4);
  });

  it('suggests records that are probably one person: the same name, or the same address', () => {
    expect(likelyDuplicates(people).map(([a, b]) => [a.contact.id, b.contact.id])).toEqual([['chloe', 'chloe-2']]);
    const byEmail = buildPeople([contactRecord({ id: 'x', name: 'A. Lee', email: 'anna@acme.test' }), contactRecord({ id: 'y', name: 'Anna Lee', email: 'anna@acme.test' })], []);
    expect(likelyDuplicates(byEmail).map(([a, b]) => [a.contact.id, b.contact.id])).toEqual([['x', 'y']]);
    expect(likelyDuplicates(buildPeople([contactRecord({ id: 'p', name: 'Ann Lee' }), contactRecord({ id: 'q', name: 'Anna Lee' })], []))).toEqual([]);
  });
});
