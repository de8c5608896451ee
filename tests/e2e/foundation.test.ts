/**
 * The foundation, in both real browsers: the background starts and answers,
 * the popup renders its empty state, an interview added in the popup is read
 * back by the background and by the options page, and bad input saves nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_VERSION } from '../../src/db/migrations.ts';
import { messageBackground } from './harness/background.ts';
import { BROWSERS, launch } from './harness/launch.ts';
import type { ExtBrowser, ExtPage } from './harness/types.ts';

function backgroundStatus(page: ExtPage) {
  return messageBackground<{ ok: boolean; value: { interviews: number; dbVersion: number } }>(page, 'status', {});
}

describe.each(BROWSERS)('foundation in %s', (browserName) => {
  let ext: ExtBrowser;
  beforeAll(async () => {
    ext = await launch(browserName);
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('starts the background, which answers from the database', async () => {
    const popup = await ext.openExtensionPage('src/popup/index.html');
    const status = await backgroundStatus(popup);
    expect(status).toEqual({ ok: true, value: expect.objectContaining({ interviews: 0, dbVersion: DB_VERSION }) });
    await popup.close();
  });

  it('renders the popup with a useful empty state', async () => {
    const popup = await ext.openExtensionPage('src/popup/index.html');
    await popup.setViewport(400, 600);
    await popup.waitFor('.empty-state');
    await popup.screenshot(`${browserName}-popup-empty`);
    expect(await popup.text('.empty-state h2')).toBe('No interviews yet');
    // At the popup's real size the empty state's action is on the first screen.
    expect(await popup.evaluate(() => document.querySelector('.empty-state [data-action="add-interview"]')!.getBoundingClientRect().bottom <= innerHeight)).toBe(true);
    expect(await popup.evaluate(() => innerWidth)).toBe(400);
    expect(await popup.text('.empty-state [data-action="add-interview"]')).toBe('Add interview');
    await popup.close();
  });

  it('refuses bad input on the add-interview form and saves nothing', async () => {
    const popup = await ext.openExtensionPage('src/popup/index.html');
    await popup.click('[data-action="add-interview"]');
    await popup.waitFor('#iv-company');
    await popup.fill('#iv-company', '');
    await popup.click('button[type="submit"]');
    await popup.waitFor('#iv-company-error');
    expect(await popup.text('#iv-company-error')).toBe('Enter the company’s name.');

    await popup.fill('#iv-company', 'x'.repeat(10_000));
    await popup.fill('#iv-date', '1901-01-01');
    await popup.click('button[type="submit"]');
    await popup.waitForFunction(() => document.querySelector('#iv-date-error') !== null);
    expect(await popup.text('#iv-company-error')).toBe('This is too long; please shorten it.');
    expect(await popup.text('#iv-date-error')).toBe('This date is too far from today to be an interview.');
    expect((await backgroundStatus(popup)).value.interviews).toBe(0);
    await popup.close();
  });

  it('saves an interview from the popup that the background and the options page read back', async () => {
    const popup = await ext.openExtensionPage('src/popup/index.html');
    await popup.click('[data-action="add-interview"]');
    await popup.fill('#iv-company', 'Acme Robotics');
    await popup.fill('#iv-role', 'Staff Engineer');
    const today = new Date().toISOString().slice(0, 10);
    await popup.fill('#iv-date', today);
    await popup.fill('#iv-start', '10:00');
    await popup.fill('#iv-end', '11:00');
    await popup.click('button[type="submit"]');
    // The popup shows the latest interview up close, ready for notes.
    await popup.waitFor('.interview-panel h2');
    expect(await popup.text('.interview-panel h2')).toBe('Acme Robotics · Staff Engineer');

    const status = await backgroundStatus(popup);
    expect(status.value.interviews).toBe(1);

    const options = await ext.openExtensionPage('src/options/index.html');
    await options.waitFor('.interview-item__company');
    expect(await options.text('.interview-item__company')).toBe('Acme Robotics');
    expect(await options.text('.interview-item__role')).toBe('Staff Engineer');
    await options.close();
    await popup.close();
  });
});
