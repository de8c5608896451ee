import { describe, expect, it } from 'vitest';
import { upsertContact } from '../../../src/db/contacts.ts';
import { fileCapture, readForFiling } from '../../../src/db/file-capture.ts';
import { listLinkedContacts } from '../../../src/db/links.ts';
import { createInterview } from '../../../src/db/interviews.ts';
import { openDatabase } from '../../../src/db/open.ts';
import { contactRecord, interviewFields, interviewRecord, linkRecord } from '../../support/records.ts';

const fields = interviewFields({ company: 'Acme', role: 'Engineer', start: 1_000 });
const fieldsOf = (name: string, email: string, profileUrl = '') => ({
  name, title: 'Lead', company: 'Acme', email, profileUrl, capturedFrom: 'google-calendar' as const, capturedUrl: 'https://calendar.google.com/x', capturedAt: 5,
});

describe('fileCapture', () => {
  it('creates the interview, the contacts and the links in one go', async () => {
    const d = await openDatabase();
    const result = await fileCapture(d, { interview: { fields }, people: [{ fields: fieldsOf('Jane Doe', 'jane@acme.test') }, { fields: fieldsOf('Ravi Kumar', 'ravi@acme.test') }], sourceUrl: 'https://calendar.google.com/x' }, 10);
    expect(result.interview).toMatchObject({ company: 'Acme', sourceUrls: ['https://calendar.google.com/x'] });
    expect((await listLinkedContacts(d, result.interview.id)).map((l) => l.contact.name)).toEqual(['Jane Doe', 'Ravi Kumar']);
  });

  it('merges people already known by email or profile URL instead of duplicating them', async () => {
    const d = await openDatabase();
    const jane = await upsertContact(d, { ...fieldsOf('Jane Doe', '', 'https://www.linkedin.com/in/jane/'), title: 'CTO' });
    const interview = await createInterview(d, fields, 1);
    const result = await fileCapture(d, { interview: { id: interview.id }, people: [{ fields: { ...fieldsOf('Jane Doe', 'jane@acme.test', 'https://www.linkedin.com/in/jane/'), title: '' } }], sourceUrl: '' }, 10);
    expect(result.merged).toBe(1);
    expect(result.contacts[0]).toMatchObject({ id: jane.id, title: 'CTO', email: 'jane@acme.test' });
    expect(await d.count('contacts')).toBe(1);
  });

  it('does not link the same person twice when filed again or listed twice', async () => {
    const d = await openDatabase();
    const first = await fileCapture(d, { interview: { fields }, people: [{ fields: fieldsOf('Jane Doe', 'jane@acme.test') }, { fields: fieldsOf('Jane D.', 'jane@acme.test') }], sourceUrl: 'u1' }, 10);
    await fileCapture(d, { interview: { id: first.interview.id }, people: [{ fields: fieldsOf('Jane Doe', 'jane@acme.test') }], sourceUrl: 'u2' }, 11);
    expect(await d.count('interviewers')).toBe(1);
    expect(await d.count('contacts')).toBe(1);
    expect((await d.get('interviews', first.interview.id))?.sourceUrls).toEqual(['u1', 'u2']);
  });

  it('saves nothing when the interview it was meant for has gone', async () => {
    const d = await openDatabase();
    await expect(fileCapture(d, { interview: { id: 'gone' }, people: [{ fields: fieldsOf('Jane Doe', 'jane@acme.test') }], sourceUrl: '' }, 10)).rejects.toThrow('errInterviewGone');
    expect(await d.count('contacts')).toBe(0);
  });
});

describe('fileCapture and who a known contact is', () => {
  const priya = { ...fieldsOf('Priya Raman', 'priya.raman@northwind.example', 'https://www.linkedin.com/in/priya-raman/'), title: 'Engineering Manager' };

  it('never changes a known contact’s name, email or profile address unless the user accepted it', async () => {
    const d = await openDatabase();
    const known = await upsertContact(d, priya);
    const interview = await createInterview(d, fields, 1);
    const claim = { ...fieldsOf('Mallory Quinn', 'mallory@talks.example', priya.profileUrl), title: 'Speaker' };
    await fileCapture(d, { interview: { id: interview.id }, people: [{ fields: claim }], sourceUrl: '' }, 10);
    expect(await d.get('contacts', known.id)).toMatchObject({ name: 'Priya Raman', email: priya.email, profileUrl: priya.profileUrl, title: 'Speaker' });

    await fileCapture(d, { interview: { id: interview.id }, people: [{ fields: claim, contactId: known.id, accept: ['email'] }], sourceUrl: '' }, 11);
    expect(await d.get('contacts', known.id)).toMatchObject({ name: 'Priya Raman', email: 'mallory@talks.example' });
  });

  it('merges a person into the contact the review matched by name, filling in what it lacked', async () => {
    const d = await openDatabase();
    const fromProfile = await upsertContact(d, fieldsOf('Priya Raman', '', priya.profileUrl));
    const interview = await createInterview(d, fields, 1);
    const result = await fileCapture(d, { interview: { id: interview.id }, people: [{ fields: fieldsOf('Priya Raman', priya.email), contactId: fromProfile.id }], sourceUrl: '' }, 10);
    expect(result.contacts.map((c) => [c.id, c.email, c.profileUrl])).toEqual([[fromProfile.id, priya.email, priya.profileUrl]]);
    expect(await d.count('contacts')).toBe(1);
  });

  it('applies the changes the user accepted to an existing interview', async () => {
    const d = await openDatabase();
    const interview = await createInterview(d, { ...fields, timeKnown: false }, 1);
    const result = await fileCapture(d, { interview: { id: interview.id, changes: { role: 'Backend Engineer', round: 2, start: 5_000, end: 8_000, timeKnown: true } }, people: [], sourceUrl: 'u' }, 10);
    expect(await d.get('interviews', interview.id)).toEqual({ ...interview, role: 'Backend Engineer', round: 2, start: 5_000, end: 8_000, timeKnown: true, sourceUrls: ['u'], updatedAt: 10 });
    expect(result.interview.round).toBe(2);
  });
});

describe('readForFiling', () => {
  it('reads every interview, the open ones’ people in the order they were added, and each contact sharing an address with someone captured once', async () => {
    const d = await openDatabase();
    await d.put('interviews', interviewRecord({ id: 'open', status: 'awaiting' }));
    await d.put('interviews', interviewRecord({ id: 'closed', status: 'rejected' }));
    await d.put('contacts', contactRecord({ id: 'jane', name: 'Jane Doe', email: 'jane@acme.test', profileUrl: 'https://www.linkedin.com/in/jane/' }));
    await d.put('contacts', contactRecord({ id: 'ravi', name: 'Ravi Kumar' }));
    await d.put('interviewers', linkRecord({ id: 'l2', interviewId: 'open', contactId: 'jane', addedAt: 2 }));
    await d.put('interviewers', linkRecord({ id: 'l1', interviewId: 'open', contactId: 'ravi', addedAt: 1 }));
    await d.put('interviewers', linkRecord({ id: 'l3', interviewId: 'closed', contactId: 'jane' }));
    const person = { name: 'Jane', title: null, company: null, email: 'jane@acme.test', profileUrl: 'https://www.linkedin.com/in/jane/', role: null };

    const stored = await readForFiling(d, { source: 'google-calendar', people: [person], company: null, event: null });
    expect(stored.interviews.map((i) => i.id).sort()).toEqual(['closed', 'open']);
    expect([...stored.people.keys()]).toEqual(['open']);
    expect(stored.people.get('open')!.map((c) => c.name)).toEqual(['Ravi Kumar', 'Jane Doe']);
    expect(stored.known.map((c) => c.id)).toEqual(['jane']);
  });
});
