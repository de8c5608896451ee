import { describe, expect, it } from 'vitest';
import { RECORD_STORES, type BackupData } from '../../../../src/core/backup/backup-file.ts';
import { planReplace, sameValue } from '../../../../src/core/backup/replace.ts';
import { byId } from '../../../support/by-id.ts';
import { makeDataset } from '../../../support/seed.ts';

/** What the stores hold once the plan is carried out over `stored`. */
function applied(stored: BackupData, plan: ReturnType<typeof planReplace>): BackupData {
  const result = structuredClone(stored);
  for (const store of RECORD_STORES) {
    const byId = new Map<string, unknown>();
    if (!plan.clears.includes(store)) for (const r of result[store] as { id: string }[]) byId.set(r.id, r);
    for (const id of plan.deletes[store]) byId.delete(id);
    for (const r of plan.writes[store] as { id: string }[]) byId.set(r.id, r);
    (result[store] as unknown[]) = [...byId.values()];
  }
  result.settings = plan.deleteSettings ? null : (plan.writes.settings ?? result.settings);
  return result;
}

describe('sameValue', () => {
  it.each([
    [{ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 }, true],
    [{ a: 1, gone: undefined }, { a: 1 }, true],
    [{ a: 1 }, { a: 1, gone: undefined }, true],
    [{ a: 1 }, { a: 2 }, false],
    [{ a: null }, { a: undefined }, false],
    [{ a: [1, 2] }, { a: [2, 1] }, false],
    [{ a: [1] }, { a: { 0: 1 } }, false],
    [{ a: 'x' }, { a: 'x', b: '' }, false],
    [null, {}, false],
  ])('%j and %j: %s', (a, b, same) => {
    expect(sameValue(a, b)).toBe(same);
    expect(sameValue(b, a)).toBe(same);
  });
});

describe('planReplace', () => {
  const backup = makeDataset({ interviews: 10, contacts: 30, tidbits: 25, touchpoints: 60, seed: 3 });

  it('writes nothing when the stored data already is the backup', () => {
    const plan = planReplace(structuredClone(backup), backup);
    for (const store of RECORD_STORES) {
      expect(plan.writes[store], store).toEqual([]);
      expect(plan.deletes[store], store).toEqual([]);
      expect(plan.counts[store], store).toEqual({ added: 0, updated: 0, unchanged: backup[store].length, removed: 0 });
    }
    expect(plan.writes.settings).toBeNull();
    expect(plan.deleteSettings).toBe(false);
  });

  it('writes only the difference, and the result is exactly the backup', () => {
    const stored = structuredClone(backup);
    stored.interviews[0]!.notes = 'changed here since the backup';
    stored.touchpoints.splice(5, 2);
    const extra = makeDataset({ interviews: 2, contacts: 3, tidbits: 4, touchpoints: 5, seed: 4 });
    stored.tidbits.push(...extra.tidbits);
    stored.settings = { ...stored.settings!, name: 'Someone else' };

    const plan = planReplace(stored, backup);
    expect(plan.writes.interviews).toEqual([backup.interviews[0]]);
    expect(plan.writes.touchpoints).toEqual(backup.touchpoints.slice(5, 7));
    // Only records that are not stored may be added rather than put.
    expect([...plan.fresh.touchpoints].sort()).toEqual(backup.touchpoints.slice(5, 7).map((t) => t.id).sort());
    expect([...plan.fresh.interviews]).toEqual([]);
    expect(plan.deletes.tidbits.sort()).toEqual(extra.tidbits.map((t) => t.id).sort());
    expect(plan.counts.interviews).toEqual({ added: 0, updated: 1, unchanged: backup.interviews.length - 1, removed: 0 });
    expect(plan.counts.touchpoints).toEqual({ added: 2, updated: 0, unchanged: backup.touchpoints.length - 2, removed: 0 });
    expect(plan.counts.tidbits).toEqual({ added: 0, updated: 0, unchanged: backup.tidbits.length, removed: extra.tidbits.length });
    expect(plan.writes.settings).toEqual(backup.settings);
    expect(byId(applied(stored, plan))).toEqual(byId(backup));
    expect(applied(stored, plan).settings).toEqual(backup.settings);
  });

  it('clears a store whose records mostly go, and then writes all of the backup’s', () => {
    const stored = makeDataset({ interviews: 10, contacts: 30, tidbits: 25, touchpoints: 60, seed: 8 });
    const plan = planReplace(stored, backup);
    expect(plan.clears).toEqual(expect.arrayContaining(['interviews', 'contacts', 'tidbits', 'touchpoints']));
    expect(plan.writes.touchpoints).toEqual(backup.touchpoints);
    expect(plan.fresh.touchpoints).toEqual(new Set(backup.touchpoints.map((t) => t.id)));
    expect(plan.counts.touchpoints.removed).toBe(stored.touchpoints.length);
    expect(byId(applied(stored, plan))).toEqual(byId(backup));
  });

  it('removes the stored settings when the backup has none', () => {
    const plan = planReplace(structuredClone(backup), { ...backup, settings: null });
    expect(plan.deleteSettings).toBe(true);
    expect(applied(backup, plan).settings).toBeNull();
  });
});
