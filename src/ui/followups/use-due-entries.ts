import type { Settings } from '../../core/types.ts';
import { useBroadcast } from '../use-broadcast.ts';
import { useLoaded, type Loaded } from '../use-loaded.ts';
import type { DueEntry } from '../../db/due-entries.ts';

const NOTHING = () => undefined;

export interface DueData {
  entries: DueEntry[];
  /** Every touch due now, including any `limit` left out of `entries`. */
  dueCount: number;
  now: number;
  settings: Settings;
}

/**
 * Reloaded after the list's own changes and whenever the background says
 * touches changed (one came due, or a re-plan moved them). `now` is taken at
 * each load, so "due now" means due when the list was read. The settings come
 * along: the snooze choices say when a touch would come back, which depends on
 * the working hours, and reading them here spares the list a second read and a
 * moment when those words would be worked out with defaults the snooze itself
 * does not use. `enabled` false: the page reads the list's data itself and
 * passes it in; nothing is read here.
 */
export function useDueEntries(limit?: number, enabled = true): Loaded<DueData> {
  const loaded = useLoaded(
    enabled
      ? async (d) => {
          const { loadDueEntries, getSettings } = await import('../db-code.ts');
          const now = Date.now();
          const [due, settings] = await Promise.all([loadDueEntries(d, now, limit), getSettings(d)]);
          return { ...due, now, settings };
        }
      : null,
    [limit],
  );
  useBroadcast('touchesChanged', enabled ? loaded.reload : NOTHING);
  return loaded;
}
