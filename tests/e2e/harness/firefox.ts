/**
 * Debian's Firefox ESR with the built extension installed, driven by
 * puppeteer-core over WebDriver BiDi. Firefox refuses to navigate an automated
 * tab to moz-extension:// pages, so the test build opens its options page on
 * install (src/background/e2e-hooks.ts) and every other extension page is
 * opened from there with tabs.create, then found by its location.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { LaunchOptions } from './launch.ts';
import { SITE_HOSTS } from './site-server.ts';
import { assertPrivate, shotPath, type ExtBrowser, type ExtPage } from './types.ts';

const VIOLATIONS_KEY = 'afterview-e2e-violations';

export const FIREFOX_DIST = resolve(__dirname, '../../../dist/e2e-firefox');
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const GECKO_ID = 'afterview@afterview.invalid';

function wrapPuppeteerPage(page: Page): ExtPage {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    click: async (selector) => {
      await page.waitForSelector(selector, { visible: true, timeout: 10_000 });
      await page.click(selector);
    },
    fill: async (selector, value) => {
      // Sets the value as a paste would and fires input, like playwright's fill;
      // typing 10,000 characters one key at a time would take half a minute.
      await page.waitForSelector(selector, { visible: true, timeout: 10_000 });
      await page.$eval(
        selector,
        (el, text) => {
          const field = el as HTMLInputElement;
          field.focus();
          field.value = text;
          field.dispatchEvent(new Event('input', { bubbles: true }));
          field.dispatchEvent(new Event('change', { bubbles: true }));
        },
        value,
      );
    },
    select: async (selector, value) => void (await page.select(selector, value)),
    press: (key) => page.keyboard.press(key as never),
    text: (selector) => page.$eval(selector, (el) => ((el as HTMLElement).innerText ?? el.textContent ?? '').trim()),
    waitFor: async (selector, options) =>
      void (await page.waitForSelector(selector, { visible: !options?.hidden, hidden: Boolean(options?.hidden), timeout: options?.timeout ?? 10_000 })),
    waitForFunction: async (fn, arg, timeout = 10_000) => {
      const handle = await page.waitForFunction(fn as (a: unknown) => unknown, { timeout, polling: 100 }, arg);
      return (await handle.jsonValue()) as never;
    },
    url: () => page.evaluate(() => location.href),
    reload: async () => void (await page.reload()),
    setViewport: (width, height) => page.setViewport({ width, height }),
    screenshot: async (name) => {
      const path = shotPath(name);
      if (path) await page.screenshot({ path: path as `${string}.png` });
    },
    close: () => page.close(),
  };
}

async function hrefOf(page: Page): Promise<string> {
  try {
    return await page.evaluate(() => location.href);
  } catch {
    return '';
  }
}

async function findPage(browser: Browser, match: (href: string) => boolean, timeout = 15_000): Promise<Page> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) if (match(await hrefOf(page))) return page;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('No such page appeared in Firefox');
}

export async function launchFirefox(dist = FIREFOX_DIST, options: LaunchOptions = {}): Promise<ExtBrowser & { browser: Browser }> {
  const profile = await mkdtemp(join(tmpdir(), 'afterview-firefox-'));
  const uuid = crypto.randomUUID();
  const origin = `moz-extension://${uuid}/`;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    userDataDir: profile,
    acceptInsecureCerts: true,
    extraPrefsFirefox: {
      // The real sites' names answer from the local test server (tests/e2e/harness/site-server.ts).
      'network.dns.localDomains': SITE_HOSTS.join(','),
      // Fixes the moz-extension:// origin so the suite knows it in advance.
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      // Keep Firefox off the network: no update checks, telemetry or captive-portal probes.
      'network.captive-portal-service.enabled': false,
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'browser.safebrowsing.update.enabled': false,
      // See LaunchOptions.showNotifications.
      ...(options.showNotifications ? { 'alerts.useSystemBackend': false } : {}),
    },
  });
  await browser.installExtension(dist);
  // The install opens the welcome page too; the test build's own page is the one marked e2e=1.
  const controller = await findPage(browser, (href) => href.startsWith(origin) && new URL(href).searchParams.has('e2e'));
  let opened = 0;
  const requests: string[] = [];
  // Requests from the extension's pages, as far as Firefox reports them to automation.
  const watch = (page: Page) =>
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) requests.push(url);
    });
  watch(controller);
  const privacyReport = async () => {
    // Firefox does not report an event page's requests to automation; the
    // content security policy refuses them all, and the refusals are recorded.
    // Extension pages' own requests are watched as they are opened.
    const stored = (await controller
      .evaluate((key) => globalThis.browser!.storage.local.get(key), VIOLATIONS_KEY)
      .catch(() => ({}))) as Record<string, string[]>;
    return { requests: [...requests], violations: stored[VIOLATIONS_KEY] ?? [] };
  };
  return {
    name: 'firefox',
    origin,
    browser,
    async openExtensionPage(path) {
      opened += 1;
      const url = new URL(origin + path.replace(/^\//, ''));
      url.searchParams.set('e2etab', String(opened));
      const wanted = url.href;
      await controller.evaluate(
        (href) => globalThis.browser!.tabs.create({ url: href }).then(() => undefined),
        wanted,
      );
      const page = await findPage(browser, (href) => href === wanted);
      watch(page);
      await page.waitForFunction(() => document.readyState === 'complete');
      return wrapPuppeteerPage(page);
    },
    async openWebPage(url) {
      const page = await browser.newPage();
      await page.goto(url);
      return wrapPuppeteerPage(page);
    },
    async findPage(match) {
      const page = await findPage(browser, match);
      watch(page);
      return wrapPuppeteerPage(page);
    },
    privacyReport,
    async close() {
      const report = await privacyReport();
      await browser.close();
      await rm(profile, { recursive: true, force: true });
      assertPrivate(report, 'firefox');
    },
  };
}
