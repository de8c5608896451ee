import { useMemo } from 'preact/hooks';
import type { PopupState } from '../db/popup-snapshot.ts';
import { useBroadcast } from '../ui/use-broadcast.ts';
import type { DueData } from '../ui/followups/use-due-entries.ts';
import { useLoaded, type Loaded } from '../ui/use-loaded.ts';

export interface PopupData {
  state: Loaded<PopupState>;
  /** The due list's part of it. */
  due: Loaded<DueData>;
  /** The database has answered: what is shown is no longer only the snapshot. */
  confirmed: boolean;
}

/**
 * The popup's first screen as data: painted from the snapshot the background
 * keeps (db/popup-snapshot.ts) when there is one, then confirmed by the same
 * read from the database, which replaces it. Both give the same screen, so the
 * confirmation changes nothing visible unless the snapshot was behind.
 */
export function usePopupState(snapshot: PopupState | null): PopupData {
  const read = useLoaded(async (d) => (await import('../ui/db-code.ts')).readPopupState(d, Date.now()));
  const reload = read.reload;
  useBroadcast('touchesChanged', reload);
  const confirmed = read.value !== null;
  const value = read.value ?? (read.error ? null : snapshot);
  const state: Loaded<PopupState> = { value, error: read.error, current: confirmed ? read.current : value !== null, reload };
  const dueValue = useMemo<DueData | null>(() => (value ? { ...value.due, now: value.now, settings: value.settings } : null), [value]);
  const due: Loaded<DueData> = { value: dueValue, error: read.error, current: state.current, reload };
  return { state, due, confirmed };
}
