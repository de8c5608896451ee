import { describe, expect, it } from 'vitest';
import { exportAll } from '../../../src/db/backup.ts';
import { mergeContacts, undoMergeContacts } from '../../../src/db/merge-contacts.ts';
import { db } from '../../../src/db/open.ts';
import { contactRecord, linkRecord, touchRecord } from '../../support/records.ts';
import { dashboardData, seed } from '../../support/seed-dashboard.ts';

const stored = async () => exportAll(await db());

describe('mergeContacts', () => {
  it('keeps one record, fills its gaps from the other, and repoints every link and touchpoint to it', async () => {
    await seed();
    const result = await mergeContacts(await db(), 'chloe', 'chloe-2');
    const after = await stored();
    expect(after.contacts.map((c) => c.id).sort()).toEqual(['anna', 'ben', 'chloe']);
    expect(after.contacts.find((c) => c.id === 'chloe')).toMatchObject({
      name: 'Chloé Martin',
      title: 'Engineering Manager',
      email: 'chloe@globex.test',
      // The kept record had no profile; the other one's fills the gap.
      profileUrl: 'https://www.linkedin.com/in/chloe-martin/',
    });
    expect(result.kept).toEqual(after.contacts.find((c) => c.id === 'chloe'));
    expect(after.interviewers.find((l) => l.id === 'l-chloe-2')).toMatchObject({ contactId: 'chloe', interviewId: 'initech', notes: 'Met at the meetup' });
    expect(after.touchpoints.find((t) => t.id === 'ty-chloe-2')?.contactId).toBe('chloe');
    expect(after.touchpoints.filter((t) => t.contactId === 'chloe-2')).toEqual([]);
  });

  it('folds a link to an interview both records sat on into one, keeping both notes', async () => {
    const data = dashboardData();
    data.contacts.push(contactRecord({ id: 'anna-2', name: 'Anna Lee', email: 'a.lee@acme.test' }));
    data.interviewers.push(linkRecord({ id: 'l-anna-2', interviewId: 'acme', contactId: 'anna-2', notes: 'Wants a reply by Friday' }));
    data.touchpoints.push(touchRecord({ id: 'ty-anna-2', interviewId: 'acme', contactId: 'anna-2' }));
    await seed(data);
    await mergeContacts(await db(), 'anna', 'anna-2');
    const after = await stored();
    expect(after.interviewers.filter((l) => l.interviewId === 'acme').map((l) => [l.id, l.contactId, l.notes])).toEqual([
      ['l-anna', 'anna', 'Asked about on-call\n\nWants a reply by Friday'],
      ['l-ben', 'ben', ''],
    ]);
    expect(after.touchpoints.find((t) => t.id === 'ty-anna-2')?.contactId).toBe('anna');
    expect(after.contacts.find((c) => c.id === 'anna')?.email).toBe('anna@acme.test');
  });

  it('is undone exactly, in one step', async () => {
    const data = dashboardData();
    data.contacts.push(contactRecord({ id: 'anna-2', name: 'Anna Lee' }));
    data.interviewers.push(
      linkRecord({ id: 'l-anna-2', interviewId: 'acme', contactId: 'anna-2', notes: 'Second capture' }),
      linkRecord({ id: 'l-anna-2b', interviewId: 'globex', contactId: 'anna-2' }),
    );
    await seed(data);
    const before = await stored();
    const merge = await mergeContacts(await db(), 'anna', 'anna-2');
    expect(await stored()).not.toEqual(before);
    await undoMergeContacts(await db(), merge);
    expect(await stored()).toEqual(before);
  });

  it('changes nothing when one of the two is gone, or when asked to merge a record with itself', async () => {
    await seed();
    const before = await stored();
    await expect(mergeContacts(await db(), 'anna', 'nobody')).rejects.toThrow('errMergeGone');
    await expect(mergeContacts(await db(), 'anna', 'anna')).rejects.toThrow('errMergeSelf');
    expect(await stored()).toEqual(before);
  });
});
