import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, STORE_NAMES, type AfterviewSchema } from './schema.ts';
import { firstUpgradeFault } from './e2e-faults.ts';
import { DB_VERSION, loadTokeniser, MIGRATIONS, NeedsTokeniser } from './migrations.ts';

export type Db = IDBPDatabase<AfterviewSchema>;

export class DatabaseUpgradeError extends Error {
  override name = 'DatabaseUpgradeError';
  constructor(
    message: string,
    options?: ErrorOptions,
    /** Nothing was stored yet: the upgrade that failed was the one that creates the database. */
    readonly firstRun = false,
  ) {
    super(message, options);
  }
}

/**
 * Opens the one Afterview database, running whatever migrations it lacks.
 * `name` and `version` are parameters only so tests can build a database as an
 * earlier version left it and then upgrade it.
 * @internal exported for its tests
 */
export async function openDatabase(name = DB_NAME, version = DB_VERSION, onClosed?: () => void): Promise<Db> {
  if (version > MIGRATIONS.length) throw new RangeError(`No migration leads to version ${version}`);
  let stepFailure: unknown = null;
  let upgradedFrom: number | null = null;
  try {
    return await openDB<AfterviewSchema>(name, version, {
      async upgrade(db, oldVersion, newVersion, tx) {
        upgradedFrom = oldVersion;
        try {
          const fault = __AFTERVIEW_E2E__ && oldVersion === 0 ? firstUpgradeFault() : null;
          if (fault) throw fault;
          // A store missing from an existing database (see migrations.ts): every step runs again from the first, each creating what is missing.
          const from = STORE_NAMES.every((name) => db.objectStoreNames.contains(name)) ? oldVersion : 0;
          for (let step = from; step < (newVersion ?? version); step += 1) {
            await MIGRATIONS[step]!(db, tx);
          }
        } catch (error) {
          // idb runs this callback as a promise, so a step that throws would only
          // reject it, and IndexedDB would commit the half-done upgrade. Abort it:
          // the database stays at the old version with the old data.
          stepFailure = error;
          tx.done.catch(() => undefined);
          tx.abort();
        }
      },
      blocking(_current, _next, event) {
        // Another page wants a newer schema: let it, and reopen on next use.
        (event.target as IDBDatabase).close();
        onClosed?.();
      },
      terminated() {
        onClosed?.();
      },
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'VersionError') {
      throw new DatabaseUpgradeError('The stored data was written by a newer version of Afterview.');
    }
    // Nothing was changed: load what the step needs (migrations.ts), and upgrade again.
    if (stepFailure instanceof NeedsTokeniser && (await loadTokeniser())) return openDatabase(name, version, onClosed);
    if (error instanceof DOMException && error.name === 'AbortError') {
      throw new DatabaseUpgradeError('The data could not be upgraded; it was left as it was.', { cause: stepFailure ?? error }, upgradedFrom === 0);
    }
    throw error;
  }
}

let shared: Promise<Db> | null = null;

/**
 * The database for this page or worker, opened once and reused. This is a cache
 * of a connection, not state: a restarted worker simply opens it again.
 */
export function db(): Promise<Db> {
  if (!shared) {
    const opening = openDatabase(DB_NAME, DB_VERSION, () => {
      if (shared === opening) shared = null;
    });
    shared = opening;
    opening.catch(() => {
      if (shared === opening) shared = null;
    });
  }
  return shared;
}

/**
 * Forgets the shared handle (tests, and after a restore replaced everything).
 * @internal exported for its tests
 */
export function resetSharedDb(): void {
  void shared?.then((d) => d.close()).catch(() => undefined);
  shared = null;
}
