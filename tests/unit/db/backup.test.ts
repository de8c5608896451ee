import { afterEach, describe, expect, it, vi } from 'vitest';
import { RECORD_STORES, serializeBackup, type BackupData } from '../../../src/core/backup/backup-file.ts';
import { parseBackup } from '../../../src/core/backup/parse.ts';
import { DEFAULT_SETTINGS, type Tidbit } from '../../../src/core/types.ts';
import { needsTerms, withTerms } from '../../../src/core/tidbits/terms.ts';
import { exportAll, exportBackupText, importBackup, restoreFromText, RestoreError } from '../../../src/db/backup.ts';
import { openDatabase, type Db } from '../../../src/db/open.ts';
import { makeDataset } from '../../support/seed.ts';
import { byId } from '../../support/by-id.ts';

const meta = { appVersion: '1.0.0', exportedAt: Date.UTC(2026, 0, 15) };
let databases = 0;
const fresh = () => openDatabase(`backup-test-${(databases += 1)}`);

async function seeded(data: BackupData): Promise<Db> {
  const d = await fresh();
  await importBackup(d, data, 'replace');
  return d;
}

const dataset = makeDataset({ interviews: 40, contacts: 100, tidbits: 120, touchpoints: 240, seed: 5 });
const other = makeDataset({ interviews: 10, contacts: 20, tidbits: 15, touchpoints: 30, seed: 6 });

describe('export and restore', () => {
  it('round-trips every store exactly: export, file, parse, replace into an empty database', async () => {
    const source = await seeded(dataset);
    const text = await exportBackupText(source, meta);
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));

    const target = await fresh();
    await importBackup(target, parsed.backup, 'replace');
    const restored = await exportAll(target);
    expect(restored).toEqual(await exportAll(source));
    expect(byId(restored)).toEqual(byId(dataset));
    for (const store of RECORD_STORES) expect(restored[store].length, store).toBe(dataset[store].length);
    source.close();
    target.close();
  });

  it('leaves the tidbits’ terms out of the file and computes them again on restore', async () => {
    const source = await seeded(dataset);
    const stored = await source.getAll('tidbits');
    expect(stored.every((t) => t.terms !== undefined && !needsTerms(t))).toBe(true);
    const text = await exportBackupText(source, meta);
    expect(text).not.toContain('"terms"');
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));

    const target = await fresh();
    await importBackup(target, parsed.backup, 'merge');
    const byTidbitId = (list: readonly Tidbit[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(byTidbitId(await target.getAll('tidbits'))).toEqual(byTidbitId(dataset.tidbits.map(withTerms)));
    // Replacing with the same file: the stored terms do not make every tidbit differ from the file's.
    const summary = await importBackup(target, parsed.backup, 'replace');
    expect(summary.written).toBe(0);
    source.close();
    target.close();
  });

  it('restores into working indexes, not only into the stores', async () => {
    const d = await seeded(dataset);
    const interview = dataset.interviews[3]!;
    const expected = dataset.touchpoints.filter((t) => t.interviewId === interview.id).length;
    expect(await d.countFromIndex('touchpoints', 'interviewId', interview.id)).toBe(expected);
    d.close();
  });

  it('exports settings saved before a field existed with that field’s default', async () => {
    const d = await fresh();
    await d.put('settings', { name: 'Old', signature: 'S' } as never, 'settings');
    expect((await exportAll(d)).settings).toEqual({ ...DEFAULT_SETTINGS, name: 'Old', signature: 'S' });
    d.close();
  });

  it('reports export progress up to 1', async () => {
    const d = await seeded(dataset);
    const seen: number[] = [];
    await exportAll(d, (f) => seen.push(f));
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    d.close();
  });
});

describe('replace and merge', () => {
  it('replace leaves exactly the backup, removing what it did not hold', async () => {
    const d = await seeded(other);
    const summary = await importBackup(d, dataset, 'replace');
    expect(byId(await exportAll(d))).toEqual(byId(dataset));
    expect(summary.counts.interviews.added).toBe(dataset.interviews.length);
    d.close();
  });

  it('replace over nearly the same data writes only the difference', async () => {
    const d = await seeded(dataset);
    const edited = structuredClone(dataset);
    edited.interviews[3]!.notes = 'a later edit in the backup';
    const gone = edited.tidbits.pop()!;
    const summary = await importBackup(d, edited, 'replace');
    expect(summary.written).toBe(1);
    expect(summary.counts.interviews).toMatchObject({ updated: 1, unchanged: dataset.interviews.length - 1 });
    expect(summary.counts.tidbits).toMatchObject({ removed: 1, unchanged: edited.tidbits.length });
    expect(await d.get('tidbits', gone.id)).toBeUndefined();
    expect(byId(await exportAll(d))).toEqual(byId(edited));
    expect((await importBackup(d, edited, 'replace')).written).toBe(0);
    d.close();
  });

  it('merge keeps what was stored and adds the backup', async () => {
    const d = await seeded(other);
    const summary = await importBackup(d, dataset, 'merge');
    const after = await exportAll(d);
    // A backup's contact with the email or profile address of a stored one is that person: it is folded into the stored record.
    const storedEmails = new Set(other.contacts.map((c) => c.email).filter(Boolean));
    const storedProfiles = new Set(other.contacts.map((c) => c.profileUrl).filter(Boolean));
    const folded = new Set(dataset.contacts.filter((c) => storedEmails.has(c.email) || storedProfiles.has(c.profileUrl)).map((c) => c.id));
    for (const store of RECORD_STORES) {
      const ids = new Set((after[store] as { id: string }[]).map((r) => r.id));
      for (const record of [...other[store], ...dataset[store]] as { id: string }[]) {
        if (store === 'contacts' && folded.has(record.id)) expect(ids.has(record.id), `${store} ${record.id} folded`).toBe(false);
        else expect(ids.has(record.id), store).toBe(true);
      }
    }
    expect(after.settings).toEqual(other.settings);
    expect(summary.counts.contacts.added).toBe(dataset.contacts.length - folded.size);
    d.close();
  });

  it('merge updates a record only when the backup’s is newer', async () => {
    const d = await seeded(dataset);
    const backup = structuredClone(dataset);
    backup.interviews[0]!.notes = 'edited elsewhere, later';
    backup.interviews[0]!.updatedAt += 1;
    backup.interviews[1]!.notes = 'edited elsewhere, earlier';
    backup.interviews[1]!.updatedAt -= 1;
    await importBackup(d, backup, 'merge');
    expect((await d.get('interviews', dataset.interviews[0]!.id))?.notes).toBe('edited elsewhere, later');
    expect((await d.get('interviews', dataset.interviews[1]!.id))?.notes).toBe(dataset.interviews[1]!.notes);
    d.close();
  });

  it('reports import progress that rises to 1', async () => {
    const d = await fresh();
    const seen: number[] = [];
    await importBackup(d, dataset, 'replace', (f) => seen.push(f));
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(1);
    expect(seen.length).toBeGreaterThan(20);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    d.close();
  });

  it('imports a benchmark-sized data set completely', async () => {
    const big = makeDataset({ interviews: 250, contacts: 1_250, tidbits: 2_500, touchpoints: 5_000, seed: 99 });
    const d = await fresh();
    const summary = await importBackup(d, big, 'replace');
    expect(summary.written).toBe(RECORD_STORES.reduce((n, s) => n + big[s].length, 1));
    for (const store of RECORD_STORES) expect(await d.count(store), store).toBe(big[store].length);
    d.close();
  });
});

describe('all or nothing', () => {
  /** The write fails with a RestoreError caused by `cause`, and every store is as it was. */
  async function expectUnchanged(d: Db, write: () => Promise<unknown>, cause: object) {
    const before = await exportAll(d);
    const error = await write().then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(RestoreError);
    expect((error as RestoreError).cause).toMatchObject(cause);
    expect(await exportAll(d)).toEqual(before);
  }

  it.each(['replace', 'merge'] as const)('%s: a record that cannot be stored halfway through leaves the old data', async (mode) => {
    const d = await seeded(other);
    const broken = structuredClone(dataset);
    // No id: the key path yields no key, so this put fails after thousands of others were issued.
    delete (broken.touchpoints[200] as Partial<BackupData['touchpoints'][0]>).id;
    await expectUnchanged(d, () => importBackup(d, broken, mode), { name: 'DataError' });
    d.close();
  });

  it.each(['replace', 'merge'] as const)('%s: a failure in the progress callback halfway through leaves the old data', async (mode) => {
    const d = await seeded(other);
    const failure = new Error('the page went away');
    const write = () =>
      importBackup(d, dataset, mode, (f) => {
        if (f > 0.5) throw failure;
      });
    await expectUnchanged(d, write, failure);
    d.close();
  });

  it('a value the database cannot clone leaves the old data', async () => {
    const d = await seeded(other);
    const broken = structuredClone(dataset);
    (broken.tidbits[50] as unknown as { topics: unknown }).topics = [() => 'not data'];
    await expectUnchanged(d, () => importBackup(d, broken, 'replace'), { name: 'DataCloneError' });
    d.close();
  });
});

describe('a restore that fails says why', () => {
  afterEach(() => vi.restoreAllMocks());

  /** Makes the `nth` write of an import throw `error`, as the browser does when it cannot store a record. */
  function failWrite(nth: number, error: DOMException) {
    let writes = 0;
    for (const method of ['add', 'put'] as const) {
      const real = IDBObjectStore.prototype[method];
      vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if ((writes += 1) === nth) throw error;
        return real.apply(this, args);
      });
    }
  }

  it('names a full disk as such, and leaves the old data', async () => {
    const d = await seeded(other);
    const before = await exportAll(d);
    failWrite(300, new DOMException('The current transaction exceeded its quota limitations.', 'QuotaExceededError'));
    const error = (await importBackup(d, dataset, 'replace').catch((e: unknown) => e)) as RestoreError;
    expect(error).toBeInstanceOf(RestoreError);
    expect(error.noSpace).toBe(true);
    expect(error.message).toBe('The backup could not be written: the disk, or the space this browser gives Afterview, is full. The stored data was left as it was.');
    vi.restoreAllMocks();
    expect(await exportAll(d)).toEqual(before);
    d.close();
  });

  it('names any other cause in the browser’s words', async () => {
    const d = await seeded(other);
    failWrite(10, new DOMException('The data is not valid.', 'DataError'));
    const error = (await importBackup(d, dataset, 'merge').catch((e: unknown) => e)) as RestoreError;
    expect(error.noSpace).toBe(false);
    expect(error.detail).toBe('DataError: The data is not valid.');
    expect(error.message).toBe('The backup could not be written (DataError: The data is not valid.). The stored data was left as it was.');
    d.close();
  });
});

describe('restoreFromText', () => {
  const valid = serializeBackup(dataset, meta);
  const broken: [string, string][] = [
    ['not JSON', valid.slice(0, -10)],
    ['another format', valid.replace('"afterview-backup"', '"other"')],
    ['a newer version', valid.replace('"version":1', '"version":9')],
    ['a wrong field', valid.replace(`"status":"${dataset.interviews[0]!.status}"`, '"status":"ghosted"')],
    ['a broken reference', valid.replace(`"interviewId":"${dataset.interviewers[0]!.interviewId}"`, '"interviewId":"gone"')],
    ['a duplicate id', valid.replace(dataset.tidbits[1]!.id, dataset.tidbits[0]!.id)],
    ['a javascript: URL', valid.replace(dataset.tidbits[0]!.url, 'javascript:alert(1)')],
  ];

  it.each(broken)('refuses %s with problems, and the database is unchanged', async (_name, text) => {
    expect(text).not.toBe(valid);
    for (const mode of ['replace', 'merge'] as const) {
      const d = await seeded(other);
      const before = await exportAll(d);
      const result = await restoreFromText(d, text, mode);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
      expect(await exportAll(d)).toEqual(before);
      d.close();
    }
  });

  it('refuses a file over the size bound', async () => {
    const d = await seeded(other);
    const result = await restoreFromText(d, valid, 'replace', { maxBytes: 1024 });
    expect(result).toMatchObject({ ok: false, errors: [{ key: 'backupErrTooLarge' }] });
    d.close();
  });

  it('writes a valid file', async () => {
    const d = await seeded(other);
    const result = await restoreFromText(d, valid, 'replace');
    expect(result.ok).toBe(true);
    expect(byId(await exportAll(d))).toEqual(byId(dataset));
    d.close();
  });
});
