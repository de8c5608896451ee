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
import { getRecords, putRecords } from './harness/page-db.ts';
import { startSiteServer, type SiteServer } from './harness/site-server.ts';
import { popupFor as openPopupFor } from './harness/popup-for-tab.ts';
import type { ExtBrowser, ExtPage } from './harness/types.ts';

const PROFILE = '/in/mara-lindqvist/';
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

  it('reads the interviewer from a LinkedIn profile and files them under a new interview', async () => {
    const popup = await popupFor(site.url('www.linkedin.com', PROFILE));
    await popup.waitFor('.capture-review');
    expect(await popup.text('.capture-review .muted')).toBe('From a LinkedIn profile');
    expect(await popup.evaluate(() => (document.getElementById('cp-name-0') as HTMLInputElement).value)).toBe('Priya Raman');
    expect(await popup.evaluate(() => (document.getElementById('cp-company') as HTMLInputElement).value)).toBe('Northwind Analytics');
    await popup.fill('#cp-role', 'Backend Engineer');
    await popup.click('[data-action="save-capture"]');
    await popup.waitFor('.notice');
    expect(await popup.text('.notice')).toBe('Saved 1 person to Northwind Analytics.');
    expect(await popup.text('.interview-panel h2')).toBe('Northwind Analytics · Backend Engineer');
    expect(await popup.text('.interviewer-list label')).toBe('What you discussed with Priya Raman');
    await popup.close();
  });

  it('reads a Google Calendar event, leaves out the candidate, and files it under a new interview at its time', async () => {
    // The candidate's own address, so the capture does not list them as an interviewer.
    const settings = await ext.openExtensionPage('src/options/index.html');
    await putRecords(settings, { settings: [{ myEmails: ['viewer.person@example.org'] }] });
    await settings.close();

    const popup = await popupFor(site.url('calendar.google.com', EVENT));
    await popup.waitFor('.capture-review');
    expect(await popup.text('.capture-card__title')).toBe('Interview: Backend Engineer – round 2');
    const people = await popup.evaluate(() =>
      [...document.querySelectorAll('.person-row')].map((row) => [
        (row.querySelector('input[id^="cp-email"]') as HTMLInputElement).value,
        (row.querySelector('input[type="checkbox"]') as HTMLInputElement).checked,
      ]),
    );
    expect(people).toEqual([
      ['priya.raman@northwind.example', true],
      ['lars.eklund@northwind.example', true],
      ['viewer.person@example.org', false],
    ]);
    // A new interview at the event's time, not the profile's interview of another day.
    await popup.select('#cp-target', 'new');
    await popup.fill('#cp-company', 'Northwind Analytics');
    await popup.click('[data-action="save-capture"]');
    await popup.waitFor('.notice');
    expect(await popup.text('.notice')).toBe('Saved 2 people to Northwind Analytics.');
    // The event shows 13:00–14:00 as wall-clock time in the machine's zone, which the browser shares.
    const at = (t: number) => new Date(t).toTimeString().slice(0, 5);
    const stored = {
      interviews: (await getRecords<Interview>(popup, 'interviews')).map((i) => [new Date(i.start).toDateString(), at(i.start), at(i.end!), i.sourceUrls.length]),
      contacts: (await getRecords<Contact>(popup, 'contacts')).map((c) => c.email || c.name).sort(),
    };
    expect(stored.interviews).toContainEqual(['Wed Oct 07 2026', '13:00', '14:00', 1]);
    expect(stored.contacts).toEqual(['Priya Raman', 'lars.eklund@northwind.example', 'priya.raman@northwind.example']);
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
