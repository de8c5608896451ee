import { describe, expect, it } from 'vitest';
import { upsertContact } from '../../../src/db/contacts.ts';
import { fileCapture } from '../../../src/db/file-capture.ts';
import { listInterviewers } from '../../../src/db/interviewers.ts';
import { createInterview } from '../../../src/db/interviews.ts';
import { openDatabase } from '../../../src/db/open.ts';

const fields = { company: 'Acme', role: 'Engineer', round: 1, start: 1_000, end: null, decisionDate: null, status: 'awaiting' as const, notes: '' };
const person = (name: string, email: string, profileUrl = '') => ({
  name, title: 'Lead', company: 'Acme', email, profileUrl, capturedFrom: 'google-calendar' as const, capturedUrl: 'https://calendar.google.com/x', capturedAt: 5,
});

describe('fileCapture', () => {
  it('creates the interview, the contacts and the links in one go', async () => {
    const d = await openDatabase();
    const result = await fileCapture(d, { interview: { fields }, people: [person('Jane Doe', 'jane@acme.test'), person('Ravi Kumar', 'ravi@acme.test')], sourceUrl: 'https://calendar.google.com/x' }, 10);
    expect(result.interview).toMatchObject({ company: 'Acme', sourceUrls: ['https://calendar.google.com/x'] });
    expect((await listInterviewers(d, result.interview.id)).map((l) => l.contact.name)).toEqual(['Jane Doe', 'Ravi Kumar']);
  });

  it('merges people already known by email or profile URL instead of duplicating them', async () => {
    const d = await openDatabase();
    const jane = await upsertContact(d, { ...person('Jane Doe', '', 'https://www.linkedin.com/in/jane/'), title: 'CTO' });
    const interview = await createInterview(d, fields, 1);
    const result = await fileCapture(d, { interview: { id: interview.id }, people: [{ ...person('Jane Doe', 'jane@acme.test', 'https://www.linkedin.com/in/jane/'), title: '' }], sourceUrl: '' }, 10);
    expect(result.merged).toBe(1);
    expect(result.contacts[0]).toMatchObject({ id: jane.id, title: 'CTO', email: 'jane@acme.test' });
    expect(await d.count('contacts')).toBe(1);
  });

  it('does not link the same person twice when filed again or listed twice', async () => {
    const d = await openDatabase();
    const first = await fileCapture(d, { interview: { fields }, people: [person('Jane Doe', 'jane@acme.test'), person('Jane D.', 'jane@acme.test')], sourceUrl: 'u1' }, 10);
    await fileCapture(d, { interview: { id: first.interview.id }, people: [person('Jane Doe', 'jane@acme.test')], sourceUrl: 'u2' }, 11);
    expect(await d.count('interviewers')).toBe(1);
    expect(await d.count('contacts')).toBe(1);
    expect((await d.get('interviews', first.interview.id))?.sourceUrls).toEqual(['u1', 'u2']);
  });

  it('saves nothing when the interview it was meant for has gone', async () => {
    const d = await openDatabase();
    await expect(fileCapture(d, { interview: { id: 'gone' }, people: [person('Jane Doe', 'jane@acme.test')], sourceUrl: '' }, 10)).rejects.toThrow(/no longer exists/);
    expect(await d.count('contacts')).toBe(0);
  });
});
