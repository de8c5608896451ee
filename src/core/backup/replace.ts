import { emptyBackupData, RECORD_STORES, type BackupData, type RecordStore } from './backup-file.ts';
import { zeroCounts, type StoreCounts } from './merge.ts';

export interface ReplacePlan {
  /** The records to put; `settings` is null when the stored settings already equal the backup's. */
  writes: BackupData;
  /** The ids to delete, per store. */
  deletes: Record<RecordStore, string[]>;
  /**
   * Stores where most records go: one `clear()` and a put of every incoming
   * record is then cheaper than deleting them one by one. `writes` holds
   * every incoming record of such a store.
   */
  clears: RecordStore[];
  /**
   * Per store, the ids of `writes` that are not stored (new, or in a cleared
   * store): they can be added rather than put, which IndexedDB does faster as
   * it need not look for a record to replace.
   */
  fresh: Record<RecordStore, Set<string>>;
  /** True when the stored settings must go because the backup has none. */
  deleteSettings: boolean;
  counts: Record<RecordStore, StoreCounts>;
}

/**
 * Equality of two JSON-like values (what records are), where a missing field
 * and an `undefined` one are the same, as they are once written to a file.
 * @internal exported for its tests
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, i) => sameValue(item, other[i]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  for (const key of Object.keys(left)) if (!sameValue(left[key], right[key])) return false;
  for (const key of Object.keys(right)) if (!(key in left) && right[key] !== undefined) return false;
  return true;
}

function planStore<T extends { id: string }>(stored: readonly T[], incoming: readonly T[], counts: StoreCounts) {
  const byId = new Map(stored.map((r) => [r.id, r]));
  const kept = new Set<string>();
  const fresh = new Set<string>();
  const writes: T[] = [];
  for (const record of incoming) {
    const known = byId.get(record.id);
    kept.add(record.id);
    if (!known) {
      counts.added += 1;
      fresh.add(record.id);
      writes.push(record);
    } else if (sameValue(known, record)) counts.unchanged += 1;
    else {
      counts.updated += 1;
      writes.push(record);
    }
  }
  const deletes = stored.filter((r) => !kept.has(r.id)).map((r) => r.id);
  counts.removed = deletes.length;
  // When more than half the stored records go, clearing and writing everything is fewer requests.
  const clear = deletes.length > 0 && deletes.length > stored.length / 2;
  return clear ? { writes: [...incoming], fresh: kept, deletes: [], clear } : { writes, fresh, deletes, clear };
}

/**
 * What restoring a backup "instead of" the current data writes: the result is
 * exactly the backup, but only the difference is written (each write is an
 * IndexedDB request with its index entries), so restoring last week's backup
 * over today's data writes a few hundred records instead of tens of thousands.
 */
export function planReplace(stored: BackupData, incoming: BackupData): ReplacePlan {
  const writes = emptyBackupData();
  const deletes = {} as Record<RecordStore, string[]>;
  const counts = zeroCounts();
  const clears: RecordStore[] = [];
  const fresh = {} as Record<RecordStore, Set<string>>;
  for (const store of RECORD_STORES) {
    const plan = planStore<{ id: string }>(stored[store], incoming[store], counts[store]);
    (writes[store] as { id: string }[]) = plan.writes;
    deletes[store] = plan.deletes;
    fresh[store] = plan.fresh;
    if (plan.clear) clears.push(store);
  }
  writes.settings = incoming.settings && !sameValue(stored.settings, incoming.settings) ? incoming.settings : null;
  return { writes, fresh, deletes, clears, deleteSettings: incoming.settings === null && stored.settings !== null, counts };
}
