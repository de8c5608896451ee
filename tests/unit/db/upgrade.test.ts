/**
 * Upgrades lose nothing. For every schema version a database may have been
 * left at, a database is built at that version by the migration list itself,
 * filled with realistic data as that version stored it, closed, and opened at
 * the current version: every record must come back, changed only as the
 * version's fixture declares. Appending a migration without a fixture for the
 * version before it fails the meta-test below.
 */
import { openDB, unwrap } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RECORD_STORES, type BackupData } from '../../../src/core/backup/backup-file.ts';
import type { Interview, Tidbit } from '../../../src/core/types.ts';
import { exportAll } from '../../../src/db/backup.ts';
import { DB_VERSION, MIGRATIONS, provideTokeniser } from '../../../src/db/migrations.ts';
import * as terms from '../../../src/core/tidbits/terms.ts';
import { openDatabase } from '../../../src/db/open.ts';
import { STORE_NAMES } from '../../../src/db/schema.ts';
import { makeDataset, seedDatabase } from '../../support/seed.ts';
import { byId } from '../../support/by-id.ts';

interface VersionFixture {
  /** Writes realistic data the way this version stored it, through raw IndexedDB; returns what it wrote. */
  fill(db: IDBDatabase, seed: number): Promise<unknown>;
  /** What the written data must be once upgraded to the current version. */
  upgraded(written: unknown): BackupData;
}

const size = { interviews: 30, contacts: 80, tidbits: 60, touchpoints: 150 };

/** A version whose records the upgrade leaves exactly as they were written. */
const keepsRecords: VersionFixture = {
  async fill(db, seed) {
    const data = makeDataset({ ...size, seed });
    await seedDatabase(db, data);
    return data;
  },
  upgraded: (written) => written as BackupData,
};

/** Interviews as version 5 stored them: no language of their own for notes. */
function beforeVersion6(data: BackupData): BackupData {
  return { ...data, interviews: data.interviews.map(({ noteLanguage: _n, ...old }) => old as Interview) };
}

/** Interviews as versions 1 to 4 stored them: every one with a time, nothing about the company. */
function beforeVersion5(data: BackupData): BackupData {
  return { ...data, interviews: beforeVersion6(data).interviews.map(({ timeKnown: _t, industry: _i, location: _l, website: _w, ...old }) => old as Interview) };
}

/** A version whose interviews lack fields: its data is written as `stored` leaves it, and the upgrade gives every interview `filled` and changes nothing else. */
function fillsInterviews(stored: (data: BackupData) => BackupData, filled: Partial<Interview>): VersionFixture {
  return {
    async fill(db, seed) {
      const data = stored(makeDataset({ ...size, seed }));
      await seedDatabase(db, data);
      return data;
    },
    upgraded: (written) => {
      const data = written as BackupData;
      return { ...data, interviews: data.interviews.map((i) => ({ ...i, ...filled })) };
    },
  };
}

/** A version before 5: the upgrade gives each interview a known time and empty company details (and, from 6, the browser's language for notes). */
const beforeCompanyDetails = fillsInterviews(beforeVersion5, { timeKnown: true, industry: '', location: '', website: '', noteLanguage: '' });

/** Version 5: the upgrade has each interview's notes follow the browser's language. */
const beforeNoteLanguage = fillsInterviews(beforeVersion6, { noteLanguage: '' });

/**
 * One entry per schema version; when version k + 1 changes a record, entry k
 * says how. Steps 2 and 3 added indexes and 4 dropped some; 5 gave interviews
 * `timeKnown` and the company's industry, location and website; 6 gave them
 * the language their notes are written in; 7 gave tidbits their terms.
 */
const FIXTURES: Record<number, VersionFixture> = {
  1: beforeCompanyDetails,
  2: beforeCompanyDetails,
  3: beforeCompanyDetails,
  4: beforeCompanyDetails,
  5: beforeNoteLanguage,
  // 7 stores each tidbit's terms, which a backup (exportAll) leaves out: checked on their own below.
  6: keepsRecords,
  7: keepsRecords,
};

/** Each store's key path and sorted index names (with their key paths): what a schema is. */
function schemaOf(db: IDBDatabase): Record<string, unknown> {
  const names = [...db.objectStoreNames];
  if (names.length === 0) return {};
  const tx = db.transaction(names);
  return Object.fromEntries(
    names.map((name) => {
      const store = tx.objectStore(name);
      const indexes = [...store.indexNames].sort().map((i) => [i, store.index(i).keyPath, store.index(i).unique]);
      return [name, { keyPath: store.keyPath, indexes }];
    }),
  );
}

const versions = Array.from({ length: DB_VERSION }, (_, i) => i + 1);

describe('the migration list', () => {
  it('is as long as the current version, one step per version', () => {
    expect(DB_VERSION).toBe(MIGRATIONS.length);
    expect(DB_VERSION).toBeGreaterThanOrEqual(1);
  });

  it('has an upgrade fixture for every version a database can be at', () => {
    expect(Object.keys(FIXTURES).map(Number)).toEqual(versions);
  });
});

describe.each(versions)('a database left at version %i', (version) => {
  it('upgrades to the schema a new database has', async () => {
    const fresh = await openDatabase('upgrade-fresh');
    const expected = schemaOf(unwrap(fresh));
    fresh.close();

    const old = await openDatabase(`upgrade-schema-${version}`, version);
    old.close();
    const upgraded = await openDatabase(`upgrade-schema-${version}`);
    expect(upgraded.version).toBe(DB_VERSION);
    expect([...upgraded.objectStoreNames].sort()).toEqual([...STORE_NAMES].sort());
    expect(schemaOf(unwrap(upgraded))).toEqual(expected);
    upgraded.close();
  });

  it('keeps every record through the upgrade', async () => {
    const fixture = FIXTURES[version]!;
    const name = `upgrade-data-${version}`;
    const old = await openDatabase(name, version);
    expect(old.version).toBe(version);
    const written = await fixture.fill(unwrap(old), 1000 + version);
    old.close();

    const upgraded = await openDatabase(name);
    const expected = fixture.upgraded(written);
    const after = await exportAll(upgraded);
    for (const store of RECORD_STORES) expect(after[store].length, store).toBe(expected[store].length);
    expect(byId(after)).toEqual(byId(expected));
    // The indexes hold the old records too, not only the stores.
    const interview = expected.interviews[0]!;
    expect(await upgraded.countFromIndex('interviewers', 'interviewId', interview.id)).toBe(
      expected.interviewers.filter((l) => l.interviewId === interview.id).length,
    );
    upgraded.close();
  });
});

/**
 * A database can lack stores its version should have: opening with no version
 * (as an old "copy as it is" did) made an empty version-1 database when none
 * existed yet. Every step tolerates a missing store, so the next open heals
 * such a database into the full schema, keeping what the other stores hold.
 */
describe('a database that lacks stores', () => {
  async function freshSchema() {
    const fresh = await openDatabase('heal-fresh');
    const schema = schemaOf(unwrap(fresh));
    fresh.close();
    return schema;
  }

  it('heals the empty version-1 database an open without a version creates', async () => {
    const empty = await openDB('heal-empty');
    expect([empty.version, empty.objectStoreNames.length]).toEqual([1, 0]);
    empty.close();
    const healed = await openDatabase('heal-empty');
    expect(healed.version).toBe(DB_VERSION);
    expect(schemaOf(unwrap(healed))).toEqual(await freshSchema());
    await healed.put('interviews', makeDataset({ interviews: 1, seed: 3 }).interviews[0]!);
    healed.close();
  });

  it('has steps that can run again over what they made, as a heal runs them (write them with storeOf, addIndex, dropIndex)', async () => {
    const twice = await openDB('heal-twice', DB_VERSION, {
      async upgrade(db, _old, _new, tx) {
        for (const step of [...MIGRATIONS, ...MIGRATIONS]) await step(db as never, tx as never);
      },
    });
    expect(schemaOf(unwrap(twice))).toEqual(await freshSchema());
    twice.close();
  });

  // The next upgrade heals; a database at the current version is opened as it is.
  describe.each(versions.slice(0, -1))('at version %i', (version) => {
    it.each([...STORE_NAMES])('heals a missing %s store and keeps the other stores’ records', async (missing) => {
      const name = `heal-${version}-${missing}`;
      const data = makeDataset({ ...size, seed: 40 + version });
      const broken = await openDB(name, version, {
        async upgrade(db, _old, _new, tx) {
          for (const step of MIGRATIONS.slice(0, version)) await step(db as never, tx as never);
          db.deleteObjectStore(missing);
        },
      });
      const kept = STORE_NAMES.filter((s): s is (typeof RECORD_STORES)[number] => s !== missing && s !== 'settings');
      await seedDatabase(unwrap(broken), data, kept);
      broken.close();

      const healed = await openDatabase(name);
      expect(healed.version).toBe(DB_VERSION);
      expect(schemaOf(unwrap(healed))).toEqual(await freshSchema());
      const after = await exportAll(healed);
      for (const store of kept) expect(byId(after)[store], store).toEqual(byId(data)[store]);
      healed.close();
    });
  });
});

/**
 * openDatabase must abort the versionchange transaction itself when a step
 * fails: idb runs the upgrade callback as a promise, so a throw there only
 * rejects that promise, and IndexedDB would commit the half-done upgrade.
 */
describe('an upgrade that fails', () => {
  afterEach(() => {
    vi.doUnmock('../../../src/db/migrations.ts');
    vi.resetModules();
  });

  /** openDatabase as it would be with `step` appended to the migration list. */
  async function openWithNextStep(step: (typeof MIGRATIONS)[number]) {
    vi.resetModules();
    vi.doMock('../../../src/db/migrations.ts', async (importOriginal) => {
      const real = await importOriginal<typeof import('../../../src/db/migrations.ts')>();
      const migrations = [...real.MIGRATIONS, step];
      return { ...real, MIGRATIONS: migrations, DB_VERSION: migrations.length };
    });
    return (await import('../../../src/db/open.ts')).openDatabase;
  }

  const failure = new Error('a bug in the next migration');
  it.each([
    [
      'throwing after a write',
      ((_db, tx) => {
        void tx.objectStore('interviews').clear().catch(() => undefined);
        throw failure;
      }) satisfies (typeof MIGRATIONS)[number],
    ],
    [
      'rejecting after a new store and an awaited write',
      (async (db, tx) => {
        db.createObjectStore('half-applied' as never);
        await tx.objectStore('contacts').clear();
        throw failure;
      }) satisfies (typeof MIGRATIONS)[number],
    ],
  ])('by %s reports DatabaseUpgradeError and leaves the old data readable', async (_name, step) => {
    const d = await openDatabase('upgrade-fails');
    const data = makeDataset({ ...size, seed: 7 });
    await seedDatabase(d, data);
    d.close();

    const openNext = await openWithNextStep(step);
    await expect(openNext('upgrade-fails')).rejects.toMatchObject({ name: 'DatabaseUpgradeError', cause: failure });

    vi.doUnmock('../../../src/db/migrations.ts');
    vi.resetModules();
    const { openDatabase: openCurrent } = await import('../../../src/db/open.ts');
    const again = await openCurrent('upgrade-fails');
    expect(again.version).toBe(DB_VERSION);
    expect([...again.objectStoreNames]).not.toContain('half-applied');
    expect(byId(await exportAll(again))).toEqual(byId(data));
    again.close();
  });
});

/** Version 7 stores with each tidbit the terms ranking reads (core/tidbits/terms.ts). */
describe('the upgrade from version 6', () => {
  const sorted = (list: readonly Tidbit[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));

  async function atVersion6(name: string) {
    const old = await openDatabase(name, 6);
    const data = makeDataset({ ...size, seed: 66 });
    await seedDatabase(unwrap(old), data);
    old.close();
    return data;
  }

  async function rawTidbits(name: string): Promise<{ version: number; tidbits: Tidbit[] }> {
    const raw = await openDB(name);
    const tidbits = (await raw.getAll('tidbits')) as Tidbit[];
    raw.close();
    return { version: raw.version, tidbits };
  }

  it('stores every tidbit with the terms computed from its text, and changes nothing else', async () => {
    const data = await atVersion6('terms-fill');
    const upgraded = await openDatabase('terms-fill');
    upgraded.close();
    const { tidbits } = await rawTidbits('terms-fill');
    expect(tidbits.length).toBe(data.tidbits.length);
    expect(sorted(tidbits)).toEqual(sorted(data.tidbits.map(terms.withTerms)));
    expect(tidbits.every((t) => !terms.needsTerms(t))).toBe(true);
  });

  /** A module graph of its own, as a page that has not loaded the tokeniser (the popup) has: no module in it provided one. */
  async function freshGraph() {
    vi.resetModules();
    const migrations = await import('../../../src/db/migrations.ts');
    const { openDatabase: open } = await import('../../../src/db/open.ts');
    return { migrations, open };
  }

  it('loads the tokeniser with the page’s loader when the upgrade needs it, then stores the terms', async () => {
    const data = await atVersion6('terms-loader');
    const { migrations, open } = await freshGraph();
    // Without a loader the upgrade cannot store terms: it is refused and the database stays as it was.
    await expect(open('terms-loader')).rejects.toMatchObject({ name: 'DatabaseUpgradeError' });
    expect((await rawTidbits('terms-loader')).version).toBe(6);

    const loader = vi.fn(() => import('../../../src/core/tidbits/terms.ts'));
    migrations.provideTokeniserLoader(loader);
    const upgraded = await open('terms-loader');
    expect(upgraded.version).toBe(DB_VERSION);
    upgraded.close();
    expect(loader).toHaveBeenCalledOnce();
    const { tidbits } = await rawTidbits('terms-loader');
    expect(sorted(tidbits)).toEqual(sorted(data.tidbits.map(terms.withTerms)));
  });

  it('is given that loader by the popup’s way to open the database (openDb)', async () => {
    const data = await atVersion6('afterview');
    vi.resetModules();
    const popup = await import('../../../src/ui/use-loaded.ts');
    (await popup.openDb()).close();
    const { tidbits } = await rawTidbits('afterview');
    expect(sorted(tidbits)).toEqual(sorted(data.tidbits.map(terms.withTerms)));
  });

  it('leaves the old records and version when computing the terms fails, and fills them on the next open', async () => {
    const data = await atVersion6('terms-fail');
    let count = 0;
    provideTokeniser({
      needsTerms: terms.needsTerms,
      withTerms: (tidbit) => {
        if (++count === 20) throw new Error('a bug in the tokeniser');
        return terms.withTerms(tidbit);
      },
    });
    try {
      await expect(openDatabase('terms-fail')).rejects.toMatchObject({ name: 'DatabaseUpgradeError' });
    } finally {
      provideTokeniser(terms);
    }
    const before = await rawTidbits('terms-fail');
    expect(before.version).toBe(6);
    expect(sorted(before.tidbits)).toEqual(sorted(data.tidbits));

    (await openDatabase('terms-fail')).close();
    expect((await rawTidbits('terms-fail')).tidbits.every((t) => !terms.needsTerms(t))).toBe(true);
  });
});
