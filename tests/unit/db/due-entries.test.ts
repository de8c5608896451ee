import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/open.ts';
import { loadDueEntries, loadPendingEntries } from '../../../src/db/due-entries.ts';
import { DAY, HOUR, NOW, seedTouch, seedPeople, type DueSeed } from '../../support/seed-due.ts';

let seed: DueSeed;
beforeEach(async () => {
  seed = await seedPeople({ company: 'Acme\u0007 Robotics' });
});

const ids = (entries: { touch: { id: string } }[]) => entries.map((e) => e.touch.id).sort();

describe('loadDueEntries', () => {
  it('reads what is due, the coming week, and only the first waiting touch beyond it of each kind of wait', async () => {
    const at = (id: string, status: 'planned' | 'snoozed' | 'due' | 'sent' | 'skipped', dueAt: number) =>
      seedTouch({ id, interviewId: seed.interviewId, contactId: seed.jane, status, dueAt });
    await at('due-late', 'due', NOW - 5 * DAY);
    await at('due-marked-early', 'due', NOW + 2 * DAY);
    await at('planned-past', 'planned', NOW - HOUR);
    await at('planned-week', 'planned', NOW + 7 * DAY);
    await at('planned-beyond-1', 'planned', NOW + 8 * DAY);
    await at('planned-beyond-2', 'planned', NOW + 9 * DAY);
    await at('snoozed-soon', 'snoozed', NOW + HOUR);
    await at('snoozed-beyond-1', 'snoozed', NOW + 20 * DAY);
    await at('snoozed-beyond-2', 'snoozed', NOW + 21 * DAY);
    await at('sent', 'sent', NOW - DAY);
    await at('skipped', 'skipped', NOW + DAY);

    expect(ids((await loadDueEntries(await db(), NOW)).entries)).toEqual(
      ['due-late', 'due-marked-early', 'planned-past', 'planned-week', 'planned-beyond-1', 'snoozed-soon', 'snoozed-beyond-1'].sort(),
    );
    expect(ids(await loadPendingEntries(await db()))).toEqual(
      ['due-late', 'due-marked-early', 'planned-past', 'planned-week', 'planned-beyond-1', 'planned-beyond-2', 'snoozed-soon', 'snoozed-beyond-1', 'snoozed-beyond-2'].sort(),
    );
  });

  it('gives each touch its person, company and interview end, cleaned, and leaves out touches of deleted interviews', async () => {
    await seedTouch({ id: 'jane', interviewId: seed.interviewId, contactId: seed.jane, status: 'due' });
    await seedTouch({ id: 'nobody', interviewId: seed.interviewId, contactId: 'no-such-contact', status: 'due' });
    await seedTouch({ id: 'orphan', interviewId: 'no-such-interview', contactId: seed.jane, status: 'due' });
    const { entries } = await loadDueEntries(await db(), NOW);
    const interview = (await (await db()).get('interviews', seed.interviewId))!;
    expect(entries.map(({ touch, ...rest }) => ({ id: touch.id, ...rest })).sort((a, b) => a.id.localeCompare(b.id))).toEqual([
      { id: 'jane', contactName: 'Jane Doe', company: 'Acme Robotics', interviewEnd: interview.end },
      { id: 'nobody', contactName: '', company: 'Acme Robotics', interviewEnd: interview.end },
    ]);
  });

  it('reads at most `limit` due touches of each kind for the popup, and counts them all', async () => {
    const at = (id: string, status: 'planned' | 'due', dueAt: number) => seedTouch({ id, interviewId: seed.interviewId, contactId: seed.jane, status, dueAt });
    for (let i = 0; i < 12; i += 1) await at(`due-${String(i).padStart(2, '0')}`, 'due', NOW - (12 - i) * HOUR);
    for (let i = 0; i < 3; i += 1) await at(`overdue-${i}`, 'planned', NOW - (i + 1) * HOUR);
    const { entries, dueCount } = await loadDueEntries(await db(), NOW, 5);
    expect(dueCount).toBe(15);
    expect(ids(entries.filter((e) => e.touch.status === 'due'))).toEqual(['due-00', 'due-01', 'due-02', 'due-03', 'due-04']);
    expect(entries.filter((e) => e.touch.status === 'planned')).toHaveLength(3);
  });

  it('reads every touch due at the same moment as the last one the limit lets in, so a thank-you note is not cut for a value-add with a smaller id', async () => {
    const at = (id: string, kind: 'thank-you' | 'check-in' | 'value-add', dueAt: number) =>
      seedTouch({ id, interviewId: seed.interviewId, contactId: seed.jane, status: 'due', kind, dueAt });
    await at('a-early', 'value-add', NOW - 2 * HOUR);
    await at('b-value', 'value-add', NOW - HOUR);
    await at('c-check', 'check-in', NOW - HOUR);
    await at('d-thank', 'thank-you', NOW - HOUR);
    await at('e-thank', 'thank-you', NOW - HOUR);
    const { entries, dueCount } = await loadDueEntries(await db(), NOW, 3);
    expect(dueCount).toBe(5);
    // The earliest, then the two thank-you notes of the four due an hour ago: the first three as the list orders them.
    expect(ids(entries)).toEqual(['a-early', 'd-thank', 'e-thank']);
  });

  it('cuts "next up" and the next one beyond the week in the list’s order too', async () => {
    const at = (id: string, kind: 'thank-you' | 'check-in' | 'value-add', dueAt: number) =>
      seedTouch({ id, interviewId: seed.interviewId, contactId: seed.jane, status: 'planned', kind, dueAt });
    for (const [id, kind] of [['a', 'value-add'], ['b', 'check-in'], ['c', 'value-add'], ['d', 'thank-you']] as const) await at(`soon-${id}`, kind, NOW + DAY);
    for (const [id, kind] of [['a', 'value-add'], ['b', 'check-in']] as const) await at(`far-${id}`, kind, NOW + 20 * DAY);
    expect(ids((await loadDueEntries(await db(), NOW, 3)).entries)).toEqual(['far-b', 'soon-a', 'soon-b', 'soon-d']);
  });
});
