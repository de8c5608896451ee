/**
 * The privacy guard guards: every suite fails on close if Afterview tried to
 * reach the network (see harness/types.ts assertPrivate). This suite checks
 * that the guard sees an attempt, and that the content security policy stops
 * it before anything leaves the browser.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSiteServer, type SiteServer } from './harness/site-server.ts';
import { BROWSERS, launch } from './harness/launch.ts';
import type { ExtBrowser } from './harness/types.ts';

describe.each(BROWSERS)('privacy in %s', (browserName) => {
  let ext: ExtBrowser;
  let site: SiteServer;
  beforeAll(async () => {
    site = await startSiteServer();
    site.route('example.test', '/beacon', 'ok', 'text/plain');
    ext = await launch(browserName);
  });
  afterAll(async () => {
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
});
