/**
 * The pending touches with their people, reloaded after the list's own
 * changes and whenever the background says touches changed (one came due, or
 * a re-plan moved them). `now` is taken at each load, so "due now" means due
 * when the list was read.
 */
import { useBroadcast } from '../use-broadcast.ts';
import { useLoaded, type Loaded } from '../use-loaded.ts';
import { loadDueEntries, type DueEntry } from './load-due.ts';

export interface DueData {
  entries: DueEntry[];
  /** Every touch due now, including any `limit` left out of `entries`. */
  dueCount: number;
  now: number;
}

export function useDueEntries(limit?: number): Loaded<DueData> {
  const loaded = useLoaded(async (d) => {
    const now = Date.now();
    return { ...(await loadDueEntries(d, now, limit)), now };
  }, [limit]);
  useBroadcast('touchesChanged', loaded.reload);
  return loaded;
}
