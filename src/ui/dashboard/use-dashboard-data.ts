/**
 * Loads what the dashboard shows (interviews, people, links, tidbits and
 * touchpoints) in one readonly transaction, so the picture is consistent even
 * while the background writes, and reloads it on demand, when the background
 * says touches or tidbits changed, and when `revision` moves (after a restore).
 * The previous data stays on screen while a reload runs, so nothing flickers.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { db } from '../../db/open.ts';
import { useBroadcast } from '../use-broadcast.ts';
import { buildEntries, type DashboardData, type DashboardEntry } from './dashboard-index.ts';

export interface DashboardState {
  data: DashboardData | null;
  entries: DashboardEntry[];
  error: string | null;
  reload: () => void;
}

async function readDashboard(): Promise<DashboardData> {
  const d = await db();
  const tx = d.transaction(['interviews', 'contacts', 'interviewers', 'tidbits', 'touchpoints']);
  const [interviews, contacts, interviewers, tidbits, touchpoints] = await Promise.all([
    tx.objectStore('interviews').getAll(),
    tx.objectStore('contacts').getAll(),
    tx.objectStore('interviewers').getAll(),
    tx.objectStore('tidbits').getAll(),
    tx.objectStore('touchpoints').getAll(),
  ]);
  await tx.done;
  return { interviews, contacts, interviewers, tidbits, touchpoints };
}

export function useDashboardData(revision: number): DashboardState {
  const [data, setData] = useState<DashboardData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  useBroadcast('touchesChanged', reload);
  useBroadcast('tidbitsChanged', reload);
  useEffect(() => {
    let live = true;
    readDashboard().then(
      (next) => live && (setData(next), setError(null)),
      (failure: unknown) => live && setError(failure instanceof Error ? failure.message : String(failure)),
    );
    return () => {
      live = false;
    };
  }, [revision, version]);
  const entries = useMemo(() => (data ? buildEntries(data) : []), [data]);
  return { data, entries, error, reload };
}
