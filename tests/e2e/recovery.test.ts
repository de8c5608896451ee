/**
 * A database that cannot be opened, in both real browsers, and the way back.
 * The first upgrade (the one that creates the database) fails as a full disk
 * would: the test build fails it while FAIL_FIRST_UPGRADE_KEY is set in the
 * extension's localStorage (src/db/e2e-faults.ts). The user uses the banner as
 * they would: they download a copy, free the disk, and try again; the next
 * start must open a working, empty database. An earlier "copy as it is"
 * created an empty version-1 database in that state, which no start could
 * upgrade; such a database, made here as that copy made it, must heal too.
 * And a page that fails to render (here over a date no one could mean, stored
 * before the checks refused such dates) shows what failed and the ways out.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { FAIL_FIRST_UPGRADE_KEY } from '../../src/db/e2e-faults.ts';
import { DB_VERSION } from '../../src/db/migrations.ts';
import { STORE_NAMES } from '../../src/db/schema.ts';
import { interviewRecord, touchRecord } from '../support/records.ts';
import { caughtDownloads, catchDownloads } from './dashboard-support.ts';
import { messageBackground, startUpReplanned } from './harness/background.ts';
import { BROWSERS, launch } from './harness/launch.ts';
import { putRecords } from './harness/page-db.ts';
import type { ExtBrowser, ExtPage } from './harness/types.ts';

/** Afterview's database as the browser lists it: its version, or null when there is none. */
function storedVersion(page: ExtPage): Promise<number | null> {
  return page.evaluate(async () => (await indexedDB.databases()).find((d) => d.name === 'afterview')?.version ?? null);
}

function storeNames(page: ExtPage): Promise<string[]> {
  return page.evaluate(async () => {
    const request = indexedDB.open('afterview');
    const db = await new Promise<IDBDatabase>((done, fail) => ((request.onsuccess = () => done(request.result)), (request.onerror = () => fail(request.error))));
    const names = [...db.objectStoreNames].sort();
    db.close();
    return names;
  });
}

/** Deletes the database (the pages and the background that hold it let go), then runs `after` in the same page. */
function deleteDatabase(page: ExtPage, after: 'nothing' | 'empty version 1'): Promise<void> {
  return page.evaluate(async (after) => {
    await new Promise((done, fail) => {
      const request = indexedDB.deleteDatabase('afterview');
      request.onsuccess = done;
      request.onerror = () => fail(request.error);
    });
    if (after === 'nothing') return;
    // What an open with no version makes when no database exists: version 1, no stores.
    await new Promise<void>((done, fail) => {
      const request = indexedDB.open('afterview');
      request.onsuccess = () => (request.result.close(), done());
      request.onerror = () => fail(request.error);
    });
  }, after);
}

async function backgroundStatus(page: ExtPage) {
  return messageBackground<{ ok: boolean; value: { interviews: number; dbVersion: number } }>(page, 'status', {});
}

/** The dashboard works: it shows its empty state, and a record written is read back by the background. */
async function expectWorkingEmptyDatabase(page: ExtPage) {
  await page.waitFor('[data-action="add-interview"]', { timeout: 15_000 });
  expect(await page.evaluate(() => document.querySelector('#upgrade-heading'))).toBeNull();
  // Polled: Firefox lists a database it has just made a moment after the page that opened it shows its first screen.
  await expect.poll(() => storedVersion(page), { timeout: 5_000 }).toBe(DB_VERSION);
  expect(await storeNames(page)).toEqual([...STORE_NAMES].sort());
  expect(await backgroundStatus(page)).toEqual({ ok: true, value: expect.objectContaining({ interviews: 0, dbVersion: DB_VERSION }) });
  await putRecords(page, { interviews: [interviewRecord({ id: 'after-recovery', company: 'Northwind', start: Date.now() })] });
  expect((await backgroundStatus(page)).value.interviews).toBe(1);
}

describe.each(BROWSERS)('a database that cannot be opened, in %s', (browserName) => {
  let ext: ExtBrowser | null = null;
  afterEach(async () => {
    await ext?.close();
    ext = null;
  });

  it('after a failed first upgrade: the copy creates nothing, and once the disk is free the next start opens a working, empty database', async () => {
    ext = await launch(browserName);
    const setup = await ext.openExtensionPage('src/options/index.html');
    await setup.waitFor('[data-action="add-interview"]');
    // The background's start-up re-plan opens the database a few seconds after the start: it runs first, not after the test deleted it.
    expect(await startUpReplanned(setup)).toBe(true);
    await setup.evaluate((key) => localStorage.setItem(key, 'full'), FAIL_FIRST_UPGRADE_KEY);
    await deleteDatabase(setup, 'nothing');
    await setup.close();

    const page = await ext.openExtensionPage('src/options/index.html');
    await page.setViewport(1000, 700);
    await page.waitFor('#upgrade-heading');
    expect(await page.text('#upgrade-heading')).toBe('Afterview could not set up its storage in this browser');
    expect(await page.text('.upgrade-banner p')).toBe('Nothing has been stored yet, so nothing is lost.');
    await page.screenshot(`${browserName}-setup-failed`);
    // The failed upgrade left no database behind.
    expect(await storedVersion(page)).toBeNull();

    await page.click('[data-action="download-as-is"]');
    await page.waitForFunction(() => document.querySelector('.upgrade-banner [role="status"]')?.textContent !== '');
    expect(await page.text('.upgrade-banner [role="status"]')).toBe('Nothing is stored in this browser yet, so there is nothing to copy.');
    await page.screenshot(`${browserName}-setup-failed-copy`);
    // The copy opened nothing into being: no empty version-1 database for every later start to trip on.
    expect(await storedVersion(page)).toBeNull();

    // The disk has room again; the user tries again.
    await page.evaluate((key) => localStorage.removeItem(key), FAIL_FIRST_UPGRADE_KEY);
    await page.click('[data-action="try-again"]');
    await expectWorkingEmptyDatabase(page);
    await page.screenshot(`${browserName}-setup-recovered`);
  });

  it('heals the empty version-1 database an earlier copy made, on the next start', async () => {
    ext = await launch(browserName);
    const setup = await ext.openExtensionPage('src/options/index.html');
    await setup.waitFor('[data-action="add-interview"]');
    expect(await startUpReplanned(setup)).toBe(true);
    await deleteDatabase(setup, 'empty version 1');
    expect(await storedVersion(setup)).toBe(1);
    expect(await storeNames(setup)).toEqual([]);
    await setup.close();

    const page = await ext.openExtensionPage('src/options/index.html');
    await expectWorkingEmptyDatabase(page);
  });

  it('shows what failed and the ways out, not a blank page, when the dashboard cannot render its data', async () => {
    ext = await launch(browserName);
    const setup = await ext.openExtensionPage('src/options/index.html');
    await setup.waitFor('[data-action="add-interview"]');
    // The last day a Date can hold, and a touch planned after it: the timeline cannot format that day.
    await putRecords(setup, {
      interviews: [interviewRecord({ id: 'far', company: 'Far Future', start: 8.64e15 - 3_600_000, end: 8.64e15 })],
      touchpoints: [touchRecord({ id: 'after-time', interviewId: 'far', contactId: 'nobody', dueAt: 8.64e15 + 86_400_000 })],
    });
    await setup.close();

    const page = await ext.openExtensionPage('src/options/index.html');
    await page.setViewport(1000, 700);
    await page.waitFor('#page-error-heading', { timeout: 15_000 });
    expect(await page.text('#page-error-heading')).toBe('This page could not be shown');
    expect(await page.text('[role="alert"] p')).toMatch(/^What failed: \S/);
    await page.screenshot(`${browserName}-page-error`);
    await catchDownloads(page, false);
    await page.click('[data-action="download-as-is"]');
    const [file] = await caughtDownloads(page, 1);
    expect((JSON.parse(file!.text) as { data: { interviews: { id: string }[] } }).data.interviews.map((i) => i.id)).toEqual(['far']);
    expect(await page.text('[role="alert"] [role="status"]')).toBe(`Saved ${file!.name}.`);
  });
});

