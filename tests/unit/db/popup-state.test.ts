/**
 * The popup's snapshot: the background writes it at the end of every refresh
 * that follows or makes a change, so after any change reported to it the
 * snapshot is what the database holds.
 */
import { describe, expect, it } from 'vitest';
import { handlers } from '../../../src/background/messages.ts';
import { refresh } from '../../../src/background/refresh.ts';
import { db } from '../../../src/db/open.ts';
import { readPopupSnapshot } from '../../../src/db/popup-snapshot.ts';
import { readPopupState, writePopupSnapshot } from '../../../src/db/popup-state.ts';
import { contactRecord, linkRecord, interviewRecord } from '../../support/records.ts';
import { fakeBrowser } from '../../setup/browser.ts';

const HOUR = 3_600_000;

describe('the popup snapshot', () => {
  it('is none until the background has run, then what the database holds after each change it is told of', async () => {
    expect(await readPopupSnapshot()).toBeNull();
    await refresh({ replan: false });
    expect((await readPopupSnapshot())?.total).toBe(0);

    const d = await db();
    const start = Date.now() - 2 * HOUR;
    await d.put('interviews', interviewRecord({ id: 'iv', company: 'Acme', start, end: start + HOUR }));
    await d.put('contacts', contactRecord({ id: 'c', name: 'Jane Doe', company: 'Acme' }));
    await d.put('interviewers', linkRecord({ id: 'l', interviewId: 'iv', contactId: 'c' }));
    // What a page's notifyChanged reaches in the background.
    await handlers.dataChanged({ stores: ['interviews', 'interviewers'], interviewIds: ['iv'] });

    const snapshot = await readPopupSnapshot();
    expect(snapshot?.first?.interview.company).toBe('Acme');
    expect(snapshot?.first?.interviewers.map((p) => p.contact.name)).toEqual(['Jane Doe']);
    // The thank-you planned by that refresh is in it, as in a read made now.
    const now = await readPopupState(d, snapshot!.now);
    expect(snapshot).toEqual(JSON.parse(JSON.stringify(now)));
    expect(snapshot?.due.entries.map((e) => e.touch.kind)).toContain('thank-you');
  });

  it('is not written again by a refresh that changes nothing, and is by a change to a store no plan reads', async () => {
    const d = await db();
    const start = Date.now() - 2 * HOUR;
    await d.put('interviews', interviewRecord({ id: 'iv', company: 'Acme', start, end: start + HOUR }));
    await d.put('contacts', contactRecord({ id: 'c', name: 'Jane Doe', company: 'Acme' }));
    await d.put('interviewers', linkRecord({ id: 'l', interviewId: 'iv', contactId: 'c' }));
    await handlers.dataChanged({ stores: ['interviews', 'interviewers'], interviewIds: ['iv'] });
    expect(await readPopupSnapshot()).not.toBeNull();

    // A worker woken (or an alarm) within the same session, with nothing due: the copy is left alone.
    await fakeBrowser().storage.local.remove('afterview-popup-snapshot');
    await refresh({ replan: false });
    expect(await readPopupSnapshot()).toBeNull();

    // A contact renamed: no plan moves, but the popup shows the name.
    await d.put('contacts', contactRecord({ id: 'c', name: 'Jane Smith', company: 'Acme' }));
    await handlers.dataChanged({ stores: ['contacts'] });
    expect((await readPopupSnapshot())?.first?.interviewers.map((p) => p.contact.name)).toEqual(['Jane Smith']);
  });

  it('is ignored when another version of the extension wrote it, or none is named', async () => {
    await writePopupSnapshot(await db());
    const written = (await fakeBrowser().storage.local.get('afterview-popup-snapshot'))['afterview-popup-snapshot'] as { version: string; state: unknown };
    expect(written.version).toBe(fakeBrowser().runtime.getManifest().version);
    expect(await readPopupSnapshot()).toEqual(written.state);

    await fakeBrowser().storage.local.set({ 'afterview-popup-snapshot': { ...written, version: '0.0.1' } });
    expect(await readPopupSnapshot()).toBeNull();
    // As an older build wrote it: stamped with the database's version only.
    await fakeBrowser().storage.local.set({ 'afterview-popup-snapshot': { dbVersion: 1, state: written.state } });
    expect(await readPopupSnapshot()).toBeNull();
  });
});
