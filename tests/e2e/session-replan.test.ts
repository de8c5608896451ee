/**
 * The start-up re-plan in both real browsers: the background marks it in
 * storage.session (src/background/refresh.ts), which both browsers offer to
 * an extension's background and pages and empty when they close; without the
 * mark every refresh of a session would re-plan everything first. The
 * re-plan begins START_DELAY_MS after the start (the first popup comes first).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageBackground, startUpReplanned } from './harness/background.ts';
import { BROWSERS, launch } from './harness/launch.ts';
import type { ExtBrowser } from './harness/types.ts';

describe.each(BROWSERS)('start-up in %s', (browserName) => {
  let ext: ExtBrowser;
  beforeAll(async () => {
    ext = await launch(browserName);
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('re-plans once and marks it for the rest of the browser session', async () => {
    const page = await ext.openExtensionPage('src/options/index.html');
    await page.waitFor('[data-action="add-interview"]');
    expect(await messageBackground(page, 'status', {})).toMatchObject({ ok: true });
    expect(await startUpReplanned(page)).toBe(true);
    await page.close();
  });
});
