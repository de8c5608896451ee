/** Debian's Chromium with the built extension loaded, driven by playwright-core. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchWithExtension } from '../../../scripts/chromium.mjs';
import { SITE_HOSTS } from './site-server.ts';
import { assertPrivate, shotPath, type ExtBrowser, type ExtPage } from './types.ts';

const VIOLATIONS_KEY = 'afterview-e2e-violations';

export const CHROME_DIST = resolve(__dirname, '../../../dist/e2e-chrome');

export function wrapPlaywrightPage(page: Page): ExtPage {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    click: (selector) => page.click(selector),
    fill: (selector, value) => page.fill(selector, value),
    select: async (selector, value) => void (await page.selectOption(selector, value)),
    press: (key) => page.keyboard.press(key),
    text: async (selector) => (await page.locator(selector).first().innerText()).trim(),
    waitFor: async (selector, options) =>
      void (await page.waitForSelector(selector, { state: options?.hidden ? 'hidden' : 'visible', timeout: options?.timeout ?? 10_000 })),
    waitForFunction: async (fn, arg, timeout = 10_000) =>
      (await (await page.waitForFunction(fn as never, arg, { timeout })).jsonValue()) as never,
    url: async () => page.url(),
    reload: async () => void (await page.reload()),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    screenshot: async (name) => {
      const path = shotPath(name);
      if (path) await page.screenshot({ path });
    },
    close: () => page.close(),
  };
}

export async function launchChromium(dist = CHROME_DIST, extraArgs: string[] = []): Promise<ExtBrowser & { context: BrowserContext }> {
  const profile = await mkdtemp(join(tmpdir(), 'afterview-chromium-'));
  // Lets playwright report the service worker's own requests too.
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  // The real sites' names answer from the local test server (tests/e2e/harness/site-server.ts).
  const { context, worker, origin } = await launchWithExtension(dist, { profile, siteHosts: SITE_HOSTS, args: extraArgs });
  const requests: string[] = [];
  context.on('request', (request) => {
    // A request belongs to the extension when its page, or its service worker, is served from the extension's origin.
    const worker = request.serviceWorker();
    let from = worker ? worker.url() : '';
    if (!worker) {
      try {
        from = request.frame().url();
      } catch {
        from = '';
      }
    }
    if (from.startsWith(origin) && !request.url().startsWith(origin)) requests.push(request.url());
  });
  const privacyReport = async () => {
    const current = context.serviceWorkers().find((w) => w.url().startsWith(origin)) ?? worker;
    const stored = (await current.evaluate((key) => chrome!.storage.local.get(key), VIOLATIONS_KEY).catch(() => ({}))) as Record<string, string[]>;
    return { requests: [...requests], violations: stored[VIOLATIONS_KEY] ?? [] };
  };
  return {
    name: 'chromium',
    origin,
    context,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(origin + path.replace(/^\//, ''));
      return wrapPlaywrightPage(page);
    },
    async openWebPage(url) {
      const page = await context.newPage();
      await page.goto(url);
      return wrapPlaywrightPage(page);
    },
    async findPage(match) {
      const deadline = Date.now() + 15_000;
      for (;;) {
        const page = context.pages().find((p) => match(p.url()));
        if (page) return wrapPlaywrightPage(page);
        if (Date.now() > deadline) throw new Error('No such page appeared in Chromium');
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    privacyReport,
    async close() {
      const report = await privacyReport();
      await context.close();
      await rm(profile, { recursive: true, force: true });
      assertPrivate(report, 'chromium');
    },
  };
}
