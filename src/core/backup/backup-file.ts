// The backup file: one JSON document of every store, marked with its format and version.
import { formatLocalDate } from '../local-time.ts';
import type { Contact, Interview, Link, Settings, Template, Tidbit, Touch } from '../types.ts';

export const BACKUP_FORMAT = 'afterview-backup';
/** Raise this, and teach parseBackup to read the old version, whenever the shape of `data` changes. */
export const BACKUP_VERSION = 1;
/** Larger than years of heavy use, small enough that a tab can hold the file while reading it. */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

/** Everything the database holds, store by store. */
export interface BackupData {
  interviews: Interview[];
  contacts: Contact[];
  interviewers: Link[];
  tidbits: Tidbit[];
  touchpoints: Touch[];
  templates: Template[];
  /** Null when the user never saved settings (the defaults then apply). */
  settings: Settings | null;
}

/** The stores that hold a list of records with an `id`; settings is a single record. */
export type RecordStore = Exclude<keyof BackupData, 'settings'>;
export const RECORD_STORES: readonly RecordStore[] = [
  'interviews',
  'contacts',
  'interviewers',
  'tidbits',
  'touchpoints',
  'templates',
];

export interface BackupMeta {
  /** The extension's version (manifest `version`), recorded to help support. */
  appVersion: string;
  /** Epoch milliseconds. */
  exportedAt: number;
}

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  /** ISO 8601, UTC. */
  exportedAt: string;
  app: { version: string };
  data: BackupData;
}

export function emptyBackupData(): BackupData {
  return { interviews: [], contacts: [], interviewers: [], tidbits: [], touchpoints: [], templates: [], settings: null };
}

/** One record per line, so the file reads in an editor and a parse error's line points at a record. */
export function serializeBackup(data: BackupData, meta: BackupMeta): string {
  const head = [
    `"format":${JSON.stringify(BACKUP_FORMAT)}`,
    `"version":${BACKUP_VERSION}`,
    `"exportedAt":${JSON.stringify(new Date(meta.exportedAt).toISOString())}`,
    `"app":${JSON.stringify({ version: meta.appVersion })}`,
  ];
  const stores = RECORD_STORES.map((store) => {
    const records = data[store] as readonly unknown[];
    if (records.length === 0) return `${JSON.stringify(store)}:[]`;
    return `${JSON.stringify(store)}:[\n${records.map((r) => JSON.stringify(r)).join(',\n')}\n]`;
  });
  stores.push(`"settings":${JSON.stringify(data.settings)}`);
  return `{\n${head.join(',\n')},\n"data":{\n${stores.join(',\n')}\n}\n}\n`;
}

/** `afterview-backup-2026-01-15.json`, dated by the local day of `now`. */
export function backupFileName(now: number): string {
  return `afterview-backup-${formatLocalDate(now)}.json`;
}
