// The popup's snapshot, and how much its due lists show. Imports neither idb nor the database's readers and writers, so the popup's first chunk can paint from the copy without them.
import browser from 'webextension-polyfill';
import type { Settings } from '../core/types.ts';
import type { LoadedDue } from './due-entries.ts';
import type { InterviewDetail } from './interviews.ts';

export interface PopupState {
  /** The interview shown up close at first (focusOf: the open one that most recently took place), with its people. */
  first: InterviewDetail | null;
  /** How many interviews there are in all (the switcher's label). */
  total: number;
  due: LoadedDue;
  /** When `due` was read: "due now" means due then. */
  now: number;
  settings: Settings;
}

/** How far ahead the due list's "Next up" looks, and how many it lists. */
export const UPCOMING_DAYS = 7;
export const UPCOMING_MAX = 3;
/** How many due touches the popup lists before "N more". */
export const POPUP_DUE_LIMIT = 3;

export const SNAPSHOT_KEY = 'afterview-popup-snapshot';

export interface Snapshot {
  /** The extension's version that wrote it. */
  version: string;
  state: PopupState;
}

/** This build's version: the popup's copy is stamped with it (one written by an older version, of another shape or schema, is not trusted), and saved files carry it. */
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
