import { describe, expect, it } from 'vitest';
import { exportAll } from '../../../src/db/backup.ts';
import { linksOfAddresses, putBack, takeOff } from '../../../src/db/interviewers.ts';
import { openDatabase } from '../../../src/db/open.ts';
import { byId } from '../../support/by-id.ts';
import { contactRecord, interviewerRecord, interviewRecord, touchpointRecord } from '../../support/records.ts';

async function seeded() {
  const d = await openDatabase();
  await Promise.all([
    d.put('interviews', interviewRecord({ id: 'nw' })),
    d.put('interviews', interviewRecord({ id: 'gx' })),
    d.put('contacts', contactRecord({ id: 'lars', email: 'lars@northwind.example' })),
    d.put('contacts', contactRecord({ id: 'me', email: 'viewer.person@example.org' })),
    d.put('interviewers', interviewerRecord({ id: 'lars-nw', interviewId: 'nw', contactId: 'lars', notes: 'Kafka' })),
    d.put('interviewers', interviewerRecord({ id: 'lars-gx', interviewId: 'gx', contactId: 'lars' })),
    d.put('interviewers', interviewerRecord({ id: 'me-nw', interviewId: 'nw', contactId: 'me' })),
    d.put('touchpoints', touchpointRecord({ id: 'planned', interviewId: 'nw', contactId: 'lars', status: 'planned' })),
    d.put('touchpoints', touchpointRecord({ id: 'snoozed', interviewId: 'nw', contactId: 'lars', kind: 'check-in', status: 'snoozed' })),
    d.put('touchpoints', touchpointRecord({ id: 'sent', interviewId: 'nw', contactId: 'lars', status: 'sent', sentAt: 5, body: 'Thank you' })),
    d.put('touchpoints', touchpointRecord({ id: 'other-interview', interviewId: 'gx', contactId: 'lars', status: 'planned' })),
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
