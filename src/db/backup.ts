import { unwrap, type IDBPTransaction } from 'idb';
import { RECORD_STORES, serializeBackup, type Backup, type BackupData, type BackupMeta, type RecordStore } from '../core/backup/backup-file.ts';
import { planMerge, type StoreCounts } from '../core/backup/merge.ts';
import { parseBackup, type ParseOptions } from '../core/backup/parse.ts';
import { planReplace } from '../core/backup/replace.ts';
import type { Problem } from '../core/backup/problems.ts';
import { provideTokeniser } from './migrations.ts';
import type { Db } from './open.ts';
import { STORE_NAMES, type AfterviewSchema, type StoreName } from './schema.ts';
import { SETTINGS_KEY } from './settings.ts';
import { withDefaultSettings } from '../core/types.ts';
import { needsTerms, withoutTerms, withTerms } from '../core/tidbits/terms.ts';

// An import writes tidbits with their terms, so its page has the tokeniser an upgrade may need (migrations.ts).
provideTokeniser({ needsTerms, withTerms });

/** Reading the stored data is the first `READ_SHARE` of an import's progress, writing runs up to `PROGRESS_SHARE`, the commit is the rest. */
const READ_SHARE = 0.1;
const PROGRESS_SHARE = 0.99;
const PROGRESS_STEPS = 100;

export type Progress = (fraction: number) => void;
export type ImportMode = 'merge' | 'replace';

export interface ImportSummary {
  mode: ImportMode;
  /** How many records were put, settings included. */
  written: number;
  counts: Record<RecordStore, StoreCounts>;
  mergedContacts: number;
}

/** An import that failed and was rolled back: the stored data is unchanged. It says why. */
export class RestoreError extends Error {
  override name = 'RestoreError';
  /** The disk, or the browser's quota for Afterview, was full: the one cause a person can fix at once. */
  readonly noSpace: boolean;
  /** The cause in the browser's words, e.g. "DataError: …". */
  readonly detail: string;
  constructor(cause: unknown) {
    const noSpace = causeName(cause) === 'QuotaExceededError';
    const detail = causeText(cause);
    super(
      noSpace
        ? 'The backup could not be written: the disk, or the space this browser gives Afterview, is full. The stored data was left as it was.'
        : `The backup could not be written (${detail}). The stored data was left as it was.`,
      { cause },
    );
    this.noSpace = noSpace;
    this.detail = detail;
  }
}

function causeName(cause: unknown): string {
  return typeof cause === 'object' && cause !== null && typeof (cause as { name?: unknown }).name === 'string' ? (cause as { name: string }).name : '';
}

function causeText(cause: unknown): string {
  const name = causeName(cause);
  const message = cause instanceof Error || cause instanceof DOMException ? cause.message : String(cause);
  return name && message ? `${name}: ${message}` : name || message;
}

type AnyTx = IDBPTransaction<AfterviewSchema, StoreName[], 'readonly' | 'readwrite'>;

async function readAll(tx: AnyTx, onProgress?: Progress): Promise<BackupData> {
  let done = 0;
  const step = <T>(value: T): T => (onProgress?.(++done / (RECORD_STORES.length + 1)), value);
  const [interviews, contacts, interviewers, tidbits, touchpoints, templates, stored] = await Promise.all([
    tx.objectStore('interviews').getAll().then(step),
    tx.objectStore('contacts').getAll().then(step),
    tx.objectStore('interviewers').getAll().then(step),
    tx.objectStore('tidbits').getAll().then(step),
    tx.objectStore('touchpoints').getAll().then(step),
    tx.objectStore('templates').getAll().then(step),
    tx.objectStore('settings').get(SETTINGS_KEY).then(step),
  ]);
  // Null, not the defaults, when none were saved: a backup keeps that difference.
  const settings = stored ? withDefaultSettings(stored) : null;
  // A tidbit's terms are derived from its text: a backup does not carry them, and an import compares tidbits without them.
  return { interviews, contacts, interviewers, tidbits: tidbits.map(withoutTerms), touchpoints, templates, settings };
}

/** One readonly transaction over every store, so the file is a consistent snapshot even while the background writes. */
export async function exportAll(d: Db, onProgress?: Progress): Promise<BackupData> {
  const tx = d.transaction([...STORE_NAMES], 'readonly');
  // When a read fails, its error is the one thrown; tx.done's is only marked as seen.
  tx.done.catch(() => undefined);
  const data = await readAll(tx, onProgress);
  await tx.done;
  return data;
}

/**
 * The backup file's text, ready to be saved.
 * @internal exported for its tests
 */
export async function exportBackupText(d: Db, meta: BackupMeta, onProgress?: Progress): Promise<string> {
  return serializeBackup(await exportAll(d, onProgress), meta);
}

/**
 * Issues every write on the raw stores (no promise per record) and reports
 * progress from the success of about every hundredth one. A record `fresh`
 * says is not stored is added, which is faster than a put.
 */
function putAll(tx: AnyTx, writes: BackupData, progress: Progress, fresh?: Record<RecordStore, Set<string>>): number {
  const total = RECORD_STORES.reduce((n, s) => n + writes[s].length, writes.settings ? 1 : 0);
  const every = Math.max(1, Math.ceil(total / PROGRESS_STEPS));
  let issued = 0;
  const put = (store: StoreName, value: unknown, key?: string, add = false) => {
    const target = unwrap(tx.objectStore(store));
    const request = add ? target.add(value, key) : target.put(value, key);
    issued += 1;
    if (issued % every === 0 || issued === total) {
      const fraction = READ_SHARE + (issued / total) * (PROGRESS_SHARE - READ_SHARE);
      request.onsuccess = () => progress(fraction);
    }
  };
  for (const store of RECORD_STORES) {
    const isFresh = fresh?.[store];
    // Each tidbit written is stored with its terms, computed here, as every tidbit write does (db/tidbits.ts).
    const records: readonly { id: string }[] = store === 'tidbits' ? writes.tidbits.map(withTerms) : writes[store];
    for (const record of records) put(store, record, undefined, isFresh?.has(record.id));
  }
  if (writes.settings) put('settings', writes.settings, SETTINGS_KEY);
  return total;
}

/**
 * Writes a parsed backup. `replace` leaves exactly the backup, writing only
 * what differs (core/backup/replace.ts); `merge` keeps the stored data and
 * adds or updates by the rules of core/backup/merge.ts. Both read the stored
 * data first, as a write costs a request and its index entries, far more than
 * the read. All or nothing: one readwrite transaction over every store, so on
 * any failure (a write refused, the progress callback throwing, the browser
 * aborting) IndexedDB rolls it back and this throws a RestoreError.
 */
export async function importBackup(d: Db, backup: Backup | BackupData, mode: ImportMode, onProgress?: Progress): Promise<ImportSummary> {
  const incoming = 'data' in backup ? backup.data : backup;
  const tx = d.transaction([...STORE_NAMES], 'readwrite');
  let failure: unknown = null;
  let summary: ImportSummary;
  const abort = (error: unknown) => {
    failure ??= error;
    try {
      tx.abort();
    } catch {
      // Already aborted or finished; tx.done tells which.
    }
  };
  const progress: Progress = (fraction) => {
    try {
      onProgress?.(fraction);
    } catch (error) {
      abort(error);
    }
  };
  try {
    progress(0);
    const stored = await readAll(tx, (fraction) => progress(fraction * READ_SHARE));
    if (mode === 'merge') {
      const plan = planMerge(stored, incoming);
      summary = { mode, written: putAll(tx, plan.writes, progress), counts: plan.counts, mergedContacts: plan.mergedContacts };
    } else {
      const plan = planReplace(stored, incoming);
      for (const store of plan.clears) unwrap(tx.objectStore(store)).clear();
      for (const store of RECORD_STORES) for (const id of plan.deletes[store]) unwrap(tx.objectStore(store)).delete(id);
      if (plan.deleteSettings) unwrap(tx.objectStore('settings')).delete(SETTINGS_KEY);
      summary = { mode, written: putAll(tx, plan.writes, progress, plan.fresh), counts: plan.counts, mergedContacts: 0 };
    }
    await tx.done;
  } catch (error) {
    abort(error);
    await tx.done.catch(() => undefined);
    throw new RestoreError(failure ?? error);
  }
  onProgress?.(1);
  return summary;
}

/** @internal exported for its tests */
export type RestoreResult = { ok: true; summary: ImportSummary } | { ok: false; errors: Problem[]; count: number };

/**
 * Checks a backup file's text and, only when all of it is valid, writes it.
 * @internal exported for its tests
 */
export async function restoreFromText(
  d: Db,
  text: string,
  mode: ImportMode,
  options: ParseOptions & { onProgress?: Progress } = {},
): Promise<RestoreResult> {
  const parsed = parseBackup(text, options);
  if (!parsed.ok) return parsed;
  return { ok: true, summary: await importBackup(d, parsed.backup, mode, options.onProgress) };
}
