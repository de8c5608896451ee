import { describe, expect, it } from 'vitest';
import { deleteContact, editContact, restoreContact } from '../../../src/db/contacts.ts';
import { openDatabase } from '../../../src/db/open.ts';
import { contactRecord, interviewerRecord, touchpointRecord } from '../../support/records.ts';

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
    await d.put('interviewers', interviewerRecord({ id: 'l', interviewId: 'i', contactId: 'linked' }));
    await d.put('touchpoints', touchpointRecord({ id: 't', interviewId: 'i', contactId: 'written', status: 'sent' }));
    expect(await deleteContact(d, 'linked')).toBeNull();
    expect(await deleteContact(d, 'written')).toBeNull();
    expect(await d.count('contacts')).toBe(2);
  });
});
