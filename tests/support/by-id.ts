/** Test helper for comparing whole databases. */
import { RECORD_STORES, type BackupData } from '../../src/core/backup/backup-file.ts';

/** Each store sorted by id, since getAll returns key order and a data set is in creation order. */
export function byId(data: BackupData): BackupData {
  const copy = structuredClone(data);
  for (const store of RECORD_STORES) (copy[store] as { id: string }[]).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return copy;
}
