import { describe, expect, it } from 'vitest';
import { DRAFT_TTL_MS, forgetStaleDrafts, loadDrafts, readDrafts, saveDrafts, type SavedDrafts } from '../../../../src/ui/compose/compose-state.ts';
import { draftKey } from '../../../../src/ui/compose/draft-keys.ts';
import { fakeBrowser } from '../../../setup/browser.ts';

const draft = { templateId: 'builtin-thank-you', topic: 'Kafka', tidbitId: 't1', subjectEdit: null, bodyEdit: 'My words', handedTo: 'gmail' as const, touched: true };

describe('draft store', () => {
  it('gives back what was saved for the interview', async () => {
    const saved: SavedDrafts = { savedAt: 1_000, active: 'anna', notes: { anna: draft } };
    await saveDrafts('iv1', saved);
    expect(await loadDrafts('iv1', 2_000)).toEqual(saved);
    expect(await loadDrafts('iv2', 2_000)).toBeNull();
  });

  it('keeps that a note is the on-device model’s draft across a reopening, and only when it says so', async () => {
    const byModel = { ...draft, byModel: true };
    await saveDrafts('iv1', { savedAt: 1_000, active: 'anna', notes: { anna: byModel } });
    expect((await loadDrafts('iv1', 2_000))?.notes.anna).toEqual(byModel);
    expect(readDrafts({ savedAt: 1, active: null, notes: { anna: { ...draft, byModel: 'yes' } } })?.notes.anna).toEqual(draft);
  });

  it('drops drafts older than the time to live, and removes them from storage', async () => {
    await saveDrafts('iv1', { savedAt: 0, active: null, notes: { anna: draft } });
    expect(await loadDrafts('iv1', DRAFT_TTL_MS + 1)).toBeNull();
    expect(fakeBrowser()._state.storage.has(draftKey('iv1'))).toBe(false);
  });

  it('sweeps stale and malformed drafts of any interview, and nothing else', async () => {
    await saveDrafts('old', { savedAt: 0, active: null, notes: {} });
    await saveDrafts('fresh', { savedAt: DRAFT_TTL_MS, active: null, notes: {} });
    await fakeBrowser().storage.local.set({ [draftKey('broken')]: 'x', unrelated: 1 });
    await forgetStaleDrafts(DRAFT_TTL_MS + 1);
    expect([...fakeBrowser()._state.storage.keys()].sort()).toEqual([draftKey('fresh'), 'unrelated'].sort());
  });

  it.each([
    ['not an object', 'x'],
    ['no date', { active: null, notes: {} }],
    ['no notes', { savedAt: 1 }],
  ])('refuses a stored value with %s', (_name, value) => {
    expect(readDrafts(value)).toBeNull();
  });

  it('drops a malformed note and cleans the fields of the others', () => {
    const read = readDrafts({
      savedAt: 5,
      active: 42,
      notes: { bad: { topic: 3 }, anna: { ...draft, handedTo: 'fax', tidbitId: 7, subjectEdit: 'x'.repeat(9_999) } },
    });
    expect(read?.active).toBeNull();
    expect(Object.keys(read?.notes ?? {})).toEqual(['anna']);
    expect(read?.notes.anna).toMatchObject({ handedTo: null, tidbitId: null, bodyEdit: 'My words' });
    expect(read?.notes.anna?.subjectEdit).toHaveLength(501);
  });
});
