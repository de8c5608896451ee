/**
 * Backup and restore in both real browsers: a data set written into one
 * profile (and planned further by its background) is exported from the
 * options page, the downloaded file is imported on the options page of a
 * fresh profile, and every interview, person, link, tidbit, touchpoint,
 * template and the settings come back exactly.
 *
 * How the file is caught: in both browsers the page's Blob is read in the page
 * (URL.createObjectURL is wrapped and the click on the `<a download>` is seen);
 * in Chromium the real download is also awaited through playwright and the
 * file it wrote must hold the same bytes. Firefox's automation (puppeteer over
 * WebDriver BiDi) cannot choose where downloads go, so there the click is
 * cancelled after the Blob is read, and nothing is written to disk. The file
 * goes into the fresh profile through the page's file input, set with a
 * DataTransfer as a user's choice would set it.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { axeViolations } from './harness/axe.ts';
import { BROWSERS, launch } from './harness/launch.ts';
import type { ExtBrowser } from './harness/types.ts';
import { withTerms } from '../../src/core/tidbits/terms.ts';
import {
  caughtDownloads,
  catchDownloads,
  chooseFile,
  e2eDataset,
  notifyBackground,
  playwrightPage,
  readData,
  sortedById,
  writeData,
} from './dashboard-support.ts';

describe.each(BROWSERS)('backup and restore in %s', (browserName) => {
  const opened: ExtBrowser[] = [];
  afterAll(async () => {
    for (const ext of opened) await ext.close();
  });

  it('restores every record of an export from the options page into a fresh profile', async () => {
    const source = await launch(browserName);
    opened.push(source);
    const first = await source.openExtensionPage('src/options/index.html');
    await first.waitFor('[data-action="add-interview"]');
    const seeded = e2eDataset(Date.now());
    await writeData(first, seeded);
    // The background plans what comes next; the export must carry that too.
    await notifyBackground(first);
    const expected = sortedById(await readData(first));
    expect(expected.interviews.map((i) => i.id)).toEqual(seeded.interviews.map((i) => i.id).sort());
    expect(expected.touchpoints.length).toBeGreaterThan(seeded.touchpoints.length);
    await first.close();

    // A new page reads what was written behind the first one's back (Firefox's automation cannot reload an extension page).
    const page = await source.openExtensionPage('src/options/index.html');
    await page.waitForFunction(() => document.querySelectorAll('.interview-card').length === 6);
    await page.evaluate(() => (location.hash = '#backup'));
    await page.waitFor('[data-action="export-json"]');

    const raw = await playwrightPage(source, page);
    await catchDownloads(page, raw !== null);
    const download = raw?.waitForEvent('download');
    // By keyboard: focus the button and press Enter.
    await page.evaluate(() => (document.querySelector('[data-action="export-json"]') as HTMLElement).focus());
    await page.press('Enter');
    const [file] = await caughtDownloads(page, 1);
    expect(file!.name).toMatch(/^afterview-backup-\d{4}-\d{2}-\d{2}\.json$/);
    expect(file!.type).toBe('application/json');
    if (download) {
      const saved = await download;
      expect(saved.suggestedFilename()).toBe(file!.name);
      expect(await readFile((await saved.path())!, 'utf8')).toBe(file!.text);
    }
    await page.waitForFunction(() => document.querySelector('[data-status="export"]')?.textContent?.startsWith('Saved '));
    expect(await page.text('[data-status="export"]')).toBe(`Saved ${file!.name} (interviews: 6, people: 7, tidbits: 6, messages: ${expected.touchpoints.length}).`);
    const exported = JSON.parse(file!.text) as { format: string; version: number; data: typeof expected };
    expect(exported.format).toBe('afterview-backup');
    expect(sortedById(exported.data)).toEqual(expected);

    const fresh = await launch(browserName);
    opened.push(fresh);
    const target = await fresh.openExtensionPage('src/options/index.html#backup');
    await target.waitFor('#backup-file');
    expect((await readData(target)).interviews).toEqual([]);
    await chooseFile(target, 'backup-file', file!);
    await target.waitFor('[data-action="restore"]');
    expect(await target.text('.store-counts')).toContain('Interviews: 6');

    // Replace asks first, in the page.
    await target.click('input[name="import-mode"][value="replace"]');
    await target.click('[data-action="restore"]');
    await target.waitFor('[data-action="confirm-replace"]');
    expect(await target.text('#confirm-heading')).toBe('Replace everything in this browser?');
    expect(await axeViolations(target)).toEqual([]);
    await target.click('[data-action="confirm-replace"]');
    await target.waitFor('[data-status="import"]', { timeout: 30_000 });
    expect(await target.text('[data-status="import"] .notice')).toBe('Restored. Everything here now comes from the backup.');

    // The same records, each tidbit with the terms its ranking reads: a backup leaves them out, an import computes them.
    expect(sortedById(await readData(target))).toEqual({ ...expected, tidbits: expected.tidbits.map(withTerms) });
    // The restored data shows on the dashboard of the fresh profile.
    await target.evaluate(() => (location.hash = '#interviews'));
    await target.waitForFunction(() => document.querySelectorAll('.interview-card').length === 6);
    expect(await target.text('.interview-card h3')).toBe('Acme Robotics');
  });

  it('refuses a broken file on the options page, names what is wrong, and changes nothing', async () => {
    const ext = await launch(browserName);
    opened.push(ext);
    const page = await ext.openExtensionPage('src/options/index.html#backup');
    await page.waitFor('#backup-file');
    const data = e2eDataset(Date.now());
    await writeData(page, data);
    const before = sortedById(await readData(page));
    const broken = { ...data, touchpoints: [...data.touchpoints, { ...data.touchpoints[0]!, id: 'orphan', interviewId: 'nowhere' }] };
    const text = JSON.stringify({ format: 'afterview-backup', version: 1, exportedAt: new Date().toISOString(), app: { version: '0.1.0' }, data: broken });
    await chooseFile(page, 'backup-file', { name: 'edited.json', text });
    await page.waitFor('.backup-problems');
    expect(await page.text('.backup-problems li')).toBe(
      `In touchpoints, record ${broken.touchpoints.length} (id orphan) refers to interview nowhere, which is not in the backup.`,
    );
    expect(await page.evaluate(() => document.querySelector('[data-action="restore"]'))).toBeNull();
    expect(await axeViolations(page)).toEqual([]);
    expect(sortedById(await readData(page))).toEqual(before);
  });
});
