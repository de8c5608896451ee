/**
 * When this build cannot open the database (its upgrade failed and was rolled
 * back, or a newer build wrote it), the data is still there, untouched. This
 * opens it at whatever version it is, without upgrading, and reads every store
 * it has into a backup file, so the user can keep a copy before doing anything.
 */
import { openDB } from 'idb';
import { emptyBackupData, RECORD_STORES, serializeBackup, type BackupData } from '../../core/backup/format.ts';
import { DB_NAME } from '../../db/schema.ts';
import { SETTINGS_KEY } from '../../db/settings.ts';

export async function backupAsIs(meta: { appVersion: string; exportedAt: number }): Promise<string> {
  // No version: IndexedDB opens the stored version as it is and runs no upgrade.
  const raw = await openDB(DB_NAME);
  try {
    const present = RECORD_STORES.filter((s) => raw.objectStoreNames.contains(s));
    const withSettings = raw.objectStoreNames.contains('settings') ? [...present, 'settings'] : present;
    const data: BackupData = emptyBackupData();
    if (withSettings.length > 0) {
      const tx = raw.transaction(withSettings, 'readonly');
      for (const store of present) data[store] = (await tx.objectStore(store).getAll()) as never;
      if (withSettings.includes('settings')) data.settings = ((await tx.objectStore('settings').get(SETTINGS_KEY)) as BackupData['settings']) ?? null;
      await tx.done;
    }
    return serializeBackup(data, meta);
  } finally {
    raw.close();
  }
}
