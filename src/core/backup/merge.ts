import type { Link, Touch } from '../types.ts';
import { emptyBackupData, RECORD_STORES, type BackupData, type RecordStore } from './backup-file.ts';
import { planContacts } from './plan-contacts.ts';

export interface StoreCounts {
  added: number;
  updated: number;
  unchanged: number;
  /** Only a replace removes records; a merge never does. */
  removed: number;
}

/** Every store at zero, for a plan to count into. */
export function zeroCounts(): Record<RecordStore, StoreCounts> {
  return Object.fromEntries(RECORD_STORES.map((s) => [s, { added: 0, updated: 0, unchanged: 0, removed: 0 }])) as Record<
    RecordStore,
    StoreCounts
  >;
}

export interface MergePlan {
  /** The records to put; `settings` is null when the stored settings stay. */
  writes: BackupData;
  counts: Record<RecordStore, StoreCounts>;
  /** Incoming contacts found to be a person already known, and folded into them. */
  mergedContacts: number;
}

type Resolve<T> = (stored: T, incoming: T) => T | null;

/**
 * Adds new records; for known ones writes what `resolve` returns (null keeps the
 * stored record). A record is known by its id or, when `sameAs` is given, by
 * that key (two links of the same person to the same interview are one link).
 */
function mergeById<T extends { id: string }>(
  stored: readonly T[],
  incoming: readonly T[],
  resolve: Resolve<T>,
  counts: StoreCounts,
  sameAs: (record: T) => string = (record) => record.id,
): T[] {
  const byId = new Map(stored.map((r) => [r.id, r]));
  const byKey = new Map(stored.map((r) => [sameAs(r), r]));
  const writes = new Map<string, T>();
  for (const record of incoming) {
    const known = byId.get(record.id) ?? byKey.get(sameAs(record));
    const next = known ? resolve(known, record) : record;
    if (!next) counts.unchanged += 1;
    else {
      counts[known ? 'updated' : 'added'] += 1;
      byId.set(next.id, next);
      byKey.set(sameAs(next), next);
      writes.set(next.id, next);
    }
  }
  return [...writes.values()];
}

const newerBy =
  <T>(time: (r: T) => number): Resolve<T> =>
  (stored, incoming) =>
    time(incoming) > time(stored) ? incoming : null;

const sentWins: Resolve<Touch> = (stored, incoming) => (incoming.sentAt !== null && stored.sentAt === null ? incoming : null);

/** A known link keeps itself, taking the incoming notes only when its own are empty. */
const notesIfEmpty: Resolve<Link> = (stored, incoming) =>
  !stored.notes && incoming.notes ? { ...stored, notes: incoming.notes } : null;

const samePair = (link: Link) => `${link.interviewId}\n${link.contactId}`;

/**
 * What restoring a backup "into" the current data writes. The rules, in order
 * of how often they matter:
 *
 * - A record whose id is new is added.
 * - A record whose id is known replaces the stored one only when it is newer:
 *   interviews and templates by `updatedAt`, tidbits by `savedAt`, contacts by
 *   `capturedAt`. On a tie the stored record stays: it is what the user has been
 *   working with in this browser.
 * - Touchpoints have no change time; a sent one replaces an unsent one (a
 *   message cannot be unsent), otherwise the stored one stays.
 * - Links have no change time either; the stored link stays, but
 *   takes the incoming notes when its own are empty. Two links of the same
 *   contact to the same interview are one link.
 * - A contact with a new id but the same email or profile URL as a known one is
 *   the same person: it is folded into the known contact (each field takes the
 *   newer capture's value unless that is empty) and every incoming reference to
 *   it is redirected, so no one appears twice.
 * - Stored settings stay; the backup's apply only when none were ever saved.
 *
 * A merge never deletes, and since a valid backup's references all lead inside
 * it and contacts are only ever redirected to a contact that exists, the result
 * has no broken reference.
 */
export function planMerge(existing: BackupData, incoming: BackupData): MergePlan {
  const counts = zeroCounts();
  const contacts = planContacts(existing.contacts, incoming.contacts, counts.contacts);
  const redirect = <T extends { contactId: string }>(r: T): T => {
    const contactId = contacts.redirects.get(r.contactId);
    return contactId ? { ...r, contactId } : r;
  };

  const writes: BackupData = {
    ...emptyBackupData(),
    interviews: mergeById(existing.interviews, incoming.interviews, newerBy((r) => r.updatedAt), counts.interviews),
    contacts: contacts.writes,
    interviewers: mergeById(existing.interviewers, incoming.interviewers.map(redirect), notesIfEmpty, counts.interviewers, samePair),
    tidbits: mergeById(existing.tidbits, incoming.tidbits, newerBy((r) => r.savedAt), counts.tidbits),
    touchpoints: mergeById(existing.touchpoints, incoming.touchpoints.map(redirect), sentWins, counts.touchpoints),
    templates: mergeById(existing.templates, incoming.templates, newerBy((r) => r.updatedAt), counts.templates),
    settings: existing.settings ? null : incoming.settings,
  };
  return { writes, counts, mergedContacts: contacts.merged };
}
