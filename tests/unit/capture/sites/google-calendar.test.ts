import { describe, expect, it } from 'vitest';
import { readGoogleCalendar } from '../../../../src/capture/sites/google-calendar/reader.ts';
import { fixture, parseHtml, STOCKHOLM } from '../helpers.ts';

const URL_WEEK = 'https://calendar.google.com/calendar/u/0/r/week';

describe('Google Calendar reader', () => {
  it('reads the popup: title, time in the display zone, Meet link, guests with the organizer; no room, no other event', () => {
    const capture = readGoogleCalendar(fixture('google-calendar_popup.html'), URL_WEEK, STOCKHOLM);
    expect(capture).toEqual({
      source: 'google-calendar',
      people: [
        { name: 'Priya Raman', title: null, company: null, email: 'priya.raman@northwind.example', profileUrl: null, role: 'organizer' },
        { name: 'Lars Eklund', title: null, company: null, email: 'lars.eklund@northwind.example', profileUrl: null, role: 'attendee' },
        { name: null, title: null, company: null, email: 'viewer.person@example.org', profileUrl: null, role: 'attendee' },
      ],
      company: null,
      event: {
        title: 'Interview: Backend Engineer – round 2',
        // "Tuesday, October 7" has no year: the one nearest to now (October 2025). 13:00 CEST = 11:00Z.
        start: '2025-10-07T11:00:00.000Z',
        end: '2025-10-07T12:00:00.000Z',
        location: 'https://meet.google.com/abc-defg-hij',
      },
      // The account in Google's bar is the candidate's.
      account: 'viewer.person@example.org',
    });
  });

  it('reads the signed-in account only from Google’s account button, and only an address', () => {
    const doc = fixture('google-calendar_popup.html');
    doc.querySelector('header a')!.setAttribute('aria-label', 'Google Account: Viewer Person');
    expect(readGoogleCalendar(doc, URL_WEEK, STOCKHOLM).account).toBeUndefined();
    doc.querySelector('header')!.remove();
    expect(readGoogleCalendar(doc, URL_WEEK, STOCKHOLM).account).toBeUndefined();
  });

  it('takes the location row first, then the video-call link, then a call link in the description', () => {
    const doc = fixture('google-calendar_popup.html');
    doc.querySelector('#xDetDlgDesc')!.textContent = 'Or join: https://acme.zoom.us/j/555';
    doc.querySelector('#xDetDlgVideo')!.insertAdjacentHTML('beforebegin', '<div id="xDetDlgLoc"><span>Room 4.12</span></div>');
    const location = () => readGoogleCalendar(doc, URL_WEEK, STOCKHOLM).event?.location;
    expect(location()).toBe('Room 4.12');
    doc.querySelector('#xDetDlgLoc')!.remove();
    expect(location()).toBe('https://meet.google.com/abc-defg-hij');
    doc.querySelector('#xDetDlgVideo')!.remove();
    expect(location()).toBe('https://acme.zoom.us/j/555');
  });

  it('gives the same instants whatever zone the times are shown in, once that zone is named', () => {
    const capture = readGoogleCalendar(fixture('google-calendar_popup.html'), URL_WEEK, { timeZone: 'America/New_York', now: STOCKHOLM.now });
    expect(capture.event?.start).toBe('2025-10-07T17:00:00.000Z');
  });

  it('reads the German popup: "Organisator", a day-first date, a room address, the same guest twice', () => {
    const capture = readGoogleCalendar(fixture('google-calendar_popup-de.html'), URL_WEEK, STOCKHOLM);
    expect(capture.people.map((p) => [p.name, p.email, p.role])).toEqual([
      ['Anna Schmidt', 'anna.schmidt@beispiel.example', 'organizer'],
      ['Ben Krause', 'ben.krause@beispiel.example', 'attendee'],
    ]);
    expect(capture.event).toEqual({
      title: 'Vorstellungsgespräch Plattform-Team',
      start: '2025-10-07T11:00:00.000Z',
      end: '2025-10-07T12:30:00.000Z',
      location: 'Konferenzraum Süd, Hauptstraße 5, Berlin',
    });
  });

  it('reads the full event view, taking the organizer from the "Organizer:" row', () => {
    const capture = readGoogleCalendar(fixture('google-calendar_full-event.html'), 'https://calendar.google.com/calendar/r/event?eid=abc', STOCKHOLM);
    expect(capture.people.find((p) => p.role === 'organizer')).toMatchObject({ name: 'Priya Raman', email: 'priya.raman@northwind.example' });
    // The row names a listed guest, so that guest becomes the organizer rather than a second, address-less Priya.
    expect(capture.people.map((p) => [p.name, p.role])).toEqual([
      ['Priya Raman', 'organizer'],
      ['Viewer Person', 'attendee'],
    ]);
    expect(capture.event).toEqual({
      title: 'Coffee chat with the hiring manager',
      start: '2025-11-12T08:30:00.000Z',
      end: '2025-11-12T09:15:00.000Z',
      location: 'Northwind HQ, 1 Example Street, Malmö',
    });
  });

  it('reads the edit view: title input, data-date and times, the Zoom link from the description, guests but not rooms', () => {
    const capture = readGoogleCalendar(fixture('google-calendar_edit.html'), 'https://calendar.google.com/calendar/r/eventedit/abc', STOCKHOLM);
    expect(capture.event).toEqual({
      title: 'Final interview – Northwind Analytics',
      start: '2025-10-07T11:00:00.000Z',
      end: '2025-10-07T12:30:00.000Z',
      location: 'https://northwind.zoom.us/j/81234567890?pwd=abc',
    });
    expect(capture.people.map((p) => [p.email, p.role])).toEqual([
      ['priya.raman@northwind.example', 'organizer'],
      ['lars.eklund@northwind.example', 'attendee'],
    ]);
  });

  it('names a person only when the label or the text holds a name', () => {
    const doc = parseHtml('<div id="xDetDlg"><div id="xDetDlgAtt"><div data-email="x@y.example" aria-label="Organizer"><span>Xia Yu</span><span>Organizer</span></div></div></div>');
    expect(readGoogleCalendar(doc, URL_WEEK, STOCKHOLM).people).toEqual([
      { name: 'Xia Yu', title: null, company: null, email: 'x@y.example', profileUrl: null, role: 'organizer' },
    ]);
  });

  it('gives nothing on the grid with no event open', () => {
    const doc = parseHtml('<div role="main"><div data-eventid="a" role="button">10am, Dentist</div></div>');
    expect(readGoogleCalendar(doc, URL_WEEK, STOCKHOLM)).toEqual({ source: 'none', people: [], company: null, event: null });
  });
});
