import { describe, expect, it } from 'vitest';
import { buildEntries, countByStatus, filterEntries, type DashboardFilter } from '../../../../src/ui/dashboard/dashboard-index.ts';
import { dashboardData } from '../../../support/seed-dashboard.ts';

const entries = () => buildEntries(dashboardData());
const companies = (filter: DashboardFilter) => filterEntries(entries(), filter).map((e) => e.interview.company);

describe('buildEntries', () => {
  it('lists the most recent interview first, each with its people in the order they were added and its touches by due time', () => {
    const [acme, globex, initech] = entries();
    expect([acme, globex, initech].map((e) => e?.interview.id)).toEqual(['acme', 'globex', 'initech']);
    expect(acme!.people.map((p) => p.contact.name)).toEqual(['Anna Lee', 'Ben Okafor']);
    expect(acme!.touches.map((t) => t.id)).toEqual(['ty-anna', 'ty-ben', 'ci-anna']);
    expect(globex!.tidbitCount).toBe(1);
    expect(initech!.people.map((p) => p.contact.id)).toEqual(['chloe-2']);
  });

  it('leaves out a link whose contact is gone instead of failing', () => {
    const data = dashboardData();
    data.contacts = data.contacts.filter((c) => c.id !== 'ben');
    expect(buildEntries(data)[0]!.people.map((p) => p.contact.id)).toEqual(['anna']);
  });
});

describe('filterEntries', () => {
  it.each<[string, DashboardFilter, string[]]>([
    ['everything', { status: 'all', query: '' }, ['Acme Robotics', 'Globex', 'Initech']],
    ['one status', { status: 'next-round', query: '' }, ['Globex']],
    ['a status nobody has', { status: 'rejected', query: '' }, []],
    ['a company, in any case', { status: 'all', query: 'GLOBEX' }, ['Globex']],
    ['a role', { status: 'all', query: 'platform' }, ['Globex']],
    ['an interviewer’s name', { status: 'all', query: 'okafor' }, ['Acme Robotics']],
    ['an interviewer’s email', { status: 'all', query: 'anna@acme' }, ['Acme Robotics']],
    ['an interviewer’s title', { status: 'all', query: 'engineering manager' }, ['Globex']],
    ['the interview’s notes', { status: 'all', query: 'kafka' }, ['Acme Robotics']],
    ['notes about one interviewer', { status: 'all', query: 'on-call' }, ['Acme Robotics']],
    ['a tidbit’s title', { status: 'all', query: 'scaling' }, ['Globex']],
    ['a tidbit’s topic', { status: 'all', query: 'postgres' }, ['Globex']],
    ['without accents, a name written with them', { status: 'all', query: 'chloe renee' }, ['Globex']],
    ['with accents, a name written without them', { status: 'all', query: 'Chloé' }, ['Globex', 'Initech']],
    ['every word, not any word', { status: 'all', query: 'kafka globex' }, []],
    ['words and a status together', { status: 'offer', query: 'chloe' }, ['Initech']],
    ['a tidbit saved for no interview matches none', { status: 'all', query: 'unrelated' }, []],
  ])('finds %s', (_name, filter, expected) => {
    expect(companies(filter)).toEqual(expected);
  });
});

describe('countByStatus', () => {
  it('counts every status, and all of them', () => {
    expect(countByStatus(entries())).toEqual({ all: 3, awaiting: 1, 'next-round': 1, offer: 1, rejected: 0, withdrawn: 0 });
  });
});
