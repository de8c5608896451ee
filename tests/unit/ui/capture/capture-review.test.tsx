/**
 * The capture review on the journey's pages, read by the real readers from
 * the anonymised fixtures: where it files a capture and why, what it fills in,
 * who each person is, and what saving stores.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { readGeneric } from '../../../../src/capture/sites/generic/reader.ts';
import { readGoogleCalendar } from '../../../../src/capture/sites/google-calendar/reader.ts';
import { readLinkedInProfile } from '../../../../src/capture/sites/linkedin-profile/reader.ts';
import type { Capture } from '../../../../src/core/capture/capture.ts';
import { checkCapture } from '../../../../src/core/capture/check.ts';
import { DEFAULT_SETTINGS, type Contact, type Interview } from '../../../../src/core/types.ts';
import { db } from '../../../../src/db/open.ts';
import { getSettings, saveSettings } from '../../../../src/db/settings.ts';
import { CaptureView } from '../../../../src/ui/capture/CaptureView.tsx';
import { formatWhen } from '../../../../src/ui/format.ts';
import { axeViolations } from '../../../support/axe.ts';
import { contactRecord, linkRecord, interviewRecord } from '../../../support/records.ts';
import { fixture } from '../../capture/helpers.ts';

const TODAY_NOON = new Date().setHours(12, 0, 0, 0);
const event = (): Capture =>
  checkCapture(readGoogleCalendar(fixture('google-calendar_popup.html'), 'https://calendar.google.com/calendar/u/0/r/week', { timeZone: 'UTC', now: Date.UTC(2026, 11, 2) }));
const profile = (): Capture => checkCapture(readLinkedInProfile(fixture('linkedin-profile_loggedin-2024.html'), 'https://www.linkedin.com/in/priya-raman/'));

const fromProfile = interviewRecord({ id: 'nw', company: 'Northwind Analytics', start: TODAY_NOON, timeKnown: false, createdAt: TODAY_NOON, updatedAt: TODAY_NOON });
const priya = contactRecord({ id: 'priya', name: 'Priya Raman', title: 'Engineering Manager', company: 'Northwind Analytics', profileUrl: 'https://www.linkedin.com/in/priya-raman/', capturedFrom: 'linkedin-profile' });

async function seed(interviews: Interview[], contacts: Contact[], links: [string, string][]) {
  const d = await db();
  for (const i of interviews) await d.put('interviews', i);
  for (const c of contacts) await d.put('contacts', c);
  for (const [interviewId, contactId] of links) await d.put('interviewers', linkRecord({ id: `${interviewId}-${contactId}`, interviewId, contactId }));
}

async function review(capture: Capture, url = 'https://calendar.google.com/calendar/u/0/r/week') {
  const onSaved = vi.fn();
  const onOpen = vi.fn();
  const view = render(<CaptureView capture={capture} url={url} onSaved={onSaved} onCancel={() => undefined} onOpen={onOpen} />);
  await screen.findByRole('heading', { level: 2 });
  return { ...view, onSaved, onOpen };
}

const row = (index: number) => document.querySelector(`[data-person="${index}"]`) as HTMLElement;
const rowText = (index: number) => (row(index).querySelector('.person-row__status')?.textContent ?? '').replace(/\s+/g, ' ').trim();
const ticked = (index: number) => (row(index).querySelector('input[type="checkbox"]') as HTMLInputElement).checked;
const changes = () =>
  [...document.querySelectorAll('[data-change]')].map((label) => [label.textContent, (label.querySelector('input') as HTMLInputElement).checked]);

describe('the capture review', () => {
  it('files the calendar event under the interview its profile made, says why, and fills in what it lacked', async () => {
    await seed([fromProfile], [priya], [['nw', 'priya']]);
    const capture = event();
    const view = await review(capture);

    expect((screen.getByLabelText('File under') as HTMLSelectElement).value).toBe('nw');
    expect(screen.getByText(/^Chosen because/).textContent).toBe('Chosen because it’s the same company and Priya Raman is already in it.');
    const when = formatWhen({ start: Date.parse(capture.event!.start!), end: Date.parse(capture.event!.end!), timeKnown: true });
    expect(changes()).toEqual([
      ['Add the role: Backend Engineer', true],
      ['Change the round from 1 to 2', true],
      // The profile made the interview today, as a day; the event is on another day, so the review says it moves.
      [`Move it from ${formatWhen(fromProfile)} to ${when}`, true],
    ]);
    expect([rowText(0), ticked(0)]).toEqual(['Organizer · Already in this interview; this adds their email priya.raman@northwind.example', true]);
    expect([rowText(1), ticked(1)]).toEqual(['Interviewer', true]);
    expect([rowText(2), ticked(2)]).toEqual(['That’s you: not added', false]);
    expect(await axeViolations(view.container)).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(view.onSaved).toHaveBeenCalledOnce());
    const d = await db();
    expect(await d.get('interviews', 'nw')).toMatchObject({ role: 'Backend Engineer', round: 2, start: Date.parse(capture.event!.start!), end: Date.parse(capture.event!.end!), timeKnown: true });
    expect((await d.getAll('contacts')).map((c) => [c.name, c.email, c.profileUrl]).sort()).toEqual([
      ['Lars Eklund', 'lars.eklund@northwind.example', ''],
      ['Priya Raman', 'priya.raman@northwind.example', 'https://www.linkedin.com/in/priya-raman/'],
    ]);
    expect(await d.count('interviewers')).toBe(2);
  });

  it('saves only the changes left ticked', async () => {
    await seed([fromProfile], [priya], [['nw', 'priya']]);
    const view = await review(event());
    fireEvent.click(screen.getByLabelText('Change the round from 1 to 2'));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(view.onSaved).toHaveBeenCalledOnce());
    expect(await (await db()).get('interviews', 'nw')).toMatchObject({ role: 'Backend Engineer', round: 1, timeKnown: true });
  });

  it('shows a capture already filed as filed, with a way to open it, and no Save', async () => {
    const capture = event();
    const filed = { ...fromProfile, role: 'Backend Engineer', round: 2, start: Date.parse(capture.event!.start!), end: Date.parse(capture.event!.end!), timeKnown: true };
    const lars = contactRecord({ id: 'lars', name: 'Lars Eklund', email: 'lars.eklund@northwind.example' });
    await seed([filed], [{ ...priya, email: 'priya.raman@northwind.example' }, lars], [['nw', 'priya'], ['nw', 'lars']]);
    const view = await review(capture);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Saved to Northwind Analytics — Backend Engineer');
    // Where it came from, and the interview's day on a line of its own: a long day and time is not broken after the source.
    const section = screen.getByRole('heading', { level: 2 }).closest('section')!;
    expect([...section.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['From a Google Calendar event', formatWhen(filed)]);
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    expect(view.onOpen).toHaveBeenCalledWith(expect.objectContaining({ id: 'nw' }));
  });

  it('files a profile under the event’s interview and gives the interview the company’s full name', async () => {
    const capture = event();
    const fromEvent = interviewRecord({ id: 'ev', company: 'Northwind', role: 'Backend Engineer', round: 2, start: Date.parse(capture.event!.start!), end: Date.parse(capture.event!.end!) });
    const priyaFromEvent = contactRecord({ id: 'priya', name: 'Priya Raman', email: 'priya.raman@northwind.example' });
    await seed([fromEvent], [priyaFromEvent], [['ev', 'priya']]);
    const view = await review(profile(), 'https://www.linkedin.com/in/priya-raman/');
    expect((screen.getByLabelText('File under') as HTMLSelectElement).value).toBe('ev');
    expect(changes()).toEqual([['Use the company’s full name: Northwind Analytics', true]]);
    expect(rowText(0)).toBe('Interviewer · Already in this interview; this adds their profile address linkedin.com/in/priya-raman');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(view.onSaved).toHaveBeenCalledOnce());
    const d = await db();
    expect(await d.get('interviews', 'ev')).toMatchObject({ company: 'Northwind Analytics', round: 2 });
    expect(await d.getAll('contacts')).toEqual([
      expect.objectContaining({ id: 'priya', email: 'priya.raman@northwind.example', profileUrl: 'https://www.linkedin.com/in/priya-raman/', title: 'Engineering Manager, Payments & Risk at Northwind Analytics' }),
    ]);
  });

  it('proposes a new interview kept as a day for a profile with nothing to file under', async () => {
    const view = await review(profile(), 'https://www.linkedin.com/in/priya-raman/');
    expect((screen.getByLabelText('File under') as HTMLSelectElement).value).toBe('new');
    expect(screen.getByText(/^None of your/).textContent).toBe('None of your open interviews matches, so this will be a new interview.');
    expect((screen.getByLabelText('Company') as HTMLInputElement).value).toBe('Northwind Analytics');
    expect((screen.getByLabelText('Start') as HTMLInputElement).value).toBe('');
    expect(screen.getByText('No time? Leave it empty: the interview is kept as a day.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(view.onSaved).toHaveBeenCalledOnce());
    const [saved] = await (await db()).getAll('interviews');
    expect(saved).toMatchObject({ company: 'Northwind Analytics', timeKnown: false, start: TODAY_NOON, end: null });
  });

  it('proposes a new interview for an event at another time than round 1, and says it looks like another round', async () => {
    const capture = event();
    const roundOne = interviewRecord({ id: 'r1', company: 'Northwind Analytics', role: 'Backend Engineer', start: Date.parse(capture.event!.start!) - 21 * 86_400_000 });
    await seed([roundOne], [{ ...priya, email: 'priya.raman@northwind.example' }], [['r1', 'priya']]);
    await review(capture);
    expect((screen.getByLabelText('File under') as HTMLSelectElement).value).toBe('new');
    expect(screen.getByText(/^This looks like another round/).textContent).toMatch(/^This looks like another round: Northwind Analytics · Backend Engineer · .+ is at another time\. It will be a new interview unless you choose that one\.$/);
    expect([(screen.getByLabelText('Role') as HTMLInputElement).value, (screen.getByLabelText('Round') as HTMLInputElement).value]).toEqual(['Backend Engineer', '2']);
  });

  it('changes who a known contact is only when its box is ticked', async () => {
    await seed([fromProfile], [{ ...priya, email: 'priya.raman@northwind.example' }], [['nw', 'priya']]);
    const capture = checkCapture(readGeneric(fixture('generic_speaker-claims-profile.html')));
    const first = await review(capture, 'https://talks.example/speakers/priya');
    const conflict = within(row(0)).getByLabelText('Known as priya.raman@northwind.example — change email to priya@talks.example?') as HTMLInputElement;
    expect(conflict.checked).toBe(false);
    fireEvent.click(conflict);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(first.onSaved).toHaveBeenCalledOnce());
    expect((await (await db()).get('contacts', 'priya'))?.email).toBe('priya@talks.example');
  });

  it('leaves who a known contact is as it was when its box is left unticked', async () => {
    await seed([fromProfile], [{ ...priya, email: 'priya.raman@northwind.example' }], [['nw', 'priya']]);
    const capture = checkCapture(readGeneric(fixture('generic_speaker-claims-profile.html')));
    const view = await review(capture, 'https://talks.example/speakers/priya');
    expect((within(row(0)).getByLabelText('Known as priya.raman@northwind.example — change email to priya@talks.example?') as HTMLInputElement).checked).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(view.onSaved).toHaveBeenCalledOnce());
    const d = await db();
    expect((await d.get('contacts', 'priya'))?.email).toBe('priya.raman@northwind.example');
    expect((await d.getAll('contacts')).map((c) => c.email)).not.toContain('priya@talks.example');
  });

  it('asks “Is this you?” about a personal address in a company’s invitation, and “This is me” adds it to the settings', async () => {
    await saveSettings(await db(), { ...DEFAULT_SETTINGS, myEmails: ['work@elsewhere.example'] });
    const capture = checkCapture({
      source: 'ics',
      people: [
        { name: 'Priya Raman', email: 'priya.raman@northwind.example', role: 'organizer' },
        { name: 'V. Person', email: 'v.person@gmail.com', role: 'attendee' },
      ],
      company: null,
      event: { title: 'Interview: Backend Engineer – round 2', start: new Date(TODAY_NOON).toISOString(), end: null, location: null },
    });
    await review(capture, '');
    expect([rowText(1), ticked(1)]).toEqual(['Is this you? Not added This is me', false]);
    fireEvent.click(within(row(1)).getByRole('button', { name: 'This is me' }));
    await waitFor(() => expect(rowText(1)).toBe('Added to your addresses: not added'));
    expect((await getSettings(await db())).myEmails).toEqual(['work@elsewhere.example', 'v.person@gmail.com']);
  });

  it('after “This is me”, offers once to take the candidate off an interview that address was filed on', async () => {
    const earlier = interviewRecord({ id: 'gx', company: 'Globex', role: 'Data Engineer', start: TODAY_NOON - 30 * 86_400_000 });
    await seed([earlier], [contactRecord({ id: 'me', name: 'V. Person', email: 'v.person@gmail.com' })], [['gx', 'me']]);
    const capture = checkCapture({
      source: 'ics',
      people: [
        { name: 'Priya Raman', email: 'priya.raman@northwind.example', role: 'organizer' },
        { name: 'V. Person', email: 'v.person@gmail.com', role: 'attendee' },
      ],
      company: null,
      event: { title: 'Interview: Backend Engineer – round 2', start: new Date(TODAY_NOON).toISOString(), end: null, location: null },
    });
    await review(capture, '');
    fireEvent.click(within(row(1)).getByRole('button', { name: 'This is me' }));
    const offer = await screen.findByRole('group', { name: /^You are listed/ });
    expect(offer.textContent).toContain('You are listed as an interviewer on Globex · Data Engineer · ');
    fireEvent.click(within(offer).getByRole('button', { name: 'Take me off' }));
    await waitFor(async () => expect(await (await db()).count('interviewers')).toBe(0));
  });
});
