/**
 * The popup's snapshot as the popup reads it before its first paint: a copy in
 * storage.local of what its first screen shows (see popup-state.ts, where the
 * background writes it). This module imports neither idb nor the database's
 * readers and writers, so the popup's first chunk can paint without them.
 *
 * The copy is stamped with the extension's version: one written by an older
 * version (another shape, another schema) is not trusted, and the popup then
 * waits for the database.
 */
import browser from 'webextension-polyfill';
import type { Settings } from '../core/types.ts';
import type { LoadedDue } from './due-entries.ts';
import type { InterviewDetail } from './interviews.ts';

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

export const SNAPSHOT_KEY = 'afterview-popup-snapshot';

export interface Snapshot {
  /** The extension's version that wrote it. */
  version: string;
  state: PopupState;
}

export function extensionVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return '';
  }
}

/** The copy, or null when there is none yet, it cannot be read, or an older version wrote it: the popup then waits for the database. */
export async function readPopupSnapshot(): Promise<PopupState | null> {
  try {
    const snapshot = (await browser.storage.local.get(SNAPSHOT_KEY))[SNAPSHOT_KEY] as Snapshot | undefined;
    const version = extensionVersion();
    return version && snapshot?.version === version && snapshot.state ? snapshot.state : null;
  } catch {
    return null;
  }
}
