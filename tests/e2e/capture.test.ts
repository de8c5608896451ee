/**
 * Capture, for real: copies of a LinkedIn profile and a Google Calendar event
 * are served under their real host names (harness/site-server.ts), the popup
 * injects the capture script into the tab, shows what it read, and files it.
 * Automation cannot click the toolbar icon, so the test build's popup is told
 * which tab it stands for (`?tab=`) and holds host access to the served sites
 * in place of the one-time grant the click gives.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Contact, Interview } from '../../src/core/types.ts';
import { BROWSERS, launch } from './harness/launch.ts';
import { getRecords } from './harness/page-db.ts';
import { startSiteServer, type SiteServer } from './harness/site-server.ts';
import { popupFor as openPopupFor } from './harness/popup-for-tab.ts';
import type { ExtBrowser, ExtPage } from './harness/types.ts';

const PROFILE = '/in/priya-raman/';
const EVENT = '/calendar/u/0/r/week';

describe.each(BROWSERS)('capture in %s', (browserName) => {
  let ext: ExtBrowser;
  let site: SiteServer;
  beforeAll(async () => {
    site = await startSiteServer();
    site.route('www.linkedin.com', PROFILE, { file: 'linkedin-profile_loggedin-2024.html' });
    site.route('calendar.google.com', EVENT, { file: 'google-calendar_popup.html' });
    site.route('example.test', '/blank', '<!doctype html><title>Nothing here</title><p>Just text.</p>');
    ext = await launch(browserName);
  });
  afterAll(async () => {
    await ext?.close();
    await site?.close();
  });

  const popupFor = (url: string): Promise<ExtPage> => openPopupFor(ext, url);

  it('reads the interviewer from a LinkedIn profile and files them under a new interview, kept as a day', async () => {
    const popup = await popupFor(site.url('www.linkedin.com', PROFILE));
    await popup.waitFor('.capture-review');
    expect(await popup.text('.capture-review__source')).toBe('From a LinkedIn profile');
    expect(await popup.evaluate(() => (document.getElementById('cp-name-0') as HTMLInputElement).value)).toBe('Priya Raman');
    expect(await popup.evaluate(() => (document.getElementById('cp-company') as HTMLInputElement).value)).toBe('Northwind Analytics');
    await popup.fill('#cp-role', 'Backend Engineer');
    await popup.click('[data-action="save-capture"]');
    await popup.waitFor('[data-capture="filed"]');
    expect(await popup.text('[data-capture="filed"] span')).toBe('Saved to Northwind Analytics — Backend Engineer');
    await popup.waitFor('.interview-panel');
    expect(await popup.text('.interview-panel h2')).toBe('Northwind Analytics · Backend Engineer');
    expect(await popup.text('.interviewer-list .person-line__name')).toBe('Priya Raman');
    // No time was given, so none is shown: the day alone.
    expect(await popup.text('.interview-panel__meta')).not.toMatch(/\d:\d\d/);
    const [stored] = await getRecords<Interview>(popup, 'interviews');
    expect(stored).toMatchObject({ company: 'Northwind Analytics', role: 'Backend Engineer', timeKnown: false, end: null });
    await popup.close();
  });

  it('opened again on the saved profile, stays home on its interview, with Priya, and says the page is already saved there', async () => {
    const popup = await popupFor(site.url('www.linkedin.com', PROFILE));
    await popup.setViewport(400, 600);
    await popup.waitFor('[data-capture="already-filed"]');
    expect(await popup.text('[data-capture="already-filed"] span')).toBe('This page is already saved to Northwind Analytics — Backend Engineer.');
    await popup.waitFor('.interview-panel .interviewer-list');
    expect(await popup.text('.interview-panel h2')).toBe('Northwind Analytics · Backend Engineer');
    expect(await popup.text('.interviewer-list .person-line__name')).toBe('Priya Raman');
    expect(await popup.text('.interview-panel [data-action="compose"]')).toBe('Write thank-you notes');
    expect(await popup.evaluate(() => document.querySelector('.capture-review'))).toBeNull();
    // The interview is the one shown: nothing to open.
    expect(await popup.evaluate(() => document.querySelector('[data-capture="already-filed"] button'))).toBeNull();
    await popup.screenshot(`${browserName}-popup-profile-already-filed`);
    await popup.close();
  });

  it('reads a Google Calendar event, leaves out the signed-in candidate with no settings, and proposes the profile’s interview', async () => {
    const popup = await popupFor(site.url('calendar.google.com', EVENT));
    await popup.waitFor('.capture-review');
    expect(await popup.text('.capture-card__title')).toBe('Interview: Backend Engineer – round 2');
    const people = await popup.evaluate(() =>
      [...document.querySelectorAll('.person-row')].map((row) => [
        row.querySelector('.person-row__name')?.textContent || (row.querySelector('input[id^="cp-email"]') as HTMLInputElement).value,
        (row.querySelector('input[type="checkbox"]') as HTMLInputElement).checked,
      ]),
    );
    expect(people).toEqual([
      ['Priya Raman', true],
      ['lars.eklund@northwind.example', true],
      ['viewer.person@example.org', false],
    ]);
    expect(await popup.text('.capture-why')).toBe('Chosen because it’s the same company and Priya Raman is already in it.');
    // Nothing was saved: only the profile's Priya is stored.
    expect(await getRecords<Contact>(popup, 'contacts')).toHaveLength(1);
    await popup.close();
  });

  it('says so on a page with nothing to read, and offers manual entry', async () => {
    const popup = await popupFor(site.url('example.test', '/blank'));
    await popup.waitFor('[data-capture="nothing"]');
    expect(await popup.text('[data-capture="nothing"] span')).toMatch(/^Nothing to capture on this page/);
    await popup.close();
  });

  it('explains that browser pages cannot be read', async () => {
    const popup = await ext.openExtensionPage('src/popup/index.html');
    // Opened as a tab, the popup's active tab is itself: an extension page.
    await popup.waitFor('[data-capture="restricted"]');
    expect(await popup.text('[data-capture="restricted"]')).toMatch(/^Browsers don’t let extensions read this page/);
    await popup.close();
  });
});
