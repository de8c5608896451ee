import { CSV_COLUMNS, interviewersByInterview, interviewsCsv, type CsvColumn, type CsvLabels } from '../../core/backup/csv.ts';
import { backupFileName, RECORD_STORES, serializeBackup, type Backup, type RecordStore } from '../../core/backup/backup-file.ts';
import { checkBackupSize, parseBackup } from '../../core/backup/parse.ts';
import type { Problem } from '../../core/backup/problems.ts';
import { formatLocalDate } from '../../core/local-time.ts';
import { INTERVIEW_STATUSES, type InterviewStatus } from '../../core/types.ts';
import { exportAll, importBackup, RestoreError, type ImportMode, type ImportSummary, type Progress } from '../../db/backup.ts';
import { errorMessage } from '../../messages/protocol.ts';
import { db } from '../../db/open.ts';
import { STORE_NAMES } from '../../db/schema.ts';
import { statusLabel } from '../format.ts';
import { t, type MessageKey } from '../../i18n.ts';
import { write } from '../../db/write.ts';
import { extensionVersion } from '../../db/popup-snapshot.ts';
import { saveFile } from '../download.ts';

export type StoreCounts = Record<RecordStore, number>;

export function countsOf(data: Record<RecordStore, readonly unknown[]>): StoreCounts {
  return Object.fromEntries(RECORD_STORES.map((s) => [s, data[s].length])) as StoreCounts;
}

/** Saves the whole database as one JSON file; returns what it held. */
export async function exportEverything(onProgress: Progress): Promise<{ fileName: string; counts: StoreCounts }> {
  const now = Date.now();
  const d = await db();
  // Counted in the same snapshot the file is made from.
  const data = await exportAll(d, onProgress);
  const fileName = backupFileName(now);
  saveFile(serializeBackup(data, { appVersion: extensionVersion(), exportedAt: now }), fileName, 'application/json');
  return { fileName, counts: countsOf(data) };
}

const CSV_LABELS: Record<CsvColumn, MessageKey> = {
  company: 'fieldCompany',
  industry: 'fieldIndustry',
  location: 'fieldLocation',
  website: 'fieldWebsite',
  role: 'fieldRole',
  round: 'fieldRound',
  status: 'fieldStatus',
  start: 'csvStart',
  end: 'csvEnd',
  decisionDate: 'fieldDecisionDate',
  interviewers: 'csvInterviewers',
  interviewerEmails: 'csvInterviewerEmails',
  notes: 'fieldNotes',
  sourceUrls: 'csvSourceUrls',
  repliedAt: 'csvRepliedAt',
  createdAt: 'csvCreatedAt',
  updatedAt: 'csvUpdatedAt',
};

function csvLabels(): CsvLabels {
  return {
    columns: Object.fromEntries(CSV_COLUMNS.map((c) => [c, t(CSV_LABELS[c])])) as Record<CsvColumn, string>,
    statuses: Object.fromEntries(INTERVIEW_STATUSES.map((s) => [s, statusLabel(s)])) as Record<InterviewStatus, string>,
  };
}

/** Saves the interviews as a CSV file, with the byte-order mark Excel needs to read UTF-8. */
export async function exportInterviewsCsv(): Promise<{ fileName: string; rows: number }> {
  const now = Date.now();
  const data = await exportAll(await db());
  const contacts = new Map(data.contacts.map((c) => [c.id, c]));
  const text = interviewsCsv(data.interviews, interviewersByInterview(data.interviewers), contacts, csvLabels(), { bom: true });
  const fileName = `afterview-interviews-${formatLocalDate(now)}.csv`;
  saveFile(text, fileName, 'text/csv;charset=utf-8');
  return { fileName, rows: data.interviews.length };
}

export type FileCheck = { ok: true; backup: Backup } | { ok: false; errors: Problem[]; count: number };

/** Reads and checks a chosen file; writes nothing. */
export async function checkBackupFile(file: Blob): Promise<FileCheck> {
  const tooLarge = checkBackupSize(file.size);
  if (tooLarge) return { ok: false, errors: [tooLarge], count: 1 };
  return parseBackup(await file.text());
}

/** How many records each store holds now, to say what a replace would delete. */
export async function storedCounts(): Promise<StoreCounts> {
  const d = await db();
  const tx = d.transaction([...RECORD_STORES]);
  const counts = await Promise.all(RECORD_STORES.map((s) => tx.objectStore(s).count()));
  await tx.done;
  return Object.fromEntries(RECORD_STORES.map((s, i) => [s, counts[i]])) as StoreCounts;
}

/** Why a restore failed, in a sentence that also says nothing was changed. */
export function restoreFailureText(error: unknown): string {
  if (error instanceof RestoreError) return error.noSpace ? t('backupRestoreNoSpace') : t('backupRestoreFailed', error.detail);
  return t('backupRestoreFailed', errorMessage(error));
}

/** Writes a checked backup in one transaction (all or nothing), then lets the background re-plan. */
export async function restoreBackup(backup: Backup, mode: ImportMode, onProgress: Progress): Promise<ImportSummary> {
  return write(STORE_NAMES, (d) => importBackup(d, backup, mode, onProgress));
}
