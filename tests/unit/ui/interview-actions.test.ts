import { describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/db/open.ts';
import { removeInterview } from '../../../src/ui/interview-actions.ts';
import { draftKey } from '../../../src/ui/compose/draft-keys.ts';
import { fakeBrowser } from '../../setup/browser.ts';
import { interviewRecord } from '../../support/records.ts';

/** Whether the composer's state module was loaded: deleting an interview must not need it. */
const loaded = vi.hoisted(() => ({ composer: false }));
vi.mock('../../../src/ui/compose/compose-state.ts', async (original) => {
  loaded.composer = true;
  return original();
});

describe('removeInterview', () => {
  it('forgets the drafts written for that interview only, without loading the composer', async () => {
    fakeBrowser().runtime.onMessage.addListener(() => Promise.resolve({ ok: true, value: {} }));
    const d = await db();
    await d.put('interviews', interviewRecord({ id: 'gone' }));
    await d.put('interviews', interviewRecord({ id: 'kept' }));
    const drafts = { savedAt: Date.now(), active: null, notes: {} };
    await fakeBrowser().storage.local.set({ [draftKey('gone')]: drafts, [draftKey('kept')]: drafts });

    expect(await removeInterview('gone')).toMatchObject({ interview: { id: 'gone' } });
    expect([...fakeBrowser()._state.storage.keys()]).toEqual([draftKey('kept')]);
    expect(loaded.composer).toBe(false);
  });
});
