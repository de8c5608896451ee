/**
 * The pending touches with their people, reloaded after the list's own
 * changes and whenever the background says touches changed (one came due, or
 * a re-plan moved them). `now` is taken at each load, so "due now" means due
 * when the list was read.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { db } from '../../db/open.ts';
import { errorMessage } from '../../messages/protocol.ts';
import { useBroadcast } from '../use-broadcast.ts';
import { loadDueEntries, type DueEntry } from './load-due.ts';

export interface DueData {
  entries: DueEntry[];
  now: number;
}

export function useDueEntries(): { value: DueData | null; error: string | null; reload: () => void } {
  const [value, setValue] = useState<DueData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    const now = Date.now();
    db()
      .then((d) => loadDueEntries(d, now))
      .then(
        (entries) => live && (setValue({ entries, now }), setError(null)),
        (failure: unknown) => live && setError(errorMessage(failure)),
      );
    return () => {
      live = false;
    };
  }, [version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  useBroadcast('touchesChanged', reload);
  return { value, error, reload };
}
