/**
 * The re-plan in small transactions, and the start-up re-plan that does only
 * what changed since it last ran: the popup's reads never wait for a whole
 * re-plan of a thousand interviews, and a start re-plans the few that need it.
 */
import { describe, expect, it } from 'vitest';
import { changedSince, REPLAN_BATCH, replanInterviews, replanMark } from '../../../src/background/replan.ts';
import type { Touch } from '../../../src/core/types.ts';
import { db, type Db } from '../../../src/db/open.ts';
import { getSettings } from '../../../src/db/settings.ts';
import { contactRecord, linkRecord, interviewRecord, touchRecord } from '../../support/records.ts';

const HOUR = 3_600_000;
const NOW = new Date(2026, 5, 10, 12).getTime();

async function seedInterviews(count: number): Promise<Db> {
  const d = await db();
  await d.put('contacts', contactRecord({ id: 'c', name: 'Jane Doe', company: 'Acme' }));
  for (let i = 0; i < count; i += 1) {
    const start = NOW - (i + 1) * 24 * HOUR;
    await d.put('interviews', interviewRecord({ id: `iv${String(i).padStart(3, '0')}`, company: 'Acme', start, end: start + HOUR, createdAt: start, updatedAt: start }));
    await d.put('interviewers', linkRecord({ id: `l${i}`, interviewId: `iv${String(i).padStart(3, '0')}`, contactId: 'c' }));
  }
  return d;
}

/** Counts the read-write transactions opened on `d`. */
function watchWrites(d: Db) {
  const seen = { transactions: 0 };
  const open = d.transaction.bind(d);
  (d as unknown as { transaction: typeof d.transaction }).transaction = ((stores: never, mode?: IDBTransactionMode) => {
    if (mode === 'readwrite') seen.transactions += 1;
    return open(stores, mode);
  }) as typeof d.transaction;
  return seen;
}

describe('the re-plan', () => {
  it(`works in transactions of at most ${REPLAN_BATCH} interviews and plans every one`, async () => {
    const d = await seedInterviews(REPLAN_BATCH * 2 + 3);
    const seen = watchWrites(d);
    const summary = await replanInterviews(d, NOW);
    expect(seen.transactions).toBe(3);
    const planned = new Set(((await d.getAll('touchpoints')) as Touch[]).map((t) => t.interviewId));
    expect(planned.size).toBe(REPLAN_BATCH * 2 + 3);
    expect(summary.created).toBeGreaterThanOrEqual(REPLAN_BATCH * 2 + 3);
  });

  it('removes the planned touches of an interview that is gone, and keeps what was sent', async () => {
    const d = await seedInterviews(2);
    await d.put('touchpoints', touchRecord({ id: 'orphan', interviewId: 'gone', contactId: 'c', status: 'planned', dueAt: NOW + HOUR }));
    await d.put('touchpoints', touchRecord({ id: 'sent', interviewId: 'gone', contactId: 'c', status: 'sent', dueAt: NOW - HOUR }));
    await d.put('touchpoints', touchRecord({ id: 'first', interviewId: '', contactId: 'c', status: 'planned', dueAt: NOW + HOUR }));
    await replanInterviews(d, NOW);
    const ids = ((await d.getAll('touchpoints')) as Touch[]).map((t) => t.id);
    expect(ids).not.toContain('orphan');
    expect(ids).not.toContain('first');
    expect(ids).toContain('sent');
  });
});

describe('the start-up re-plan, after a first one', () => {
  it('re-plans everything when there is no mark, or the settings or the time zone changed', async () => {
    const d = await seedInterviews(3);
    const mark = replanMark(await getSettings(d), NOW);
    expect(await changedSince(d, null, mark)).toBeUndefined();
    expect(await changedSince(d, { ...mark, zone: 'Pacific/Auckland' === mark.zone ? 'Europe/Oslo' : 'Pacific/Auckland' }, mark)).toBeUndefined();
    expect(await changedSince(d, { ...mark, settings: '{}' }, mark)).toBeUndefined();
  });

  it('re-plans only the interviews written since, and those with a touch whose time came while the browser was closed', async () => {
    const d = await seedInterviews(5);
    await replanInterviews(d, NOW);
    const mark = replanMark(await getSettings(d), NOW);
    const later = NOW + 3 * 24 * HOUR;
    const markLater = replanMark(await getSettings(d), later);
    // Nothing changed, and no planned touch came due: nothing to do.
    const waiting = ((await d.getAll('touchpoints')) as Touch[]).filter((t) => t.status === 'planned' && t.dueAt <= later);
    for (const touch of waiting) await d.put('touchpoints', { ...touch, dueAt: later + 24 * HOUR });
    expect(await changedSince(d, mark, markLater)).toEqual([]);
    // One interview edited since, and one touch of another that came due meanwhile.
    const edited = (await d.get('interviews', 'iv001'))!;
    await d.put('interviews', { ...edited, role: 'Lead', updatedAt: NOW + HOUR });
    const [overdue] = ((await d.getAll('touchpoints')) as Touch[]).filter((t) => t.interviewId === 'iv003' && t.status === 'planned');
    await d.put('touchpoints', { ...overdue!, dueAt: later - HOUR });
    expect((await changedSince(d, mark, markLater))!.sort()).toEqual(['iv001', 'iv003']);
  });
});
