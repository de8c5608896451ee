import { useMemo } from 'preact/hooks';
import type { Db } from '../../db/open.ts';
import { useBroadcast } from '../use-broadcast.ts';
import { useLoaded } from '../use-loaded.ts';
import { buildEntries, type DashboardData, type DashboardEntry } from './dashboard-index.ts';

export interface DashboardState {
  data: DashboardData | null;
  entries: DashboardEntry[];
  error: string | null;
  reload: () => void;
}

async function readDashboard(d: Db): Promise<DashboardData> {
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

/**
 * Loads what the dashboard shows in one readonly transaction, so the picture is
 * consistent even while the background writes, and reloads it when the
 * background says touches or tidbits changed and when `revision` moves (after a
 * restore). The previous data stays on screen while a reload runs, so nothing
 * flickers. `enabled` false: the section shown does not use it (the Tidbits
 * tab), so nothing is read to compete with its own reads.
 */
export function useDashboardData(revision: number, enabled = true): DashboardState {
  const { value: data, error, reload } = useLoaded(enabled ? readDashboard : null, [revision, enabled]);
  useBroadcast('touchesChanged', reload);
  useBroadcast('tidbitsChanged', reload);
  const entries = useMemo(() => (data ? buildEntries(data) : []), [data]);
  return { data, entries, error, reload };
}
