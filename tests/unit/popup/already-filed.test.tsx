/**
 * The popup opened on a page it has already filed: the home screen, on the
 * interview the page is filed under, with the banner saying so; the review
 * opens only for a page that adds something, and the popup never shows the
 * review on its way to home.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readGoogleCalendar } from '../../../src/capture/sites/google-calendar/reader.ts';
import { readLinkedInProfile } from '../../../src/capture/sites/linkedin-profile/reader.ts';
import type { Capture } from '../../../src/core/capture/capture.ts';
import { checkCapture } from '../../../src/core/capture/check.ts';
import type { Contact, Interview } from '../../../src/core/types.ts';
import { db } from '../../../src/db/open.ts';
import { App } from '../../../src/popup/App.tsx';
import { readActiveTab } from '../../../src/popup/capture/read-active-tab.ts';
import { speak } from '../../support/language.ts';
import { contactRecord, interviewRecord, linkRecord } from '../../support/records.ts';
import { fixture } from '../capture/helpers.ts';

vi.mock('../../../src/popup/capture/read-active-tab.ts', () => ({ readActiveTab: vi.fn() }));

const HOUR = 3_600_000;
const PROFILE_URL = 'https://www.linkedin.com/in/priya-raman/';
const EVENT_URL = 'https://calendar.google.com/calendar/u/0/r/week';
const profile = (): Capture => checkCapture(readLinkedInProfile(fixture('linkedin-profile_loggedin-2024.html'), PROFILE_URL));
const event = (): Capture => checkCapture(readGoogleCalendar(fixture('google-calendar_popup.html'), EVENT_URL, { timeZone: 'UTC', now: Date.UTC(2026, 11, 2) }));

const TODAY_NOON = new Date().setHours(12, 0, 0, 0);
// The profile's interview, and a later one the popup would otherwise open on.
const northwind = interviewRecord({ id: 'nw', company: 'Northwind Analytics', start: TODAY_NOON - 48 * HOUR, timeKnown: false, createdAt: TODAY_NOON, updatedAt: TODAY_NOON });
const acme = interviewRecord({ id: 'acme', company: 'Acme', role: 'Designer', start: TODAY_NOON - 2 * HOUR, end: TODAY_NOON - HOUR, createdAt: TODAY_NOON, updatedAt: TODAY_NOON });
const priya = contactRecord({ id: 'priya', name: 'Priya Raman', title: 'Engineering Manager', company: 'Northwind Analytics', profileUrl: PROFILE_URL, capturedFrom: 'linkedin-profile' });
const jane = contactRecord({ id: 'jane', name: 'Jane Roe', title: 'Lead', company: 'Acme', email: 'jane@acme.test' });

async function seed(interviews: Interview[], contacts: Contact[], links: [string, string][]) {
  const d = await db();
  for (const i of interviews) await d.put('interviews', i);
  for (const c of contacts) await d.put('contacts', c);
  for (const [interviewId, contactId] of links) await d.put('interviewers', linkRecord({ id: `${interviewId}-${contactId}`, interviewId, contactId }));
}

function onPage(capture: Capture, url: string) {
  vi.mocked(readActiveTab).mockResolvedValue({ kind: 'found', capture, url, title: '' });
}

const panel = () => document.querySelector<HTMLElement>('.interview-panel');

// Everything the popup showed on its way, not only where it ends.
let seen: Set<string>;
let watcher: MutationObserver;
beforeEach(() => {
  seen = new Set();
  watcher = new MutationObserver(() => {
    if (document.querySelector('.capture-review')) seen.add('review');
    if (document.querySelector('[data-action="review-capture"]')) seen.add('review-offer');
  });
  watcher.observe(document.body, { childList: true, subtree: true });
});
afterEach(() => watcher.disconnect());

describe('the popup on a page already filed', () => {
  it('opens home on the interview the page is filed under, with its people, and says the page is already saved there', async () => {
    await seed([northwind, acme], [priya, jane], [['nw', 'priya'], ['acme', 'jane']]);
    onPage(profile(), PROFILE_URL);
    render(<App />);
    await waitFor(() => expect(document.querySelector('[data-capture="already-filed"]')).not.toBeNull());
    expect(document.querySelector('[data-capture="already-filed"] span')?.textContent).toBe('This page is already saved to Northwind Analytics.');
    await waitFor(() => expect(within(panel()!).getByRole('heading', { level: 2 }).textContent).toBe('Northwind Analytics'));
    expect(panel()?.textContent).toContain('Priya Raman');
    expect(panel()?.querySelector('[data-action="compose"]')?.textContent).toBe('Write thank-you notes');
    // The banner offers to open the interview only while another one is shown.
    expect(document.querySelector('[data-capture="already-filed"] button')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Switch interview' }));
    fireEvent.click(await screen.findByRole('option', { name: /^Acme · Designer/ }));
    await waitFor(() => expect(within(panel()!).getByRole('heading', { level: 2 }).textContent).toBe('Acme · Designer'));
    fireEvent.click(within(document.querySelector<HTMLElement>('[data-capture="already-filed"]')!).getByRole('button', { name: 'Open' }));
    await waitFor(() => expect(within(panel()!).getByRole('heading', { level: 2 }).textContent).toBe('Northwind Analytics'));
    // Home all along: neither the review nor an offer to review flashed by.
    await new Promise((settle) => setTimeout(settle, 50));
    expect([...seen]).toEqual([]);
    expect(document.querySelector('.capture-review')).toBeNull();
  });

  it('names the role too, in each language', async () => {
    await seed([{ ...northwind, role: 'Backend Engineer' }], [priya], [['nw', 'priya']]);
    onPage(profile(), PROFILE_URL);
    const banner = () => document.querySelector('[data-capture="already-filed"] span')?.textContent;
    const texts: string[] = [];
    for (const lang of ['en-US', 'de', 'fr', 'es']) {
      speak(lang);
      const view = render(<App />);
      await waitFor(() => expect(banner()).toBeTruthy());
      texts.push(banner()!);
      view.unmount();
    }
    expect(texts).toEqual([
      'This page is already saved to Northwind Analytics — Backend Engineer.',
      'Diese Seite ist schon unter Northwind Analytics – Backend Engineer gespeichert.',
      'Cette page est déjà enregistrée dans Northwind Analytics – Backend Engineer.',
      'Esta página ya está guardada en Northwind Analytics · Backend Engineer.',
    ]);
  });

  it('opens the review as before when the page adds someone new', async () => {
    // The event brings Lars and Priya’s email to the profile’s interview.
    await seed([northwind, acme], [priya, jane], [['nw', 'priya'], ['acme', 'jane']]);
    onPage(event(), EVENT_URL);
    render(<App />);
    await waitFor(() => expect(document.querySelector('form.capture-review')).not.toBeNull());
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Found on this page');
    expect(document.querySelector('[data-capture="already-filed"]')).toBeNull();
  });

  it('opens the review for a page nothing is filed from yet', async () => {
    await seed([acme], [jane], [['acme', 'jane']]);
    onPage(profile(), PROFILE_URL);
    render(<App />);
    await waitFor(() => expect(document.querySelector('form.capture-review')).not.toBeNull());
    expect((screen.getByLabelText('Company') as HTMLInputElement).value).toBe('Northwind Analytics');
  });
});
