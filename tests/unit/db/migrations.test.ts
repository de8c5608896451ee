import { describe, expect, it } from 'vitest';
import { DB_VERSION, MIGRATIONS } from '../../../src/db/migrations.ts';
import { openDatabase } from '../../../src/db/open.ts';
import { STORE_NAMES } from '../../../src/db/schema.ts';

const EXPECTED_INDEXES: Record<string, string[]> = {
  interviews: ['start', 'status'],
  contacts: ['email', 'profileUrl'],
  interviewers: ['contactId', 'interviewId'],
  tidbits: ['interviewId', 'savedAt', 'url'],
  touchpoints: ['contactId', 'interviewId', 'statusDue', 'tidbitId'],
  templates: [],
  settings: [],
};

describe('schema', () => {
  it('is at the version the migration list leads to', () => {
    expect(DB_VERSION).toBe(MIGRATIONS.length);
  });

  it('has every store of the design, each with its indexes', async () => {
    const d = await openDatabase('schema-test');
    expect([...d.objectStoreNames].sort()).toEqual([...STORE_NAMES].sort());
    const tx = d.transaction([...STORE_NAMES]);
    for (const name of STORE_NAMES) {
      expect([...tx.objectStore(name).indexNames].sort(), name).toEqual(EXPECTED_INDEXES[name]);
    }
    d.close();
  });

  it('refuses a database written by a newer version, leaving it untouched', async () => {
    const d = await openDatabase('newer-test');
    await d.put('settings', { name: 'Kept' } as never, 'settings');
    d.close();
    // Simulate a newer Afterview by bumping the version with an empty upgrade.
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open('newer-test', DB_VERSION + 1);
      request.onsuccess = () => (request.result.close(), resolve());
      request.onerror = () => reject(request.error);
    });
    await expect(openDatabase('newer-test')).rejects.toThrow(/newer version/);
  });

  it('aborts a failing upgrade without half-applying it', async () => {
    const d = await openDatabase('abort-test');
    await d.put('settings', { name: 'Before' } as never, 'settings');
    d.close();
    const request = indexedDB.open('abort-test', DB_VERSION + 1);
    await new Promise<void>((resolve) => {
      request.onupgradeneeded = () => {
        request.result.createObjectStore('half-applied');
        throw new Error('migration bug');
      };
      request.onerror = () => resolve();
      request.onsuccess = () => resolve();
    });
    const again = await openDatabase('abort-test');
    expect(again.version).toBe(DB_VERSION);
    expect([...again.objectStoreNames]).not.toContain('half-applied');
    expect(await again.get('settings', 'settings')).toEqual({ name: 'Before' });
    again.close();
  });
});
