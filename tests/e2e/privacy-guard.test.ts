/**
 * The privacy guard guards: every suite fails on close if Afterview tried to
 * reach the network (see harness/types.ts assertPrivate). This suite checks
 * that the guard sees an attempt, that the content security policy stops it
 * before anything leaves the browser, and that a request which does leave is
 * recorded and fails the browser's close.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSiteServer, type SiteServer } from './harness/site-server.ts';
import { BROWSERS, launch } from './harness/launch.ts';
import type { ExtBrowser } from './harness/types.ts';

describe.each(BROWSERS)('privacy in %s', (browserName) => {
  let ext: ExtBrowser;
  let site: SiteServer;
  /** The browser the second test lets a request out of, until its close has failed as it must. */
  let leaky: ExtBrowser | undefined;
  beforeAll(async () => {
    site = await startSiteServer();
    site.route('example.test', '/beacon', 'ok', 'text/plain');
    site.route('example.test', '/away', '<!doctype html><title>Away</title>');
    ext = await launch(browserName);
  });
  afterAll(async () => {
    await leaky?.close().catch(() => undefined);
    await ext?.close();
    await site?.close();
  });

  it('refuses a request from an extension page, and the guard records the attempt', async () => {
    const popup = await ext.openExtensionPage('src/popup/index.html');
    const outcome = await popup.evaluate(
      (url) => fetch(url).then(() => 'sent', (error: Error) => `refused: ${error.name}`),
      site.url('example.test', '/beacon'),
    );
    expect(outcome).toMatch(/^refused/);
    expect(site.requests).not.toContain('example.test/beacon');
    await popup.waitForFunction(async () => {
      const api = globalThis.browser ?? globalThis.chrome!;
      const stored = await api.storage.local.get('afterview-e2e-violations');
      return ((stored['afterview-e2e-violations'] as string[] | undefined) ?? []).length > 0;
    });
    const report = await ext.privacyReport();
    expect(report.violations.join('\n')).toMatch(/popup: connect-src .*example\.test/);

    // Clear the deliberate attempt so that closing this browser checks the rest.
    await popup.evaluate(() => (globalThis.browser ?? globalThis.chrome!).storage.local.remove('afterview-e2e-violations'));
    expect((await ext.privacyReport()).violations).toEqual([]);
    await popup.close();
  });

  it('records a request that did leave an extension page, and fails the browser it came from on close', async () => {
    // A navigation is not governed by connect-src, so it does reach the server:
    // only the harness's own request recording can catch it, and this proves it does.
    leaky = await launch(browserName);
    const page = await leaky.openExtensionPage('src/popup/index.html');
    const away = site.url('example.test', '/away');
    await page.evaluate((url) => void (location.href = url), away);
    const deadline = Date.now() + 10_000;
    while (!site.requests.includes('example.test/away') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(site.requests).toContain('example.test/away');
    expect((await leaky.privacyReport()).requests).toContain(away);
    const closing = leaky.close();
    leaky = undefined;
    await expect(closing).rejects.toThrow(`request ${away}`);
  });
});
