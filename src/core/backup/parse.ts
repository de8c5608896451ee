import { isPlainObject } from '../text.ts';
import { FieldReader } from './fields.ts';
import { BACKUP_FORMAT, BACKUP_VERSION, MAX_BACKUP_BYTES, RECORD_STORES, type Backup, type BackupData } from './backup-file.ts';
import { checkIntegrity, type AlignedRecords, type IdSets } from './integrity.ts';
import { newProblems, NO_ID, quote, report, type Problem, type Problems } from './problems.ts';
import {
  readContact,
  readInterview,
  readLink,
  readSettings,
  readTemplate,
  readTidbit,
  readTouch,
} from './records.ts';
import { withDefaultSettings } from '../types.ts';

export interface ParseOptions {
  maxBytes?: number;
  /** How many problems to keep (all are counted). */
  maxProblems?: number;
}

export type ParseResult = { ok: true; backup: Backup } | { ok: false; errors: Problem[]; count: number };

const MEGABYTE = 1024 * 1024;
const READERS = {
  interviews: readInterview,
  contacts: readContact,
  interviewers: readLink,
  tidbits: readTidbit,
  touchpoints: readTouch,
  templates: readTemplate,
} satisfies { [S in keyof AlignedRecords]: (r: FieldReader) => NonNullable<AlignedRecords[S][number]> };

/** For the UI to refuse a file by its size before reading it into memory. */
export function checkBackupSize(bytes: number, maxBytes = MAX_BACKUP_BYTES): Problem | null {
  if (bytes <= maxBytes) return null;
  return { key: 'backupErrTooLarge', substitutions: [String(Math.ceil(bytes / MEGABYTE)), String(Math.floor(maxBytes / MEGABYTE))] };
}

/** The UTF-8 size of `text`, counted only when its length leaves the answer in doubt. */
function utf8Size(text: string, maxBytes: number): number {
  // A UTF-16 unit takes one to three UTF-8 bytes (a surrogate pair takes four for two).
  if (text.length > maxBytes || text.length * 3 <= maxBytes) return text.length;
  return new TextEncoder().encode(text).length;
}

/** Where JSON.parse stopped, from the engine's message (Firefox gives line and column, V8 a position). */
function jsonErrorLocation(error: unknown, text: string): [number, number] | null {
  const message = error instanceof Error ? error.message : '';
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return [Number(lineColumn[1]), Number(lineColumn[2])];
  const position = /position (\d+)/.exec(message);
  if (!position) return null;
  const before = text.slice(0, Number(position[1]));
  const lastBreak = before.lastIndexOf('\n');
  return [before.split('\n').length, before.length - lastBreak];
}

function failure(problems: Problems): ParseResult {
  return { ok: false, errors: problems.shown, count: problems.count };
}

/**
 * Reads a backup file back, trusting nothing in it: the size is bounded, every
 * record is checked field by field, ids must be unique and references must
 * lead somewhere. Either the whole backup comes back typed, or the caller gets
 * the first problems and how many there were: nothing half-valid is written.
 */
export function parseBackup(text: string, options: ParseOptions = {}): ParseResult {
  const problems = newProblems(options.maxProblems);
  const maxBytes = options.maxBytes ?? MAX_BACKUP_BYTES;
  const tooLarge = checkBackupSize(utf8Size(text, maxBytes), maxBytes);
  if (tooLarge) return { ok: false, errors: [tooLarge], count: 1 };

  let root: unknown;
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    root = JSON.parse(json);
  } catch (error) {
    const at = jsonErrorLocation(error, json);
    report(problems, at ? 'backupErrNotJsonAt' : 'backupErrNotJson', at ?? []);
    return failure(problems);
  }
  if (!isPlainObject(root) || root.format !== BACKUP_FORMAT) {
    report(problems, 'backupErrNotBackup');
    return failure(problems);
  }
  const version = root.version;
  if (!Number.isInteger(version) || (version as number) < 1) report(problems, 'backupErrTopField', ['version']);
  else if ((version as number) > BACKUP_VERSION) {
    report(problems, 'backupErrNewerVersion', [version as number, BACKUP_VERSION]);
    return failure(problems);
  }
  const { exportedAt, app, data } = root;
  if (typeof exportedAt !== 'string' || Number.isNaN(Date.parse(exportedAt))) report(problems, 'backupErrTopField', ['exportedAt']);
  if (!isPlainObject(app) || typeof app.version !== 'string') report(problems, 'backupErrTopField', ['app.version']);
  if (!isPlainObject(data)) {
    report(problems, 'backupErrTopField', ['data']);
    return failure(problems);
  }

  const { records, present } = readStores(data, problems);
  const settings = readSettingsRecord(data, problems);
  checkIntegrity(records, problems, present);
  if (problems.count > 0) return failure(problems);

  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: exportedAt as string,
    app: { version: (app as { version: string }).version },
    data: { ...(records as BackupData), settings },
  };
  return { ok: true, backup };
}

function readStores(data: Record<string, unknown>, problems: Problems): { records: AlignedRecords; present: IdSets } {
  const records = {} as Record<string, unknown[]>;
  const present = {} as IdSets;
  for (const store of RECORD_STORES) {
    const list = data[store];
    const read: unknown[] = (records[store] = []);
    const ids = (present[store] = new Set<string>());
    if (!Array.isArray(list)) {
      report(problems, 'backupErrTopField', [`data.${store}`]);
      continue;
    }
    list.forEach((item: unknown, index) => {
      if (!isPlainObject(item)) {
        report(problems, 'backupErrNotRecord', [store, index + 1]);
        read.push(null);
        return;
      }
      if (typeof item.id === 'string') ids.add(item.id);
      const reader = new FieldReader(problems, { store, record: index + 1, id: quote(item.id) }, item);
      const record = READERS[store](reader);
      read.push(reader.failed ? null : record);
    });
  }
  return { records: records as AlignedRecords, present };
}

function readSettingsRecord(data: Record<string, unknown>, problems: Problems): BackupData['settings'] {
  const value = data.settings;
  if (value === null) return null;
  if (!isPlainObject(value)) {
    report(problems, 'backupErrTopField', ['data.settings']);
    return null;
  }
  const reader = new FieldReader(problems, { store: 'settings', record: 1, id: NO_ID }, withDefaultSettings(value));
  const settings = readSettings(reader);
  return reader.failed ? null : settings;
}
