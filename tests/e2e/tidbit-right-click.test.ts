/**
 * Tidbits in both real browsers. Automation cannot click a native context
 * menu, so the suite clicks it through the test build's hook (the e2e→background
 * `menuClick` message, src/background/e2e-hooks.ts), which runs the same handler
 * with a real tab of a served web page. The saved tidbit must appear at once in
 * a popup that is already open (through the background's broadcast, with no
 * reload) and in the dashboard's library, without its tracking parameter; a
 * `javascript:` link must leave no record.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interviewRecord } from '../support/records.ts';
import { BROWSERS, inExtensionPage, launch } from './harness/launch.ts';
import { axeViolations } from './harness/axe.ts';
import { messageBackground } from './harness/background.ts';
import { getRecords, putRecords } from './harness/page-db.ts';
import { startSiteServer, type SiteServer } from './harness/site-server.ts';
import type { ExtBrowser, ExtPage } from './harness/types.ts';

const INTERVIEW_ID = 'e2e-tidbits-acme';

const ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Streams in practice — Example</title></head>
<body><main><h1>Streams in practice</h1>
<p>Read the <a id="deep" href="/deep?utm_source=x&amp;id=7">Deep dive</a> first.</p>
<p><a id="bad" href="javascript:alert(1)">Run me</a></p>
</main></body></html>`;

/** Writes one interview awaiting a decision through the page's own IndexedDB (the page has opened and migrated it). */
async function seedInterview(page: ExtPage): Promise<void> {
  const now = Date.now();
  const start = now - 2 * 3_600_000;
  await putRecords(page, {
    interviews: [
      interviewRecord({
        id: INTERVIEW_ID, company: 'Acme Robotics', role: 'Data Engineer', start, end: start + 3_600_000,
        notes: 'We talked about streams and the deep dive into Kafka.', createdAt: now, updatedAt: now,
      }),
    ],
  });
}

function storedTidbits(page: ExtPage) {
  return getRecords<{ url: string; title: string; interviewId: string | null; foundOn: string; topics: string[] }>(page, 'tidbits');
}

/** The served article's tab, as the browser describes it to the extension. */
async function articleTab(page: ExtPage): Promise<Record<string, unknown>> {
  const tab = await page.waitForFunction(async () => {
    const api = globalThis.browser ?? globalThis.chrome!;
    const [found] = await api.tabs.query({ url: 'https://example.test/*' });
    return found?.status === 'complete' ? (found as unknown as Record<string, unknown>) : null;
  });
  return tab!;
}

/** What the context menu's click would do, through the test build's hook. */
function clickMenu(page: ExtPage, info: Record<string, unknown>, tab: Record<string, unknown>) {
  return messageBackground<{ kind: string; reason?: string; tidbit?: { url: string; title: string } }>(page, 'menuClick', { info, tab }, 'e2e→background');
}

const titles = (page: ExtPage) => page.evaluate(() => [...document.querySelectorAll('.library-item__title')].map((el) => el.textContent));

describe.each(BROWSERS)('tidbits in %s', (browserName) => {
  let ext: ExtBrowser;
  let site: SiteServer;
  beforeAll(async () => {
    site = await startSiteServer();
    site.route('example.test', '/article', ARTICLE);
    ext = await launch(browserName);
    await inExtensionPage(ext, 'src/popup/index.html', '.empty-state', seedInterview);
  });
  afterAll(async () => {
    await ext?.close();
    await site?.close();
  });

  it('saves a link from the menu handler; an open popup and the dashboard show it at once, without tracking', async () => {
    const popup = await ext.openExtensionPage('src/popup/index.html');
    await popup.setViewport(400, 600);
    // The interview's tidbits open on demand.
    await popup.click('[data-section="tidbits"] summary');
    await popup.waitFor('.library-empty');
    await popup.screenshot(`${browserName}-tidbits-popup-empty`);
    // One heading, the section's own summary; none repeated inside it.
    expect(await popup.evaluate(() => [...document.querySelectorAll('[data-section="tidbits"] :is(h2, h3)')].map((h) => h.textContent))).toEqual(['Tidbits']);
    expect(await popup.text('.library-empty h4')).toBe('No tidbits for this interview yet');

    const options = await ext.openExtensionPage('src/options/index.html#tidbits');
    await options.waitFor('#tidbits .library-empty');

    const article = await ext.openWebPage(site.url('example.test', '/article'));
    await article.waitFor('#deep');
    const tab = await articleTab(options);
    const linkUrl = site.url('example.test', '/deep?utm_source=x&id=7');
    const result = await clickMenu(options, { menuItemId: `afterview-tidbit:link:${INTERVIEW_ID}`, linkUrl, pageUrl: tab.url, frameId: 0, editable: false }, tab);
    const saved = site.url('example.test', '/deep?id=7');
    expect(result).toMatchObject({ kind: 'saved', created: true, tidbit: { url: saved, title: 'Deep dive' } });

    // The popup was open all along: the background's broadcast made it reload its list.
    await popup.waitForFunction(() => document.querySelectorAll('[data-section="tidbits"] .library-item').length === 1);
    expect(await titles(popup)).toEqual(['Deep dive']);
    await popup.evaluate(() => document.querySelector('#popup-tidbits-heading')?.scrollIntoView({ block: 'start' }));
    await popup.screenshot(`${browserName}-tidbits-popup-saved`);
    const popupLink = await popup.evaluate(() => {
      const a = document.querySelector('.library-item__title a')!;
      return { href: a.getAttribute('href'), target: a.getAttribute('target'), rel: a.getAttribute('rel') };
    });
    expect(popupLink).toEqual({ href: saved, target: '_blank', rel: 'noopener noreferrer' });
    expect(await popup.text('.library-item__topics')).toContain('deep');
    expect(await axeViolations(popup, '.library')).toEqual([]);

    await options.waitForFunction(() => document.querySelectorAll('.library-item').length === 1);
    expect(await titles(options)).toEqual(['Deep dive']);
    expect(await options.evaluate(() => document.querySelector('.library-item__title a')?.getAttribute('href'))).toBe(saved);
    expect(await options.text('.library-item__interview')).toMatch(/^For Acme Robotics — Data Engineer/);
    expect(await axeViolations(options, '#tidbits')).toEqual([]);

    expect(await storedTidbits(options)).toEqual([
      expect.objectContaining({ url: saved, title: 'Deep dive', interviewId: INTERVIEW_ID, foundOn: site.url('example.test', '/article') }),
    ]);

    // An edit in the dashboard reaches the open popup too: its write tells the background, which tells open pages.
    await options.click('.library-item [data-action="edit-tidbit"]');
    await options.waitFor('.library-editor input');
    await options.fill('.library-editor input', 'Deep dive into streams');
    await options.click('.library-editor button[type="submit"]');
    await popup.waitForFunction(() => document.querySelector('[data-section="tidbits"] .library-item__title')?.textContent === 'Deep dive into streams');
    expect(await titles(options)).toEqual(['Deep dive into streams']);
    await article.close();
    await options.close();
    await popup.close();
  });

  it('refuses a javascript: link and keeps no record of it', async () => {
    const options = await ext.openExtensionPage('src/options/index.html#tidbits');
    await options.waitFor('#tidbits .library-item');
    const before = await storedTidbits(options);
    const article = await ext.openWebPage(site.url('example.test', '/article'));
    await article.waitFor('#bad');
    const tab = await articleTab(options);
    const result = await clickMenu(
      options,
      { menuItemId: `afterview-tidbit:link:${INTERVIEW_ID}`, linkUrl: 'javascript:alert(1)', pageUrl: tab.url, frameId: 0, editable: false },
      tab,
    );
    expect(result).toEqual({ kind: 'refused', reason: 'unsupportedScheme' });
    expect(await storedTidbits(options)).toEqual(before);
    expect(await options.evaluate(() => document.querySelector('a[href^="javascript:"]'))).toBeNull();
    await article.close();
    await options.close();
  });
});
