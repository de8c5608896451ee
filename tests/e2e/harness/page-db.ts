/**
 * Reads and writes Afterview's IndexedDB from inside one of its pages, for
 * seeding a scenario and checking what the extension stored. Records are
 * built in Node (tests/support/records.ts) and cross as plain JSON.
 */
import type { StoreName } from '../../../src/db/schema.ts';

/** Anything evaluate() can run a function in: the harness's pages, or a raw page after Firefox reloads the extension. */
export interface Evaluator {
  evaluate<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
}

/** Puts records into stores in one transaction; `settings` goes under its one key. */
export async function putRecords(page: Evaluator, records: Partial<Record<StoreName, unknown[]>>): Promise<void> {
  await page.evaluate(async (records) => {
    const request = indexedDB.open('afterview');
    const db = await new Promise<IDBDatabase>((done, fail) => ((request.onsuccess = () => done(request.result)), (request.onerror = () => fail(request.error))));
    const stores = Object.keys(records);
    const tx = db.transaction(stores, 'readwrite');
    for (const store of stores) {
      for (const record of records[store as keyof typeof records]!) {
        if (store === 'settings') tx.objectStore(store).put(record, 'settings');
        else tx.objectStore(store).put(record);
      }
    }
    await new Promise((done, fail) => ((tx.oncomplete = done), (tx.onerror = () => fail(tx.error))));
    db.close();
  }, records);
}

/** Every record of a store, or those an index holds under `key`. */
export async function getRecords<T>(page: Evaluator, store: StoreName, index?: { name: string; key: IDBValidKey }): Promise<T[]> {
  return page.evaluate(
    async ({ store, index }) => {
      const request = indexedDB.open('afterview');
      const db = await new Promise<IDBDatabase>((done, fail) => ((request.onsuccess = () => done(request.result)), (request.onerror = () => fail(request.error))));
      const source = db.transaction(store).objectStore(store);
      const get = index ? source.index(index.name).getAll(index.key) : source.getAll();
      const all = await new Promise<T[]>((done, fail) => ((get.onsuccess = () => done(get.result as T[])), (get.onerror = () => fail(get.error))));
      db.close();
      return all;
    },
    { store, index },
  );
}

/** Changes one stored record by id, as only a test may. */
export async function patchRecord(page: Evaluator, store: StoreName, id: string, patch: Record<string, unknown>): Promise<void> {
  const [current] = (await getRecords<Record<string, unknown>>(page, store)).filter((r) => r.id === id);
  if (!current) throw new Error(`No ${store} record ${id}`);
  await putRecords(page, { [store]: [{ ...current, ...patch }] });
}
