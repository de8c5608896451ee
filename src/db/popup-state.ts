/**
 * What the popup's first screen shows (the focused interview with its people,
 * the touches due), read in one place, and a copy of it kept in storage.local:
 * the popup paints that copy before it has opened the database, then confirms
 * it with this same read, so both give the same screen.
 *
 * The copy is written by writePopupSnapshot only, which the background calls
 * at the end of every refresh that follows or makes a change: every write of
 * a page or the background is reported there (db/write.ts, a notification's
 * snooze, the alarm's collection, the start-up re-plan), so the copy follows
 * every change of the database. A worker woken for nothing else, or an alarm
 * that found nothing due, does not write it again.
 */
import browser from 'webextension-polyfill';
import type { Settings } from '../core/types.ts';
import { loadDueEntries, POPUP_DUE_LIMIT, type LoadedDue } from './due-entries.ts';
import { recentInterviews, type InterviewDetail } from './interviews.ts';
import { DB_VERSION } from './migrations.ts';
import type { Db } from './open.ts';
import { getSettings } from './settings.ts';


export interface PopupState {
  /** The interview shown up close at first: the latest still open, else the latest; with its people. */
  first: InterviewDetail | null;
  /** How many interviews there are in all (the switcher's label). */
  total: number;
  due: LoadedDue;
  /** When `due` was read: "due now" means due then. */
  now: number;
  settings: Settings;
}

export async function readPopupState(d: Db, now: number): Promise<PopupState> {
  const [recent, due, settings] = await Promise.all([recentInterviews(d, 1, now), loadDueEntries(d, now, POPUP_DUE_LIMIT), getSettings(d)]);
  return { first: recent.first, total: recent.total, due, now, settings };
}

const SNAPSHOT_KEY = 'afterview-popup-snapshot';

interface Snapshot {
  /** A copy written for another schema is not trusted to have today's shape. */
  dbVersion: number;
  state: PopupState;
}

export async function writePopupSnapshot(d: Db, now = Date.now()): Promise<void> {
  const snapshot: Snapshot = { dbVersion: DB_VERSION, state: await readPopupState(d, now) };
  await browser.storage.local.set({ [SNAPSHOT_KEY]: snapshot });
}

/** The copy, or null when there is none yet or it cannot be read: the popup then waits for the database. */
export async function readPopupSnapshot(): Promise<PopupState | null> {
  try {
    const snapshot = (await browser.storage.local.get(SNAPSHOT_KEY))[SNAPSHOT_KEY] as Snapshot | undefined;
    return snapshot?.dbVersion === DB_VERSION && snapshot.state ? snapshot.state : null;
  } catch {
    return null;
  }
}
