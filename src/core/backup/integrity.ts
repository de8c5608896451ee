import type { BackupData, RecordStore } from './backup-file.ts';
import { RECORD_STORES } from './backup-file.ts';
import { newProblems, quote, report, type Problems } from './problems.ts';

/** Each store's records at their positions in the file; null where a record was unreadable. */
export type AlignedRecords = { [S in RecordStore]: (BackupData[S][number] | null)[] };

/** The ids each store holds, including those of records that failed other checks. */
export type IdSets = Record<RecordStore, Set<string>>;

function idSets(records: AlignedRecords): IdSets {
  const sets = {} as IdSets;
  for (const store of RECORD_STORES) {
    sets[store] = new Set((records[store] as ({ id: string } | null)[]).flatMap((r) => (r ? [r.id] : [])));
  }
  return sets;
}

function checkDuplicates(store: RecordStore, records: ({ id: string } | null)[], problems: Problems): void {
  const firstAt = new Map<string, number>();
  records.forEach((record, index) => {
    if (!record) return;
    const first = firstAt.get(record.id);
    if (first === undefined) firstAt.set(record.id, index + 1);
    else report(problems, 'backupErrDuplicateId', [store, quote(record.id), first, index + 1]);
  });
}

/**
 * No id twice in a store, and every reference leads somewhere: a touchpoint
 * pointing at a missing interview would break the screens that follow it, so
 * a backup with a broken reference is refused, and a merge must never make one.
 */
export function checkIntegrity(records: AlignedRecords, problems: Problems, present: IdSets = idSets(records)): void {
  for (const store of RECORD_STORES) checkDuplicates(store, records[store], problems);

  const at = (store: RecordStore, index: number, id: string) => [store, String(index + 1), quote(id)];
  const interviewIds = present.interviews;
  const contactIds = present.contacts;

  // Links and touches both tie a contact to an interview.
  const checkPair = (store: RecordStore, i: number, record: { id: string; interviewId: string; contactId: string }) => {
    if (!interviewIds.has(record.interviewId)) {
      report(problems, 'backupErrMissingInterview', [...at(store, i, record.id), quote(record.interviewId)]);
    }
    if (!contactIds.has(record.contactId)) {
      report(problems, 'backupErrMissingContact', [...at(store, i, record.id), quote(record.contactId)]);
    }
  };

  records.interviewers.forEach((link, i) => {
    if (link) checkPair('interviewers', i, link);
  });
  records.tidbits.forEach((tidbit, i) => {
    if (tidbit?.interviewId != null && !interviewIds.has(tidbit.interviewId)) {
      report(problems, 'backupErrMissingInterview', [...at('tidbits', i, tidbit.id), quote(tidbit.interviewId)]);
    }
  });
  records.touchpoints.forEach((touch, i) => {
    if (!touch) return;
    checkPair('touchpoints', i, touch);
    if (touch.tidbitId !== null && !present.tidbits.has(touch.tidbitId)) {
      report(problems, 'backupErrMissingTidbit', [...at('touchpoints', i, touch.id), quote(touch.tidbitId)]);
    }
  });
}

/**
 * Every duplicate and broken reference in a complete data set (a merge's result, a database export).
 * @internal exported for its tests
 */
export function integrityProblems(data: BackupData, limit?: number): Problems {
  const problems = newProblems(limit);
  checkIntegrity(data, problems);
  return problems;
}
