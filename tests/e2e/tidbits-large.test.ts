/**
 * The dashboard's Tidbits tab over the benchmark's large data set (10,000
 * tidbits among a year of data), in both real browsers: a hundred rows in the
 * page at most until more are asked for, of which the browser lays out and
 * paints only those near the window (content-visibility); search still finds
 * the oldest of them all; "Show more" from the keyboard adds the next hundred
 * and moves the focus to the first of them, drawn where it is.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tidbitRecord } from '../support/records.ts';
import { LARGE, seedLarge } from './harness/large-data.ts';
import { BROWSERS, launch } from './harness/launch.ts';
import { putRecords } from './harness/page-db.ts';
import type { ExtBrowser, ExtPage } from './harness/types.ts';

/** Older than every seeded tidbit (they span the last year), with a word none of them has. */
const OLDEST = tidbitRecord({ id: 'e2e-oldest', url: 'https://example.test/zanzibar', title: 'Zanzibar harbour logistics', topics: ['ports'], savedAt: Date.now() - 2 * 365 * 86_400_000 });

/** How many tidbit rows are in the page, and which of them the browser draws (not skipped by content-visibility). */
function rows(page: ExtPage) {
  return page.evaluate(() => {
    const items = [...document.querySelectorAll<HTMLElement>('#tidbits .library-item')];
    // A row the browser skips (content-visibility: auto, away from the window) keeps its box; what is inside it is not drawn.
    const drawn = items.flatMap((item, index) => (item.querySelector('.library-item__title')!.checkVisibility({ contentVisibilityAuto: true }) ? [index] : []));
    return { inPage: items.length, drawn };
  });
}

describe.each(BROWSERS)('the Tidbits tab over 10,000 tidbits in %s', (browserName) => {
  let ext: ExtBrowser;
  let options: ExtPage;
  beforeAll(async () => {
    ext = await launch(browserName);
    expect((await seedLarge(ext)).tidbits).toBe(LARGE.tidbits);
    const setup = await ext.openExtensionPage('src/options/index.html');
    await putRecords(setup, { tidbits: [OLDEST] });
    await setup.close();
    options = await ext.openExtensionPage('src/options/index.html#tidbits');
    await options.setViewport(1024, 768);
    await options.waitForFunction(() => document.querySelector('#tidbits .library-count')?.textContent === 'Showing 100 of 10,001', undefined, 60_000);
  }, 180_000);
  afterAll(async () => {
    await ext?.close();
  });

  it('keeps a hundred rows in the page and draws only those near the window', async () => {
    await options.screenshot(`${browserName}-tidbits-large-dashboard`);
    const { inPage, drawn } = await rows(options);
    expect(inPage).toBe(100);
    // The first rows, in a row, and far fewer than a hundred: a 768-pixel window shows about six.
    expect(drawn[0]).toBe(0);
    expect(drawn).toEqual(drawn.map((_, i) => i));
    expect(drawn.length).toBeLessThan(30);
    // Every row, drawn or not, says whom its tidbit went to (or that it was not sent).
    expect(await options.evaluate(() => [...document.querySelectorAll('#tidbits .library-item__sent')].every((p) => /^(Sent to .+|Not sent yet)$/.test(p.textContent ?? '')))).toBe(true);
  });

  it('finds the oldest of all 10,001 by searching', async () => {
    await options.fill('#library-search', 'zanzibar');
    await options.waitForFunction(() => document.querySelector('#tidbits .library-count')?.textContent === 'Showing 1 of 1');
    expect(await options.evaluate(() => [...document.querySelectorAll('#tidbits .library-item__title')].map((el) => el.textContent))).toEqual(['Zanzibar harbour logistics']);
    await options.screenshot(`${browserName}-tidbits-large-search`);
    await options.fill('#library-search', '');
    await options.waitForFunction(() => document.querySelector('#tidbits .library-count')?.textContent === 'Showing 100 of 10,001');
  });

  it('adds the next hundred from the keyboard, with the focus on the first of them, drawn in the window', async () => {
    await options.evaluate(() => document.querySelector<HTMLButtonElement>('[data-action="show-more"]')?.focus());
    await options.press('Enter');
    await options.waitForFunction(() => document.querySelector('#tidbits .library-count')?.textContent === 'Showing 200 of 10,001');
    const focused = await options.evaluate(() => {
      const active = document.activeElement as HTMLElement;
      const items = [...document.querySelectorAll('#tidbits .library-item')];
      const box = active.getBoundingClientRect();
      return { index: items.indexOf(active), drawn: active.querySelector('.library-item__title')!.checkVisibility({ contentVisibilityAuto: true }), inWindow: box.top >= 0 && box.top < innerHeight };
    });
    expect(focused).toEqual({ index: 100, drawn: true, inWindow: true });
    const { inPage, drawn } = await rows(options);
    expect(inPage).toBe(200);
    expect(drawn).toContain(100);
    expect(drawn.length).toBeLessThan(30);
    await options.screenshot(`${browserName}-tidbits-large-more`);
  });
});
