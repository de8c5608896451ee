// When this build cannot open the database (its upgrade failed and was rolled back, or a newer build
// wrote it), the data is still there, untouched: this copies every store as it is, at whatever version.
import { wrap, type IDBPDatabase } from 'idb';
import { backupFileName, emptyBackupData, RECORD_STORES, serializeBackup, type BackupData } from '../../core/backup/backup-file.ts';
import { DB_NAME } from '../../db/schema.ts';
import { SETTINGS_KEY } from '../../db/settings.ts';
import { extensionVersion } from '../../db/popup-snapshot.ts';
import { saveFile } from '../download.ts';

/**
 * The stored database at its own version, or null when none is stored. It must
 * never create or change the database: opened with no version, IndexedDB opens
 * a stored database as it is, but creates an empty one at version 1 when none
 * exists, and every later upgrade would then start from that empty version 1.
 * So an upgrade, which only a database that does not exist yet can need here,
 * is aborted.
 */
function openAsIs(): Promise<IDBPDatabase | null> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME);
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => resolve(wrap(request.result) as IDBPDatabase);
    request.onerror = () => (request.error?.name === 'AbortError' ? resolve(null) : reject(request.error));
  });
}

/** The stored data as a backup file's text, or null when nothing is stored. */
async function backupAsIs(meta: { appVersion: string; exportedAt: number }): Promise<string | null> {
  const raw = await openAsIs();
  if (!raw) return null;
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

/** Saves a copy of the stored data as it is; returns the file's name, or null when nothing is stored. */
export async function saveCopyAsIs(): Promise<string | null> {
  const now = Date.now();
  const text = await backupAsIs({ appVersion: extensionVersion(), exportedAt: now });
  if (text === null) return null;
  const fileName = backupFileName(now);
  saveFile(text, fileName, 'application/json');
  return fileName;
}
