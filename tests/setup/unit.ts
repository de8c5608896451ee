/** Unit-test setup: a fresh in-memory IndexedDB and a fresh stubbed `browser` for every test. */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { cleanup } from '@testing-library/preact';
import { afterEach, beforeEach, vi } from 'vitest';
import { createFakeBrowser, type FakeBrowser } from './fake-browser.ts';

declare global {
  // `var` is how a global is declared in TypeScript (`let` would not be on globalThis).
  var __afterviewFakeBrowser: FakeBrowser;
}
globalThis.__afterviewFakeBrowser = createFakeBrowser();

// Every module that imports webextension-polyfill gets a proxy to the current stub.
vi.mock('webextension-polyfill', () => ({
  default: new Proxy(
    {},
    { get: (_target, key) => (globalThis.__afterviewFakeBrowser as unknown as Record<string | symbol, unknown>)[key] },
  ),
}));

beforeEach(async () => {
  globalThis.__afterviewFakeBrowser = createFakeBrowser();
  globalThis.indexedDB = new IDBFactory();
  const { resetSharedDb } = await import('../../src/db/open.ts');
  resetSharedDb();
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});
