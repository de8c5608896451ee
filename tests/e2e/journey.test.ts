/**
 * The capture journey as a candidate walks it, on the served copies of the
 * real sites, from a fresh install: the welcome page, then the profile, the
 * company page and the calendar event in either order. Whatever the order,
 * it ends with one interview with the event's time, the role and round of
 * its title, the interviewers (never the candidate), and one thank-you
 * planned per interviewer. Each step accepts what the review proposes and
 * presses Save, as a trusting user would; the review's words are checked on
 * the way. The popup is looked at at its real size (400 × 600).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Contact, Interview, Link, Settings, Touch } from '../../src/core/types.ts';
import { chooseFile } from './dashboard-support.ts';
import { BROWSERS, launch } from './harness/launch.ts';
import { getRecords } from './harness/page-db.ts';
import { popupFor } from './harness/popup-for-tab.ts';
import { startSiteServer, type SiteServer } from './harness/site-server.ts';
import type { ExtBrowser, ExtPage } from './harness/types.ts';

const PROFILE = '/in/priya-raman/';
const COMPANY = '/company/northwind-analytics/';
const EVENT = '/calendar/u/0/r/week';
const ME = 'viewer.person@example.org';
const INVITE = readFileSync(resolve(__dirname, '../fixtures/pages/ics_google-invite.ics'), 'utf8');

interface Stored {
  interviews: Interview[];
  contacts: Contact[];
  links: Link[];
  touches: Touch[];
}

async function readAll(page: ExtPage): Promise<Stored> {
  const [interviews, contacts, links, touches] = await Promise.all([
    getRecords<Interview>(page, 'interviews'),
    getRecords<Contact>(page, 'contacts'),
    getRecords<Link>(page, 'interviewers'),
    getRecords<Touch>(page, 'touchpoints'),
  ]);
  return { interviews, contacts, links, touches };
}

/** The local wall-clock time of an instant; the browser shares the machine's zone. */
const clock = (t: number) => new Date(t).toTimeString().slice(0, 5);

/** What the review says about each person found: [name or address, ticked, what it says]. */
function reviewedPeople(page: ExtPage) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.person-row')].map((row) => [
      // A known person is shown by name; someone new in fields, by name or else by address.
      row.querySelector('.person-row__name')?.textContent ||
        (row.querySelector('input[id^="cp-name"]') as HTMLInputElement | null)?.value ||
        (row.querySelector('input[id^="cp-email"]') as HTMLInputElement | null)?.value ||
        '',
      (row.querySelector('input[type="checkbox"]') as HTMLInputElement).checked,
      (row.querySelector('.person-row__status')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    ]),
  );
}

/** What saving will change on the interview: [sentence, ticked]. */
function reviewedChanges(page: ExtPage) {
  return page.evaluate(() => [...document.querySelectorAll('[data-change]')].map((label) => [label.textContent, (label.querySelector('input') as HTMLInputElement).checked]));
}

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

  /** The popup for a page, at its real size, once its review is shown. */
  async function review(ext: ExtBrowser, host: string, path: string, shot: string): Promise<ExtPage> {
    const popup = await popupFor(ext, site.url(host, path));
    await popup.setViewport(400, 600);
    await popup.waitFor('.capture-review');
    await popup.screenshot(`${browserName}-${shot}`);
    // Its end, where Save is.
    await popup.evaluate(() => document.querySelector('[data-action="save-capture"]')?.scrollIntoView({ block: 'end' }));
    await popup.screenshot(`${browserName}-${shot}-end`);
    return popup;
  }

  /** Saves what the review proposes and returns to the popup's home, which then says where it was filed. */
  async function save(popup: ExtPage, shot: string): Promise<string> {
    await popup.click('[data-action="save-capture"]');
    await popup.waitFor('[data-capture="filed"]');
    await popup.waitFor('.interview-panel');
    await popup.screenshot(`${browserName}-${shot}`);
    return popup.text('[data-capture="filed"] span');
  }

  /** Waits until the background has planned the thank-yous, then reads everything. */
  async function settled(ext: ExtBrowser): Promise<Stored> {
    const page = await ext.openExtensionPage('src/options/index.html');
    await page.waitForFunction(async () => {
      const request = indexedDB.open('afterview');
      const db = await new Promise<IDBDatabase>((done) => (request.onsuccess = () => done(request.result)));
      const all = db.transaction('touchpoints').objectStore('touchpoints').getAll();
      const touches = await new Promise<{ kind: string }[]>((done) => (all.onsuccess = () => done(all.result)));
      db.close();
      return touches.filter((t) => t.kind === 'thank-you').length >= 2;
    });
    const stored = await readAll(page);
    await page.close();
    return stored;
  }

  function expectOneInterview(stored: Stored) {
    expect(stored.interviews).toHaveLength(1);
    const [interview] = stored.interviews as [Interview];
    expect([interview.company, interview.role, interview.round, interview.timeKnown]).toEqual(['Northwind Analytics', 'Backend Engineer', 2, true]);
    expect([new Date(interview.start).toDateString(), clock(interview.start), interview.end && clock(interview.end)]).toEqual(['Wed Oct 07 2026', '13:00', '14:00']);
    const byId = new Map(stored.contacts.map((c) => [c.id, c]));
    const people = stored.links.filter((l) => l.interviewId === interview.id).map((l) => byId.get(l.contactId)!);
    expect(people.map((c) => [c.name, c.email, c.profileUrl]).sort()).toEqual([
      ['Lars Eklund', 'lars.eklund@northwind.example', ''],
      ['Priya Raman', 'priya.raman@northwind.example', 'https://www.linkedin.com/in/priya-raman/'],
    ]);
    expect(stored.contacts.some((c) => c.email === ME)).toBe(false);
    const thanks = stored.touches.filter((t) => t.kind === 'thank-you');
    expect(thanks.map((t) => byId.get(t.contactId)?.name).sort()).toEqual(['Lars Eklund', 'Priya Raman']);
    return { interview, people };
  }

  it('from a fresh install: the welcome, then profile, company page and calendar event make one interview, and a person taken off comes back with Undo', async () => {
    const ext = await launch(browserName);
    try {
      // The install opened the welcome page by itself.
      const welcome = await ext.findPage((url) => url.endsWith('#welcome'));
      await welcome.setViewport(900, 900);
      await welcome.waitFor('#settings-emails');
      expect(await welcome.text('#welcome-heading')).toBe('Welcome to Afterview');
      expect(await welcome.text('.welcome__private')).toBe('Everything stays in this browser: nothing you enter or capture is sent anywhere.');
      await welcome.screenshot(`${browserName}-welcome`);
      await welcome.fill('#settings-name', 'Viewer Person');
      await welcome.fill('#settings-emails', ME);
      await welcome.click('[data-action="save-welcome"]');
      await welcome.waitFor('#interviews-heading');
      const [settings] = await getRecords<Settings>(welcome, 'settings');
      expect(settings).toMatchObject({ name: 'Viewer Person', myEmails: [ME] });

      // The address given there is never ticked: the invitation has no signed-in account to go by.
      await chooseFile(welcome, 'dash-ics', { name: 'invite.ics', text: INVITE });
      // Once, in Firefox on a clean CI run, no review came within 10 s of this choice made just after the
      // welcome's save, while the dashboard re-reads its data; the candidate would choose the file again.
      // (Seen again: the review WAS shown, but Puppeteer's visibility wait, which polls on animation frames, never
      // fired in this background tab; choosing again then failed on the input the review had replaced. So the
      // review is looked for on a timer first, and the file chosen again only if it is really missing.)
      await welcome.waitFor('.capture-review').catch(async () => {
        await welcome.screenshot(`${browserName}-welcome-no-review`);
        const shown = await welcome.waitForFunction(() => Boolean(document.querySelector('.capture-review')), undefined, 5_000).catch(() => false);
        if (shown) return;
        await chooseFile(welcome, 'dash-ics', { name: 'invite.ics', text: INVITE });
        await welcome.waitFor('.capture-review', { timeout: 20_000 });
      });
      expect(await reviewedPeople(welcome)).toEqual([
        ['priya.raman@northwind.example', true, 'Organizer'],
        ['Lars Eklund', true, 'Interviewer'],
        [ME, false, 'That’s you: not added'],
      ]);
      await welcome.screenshot(`${browserName}-dashboard-ics-review`);
      await welcome.close();

      // The profile: a new interview, kept as a day.
      let popup = await review(ext, 'www.linkedin.com', PROFILE, 'review-profile');
      expect(await popup.text('.capture-why')).toBe('None of your open interviews matches, so this will be a new interview.');
      expect(await popup.evaluate(() => [(document.getElementById('cp-company') as HTMLInputElement).value, (document.getElementById('cp-start') as HTMLInputElement).value])).toEqual([
        'Northwind Analytics',
        '',
      ]);
      expect(await save(popup, 'popup-after-profile')).toBe('Saved to Northwind Analytics');
      await popup.close();

      // The company page: the same interview, which learns about the company.
      popup = await review(ext, 'www.linkedin.com', COMPANY, 'review-company');
      expect(await popup.text('.capture-why')).toBe('Chosen because it’s the same company.');
      expect(await reviewedChanges(popup)).toEqual([
        ['Add the industry: Software Development', true],
        ['Add the location: Malmö, Skåne', true],
        ['Add the company’s LinkedIn page: linkedin.com/company/northwind-analytics', true],
      ]);
      await save(popup, 'popup-after-company');
      expect(await popup.text('.interview-panel .company-details')).toBe('Software Development · Malmö, Skåne · linkedin.com/company/northwind-analytics');
      await popup.close();

      // The calendar event: the same interview again, which now gets its time, role and round.
      popup = await review(ext, 'calendar.google.com', EVENT, 'review-event');
      expect(await popup.evaluate(() => (document.getElementById('cp-target') as HTMLSelectElement).selectedOptions[0]!.textContent)).toMatch(/^Northwind Analytics · /);
      expect(await popup.text('.capture-why')).toBe('Chosen because it’s the same company and Priya Raman is already in it.');
      const changes = await reviewedChanges(popup);
      expect(changes.map(([text, on]) => [String(text).replace(/:.*/, ''), on]).slice(0, 2)).toEqual([
        ['Add the role', true],
        ['Change the round from 1 to 2', true],
      ]);
      // The profile made the interview today, as a day; the event is on Oct 7, so the review says the interview moves, and from which day.
      expect(changes[2]).toEqual([expect.stringMatching(/^Move it from \w{3}, \w{3} \d{1,2}, \d{4} to Wed, Oct 7, 1:00\s*–\s*2:00\sPM$/), true]);
      expect(changes).toHaveLength(3);
      expect(await reviewedPeople(popup)).toEqual([
        ['Priya Raman', true, 'Organizer · Already in this interview; this adds their email priya.raman@northwind.example'],
        ['Lars Eklund', true, 'Interviewer'],
        [ME, false, 'That’s you: not added'],
      ]);
      expect(await save(popup, 'popup-after-event')).toBe('Saved to Northwind Analytics — Backend Engineer');
      expect(await popup.text('.interview-panel h2')).toBe('Northwind Analytics · Backend Engineer');
      // Two people met, nobody thanked yet: the primary action says so.
      expect(await popup.text('.interview-panel [data-action="compose"]')).toBe('Write thank-you notes');
      await popup.close();

      const stored = await settled(ext);

      // Opened again on the event, the popup stays home, on the interview the event is filed under, and says so instead of offering it again:
      // the thank-yous due, the people, the primary action; never the review on its way.
      popup = await popupFor(ext, site.url('calendar.google.com', EVENT));
      await popup.setViewport(400, 600);
      await popup.waitFor('[data-capture="already-filed"]');
      expect(await popup.text('[data-capture="already-filed"] span')).toBe('This page is already saved to Northwind Analytics — Backend Engineer.');
      await popup.waitFor('.interview-panel .interviewer-list');
      expect(await popup.text('.interview-panel h2')).toBe('Northwind Analytics · Backend Engineer');
      expect(await popup.evaluate(() => [...document.querySelectorAll('.interview-panel .person-line__name')].map((n) => n.textContent))).toEqual(['Priya Raman', 'Lars Eklund']);
      expect(await popup.text('.interview-panel [data-action="compose"]')).toBe('Write thank-you notes');
      await popup.waitFor('.due-list [data-list="due"] > li');
      expect(await popup.evaluate(() => document.querySelectorAll('.due-list [data-list="due"] > li').length)).toBe(2);
      expect(await popup.evaluate(() => document.querySelector('.capture-review'))).toBeNull();
      // The interview is the one shown: nothing to open.
      expect(await popup.evaluate(() => document.querySelector('[data-capture="already-filed"] button'))).toBeNull();
      await popup.screenshot(`${browserName}-popup-already-filed`);
      const { people } = expectOneInterview(stored);
      const lars = people.find((c) => c.name === 'Lars Eklund')!;
      const larsThanks = stored.touches.filter((t) => t.contactId === lars.id && t.status !== 'sent');
      expect(larsThanks.length).toBeGreaterThan(0);

      // Lars taken off: his planned messages go; Undo brings him and them back.
      await popup.click('button[aria-label="Take off Lars Eklund from this interview"]');
      await popup.waitFor('.toast');
      expect(await popup.text('.toast__message')).toBe('Lars Eklund was taken off this interview, with the messages planned for them.');
      await popup.screenshot(`${browserName}-popup-taken-off`);
      const owed = (page: ExtPage) => getRecords<Touch>(page, 'touchpoints', { name: 'contactId', key: lars.id });
      await popup.waitForFunction(async (id) => {
        const labels = [...document.querySelectorAll('[data-contact]')].map((li) => li.getAttribute('data-contact'));
        return !labels.includes(id);
      }, lars.id);
      expect((await owed(popup)).filter((t) => t.status !== 'sent')).toEqual([]);
      await popup.click('[data-action="undo"]');
      await popup.waitFor(`[data-contact="${lars.id}"]`);
      const back = (await owed(popup)).filter((t) => t.status !== 'sent');
      expect(back.map((t) => t.id).sort()).toEqual(larsThanks.map((t) => t.id).sort());

      // Correcting someone happens where they are shown.
      await popup.click('button[aria-label="Edit Priya Raman"]');
      await popup.waitFor('.person-editor');
      expect(await popup.evaluate(() => (document.querySelector('.person-editor input[type="email"]') as HTMLInputElement).value)).toBe('priya.raman@northwind.example');
      await popup.screenshot(`${browserName}-popup-edit-person`);
      await popup.close();
    } finally {
      await ext.close();
    }
  });

  it('calendar event first, then the profile: the same one interview', async () => {
    const ext = await launch(browserName);
    try {
      // Skipped: the calendar's signed-in account still keeps the candidate out.
      const welcome = await ext.findPage((url) => url.endsWith('#welcome'));
      await welcome.click('[data-action="skip-welcome"]');
      await welcome.close();

      let popup = await review(ext, 'calendar.google.com', EVENT, 'review-event-first');
      expect(await popup.text('.capture-why')).toBe('None of your open interviews matches, so this will be a new interview.');
      expect(await popup.evaluate(() => ['cp-company', 'cp-role', 'cp-round', 'cp-start', 'cp-end'].map((id) => (document.getElementById(id) as HTMLInputElement).value))).toEqual([
        'Northwind',
        'Backend Engineer',
        '2',
        '13:00',
        '14:00',
      ]);
      expect((await reviewedPeople(popup)).map(([who, on]) => [who, on])).toEqual([
        ['Priya Raman', true],
        ['Lars Eklund', true],
        [ME, false],
      ]);
      expect(await save(popup, 'popup-after-event-first')).toBe('Saved to Northwind — Backend Engineer');
      await popup.close();

      popup = await review(ext, 'www.linkedin.com', PROFILE, 'review-profile-second');
      expect(await popup.text('.capture-why')).toBe('Chosen because it’s the same company and Priya Raman is already in it.');
      expect(await reviewedChanges(popup)).toEqual([['Use the company’s full name: Northwind Analytics', true]]);
      expect(await reviewedPeople(popup)).toEqual([['Priya Raman', true, 'Interviewer · Already in this interview; this adds their profile address linkedin.com/in/priya-raman']]);
      expect(await save(popup, 'popup-after-profile-second')).toBe('Saved to Northwind Analytics — Backend Engineer');
      await popup.close();

      expectOneInterview(await settled(ext));
    } finally {
      await ext.close();
    }
  });
});
