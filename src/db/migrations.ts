import { unwrap, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Interview, Tidbit } from '../core/types.ts';
import type { AfterviewSchema, StoreName } from './schema.ts';

type Tx = IDBPTransaction<AfterviewSchema, StoreNames<AfterviewSchema>[], 'versionchange'>;

export type Migration = (db: IDBPDatabase<AfterviewSchema>, tx: Tx) => void | Promise<void>;

/** How each store is keyed. A store's key never changes once it exists, so one table serves every step. */
const STORE_KEYS: Record<StoreName, IDBObjectStoreParameters> = {
  interviews: { keyPath: 'id' },
  contacts: { keyPath: 'id' },
  interviewers: { keyPath: 'id' },
  tidbits: { keyPath: 'id' },
  touchpoints: { keyPath: 'id' },
  templates: { keyPath: 'id' },
  settings: {},
};

/**
 * The store, created as STORE_KEYS says when it is missing. Raw, because the
 * indexes that steps add and drop over time are not all in today's schema type.
 */
function storeOf(db: IDBPDatabase<AfterviewSchema>, tx: Tx, name: StoreName): IDBObjectStore {
  return db.objectStoreNames.contains(name) ? unwrap(tx.objectStore(name)) : unwrap(db).createObjectStore(name, STORE_KEYS[name]);
}

/** The stores of version 1, in the order it created them, each with its indexes (each named as the field it indexes). */
const FIRST_INDEXES: Record<StoreName, readonly string[]> = {
  interviews: ['status', 'start'],
  contacts: ['email', 'profileUrl', 'company'],
  interviewers: ['interviewId', 'contactId'],
  tidbits: ['interviewId', 'savedAt', 'url'],
  touchpoints: ['dueAt', 'status', 'interviewId', 'contactId'],
  templates: [],
  settings: [],
};

function addIndex(store: IDBObjectStore, name: string, keyPath: string | string[]): void {
  if (!store.indexNames.contains(name)) store.createIndex(name, keyPath);
}

function dropIndex(store: IDBObjectStore, name: string): void {
  if (store.indexNames.contains(name)) store.deleteIndex(name);
}

/**
 * Gives every stored interview the fields it lacks (missing or null), with
 * these values; an interview that has them all is not written. Run again over
 * its own result, it changes nothing.
 */
async function fillInterviews(db: IDBPDatabase<AfterviewSchema>, tx: Tx, defaults: Partial<Interview>): Promise<void> {
  storeOf(db, tx, 'interviews');
  const fields = Object.entries(defaults) as [keyof Interview, unknown][];
  let cursor = await tx.objectStore('interviews').openCursor();
  while (cursor) {
    const old = cursor.value as Partial<Interview>;
    const missing = fields.filter(([field]) => old[field] == null);
    if (missing.length > 0) await cursor.update({ ...old, ...Object.fromEntries(missing) } as Interview);
    cursor = await cursor.continue();
  }
}

/**
 * How a tidbit's terms are computed (core/tidbits/terms.ts). The tokeniser is
 * not part of every page's first chunk (the popup opens without it), so it is
 * given here: by the modules that write tidbits (db/tidbits.ts, db/backup.ts),
 * which have it anyway, or as a loader by a page that does not (the popup).
 * A step that needs it and finds none throws NeedsTokeniser; open.ts aborts
 * the upgrade (nothing changed), runs the loader, and opens again.
 */
export interface Tokeniser {
  needsTerms(tidbit: Tidbit): boolean;
  withTerms(tidbit: Tidbit): Tidbit;
}

let tokeniser: Tokeniser | null = null;
let tokeniserLoader: (() => Promise<Tokeniser>) | null = null;

export function provideTokeniser(given: Tokeniser): void {
  tokeniser = given;
}

/** For a page that does not load the tokeniser at first: how to load it when an upgrade needs it. */
export function provideTokeniserLoader(load: () => Promise<Tokeniser>): void {
  tokeniserLoader = load;
}

/** Loads the tokeniser with the page's loader; false when there is none. */
export async function loadTokeniser(): Promise<boolean> {
  if (tokeniser) return true;
  if (!tokeniserLoader) return false;
  tokeniser = await tokeniserLoader();
  return true;
}

/** A step needs the tokeniser, which open.ts has not loaded yet. */
export class NeedsTokeniser extends Error {
  override name = 'NeedsTokeniser';
}

/**
 * Stores with every tidbit the terms ranking reads (core/tidbits/terms.ts),
 * computed from its text, when it has none or has those of another
 * TERMS_VERSION. Part of the upgrade's one transaction: if it fails, the old
 * records stay as they were. Run again over its own result, it changes nothing.
 */
async function fillTidbitTerms(db: IDBPDatabase<AfterviewSchema>, tx: Tx): Promise<void> {
  storeOf(db, tx, 'tidbits');
  let cursor = await tx.objectStore('tidbits').openCursor();
  while (cursor) {
    if (!tokeniser) throw new NeedsTokeniser('The tidbits’ terms are computed by a module not loaded yet.');
    if (tokeniser.needsTerms(cursor.value)) await cursor.update(tokeniser.withTerms(cursor.value));
    cursor = await cursor.continue();
  }
}

/**
 * Every schema change is one numbered step: step i upgrades a database at
 * version i to version i + 1, so the current version is the list's length.
 * Never change what a step that has shipped does; append a new one.
 *
 * Steps run inside IndexedDB's versionchange transaction, so a step that throws
 * aborts the whole upgrade and leaves the old database as it was; a step must
 * await nothing but requests of that transaction, or it commits early. Every
 * step is written with the helpers above, so it tolerates a missing store (it
 * creates it) and finds the indexes it adds or drops already done: a database
 * that lacks a store its version should have (an old "copy as it is" made an
 * empty version-1 database) is healed by running every step again (open.ts).
 */
export const MIGRATIONS: readonly Migration[] = [
  // 0 → 1: the stores and indexes of DESIGN.md.
  (db, tx) => {
    for (const [name, indexes] of Object.entries(FIRST_INDEXES) as [StoreName, readonly string[]][]) {
      const store = storeOf(db, tx, name);
      for (const field of indexes) addIndex(store, field, field);
    }
  },

  // 1 → 2: touches by status, then due time. The background asks "what is due
  // by now" and "what is next" after every change; with 20,000 touchpoints this
  // index answers from a few entries instead of reading every pending touch.
  (db, tx) => {
    addIndex(storeOf(db, tx, 'touchpoints'), 'statusDue', ['status', 'dueAt']);
  },

  // 2 → 3: touches by the tidbit they carried, so a tidbit's "sent to" line
  // reads its own few touches instead of every message ever sent.
  (db, tx) => {
    addIndex(storeOf(db, tx, 'touchpoints'), 'tidbitId', 'tidbitId');
  },

  // 3 → 4: drop the indexes no query reads. Every index is one more write per
  // record, and an import of 20,000 touchpoints wrote each of these 20,000
  // times: touches by status are a prefix of `statusDue`, nothing asks for
  // touches by due time alone or for contacts by company.
  (db, tx) => {
    const touchpoints = storeOf(db, tx, 'touchpoints');
    dropIndex(touchpoints, 'dueAt');
    dropIndex(touchpoints, 'status');
    dropIndex(storeOf(db, tx, 'contacts'), 'company');
  },

  // 4 → 5: interviews learn whether their time is known (an interview can be
  // kept as a day, rather than at an invented hour) and what the company page
  // said about the company. Every interview stored so far was given a time.
  (db, tx) => fillInterviews(db, tx, { timeKnown: true, industry: '', location: '', website: '' }),

  // 5 → 6: interviews learn the language their notes are written in; every
  // interview stored so far follows the browser's (''). A step of its own, so
  // that other steps of the same release can be ordered around it.
  (db, tx) => fillInterviews(db, tx, { noteLanguage: '' }),

  // 6 → 7: tidbits store the terms ranking matches (core/tidbits/terms.ts), so
  // ranking ten thousand of them does not split and key their text on every
  // read. A later change of the tokeniser raises TERMS_VERSION and appends a
  // step that runs this again.
  (db, tx) => fillTidbitTerms(db, tx),
];

export const DB_VERSION = MIGRATIONS.length;
