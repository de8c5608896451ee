// Backup problems as message keys with substitutions, so the core stays free of the
// browser's i18n. A broken file can hold a million mistakes: only the first few are kept.
import { cleanLine } from '../text.ts';

export type BackupProblemKey =
  | 'backupErrTooLarge'
  | 'backupErrNotJson'
  | 'backupErrNotJsonAt'
  | 'backupErrNotBackup'
  | 'backupErrNewerVersion'
  | 'backupErrTopField'
  | 'backupErrNotRecord'
  | 'backupErrMissing'
  | 'backupErrExpectedId'
  | 'backupErrExpectedText'
  | 'backupErrExpectedInstant'
  | 'backupErrExpectedInteger'
  | 'backupErrExpectedBoolean'
  | 'backupErrExpectedList'
  | 'backupErrExpectedObject'
  | 'backupErrExpectedDay'
  | 'backupErrExpectedUrl'
  | 'backupErrExpectedEmail'
  | 'backupErrUnknownValue'
  | 'backupErrTooLong'
  | 'backupErrTooMany'
  | 'backupErrDuplicateId'
  | 'backupErrMissingInterview'
  | 'backupErrMissingContact'
  | 'backupErrMissingTidbit';

export interface Problem {
  key: BackupProblemKey;
  /** The message's $1, $2… in order. */
  substitutions: string[];
}

const MAX_REPORTED_PROBLEMS = 20;

export interface Problems {
  /** The first problems found, at most `limit`. */
  shown: Problem[];
  /** How many problems were found in all. */
  count: number;
  limit: number;
}

export function newProblems(limit = MAX_REPORTED_PROBLEMS): Problems {
  return { shown: [], count: 0, limit };
}

export function report(problems: Problems, key: BackupProblemKey, substitutions: (string | number)[] = []): void {
  problems.count += 1;
  if (problems.shown.length < problems.limit) problems.shown.push({ key, substitutions: substitutions.map(String) });
}

/** Where a record sits in the file: its store, its 1-based position, and its id. */
export interface Place {
  store: string;
  /** 1-based, as a person counts records. */
  record: number;
  id: string;
}

/** Stands in for an id the record lacks, in messages. */
export const NO_ID = '—';
/** Values quoted from the file into a message are bounded: the file is untrusted. */
const QUOTED_MAX = 80;

export function quote(value: unknown): string {
  if (typeof value === 'string') return cleanLine(value, QUOTED_MAX) || NO_ID;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return NO_ID;
}

export function placeSubstitutions(place: Place): string[] {
  return [place.store, String(place.record), place.id];
}
