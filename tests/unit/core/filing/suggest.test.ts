import { describe, expect, it } from 'vitest';
import type { Capture, CapturedPerson } from '../../../../src/core/capture/capture.ts';
import {
  alreadyFiled,
  draftInterview,
  interviewChanges,
  knownPeople,
  suggestFiling,
  type FilingContext,
  type InterviewDraft,
} from '../../../../src/core/filing/suggest.ts';
import type { Contact, Interview } from '../../../../src/core/types.ts';
import { contactRecord, interviewRecord } from '../../../support/records.ts';

const NOW = new Date(2026, 11, 2, 12).getTime();
const EVENT_START = new Date(2026, 9, 7, 13).getTime();
const EVENT_END = new Date(2026, 9, 7, 14).getTime();
const ME = { name: 'Viewer Person', emails: ['viewer.person@example.org'] };

const person = (fields: Partial<CapturedPerson>): CapturedPerson => ({ name: null, title: null, company: null, email: null, profileUrl: null, role: null, ...fields });

const PROFILE: Capture = {
  source: 'linkedin-profile',
  people: [person({ name: 'Priya Raman', title: 'Engineering Manager, Payments & Risk at Northwind Analytics', company: 'Northwind Analytics', profileUrl: 'https://www.linkedin.com/in/priya-raman/' })],
  company: null,
  event: null,
};
const COMPANY_PAGE: Capture = {
  source: 'linkedin-company',
  people: [],
  company: { name: 'Northwind Analytics', industry: 'Software Development', location: 'Malmö, Skåne', url: 'https://www.linkedin.com/company/northwind-analytics/' },
  event: null,
};
const EVENT: Capture = {
  source: 'google-calendar',
  people: [
    person({ name: 'Priya Raman', email: 'priya.raman@northwind.example', role: 'organizer' }),
    person({ name: 'Lars Eklund', email: 'lars.eklund@northwind.example', role: 'attendee' }),
    person({ email: 'viewer.person@example.org', role: 'attendee' }),
  ],
  company: null,
  event: { title: 'Interview: Backend Engineer – round 2', start: new Date(EVENT_START).toISOString(), end: new Date(EVENT_END).toISOString(), location: null },
  account: 'viewer.person@example.org',
};

function context(interviews: Interview[], people: Record<string, Contact[]> = {}, known: Contact[] = []): FilingContext {
  return { interviews, people: new Map(Object.entries(people)), known, me: ME, now: NOW };
}

const fromProfile = interviewRecord({ id: 'nw', company: 'Northwind Analytics', start: new Date(2026, 11, 2, 12).getTime(), timeKnown: false });
const priyaFromProfile = contactRecord({ id: 'priya', name: 'Priya Raman', title: 'Engineering Manager', company: 'Northwind Analytics', profileUrl: 'https://www.linkedin.com/in/priya-raman/' });

describe('draftInterview', () => {
  const draftOf = (capture: Capture) => draftInterview(capture, suggestFiling(capture, context([])).people);

  it('drafts a profile’s interview with the person’s company and no time', () => {
    expect(draftOf(PROFILE)).toEqual<InterviewDraft>({
      company: 'Northwind Analytics', companyFrom: 'person', role: '', round: null, start: null, end: null, industry: '', location: '', website: '',
    });
  });

  it('drafts an event’s interview with its time, the role and round of its title, and the company of its addresses', () => {
    expect(draftOf(EVENT)).toEqual<InterviewDraft>({
      company: 'Northwind', companyFrom: 'email', role: 'Backend Engineer', round: 2, start: EVENT_START, end: EVENT_END, industry: '', location: '', website: '',
    });
  });

  it('drafts a company page with what it says about the company', () => {
    expect(draftOf(COMPANY_PAGE)).toMatchObject({ company: 'Northwind Analytics', companyFrom: 'page', industry: 'Software Development', location: 'Malmö, Skåne' });
  });

  it.each([
    ['Backend Engineer Interview (Round 2) - Northwind Analytics', 'Northwind Analytics', 'title'],
    ['Interview with Northwind Analytics', 'Northwind Analytics', 'title'],
    ['Interview with Priya Raman', 'Northwind', 'email'],
    ['Backend Engineer interview – Ada Quist', 'Northwind', 'email'],
    ['Northwind <> Viewer Person | Onsite', 'Northwind', 'title'],
  ])('takes the company of title %j as %j (from %s)', (title, company, from) => {
    expect(draftOf({ ...EVENT, event: { ...EVENT.event!, title } })).toMatchObject({ company, companyFrom: from });
  });
});

describe('suggestFiling', () => {
  it('leaves out the candidate, by the settings and by the signed-in account', () => {
    const withoutSettings = { ...context([]), me: { name: '', emails: [] } };
    const s = suggestFiling(EVENT, withoutSettings);
    expect(s.people.map((p) => [p.identity.email, p.include, p.notInterviewer])).toEqual([
      ['priya.raman@northwind.example', true, null],
      ['lars.eklund@northwind.example', true, null],
      ['viewer.person@example.org', false, 'self'],
    ]);
  });

  it('files an event under the interview its profile made, although that one has another day and a fuller name', () => {
    const s = suggestFiling(EVENT, context([fromProfile], { nw: [priyaFromProfile] }));
    expect(s.target).toBe('nw');
    expect(s.ranking.chosen).toMatchObject({ shared: ['Priya Raman'], company: 'part' });
  });

  it('proposes a new interview for an event with nothing open that matches', () => {
    const globex = interviewRecord({ id: 'gx', company: 'Globex', start: NOW - 86_400_000 });
    const s = suggestFiling(EVENT, context([globex]));
    expect(s.target).toBe('new');
    expect(s.ranking.ranked.map((r) => r.interviewId)).toEqual(['gx']);
  });

  it('does not file under a decided interview', () => {
    const done = interviewRecord({ id: 'done', company: 'Northwind Analytics', start: NOW - 86_400_000, status: 'rejected' });
    expect(suggestFiling(PROFILE, context([done])).target).toBe('new');
  });
});

describe('interviewChanges', () => {
  const draft = (fields: Partial<InterviewDraft>): InterviewDraft => ({
    company: '', companyFrom: null, role: '', round: null, start: null, end: null, industry: '', location: '', website: '', ...fields,
  });
  const base = interviewRecord({ id: 'nw', company: 'Northwind', start: EVENT_START, end: EVENT_END, role: 'Backend Engineer', round: 2 });

  it('fills in what a profile’s interview lacked from the event', () => {
    const changes = interviewChanges(fromProfile, draftInterview(EVENT, suggestFiling(EVENT, context([])).people));
    expect(changes.map((c) => [c.field, c.fill, c.set])).toEqual([
      ['role', true, { role: 'Backend Engineer' }],
      ['round', true, { round: 2 }],
      ['time', true, { start: EVENT_START, end: EVENT_END, timeKnown: true }],
    ]);
  });

  it('adds the company page’s details, and its fuller name from a profile, to the event’s interview', () => {
    expect(interviewChanges(base, draftInterview(COMPANY_PAGE, [])).map((c) => [c.field, c.fill, c.set])).toEqual([
      ['company', true, { company: 'Northwind Analytics' }],
      ['industry', true, { industry: 'Software Development' }],
      ['location', true, { location: 'Malmö, Skåne' }],
      ['website', true, { website: 'https://www.linkedin.com/company/northwind-analytics/' }],
    ]);
  });

  it.each([
    ['a stated role that differs', { role: 'Data Engineer' }, [['role', false]]],
    ['a round other than the first that differs', { round: 3 }, [['round', false]]],
    ['a stated time that moved', { start: EVENT_START + 3_600_000, end: EVENT_END + 3_600_000 }, [['time', false]]],
    ['the same time, role and round', { start: EVENT_START, end: EVENT_END, role: 'backend engineer', round: 2 }, []],
    ['a shorter name for the company', { company: 'North', companyFrom: 'page' }, []],
    ['a fuller name guessed from an address', { company: 'Northwind Analytics', companyFrom: 'email' }, []],
    ['a LinkedIn page where a website is known', { website: 'https://www.linkedin.com/company/x/' }, []],
  ] as const)('replaces, unticked, %s', (_what, fields, expected) => {
    const known = { ...base, website: 'https://www.northwind.example/' };
    expect(interviewChanges(known, draft(fields)).map((c) => [c.field, c.fill])).toEqual(expected);
  });

  it('prefers a real website over the LinkedIn page that stood in for it', () => {
    const known = { ...base, website: 'https://www.linkedin.com/company/northwind-analytics/' };
    expect(interviewChanges(known, draft({ website: 'https://www.northwind.example/' })).map((c) => [c.field, c.fill])).toEqual([['website', true]]);
  });
});

describe('knownPeople and alreadyFiled', () => {
  it('matches the event’s Priya to the profile’s by name, with her address to fill in, and Lars as new', () => {
    const s = suggestFiling(EVENT, context([fromProfile], { nw: [priyaFromProfile] }));
    const matches = knownPeople(s.people, [priyaFromProfile], []);
    expect(matches.map((m) => m && [m.contact.id, m.by, m.inInterview, m.fills, m.conflicts])).toEqual([['priya', 'name', true, ['email'], []], null, null]);
    expect(alreadyFiled(s.people, matches, [])).toBe(false);
  });

  it('calls a capture filed when saving it again would change nothing', () => {
    const filedInterview = { ...fromProfile, role: 'Backend Engineer', round: 2, start: EVENT_START, end: EVENT_END, timeKnown: true };
    const people = [
      { ...priyaFromProfile, email: 'priya.raman@northwind.example' },
      contactRecord({ id: 'lars', name: 'Lars Eklund', email: 'lars.eklund@northwind.example' }),
    ];
    const s = suggestFiling(EVENT, context([filedInterview], { nw: people }));
    expect(s.target).toBe('nw');
    const changes = interviewChanges(filedInterview, s.draft);
    expect(changes).toEqual([]);
    expect(alreadyFiled(s.people, knownPeople(s.people, people, []), changes)).toBe(true);
  });

  it('does not call it filed while it would add someone', () => {
    const s = suggestFiling(EVENT, context([fromProfile], { nw: [priyaFromProfile] }));
    expect(alreadyFiled(s.people, knownPeople(s.people, [], []), [])).toBe(false);
  });
});
