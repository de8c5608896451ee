import { describe, expect, it } from 'vitest';
import { rankInterviews, scoreInterview, type CaptureFacts, type Candidate } from '../../../../src/core/filing/match.ts';
import type { Contact } from '../../../../src/core/types.ts';
import { contactRecord, interviewRecord } from '../../../support/records.ts';

const NOW = new Date(2026, 11, 2, 12).getTime();
const DAY = 86_400_000;
const EVENT = new Date(2026, 9, 7, 13).getTime();

const priyaByName = contactRecord({ id: 'priya', name: 'Priya Raman', profileUrl: 'https://www.linkedin.com/in/priya-raman/' });
const priyaByEmail = contactRecord({ id: 'priya', name: 'Priya Raman', email: 'priya.raman@northwind.example' });
const lars = contactRecord({ id: 'lars', name: 'Lars Eklund', email: 'lars.eklund@northwind.example' });

const candidate = (id: string, company: string, start: number, people: Contact[] = [], extra = {}): Candidate => ({
  interview: interviewRecord({ id, company, start, ...extra }),
  people,
});

const fromEvent: CaptureFacts = {
  people: [
    { name: 'Priya Raman', email: 'priya.raman@northwind.example', profileUrl: '' },
    { name: 'Lars Eklund', email: 'lars.eklund@northwind.example', profileUrl: '' },
  ],
  company: 'Northwind',
  domains: ['northwind.example'],
  start: EVENT,
};
const fromProfile: CaptureFacts = { people: [{ name: 'Priya Raman', email: '', profileUrl: 'https://www.linkedin.com/in/priya-raman/' }], company: 'Northwind Analytics', domains: [], start: null };
const fromCompanyPage: CaptureFacts = { people: [], company: 'Northwind Analytics', domains: [], start: null };

describe('scoreInterview', () => {
  /** [what, facts, candidate, score, shared, company, time] */
  it.each([
    ['an event, against the interview its profile made (day only, today)', fromEvent, candidate('nw', 'Northwind Analytics', NOW, [priyaByName], { timeKnown: false }), 5, ['Priya Raman'], 'part', null],
    ['an event, against the same meeting', fromEvent, candidate('nw', 'Whoever', EVENT + 5 * 60_000, []), 4, [], null, 'same-time'],
    ['an event, against its people by address', fromEvent, candidate('nw', 'Northwind', EVENT, [priyaByEmail, lars]), 17, ['Priya Raman', 'Lars Eklund'], 'same', 'same-time'],
    ['an event, against round 1 of the same company three weeks before', fromEvent, candidate('r1', 'Northwind Analytics', EVENT - 21 * DAY, [priyaByEmail]), 1, ['Priya Raman'], 'part', 'apart'],
    ['an event, against the same day with the time unknown', fromEvent, candidate('nw', 'Northwind', EVENT - 3_600_000, [], { timeKnown: false }), 5, [], 'same', 'same-day'],
    ['an event, against an interview with the same domain only', fromEvent, candidate('nw', 'NWA', NOW, [], { website: 'https://www.northwind.example/', timeKnown: false }), 3, [], 'domain', null],
    ['an event, against another company at another time', fromEvent, candidate('gx', 'Globex', NOW), -7, [], null, 'apart'],
    ['a profile, against the event’s interview two months before', fromProfile, candidate('nw', 'Northwind', EVENT, [priyaByEmail]), 5, ['Priya Raman'], 'part', null],
    ['a profile, against its own person by address', fromProfile, candidate('nw', 'Northwind Analytics', NOW - 3 * DAY, [priyaByName]), 8, ['Priya Raman'], 'same', 'near'],
    ['a profile, against another company’s recent interview', fromProfile, candidate('gx', 'Globex', NOW - DAY), -1, [], null, 'near'],
    ['a company page, against the interview with its name this week', fromCompanyPage, candidate('nw', 'Northwind Analytics AB', NOW - DAY), 4, [], 'same', 'near'],
    ['a company page, against an interview with a company of that first word', fromCompanyPage, candidate('nw', 'Northwind', NOW - 40 * DAY), 2, [], 'part', null],
  ] as const)('%s', (_what, facts, c, score, shared, company, time) => {
    expect(scoreInterview(facts, c, NOW)).toEqual({ interviewId: c.interview.id, score, shared, company, time });
  });

  it('counts at most three shared people', () => {
    const people = ['Ada One', 'Ben Two', 'Cy Three', 'Di Four'].map((name, i) => contactRecord({ id: `p${i}`, name, email: `p${i}@acme.example` }));
    const facts: CaptureFacts = { people: people.map((p) => ({ name: p.name, email: p.email, profileUrl: '' })), company: '', domains: [], start: null };
    expect(scoreInterview(facts, candidate('a', 'Acme', NOW - 40 * DAY, people), NOW)).toMatchObject({ score: 12, shared: ['Ada One', 'Ben Two', 'Cy Three'] });
  });
});

describe('rankInterviews', () => {
  it('chooses the interview the evidence clearly points at', () => {
    const ranking = rankInterviews(fromEvent, [candidate('gx', 'Globex', NOW), candidate('nw', 'Northwind Analytics', NOW, [priyaByName], { timeKnown: false })], NOW);
    expect(ranking.chosen?.interviewId).toBe('nw');
    expect(ranking.ranked.map((r) => r.interviewId)).toEqual(['nw', 'gx']);
  });

  it('chooses none when two are as likely, and lists the later first', () => {
    const ranking = rankInterviews(fromCompanyPage, [candidate('old', 'Northwind Analytics', NOW - 20 * DAY), candidate('new', 'Northwind Analytics', NOW - 16 * DAY)], NOW);
    expect(ranking.chosen).toBeNull();
    expect(ranking.ranked.map((r) => r.interviewId)).toEqual(['new', 'old']);
  });

  it('chooses none on a date alone', () => {
    const facts: CaptureFacts = { people: [{ name: 'Someone New', email: '', profileUrl: '' }], company: '', domains: [], start: null };
    expect(rankInterviews(facts, [candidate('x', 'Acme', NOW - DAY)], NOW).chosen).toBeNull();
  });

  it('chooses none when there is nothing to choose from', () => {
    expect(rankInterviews(fromEvent, [], NOW)).toEqual({ ranked: [], chosen: null });
  });

  it('never chooses an interview at another stated time, however many people it shares: that is the next round', () => {
    const ranking = rankInterviews(fromEvent, [candidate('r1', 'Northwind Analytics', EVENT - 21 * DAY, [priyaByEmail, lars])], NOW);
    expect(ranking.ranked[0]).toMatchObject({ interviewId: 'r1', score: 5, time: 'apart' });
    expect(ranking.chosen).toBeNull();
  });
});
