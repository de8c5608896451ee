import { describe, expect, it } from 'vitest';
import type { CapturedPerson } from '../../../../src/core/capture/capture.ts';
import { findKnownPerson, identityDiff, notInterviewer, samePersonName, type Candidate } from '../../../../src/core/filing/known-people.ts';
import { contactRecord } from '../../../support/records.ts';

const person = (name: string | null, email: string | null, role: CapturedPerson['role'] = 'attendee'): CapturedPerson => ({
  name, title: null, company: null, email, profileUrl: null, role,
});
const ME: Candidate = { name: 'Viewer Person', emails: ['viewer.person@example.org'] };

describe('samePersonName', () => {
  it.each([
    ['Priya Raman', 'Priya Raman', true],
    ['Priya Raman', 'priya  RAMAN', true],
    ['Raman, Priya', 'Priya Raman', true],
    ['Zoë Ørsted', 'Zoe Orsted', false],
    ['Zoë Ørsted', 'zoe ørsted', true],
    ['Priya', 'Priya Raman', false],
    ['Priya', 'Priya', false],
    ['', '', false],
    [null, 'Priya Raman', false],
  ])('%j and %j → %j', (a, b, same) => expect(samePersonName(a, b)).toBe(same));
});

describe('notInterviewer', () => {
  const company = person('Priya Raman', 'priya.raman@northwind.example', 'organizer');
  it.each([
    ['their own address from the settings', person(null, 'Viewer.Person@example.org'), [company], ME, 'self'],
    ['the account the calendar is signed in with', person(null, 'vp@work.example'), [company], { ...ME, account: 'VP@work.example' }, 'self'],
    ['their name from the settings, without an address', person('viewer person', null), [company], ME, 'self'],
    ['a personal address in a company’s invitation', person('V P', 'v.p@gmail.com'), [company], ME, 'maybe-self'],
    ['a personal address in an invitation from a personal address', person('V P', 'v.p@gmail.com'), [person('Ann', 'ann@gmail.com', 'organizer')], ME, null],
    ['a personal address with no organizer known', person('V P', 'v.p@gmail.com'), [], ME, null],
    ['the organizer on personal mail', person('V P', 'v.p@gmail.com', 'organizer'), [company], ME, null],
    ['a calendar robot', person(null, 'calendar-notification@google.com'), [company], ME, 'robot'],
    ['a no-reply sender', person(null, 'no-reply@greenhouse.example'), [company], ME, 'robot'],
    ['an interviewer', person('Lars Eklund', 'lars.eklund@northwind.example'), [company], ME, null],
    ['an interviewer, with no settings at all', person('Lars Eklund', 'lars.eklund@northwind.example'), [company], { name: '', emails: [] }, null],
  ] as const)('%s → %j', (_what, who, everyone, me, expected) => {
    expect(notInterviewer(who, [who, ...everyone], me)).toBe(expected);
  });
});

describe('findKnownPerson', () => {
  const priya = contactRecord({ id: 'priya', name: 'Priya Raman', email: 'priya.raman@northwind.example' });
  const elsewhere = contactRecord({ id: 'ada', name: 'Ada Quist', profileUrl: 'https://www.linkedin.com/in/ada-quist/' });

  it('finds a person by name among the interview’s people and says what the capture fills in', () => {
    expect(findKnownPerson({ name: 'Priya Raman', email: '', profileUrl: 'https://www.linkedin.com/in/priya-raman/' }, [priya], [])).toEqual({
      contact: priya, by: 'name', inInterview: true, fills: ['profileUrl'], conflicts: [],
    });
  });

  it('finds a person by address anywhere, but by name only on the interview', () => {
    expect(findKnownPerson({ name: 'Ada Quist', email: '', profileUrl: 'https://www.linkedin.com/in/ada-quist/' }, [priya], [elsewhere])).toMatchObject({ contact: elsewhere, by: 'profileUrl', inInterview: false });
    expect(findKnownPerson({ name: 'Ada Quist', email: '', profileUrl: '' }, [priya], [elsewhere])).toBeNull();
  });

  it('reports another address or name as a conflict, never as a fill', () => {
    expect(findKnownPerson({ name: 'Mallory Quinn', email: 'mallory@talks.example', profileUrl: '' }, [], [{ ...priya, email: 'mallory@talks.example' }])).toMatchObject({ by: 'email', conflicts: ['name'] });
    expect(identityDiff(priya, { name: 'RAMAN, Priya', email: 'priya@talks.example', profileUrl: '' })).toEqual({ fills: [], conflicts: ['email'] });
  });

  it('prefers the address over the name when both would find someone', () => {
    const twin = contactRecord({ id: 'twin', name: 'Priya Raman', email: 'p.raman@other.example' });
    expect(findKnownPerson({ name: 'Priya Raman', email: 'p.raman@other.example', profileUrl: '' }, [priya], [twin])?.contact.id).toBe('twin');
  });
});
