// `npm run bench`: measures the built extension in real Chromium; prints a table, then one JSON object
// with every figure. Sizes come from the shipped dists, timings from the test build (which adds only the
// benchmark's pages and test hooks). Times are medians; page opens are read as ratios to a blank page
// and to the stack's floor, opened alternately in the same run, which cancels out most of the machine's
// speed and load.
// BENCH_ONLY=tidbits times only the popup's tidbit list and the dashboard's Tidbits tab; BENCH_ONLY=starts only the
// opens right after a browser start (BENCH_START_RUNS launches per page, 3 by default; BENCH_MARKS=1 prints each one's timeline);
// BENCH_ONLY=popup only the popup against the blank page and the floor (BENCH_POPUP_RUNS rounds, 31 by default).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { runnerImport } from 'vite';
import { buildAll } from './build.mjs';
import { partSizes } from './bundle-parts.mjs';
import { launchWithExtension } from './chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const POPUP_RUNS = Number(process.env.BENCH_POPUP_RUNS ?? 31);
const CAPTURE_RUNS = Number(process.env.BENCH_CAPTURE_RUNS ?? 60);
const LIBRARY_RUNS = Number(process.env.BENCH_LIBRARY_RUNS ?? 7);
const START_RUNS = Number(process.env.BENCH_START_RUNS ?? 3);
const LARGE = { interviews: 1_000, contacts: 5_000, tidbits: 10_000, touchpoints: 20_000 };

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (n, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

function build() {
  return buildAll([{ browser: 'chrome' }, { browser: 'firefox' }, { browser: 'chrome', e2e: true }]);
}

/** Where each fixture page is served, by the reader its name starts with. */
const FIXTURE_ROUTES = {
  'linkedin-profile': ['www.linkedin.com', '/in/bench-person/'],
  'linkedin-company': ['www.linkedin.com', '/company/bench-company/'],
  'google-calendar': ['calendar.google.com', '/calendar/u/0/r/week'],
  'outlook-calendar': ['outlook.office.com', '/calendar/view/week'],
  generic: ['example.test', '/page'],
};

function capturePages() {
  const pages = [];
  const own = resolve(root, 'tests/fixtures/pages');
  for (const file of readdirSync(own).filter((f) => f.endsWith('.html'))) {
    const source = file.split('_')[0];
    if (FIXTURE_ROUTES[source]) pages.push({ label: file, source, html: readFileSync(join(own, file), 'utf8') });
  }
  // The real saved pages, when this checkout sits beside them, are the typical
  // 200–300 KB a LinkedIn profile weighs; the project's own pages are small.
  const shared = resolve(root, '../shared/fixtures/pages');
  if (existsSync(shared)) {
    for (const file of readdirSync(shared).filter((f) => f.endsWith('.html'))) {
      const source = file.startsWith('linkedin-profile') ? 'linkedin-profile' : file.startsWith('linkedin-company') ? 'linkedin-company' : file.startsWith('gcal') ? 'google-calendar' : 'generic';
      pages.push({ label: `real: ${file}`, source, html: readFileSync(join(shared, file), 'utf8') });
    }
  }
  return pages;
}

/** Stops the extension's background, as the browser does after it idles, so no page finds it awake. */
async function stopBackground(cdp) {
  await cdp.send('ServiceWorker.stopAllWorkers');
}

/**
 * When the page rendered its real content (the `afterview:interactive` mark,
 * set by the popup and the floor in the layout effect of the render that
 * shows it, just before that paint, and by the blank page's one tiny module).
 * Paint Timing and Element Timing report nothing in this headless Chromium.
 * The popup renders its first screen whole from its snapshot, never a loading
 * line first.
 */
function contentPaint(page) {
  return page
    .waitForFunction(() => performance.getEntriesByName('afterview:interactive')[0]?.startTime, null, { timeout: 30_000 })
    .then((handle) => handle.jsonValue());
}

/** From the click that opens the popup's tidbit section to its first tidbit (or its empty line) on screen. */
function popupTidbitsShown(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const start = performance.now();
        document.querySelector('[data-section="tidbits"] summary').click();
        const tick = () => (document.querySelector('.library-item, .library-empty') ? resolve(performance.now() - start) : requestAnimationFrame(tick));
        tick();
      }),
  );
}

async function measurePopup(context, origin, label) {
  const page = await context.newPage();
  // A real popup is visible; a background tab would have its animation frames throttled.
  await page.bringToFront();
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  const times = { blank: [], floor: [], popup: [], tidbits: [] };
  for (let run = 0; run < POPUP_RUNS; run += 1) {
    // Alternate, so drift in the machine's speed touches every page the same way.
    for (const [name, path] of [['blank', 'bench/blank.html'], ['floor', 'bench/floor.html'], ['popup', 'src/popup/index.html']]) {
      await stopBackground(cdp);
      await page.goto(`${origin}${path}`);
      times[name].push(await contentPaint(page));
    }
    const tidbits = await popupTidbitsShown(page).catch(() => null);
    if (tidbits !== null) times.tidbits.push(tidbits);
  }
  await page.close();
  const [blank, floor, popup] = [median(times.blank), median(times.floor), median(times.popup)];
  return {
    label,
    popupMs: round(popup),
    blankMs: round(blank),
    ratio: round(popup / blank),
    floorMs: round(floor),
    floorRatio: round(floor / blank),
    popupOverFloor: round(popup / floor),
    tidbitListMs: times.tidbits.length > 0 ? round(median(times.tidbits)) : null,
    runs: POPUP_RUNS,
  };
}

/**
 * The dashboard's Tidbits tab, from navigation to its first tidbit on screen
 * (performance.now() counts from the navigation that made the page). Each run
 * leaves the dashboard first: going to the address the tab already shows
 * (only a #fragment) does not load the page again, so the old runs read the
 * first page's clock, which had been running since the first run. Each
 * run also starts with the background stopped, as the popup's, and after the
 * previous run's tab has read every tidbit.
 */
async function measureLibrary(context, origin) {
  const page = await context.newPage();
  await page.bringToFront();
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  const times = [];
  for (let run = 0; run < LIBRARY_RUNS; run += 1) {
    await page.goto(`${origin}bench/blank.html`);
    await stopBackground(cdp);
    await page.goto(`${origin}src/options/index.html#tidbits`);
    times.push(await page.waitForFunction(() => (document.querySelector('#tidbits .library-item') ? performance.now() : null), null, { timeout: 30_000, polling: 'raf' }).then((h) => h.jsonValue()));
    // Let the tab finish reading every tidbit ("Showing 100 of 10,000"), so the next run does not queue behind this one's reads.
    await page.waitForFunction(() => /\d/.test(document.querySelector('#tidbits .library-count')?.textContent ?? '') && !document.querySelector('#tidbits .library-count')?.textContent?.includes('…'), null, { timeout: 60_000 });
  }
  await page.close();
  return round(median(times));
}

/**
 * BENCH_MARKS=1: where a start's time went, in ms from the page's navigation: its HTML received, its DOM parsed
 * (its module scripts run after), the page's performance marks, and the background's (on the page's clock).
 */
async function timeline(page, worker) {
  const [origin, own] = await page.evaluate(() => {
    const [nav] = performance.getEntriesByType('navigation');
    const marks = performance.getEntriesByType('mark').map((m) => `${m.name} ${Math.round(m.startTime)}`);
    return [performance.timeOrigin, [`html ${Math.round(nav.responseEnd)}`, `dom ${Math.round(nav.domInteractive)}`, ...marks].join(', ')];
  });
  const marks = await worker.evaluate(() => [performance.timeOrigin, performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])]).catch(() => [0, []]);
  return `${own}; background: ${marks[1].map(([name, at]) => `${name} ${Math.round(marks[0] + at - origin)}`).join(', ') || '—'}`;
}

/**
 * The popup opened right after the browser starts (its background busy with
 * the start-up re-plan), against later opens in the same browser; and the same
 * for the blank page and the stack's floor, each in browsers of their own, so
 * the browser's own cold start (its extension process, code cache, fonts) is
 * told apart from what the popup adds. The kinds alternate, launch by launch.
 */
async function measureStarts(dist, profile, siteHosts) {
  const kinds = { blank: 'bench/blank.html', floor: 'bench/floor.html', popup: 'src/popup/index.html' };
  const starts = { blank: [], floor: [], popup: [] };
  const warms = { blank: [], floor: [], popup: [] };
  for (let run = 0; run < START_RUNS; run += 1) {
    for (const [kind, path] of Object.entries(kinds)) {
      const { context, origin, worker } = await launchWithExtension(dist, { profile, siteHosts });
      try {
        const page = await context.newPage();
        await page.bringToFront();
        await page.goto(`${origin}${path}`);
        starts[kind].push(await contentPaint(page));
        // Let the start-up work finish (the background waits START_DELAY_MS, 4 s, before it re-plans), then open as on any later click.
        await new Promise((settle) => setTimeout(settle, 8_000));
        if (process.env.BENCH_MARKS) console.log(`${kind} at start: ${await timeline(page, worker)}`);
        for (let i = 0; i < 3; i += 1) {
          await page.goto(`${origin}${path}`);
          warms[kind].push(await contentPaint(page));
        }
      } finally {
        await context.close();
      }
    }
  }
  const of = (kind) => {
    const [start, warm] = [median(starts[kind]), median(warms[kind])];
    return { startMs: round(start), warmMs: round(warm), ratio: round(start / warm), starts: starts[kind].map((v) => round(v, 0)) };
  };
  const [popup, blank, floor] = [of('popup'), of('blank'), of('floor')];
  return { ...popup, blank, floor, overBlankStart: round(popup.startMs / blank.startMs), runs: START_RUNS };
}

async function measureCapture(context, origin, site) {
  const results = [];
  const control = await context.newPage();
  await control.goto(`${origin}bench/blank.html`);
  for (const fixture of capturePages()) {
    const [host, path] = FIXTURE_ROUTES[fixture.source];
    site.route(host, path, fixture.html);
    const url = site.url(host, path);
    const tab = await context.newPage();
    await tab.goto(url);
    const ms = await control.evaluate(
      async ({ url, runs }) => {
        const [tab] = await chrome.tabs.query({ url });
        await chrome.scripting.executeScript({ target: { tabId: tab.id }, files: ['/src/capture/capture.iife.js'] });
        const [{ result }] = await chrome.scripting.executeScript({
          target: { tabId: tab.id },
          args: [runs],
          func: (n) => {
            const times = [];
            let found = '';
            for (let i = 0; i < n; i += 1) {
              const start = performance.now();
              found = globalThis.afterviewReadPage().source;
              times.push(performance.now() - start);
            }
            times.sort((a, b) => a - b);
            return { median: times[Math.floor(n / 2)], found };
          },
        });
        return result;
      },
      { url, runs: CAPTURE_RUNS },
    );
    results.push({ page: fixture.label, kb: round(Buffer.byteLength(fixture.html) / 1024, 0), found: ms.found, medianMs: round(ms.median, 3) });
    await tab.close();
  }
  await control.close();
  return results;
}

async function measureData(context, origin) {
  const page = await context.newPage();
  await page.goto(`${origin}bench/bench.html`);
  await page.waitForFunction(() => document.title === 'ready');
  const call = (name, arg) => page.evaluate(([n, a]) => globalThis.afterviewBench[n](a), [name, arg]);
  const seeded = await call('seed', LARGE);
  if (process.env.BENCH_QUICK || process.env.BENCH_ONLY) return { seeded };
  const repeat = async (name, times) => {
    const values = [];
    for (let i = 0; i < times; i += 1) values.push(await call(name));
    return values;
  };
  const nextAlarm = median(await repeat('nextAlarm', 15));
  const rank = median(await repeat('rank', 9));
  const replan = median(await repeat('replan', 5));
  const exports = await repeat('exportAll', 3);
  const parses = await repeat('parseOnly', 3);
  const imports = await repeat('importReplace', 3);
  const restores = await repeat('importIntoEmpty', 3);
  await page.close();
  return {
    seeded,
    nextAlarmMs: round(nextAlarm),
    replanAllMs: round(replan),
    rankTidbitsMs: round(rank),
    exportMs: round(median(exports.map((e) => e.ms))),
    exportMB: round(exports[0].bytes / 1_048_576),
    importMs: round(median(imports)),
    importEmptyMs: round(median(restores)),
    importCheckMs: round(median(parses)),
  };
}

async function main() {
  await build();
  const sizes = { chrome: partSizes(resolve(root, 'dist/chrome')), firefox: partSizes(resolve(root, 'dist/firefox')) };
  const { module: siteModule } = await runnerImport(resolve(root, 'tests/e2e/harness/site-server.ts'), { configFile: false, logLevel: 'error' });
  const site = await siteModule.startSiteServer();
  const dist = resolve(root, 'dist/e2e-chrome');
  const profile = mkdtempSync(join(tmpdir(), 'afterview-bench-'));
  const loadBefore = loadavg();
  const { context, worker, origin } = await launchWithExtension(dist, { profile, siteHosts: siteModule.SITE_HOSTS });
  let closed = false;
  try {
    const browserVersion = context.browser()?.version() ?? (await worker.evaluate(() => navigator.userAgent));
    if (process.env.BENCH_ONLY === 'tidbits') {
      // Only the tidbit rows, at 10,000 tidbits: the popup's tidbit list and the dashboard's Tidbits tab.
      await measureData(context, origin);
      await new Promise((settle) => setTimeout(settle, 5_000));
      const popup = await measurePopup(context, origin, 'large database');
      const tidbitsTabMs = await measureLibrary(context, origin);
      const result = { load: { before: round(loadBefore[0]), after: round(loadavg()[0]) }, popupTidbitListMs: popup.tidbitListMs, tidbitsTabMs, runs: { popup: POPUP_RUNS, library: LIBRARY_RUNS } };
      console.table({ 'popup tidbit list, first tidbit shown after opening it': `${popup.tidbitListMs} ms`, 'dashboard Tidbits tab, first tidbit shown': `${tidbitsTabMs} ms` });
      console.log(JSON.stringify(result));
      return;
    }
    if (process.env.BENCH_ONLY === 'starts') {
      // Only the opens right after a browser start, with the large database (and the snapshot a popup open leaves).
      await measureData(context, origin);
      await new Promise((settle) => setTimeout(settle, 5_000));
      await measurePopup(context, origin, 'large database');
      await context.close();
      closed = true;
      const starts = await measureStarts(dist, profile, siteModule.SITE_HOSTS);
      console.log(JSON.stringify({ load: { before: round(loadBefore[0]), after: round(loadavg()[0]) }, popupAtStart: starts }));
      return;
    }
    // Opens on a settled browser, as the large database's below: the start's own work (the welcome tab a new install opens,
    // the start-up re-plan after START_DELAY_MS) is the start row's to measure, not this one's.
    await new Promise((settle) => setTimeout(settle, 8_000));
    const popupEmpty = await measurePopup(context, origin, 'empty database');
    const data = await measureData(context, origin);
    // Let the browser finish writing the large database to disk before timing pages again.
    await new Promise((settle) => setTimeout(settle, 5_000));
    const popupLarge = await measurePopup(context, origin, 'large database');
    if (process.env.BENCH_ONLY === 'popup') {
      console.table([popupEmpty, popupLarge]);
      console.log(JSON.stringify({ load: { before: round(loadBefore[0]), after: round(loadavg()[0]) }, popup: [popupEmpty, popupLarge] }));
      return;
    }
    const libraryMs = await measureLibrary(context, origin);
    // BENCH_QUICK=1 times only the popup, for quick comparisons while working on it.
    const capture = process.env.BENCH_QUICK ? [] : await measureCapture(context, origin, site);
    // The same profile, with the large database, started again: the popup right after a browser start.
    await context.close();
    closed = true;
    const starts = await measureStarts(dist, profile, siteModule.SITE_HOSTS);

    const report = {
      machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGB: round(totalmem() / 2 ** 30, 0), node: process.version, chromium: browserVersion },
      // How busy the shared machine was (1-minute load average, before and after).
      load: { before: round(loadBefore[0]), after: round(loadavg()[0]) },
      popup: [popupEmpty, popupLarge],
      popupAtStart: starts,
      tidbitsTabMs: libraryMs,
      popupPaintGzip: sizes.chrome.popup.gzip,
      capture,
      data,
      sizes: Object.fromEntries(
        Object.entries(sizes).map(([browser, parts]) => [
          browser,
          Object.fromEntries(Object.entries(parts).map(([part, s]) => [part, { raw: s.raw, gzip: s.gzip, totalGzip: s.total.gzip }])),
        ]),
      ),
    };

    console.log(`\nAfterview benchmark — ${report.machine.cpu}, ${report.machine.cores} cores, Chromium ${browserVersion}\n`);
    console.log(`Machine load (1-minute average): ${report.load.before} before, ${report.load.after} after, on ${report.machine.cores} cores`);
    console.log('First paint of real content, the background stopped before each open (median of alternating runs)');
    console.table(
      report.popup.map((p) => ({
        database: p.label,
        'popup ms': p.popupMs,
        'blank page ms': p.blankMs,
        ratio: p.ratio,
        'stack floor ms (ratio)': `${p.floorMs} (${p.floorRatio})`,
        'popup / floor': p.popupOverFloor,
        'its tidbit list ms': p.tidbitListMs ?? '—',
        runs: p.runs,
      })),
    );
    console.table({
      'popup right after a browser start': `${starts.startMs} ms (${starts.starts.join(', ')})`,
      'popup, warm open': `${starts.warmMs} ms`,
      'start / warm': starts.ratio,
      'blank page right after a browser start (warm; start / warm)': `${starts.blank.startMs} ms (${starts.blank.warmMs} ms; ${starts.blank.ratio})`,
      'stack floor right after a browser start (warm; start / warm)': `${starts.floor.startMs} ms (${starts.floor.warmMs} ms; ${starts.floor.ratio})`,
      'popup start / blank page start': starts.overBlankStart,
      'dashboard Tidbits tab, first tidbit shown': `${libraryMs} ms`,
      'popup tidbit list, first tidbit shown after opening it': `${popupLarge.tidbitListMs} ms`,
      'popup loads to paint (gzip)': `${sizes.chrome.popup.gzip} bytes`,
    });
    if (process.env.BENCH_QUICK) {
      console.log(JSON.stringify(report));
      return;
    }
    console.log(`Data at ${LARGE.interviews} interviews, ${LARGE.contacts} contacts, ${LARGE.tidbits} tidbits, ${LARGE.touchpoints} touchpoints`);
    console.table({
      'next alarm (read pending + derive)': `${data.nextAlarmMs} ms`,
      're-plan every interview': `${data.replanAllMs} ms`,
      'rank 10,000 tidbits for one person': `${data.rankTidbitsMs} ms`,
      export: `${data.exportMs} ms (${data.exportMB} MB)`,
      'import into an empty database': `${data.importEmptyMs} ms, of which checking the file ${data.importCheckMs} ms`,
      'import (replace) over the same data': `${data.importMs} ms`,
    });
    console.log(`Capture script time per page (median of ${CAPTURE_RUNS} runs, script only)`);
    console.table(capture.map((c) => ({ page: c.page, KB: c.kb, found: c.found, 'median ms': c.medianMs })));
    console.log('Built size per part (bytes; gzip -9 per file, as packed)');
    console.table(
      Object.fromEntries(
        Object.keys(sizes.chrome).map((part) => [
          part,
          {
            'raw at open': sizes.chrome[part].raw,
            'gzip at open': sizes.chrome[part].gzip,
            'gzip with on-demand views': sizes.chrome[part].total.gzip,
            'firefox gzip at open': sizes.firefox[part].gzip,
          },
        ]),
      ),
    );
    console.log(JSON.stringify(report));
  } finally {
    if (!closed) await context.close();
    await site.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

await main();
console.error(`(${basename(import.meta.filename)} done)`);
