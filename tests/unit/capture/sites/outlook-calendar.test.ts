import { describe, expect, it } from 'vitest';
import { readOutlook } from '../../../../src/capture/sites/outlook-calendar/reader.ts';
import { fixture, parseHtml, STOCKHOLM } from '../helpers.ts';

const URL_WEEK = 'https://outlook.office.com/calendar/view/week';

describe('Outlook on the web reader', () => {
  it('reads the peek card: subject, month-first time, organizer shown by name only', () => {
    const capture = readOutlook(fixture('outlook-calendar_peek.html'), URL_WEEK, STOCKHOLM);
    expect(capture).toEqual({
      source: 'outlook-calendar',
      people: [{ name: 'Priya Raman', title: null, company: null, email: null, profileUrl: null, role: 'organizer' }],
      company: null,
      event: { title: 'Technical interview', start: '2025-10-07T11:00:00.000Z', end: '2025-10-07T12:00:00.000Z', location: null },
    });
  });

  it('reads an opened event: organizer and attendees with addresses from tooltips and labels, the Teams link', () => {
    const capture = readOutlook(fixture('outlook-calendar_event.html'), 'https://outlook.live.com/calendar/0/item/AAMk', STOCKHOLM);
    expect(capture.people.map((p) => [p.name, p.email, p.role])).toEqual([
      ['Priya Raman', 'priya.raman@northwind.example', 'organizer'],
      ['Lars Eklund', 'lars.eklund@northwind.example', 'attendee'],
      [null, 'viewer.person@example.org', 'attendee'],
      ['Mei Tanaka', 'mei.tanaka@northwind.example', 'attendee'],
    ]);
    expect(capture.account).toBe('viewer.person@example.org');
    expect(capture.event).toEqual({
      title: 'Final interview – Northwind Analytics',
      // en-GB shows day first: 07/10 is 7 October.
      start: '2025-10-07T12:00:00.000Z',
      end: '2025-10-07T13:00:00.000Z',
      location: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%7d',
    });
  });

  it('reads an attendee from a mailto link, its address percent-decoded, and the "Organizer:" line only when no one is marked organizer', () => {
    const doc = parseHtml(
      '<div data-app-section="ReadingPane"><span>Organizer: Priya Raman</span><div role="heading">Chat</div>' +
        '<div role="list"><a href="mailto:mei%2Etanaka@northwind.example?subject=Hi">Mei Tanaka</a></div></div>',
    );
    expect(readOutlook(doc, URL_WEEK, STOCKHOLM).people.map((p) => [p.name, p.email, p.role])).toEqual([
      ['Priya Raman', null, 'organizer'],
      ['Mei Tanaka', 'mei.tanaka@northwind.example', 'attendee'],
    ]);
  });

  it('gives nothing on the grid with nothing selected', () => {
    const doc = parseHtml('<div data-app-section="Surface_Week"><div data-calitemid="a"><div role="button" aria-label="Lunch, 12:00 PM to 1:00 PM"></div></div></div>');
    expect(readOutlook(doc, URL_WEEK, STOCKHOLM)).toEqual({ source: 'none', people: [], company: null, event: null });
  });
});
