/**
 * The pending touches with their people, reloaded after the list's own
 * changes and whenever the background says touches changed (one came due, or
 * a re-plan moved them). `now` is taken at each load, so "due now" means due
 * when the list was read.
 */
import { useCallback, useLayoutEffect, useState } from 'preact/hooks';
import { db } from '../../db/open.ts';
import { errorMessage } from '../../messages/protocol.ts';
import { useBroadcast } from '../use-broadcast.ts';
import { loadDueEntries, type DueEntry } from './load-due.ts';

export interface DueData {
  entries: DueEntry[];
  /** Every touch due now, including any `limit` left out of `entries`. */
  dueCount: number;
  now: number;
}

export function useDueEntries(limit?: number): { value: DueData | null; error: string | null; reload: () => void } {
  const [value, setValue] = useState<DueData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  useLayoutEffect(() => {
    let live = true;
    const now = Date.now();
    db()
      .then((d) => loadDueEntries(d, now, limit))
      .then(
        ({ entries, dueCount }) => live && (setValue({ entries, dueCount, now }), setError(null)),
        (failure: unknown) => live && setError(errorMessage(failure)),
      );
    return () => {
      live = false;
    };
  }, [version, limit]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  useBroadcast('touchesChanged', reload);
  return { value, error, reload };
}
