/**
 * Every schema change is one numbered step in this list: step i upgrades a
 * database at version i to version i + 1, so the current version is the list's
 * length. Steps run inside IndexedDB's versionchange transaction, so a step that
 * throws aborts the whole upgrade and leaves the old database as it was.
 * Never edit a step that has shipped; append a new one.
 */
import { unwrap, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Interview } from '../core/types.ts';
import type { AfterviewSchema } from './schema.ts';

export type Migration = (
  db: IDBPDatabase<AfterviewSchema>,
  tx: IDBPTransaction<AfterviewSchema, StoreNames<AfterviewSchema>[], 'versionchange'>,
) => void | Promise<void>;

export const MIGRATIONS: readonly Migration[] = [
  // 0 → 1: the stores and indexes of DESIGN.md.
  (db) => {
    const interviews = db.createObjectStore('interviews', { keyPath: 'id' });
    interviews.createIndex('status', 'status');
    interviews.createIndex('start', 'start');

    const contacts = db.createObjectStore('contacts', { keyPath: 'id' });
    contacts.createIndex('email', 'email');
    contacts.createIndex('profileUrl', 'profileUrl');
    // Indexes a later step drops are not in today's schema type; the raw store takes any name.
    unwrap(contacts).createIndex('company', 'company');

    const interviewers = db.createObjectStore('interviewers', { keyPath: 'id' });
    interviewers.createIndex('interviewId', 'interviewId');
    interviewers.createIndex('contactId', 'contactId');

    const tidbits = db.createObjectStore('tidbits', { keyPath: 'id' });
    tidbits.createIndex('interviewId', 'interviewId');
    tidbits.createIndex('savedAt', 'savedAt');
    tidbits.createIndex('url', 'url');

    const touchpoints = db.createObjectStore('touchpoints', { keyPath: 'id' });
    unwrap(touchpoints).createIndex('dueAt', 'dueAt');
    unwrap(touchpoints).createIndex('status', 'status');
    touchpoints.createIndex('interviewId', 'interviewId');
    touchpoints.createIndex('contactId', 'contactId');

    db.createObjectStore('templates', { keyPath: 'id' });
    db.createObjectStore('settings');
  },

  // 1 → 2: touches by status, then due time. The background asks "what is due
  // by now" and "what is next" after every change; with 20,000 touchpoints this
  // index answers from a few entries instead of reading every pending touch.
  (_db, tx) => {
    tx.objectStore('touchpoints').createIndex('statusDue', ['status', 'dueAt']);
  },

  // 2 → 3: touches by the tidbit they carried, so a tidbit's "sent to" line
  // reads its own few touches instead of every message ever sent.
  (_db, tx) => {
    tx.objectStore('touchpoints').createIndex('tidbitId', 'tidbitId');
  },

  // 3 → 4: drop the indexes no query reads. Every index is one more write per
  // record, and an import of 20,000 touchpoints wrote each of these 20,000
  // times: touches by status are a prefix of `statusDue`, nothing asks for
  // touches by due time alone or for contacts by company.
  (_db, tx) => {
    const touchpoints = tx.objectStore('touchpoints');
    touchpoints.deleteIndex('dueAt');
    touchpoints.deleteIndex('status');
    tx.objectStore('contacts').deleteIndex('company');
  },

  // 4 → 5: interviews learn whether their time is known (an interview can be
  // kept as a day, rather than at an invented hour) and what the company page
  // said about the company. Every interview stored so far was given a time.
  async (db, tx) => {
    if (!db.objectStoreNames.contains('interviews')) return;
    let cursor = await tx.objectStore('interviews').openCursor();
    while (cursor) {
      const old = cursor.value as Partial<Interview> & Pick<Interview, 'id'>;
      await cursor.update({ ...old, timeKnown: old.timeKnown ?? true, industry: old.industry ?? '', location: old.location ?? '', website: old.website ?? '' } as Interview);
      cursor = await cursor.continue();
    }
  },
];

export const DB_VERSION = MIGRATIONS.length;
