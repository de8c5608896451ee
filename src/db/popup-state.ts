// The popup's first screen read in one place, and kept as a copy in storage.local: the popup paints that copy before it has opened
// the database, then confirms it with this same read, so both give the same screen.
import browser from 'webextension-polyfill';
import { loadDueEntries } from './due-entries.ts';
import { focusedInterview } from './interviews.ts';
import type { Db } from './open.ts';
import { extensionVersion, POPUP_DUE_LIMIT, SNAPSHOT_KEY, type PopupState, type Snapshot } from './popup-snapshot.ts';
import { getSettings } from './settings.ts';

export async function readPopupState(d: Db, now: number): Promise<PopupState> {
  const [focused, due, settings] = await Promise.all([focusedInterview(d, now), loadDueEntries(d, now, POPUP_DUE_LIMIT), getSettings(d)]);
  return { first: focused.first, total: focused.total, due, now, settings };
}

/**
 * The only writer of the copy (which the popup reads through
 * popup-snapshot.ts). The background calls it at the end of every refresh that
 * follows or makes a change: every write of a page or the background is
 * reported there (db/write.ts, a notification's snooze, the alarm's
 * collection, the start-up re-plan), so the copy follows every change of the
 * database; and at once after an install or an update (background/index.ts),
 * when there is no copy of this version yet. A worker woken for nothing else,
 * or an alarm that found nothing due, does not write it again.
 */
export async function writePopupSnapshot(d: Db, now = Date.now()): Promise<void> {
  const snapshot: Snapshot = { version: extensionVersion(), state: await readPopupState(d, now) };
  await browser.storage.local.set({ [SNAPSHOT_KEY]: snapshot });
}
