import { describe, expect, it } from 'vitest';
import { exportAll } from '../../../src/db/backup.ts';
import { deleteContact, editContact, linksOfAddresses, putBack, restoreContact, takeOff } from '../../../src/db/people.ts';
import { openDatabase } from '../../../src/db/open.ts';
import { byId } from '../../support/by-id.ts';
import { contactRecord, linkRecord, interviewRecord, touchRecord } from '../../support/records.ts';

async function seeded() {
  const d = await openDatabase();
  await Promise.all([
    d.put('interviews', interviewRecord({ id: 'nw' })),
    d.put('interviews', interviewRecord({ id: 'gx' })),
    d.put('contacts', contactRecord({ id: 'lars', email: 'lars@northwind.example' })),
    d.put('contacts', contactRecord({ id: 'me', email: 'viewer.person@example.org' })),
    d.put('interviewers', linkRecord({ id: 'lars-nw', interviewId: 'nw', contactId: 'lars', notes: 'Kafka' })),
    d.put('interviewers', linkRecord({ id: 'lars-gx', interviewId: 'gx', contactId: 'lars' })),
    d.put('interviewers', linkRecord({ id: 'me-nw', interviewId: 'nw', contactId: 'me' })),
    d.put('touchpoints', touchRecord({ id: 'planned', interviewId: 'nw', contactId: 'lars', status: 'planned' })),
    d.put('touchpoints', touchRecord({ id: 'snoozed', interviewId: 'nw', contactId: 'lars', kind: 'check-in', status: 'snoozed' })),
    d.put('touchpoints', touchRecord({ id: 'sent', interviewId: 'nw', contactId: 'lars', status: 'sent', sentAt: 5, body: 'Thank you' })),
    d.put('touchpoints', touchRecord({ id: 'other-interview', interviewId: 'gx', contactId: 'lars', status: 'planned' })),
  ]);
  return d;
}

describe('taking people off an interview', () => {
  it('removes the link and the touches still owed on that interview, keeps what was sent and the other interviews', async () => {
    const d = await seeded();
    const taken = await takeOff(d, ['lars-nw']);
    expect(taken.links.map((l) => l.id)).toEqual(['lars-nw']);
    expect(taken.touchpoints.map((t) => t.id).sort()).toEqual(['planned', 'snoozed']);
    expect((await d.getAll('interviewers')).map((l) => l.id).sort()).toEqual(['lars-gx', 'me-nw']);
    expect((await d.getAll('touchpoints')).map((t) => t.id).sort()).toEqual(['other-interview', 'sent']);
    expect(await d.get('contacts', 'lars')).toBeDefined();
  });

  it('puts back exactly what it took, notes and touches', async () => {
    const d = await seeded();
    const before = await exportAll(d);
    await putBack(d, await takeOff(d, ['lars-nw', 'me-nw']));
    expect(byId(await exportAll(d))).toEqual(byId(before));
  });

  it('takes nothing for a link that is gone', async () => {
    const d = await seeded();
    expect(await takeOff(d, ['gone'])).toEqual({ links: [], touchpoints: [] });
  });

  it('finds where the candidate’s addresses were filed as an interviewer', async () => {
    const d = await seeded();
    expect((await linksOfAddresses(d, ['viewer.person@example.org', 'nobody@example.org'])).map(({ link, contact }) => [link.id, contact.id])).toEqual([['me-nw', 'me']]);
  });
});

const edit = { name: 'Priya Raman', title: 'Engineering Manager', email: 'priya@northwind.example', profileUrl: 'https://www.linkedin.com/in/priya-raman/' };

describe('editing and deleting contacts', () => {
  it('saves an edit of who someone is', async () => {
    const d = await openDatabase();
    await d.put('contacts', contactRecord({ id: 'p', name: 'Priya', capturedFrom: 'google-calendar' }));
    expect(await editContact(d, 'p', edit)).toEqual({ ok: true, contact: { ...contactRecord({ id: 'p', capturedFrom: 'google-calendar' }), ...edit } });
    expect(await d.get('contacts', 'p')).toMatchObject(edit);
  });

  it('refuses an address another contact has, naming them, and changes nothing', async () => {
    const d = await openDatabase();
    await d.put('contacts', contactRecord({ id: 'p', name: 'Priya' }));
    await d.put('contacts', contactRecord({ id: 'q', name: 'P. Raman', profileUrl: edit.profileUrl }));
    const result = await editContact(d, 'p', edit);
    expect(result).toMatchObject({ ok: false, field: 'profileUrl', takenBy: { id: 'q' } });
    expect((await d.get('contacts', 'p'))?.name).toBe('Priya');
  });

  it('deletes a contact on no interview, and undo puts them back', async () => {
    const d = await openDatabase();
    const lone = contactRecord({ id: 'lone', name: 'Ada Quist' });
    await d.put('contacts', lone);
    expect(await deleteContact(d, 'lone')).toEqual(lone);
    expect(await d.count('contacts')).toBe(0);
    await restoreContact(d, lone);
    expect(await d.get('contacts', 'lone')).toEqual(lone);
  });

  it('keeps a contact who is on an interview or was written to', async () => {
    const d = await openDatabase();
    await d.put('contacts', contactRecord({ id: 'linked' }));
    await d.put('contacts', contactRecord({ id: 'written' }));
    await d.put('interviewers', linkRecord({ id: 'l', interviewId: 'i', contactId: 'linked' }));
    await d.put('touchpoints', touchRecord({ id: 't', interviewId: 'i', contactId: 'written', status: 'sent' }));
    expect(await deleteContact(d, 'linked')).toBeNull();
    expect(await deleteContact(d, 'written')).toBeNull();
    expect(await d.count('contacts')).toBe(2);
  });
});
