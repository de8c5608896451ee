/**
 * The capture journey as a candidate walks it, on the served copies of the
 * real sites: whatever the order in which the profile, the company page and
 * the calendar event are captured, the result is one interview with the
 * event's time, the role and round of its title, the interviewers (never the
 * candidate), and one thank-you planned per interviewer. Each step accepts
 * what the review proposes and presses Save, as a trusting user would.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Contact, Interview, Interviewer, Touchpoint } from '../../src/core/types.ts';
import { BROWSERS, launch } from './harness/launch.ts';
import { getRecords, putRecords } from './harness/page-db.ts';
import { popupFor } from './harness/popup-for-tab.ts';
import { startSiteServer, type SiteServer } from './harness/site-server.ts';
import type { ExtBrowser, ExtPage } from './harness/types.ts';

const PROFILE = '/in/priya-raman/';
const COMPANY = '/company/northwind-analytics/';
const EVENT = '/calendar/u/0/r/week';
const ME = 'viewer.person@example.org';

interface Stored {
  interviews: Interview[];
  contacts: Contact[];
  links: Interviewer[];
  touches: Touchpoint[];
}

async function readAll(page: ExtPage): Promise<Stored> {
  const [interviews, contacts, links, touches] = await Promise.all([
    getRecords<Interview>(page, 'interviews'),
    getRecords<Contact>(page, 'contacts'),
    getRecords<Interviewer>(page, 'interviewers'),
    getRecords<Touchpoint>(page, 'touchpoints'),
  ]);
  return { interviews, contacts, links, touches };
}

/** The local wall-clock time of an instant; the browser shares the machine's zone. */
const clock = (t: number) => new Date(t).toTimeString().slice(0, 5);

describe.each(BROWSERS)('the capture journey in %s', (browserName) => {
  let site: SiteServer;
  beforeAll(async () => {
    site = await startSiteServer();
    site.route('www.linkedin.com', PROFILE, { file: 'linkedin-profile_loggedin-2024.html' });
    site.route('www.linkedin.com', COMPANY, { file: 'linkedin-company_loggedin-2021.html' });
    site.route('calendar.google.com', EVENT, { file: 'google-calendar_popup.html' });
  });
  afterAll(async () => {
    await site?.close();
  });

  async function fresh(): Promise<ExtBrowser> {
    const ext = await launch(browserName);
    const settings = await ext.openExtensionPage('src/options/index.html');
    await putRecords(settings, { settings: [{ myEmails: [ME] }] });
    await settings.close();
    return ext;
  }

  /** Opens the popup on a page, accepts what its review proposes, and saves. */
  async function captureAndSave(ext: ExtBrowser, path: string, host: string): Promise<void> {
    const popup = await popupFor(ext, site.url(host, path));
    await popup.waitFor('[data-action="save-capture"]');
    await popup.click('[data-action="save-capture"]');
    await popup.waitFor('.capture-review', { hidden: true });
    await popup.close();
  }

  /** Waits until the background has planned the thank-yous, then reads everything. */
  async function settled(ext: ExtBrowser): Promise<Stored> {
    const page = await ext.openExtensionPage('src/options/index.html');
    await page.waitForFunction(async () => {
      const request = indexedDB.open('afterview');
      const db = await new Promise<IDBDatabase>((done) => (request.onsuccess = () => done(request.result)));
      const count = db.transaction('touchpoints').objectStore('touchpoints').count();
      const n = await new Promise<number>((done) => (count.onsuccess = () => done(count.result)));
      db.close();
      return n > 0;
    });
    const stored = await readAll(page);
    await page.close();
    return stored;
  }

  function expectOneInterview(stored: Stored) {
    expect(stored.interviews).toHaveLength(1);
    const [interview] = stored.interviews as [Interview];
    expect([interview.role, interview.round]).toEqual(['Backend Engineer', 2]);
    expect([new Date(interview.start).toDateString(), clock(interview.start), interview.end && clock(interview.end)]).toEqual(['Wed Oct 07 2026', '13:00', '14:00']);
    const byId = new Map(stored.contacts.map((c) => [c.id, c]));
    const people = stored.links.filter((l) => l.interviewId === interview.id).map((l) => byId.get(l.contactId)!);
    expect(people.map((c) => [c.name, c.email]).sort()).toEqual([
      ['Lars Eklund', 'lars.eklund@northwind.example'],
      ['Priya Raman', 'priya.raman@northwind.example'],
    ]);
    expect(stored.contacts.some((c) => c.email === ME)).toBe(false);
    const thanks = stored.touches.filter((t) => t.kind === 'thank-you');
    expect(thanks.map((t) => byId.get(t.contactId)?.name).sort()).toEqual(['Lars Eklund', 'Priya Raman']);
    return { interview, people };
  }

  it('profile, then company page, then calendar event: one interview with the event’s time and its interviewers', async () => {
    const ext = await fresh();
    try {
      await captureAndSave(ext, PROFILE, 'www.linkedin.com');
      await captureAndSave(ext, COMPANY, 'www.linkedin.com');
      await captureAndSave(ext, EVENT, 'calendar.google.com');
      const { people } = expectOneInterview(await settled(ext));
      expect(people.find((c) => c.name === 'Priya Raman')?.profileUrl).toBe('https://www.linkedin.com/in/priya-raman/');
    } finally {
      await ext.close();
    }
  });

  it('calendar event, then profile: the same one interview', async () => {
    const ext = await fresh();
    try {
      await captureAndSave(ext, EVENT, 'calendar.google.com');
      await captureAndSave(ext, PROFILE, 'www.linkedin.com');
      const { people } = expectOneInterview(await settled(ext));
      expect(people.find((c) => c.name === 'Priya Raman')?.profileUrl).toBe('https://www.linkedin.com/in/priya-raman/');
    } finally {
      await ext.close();
    }
  });
});
