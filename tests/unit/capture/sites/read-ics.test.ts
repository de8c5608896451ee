import { describe, expect, it } from 'vitest';
import { parseLine, unfold, unescapeText } from '../../../../src/capture/sites/ics/content-lines.ts';
import { isNoReply, nameFromCn } from '../../../../src/capture/sites/ics/ics-people.ts';
import { readIcs } from '../../../../src/capture/sites/ics/read-ics.ts';
import { ianaForWindowsZone, WINDOWS_ZONE_NAMES } from '../../../../src/capture/sites/ics/windows-zones.ts';
import { isKnownZone } from '../../../../src/capture/zoned-time.ts';
import { fixtureText } from '../helpers.ts';

const NOTHING = { source: 'none', people: [], company: null, event: null };
const opts = { timeZone: 'Europe/Stockholm' };

/** A minimal calendar around the given VEVENT lines (CRLF, as RFC 5545 writes it). */
const calendar = (...lines: string[]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', ...lines, 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');

describe('readIcs on invitations', () => {
  it('Google: organizer whose CN is its address, attendees de-duplicated, no room, no VALARM attendee, Meet link as location', () => {
    const capture = readIcs(fixtureText('ics_google-invite.ics'), opts);
    expect(capture).toEqual({
      source: 'ics',
      people: [
        { name: null, title: null, company: null, email: 'priya.raman@northwind.example', profileUrl: null, role: 'organizer' },
        { name: 'Lars Eklund', title: null, company: null, email: 'lars.eklund@northwind.example', profileUrl: null, role: 'attendee' },
        { name: null, title: null, company: null, email: 'viewer.person@example.org', profileUrl: null, role: 'attendee' },
      ],
      company: null,
      event: { title: 'Interview: Backend Engineer – round 2', start: '2025-10-07T11:00:00.000Z', end: '2025-10-07T12:00:00.000Z', location: 'https://meet.google.com/abc-defg-hij' },
    });
  });

  it('Exchange: Windows TZID, "Last, First" turned around, suffix kept, CN with address in brackets, escaped text', () => {
    const capture = readIcs(fixtureText('ics_exchange-invite.ics'), { timeZone: 'America/New_York' });
    expect(capture.event).toEqual({ title: 'Technical interview; platform team', start: '2025-11-04T08:30:00.000Z', end: '2025-11-04T09:30:00.000Z', location: 'Room Fjord 3, Oslo' });
    expect(capture.people.map((p) => [p.name, p.email, p.role])).toEqual([
      ['Maja Lindqvist', 'maja.lindqvist@fjordline.example', 'organizer'],
      ['Chinedu Okafor', 'chinedu.okafor@fjordline.example', 'attendee'],
      ['Henrik Aas', 'henrik.aas@fjordline.example', 'attendee'],
      ['Smith, Jr.', 'jr.smith@fjordline.example', 'attendee'],
      [null, 'viewer.person@example.org', 'attendee'],
    ]);
  });

  it('ATS (Greenhouse-style): the no-reply organizer keeps only the person\'s name, the scheduler is dropped, Zoom link from the description', () => {
    const capture = readIcs(fixtureText('ics_ats-greenhouse.ics'), opts);
    expect(capture.people.map((p) => [p.name, p.email, p.role])).toEqual([
      ['Jordan Reyes', null, 'organizer'],
      ['Sam Patel', 'sam.patel@brightwater.example', 'attendee'],
      ['Alex Kim', 'alex.kim@brightwater.example', 'attendee'],
      ['Viewer Person', 'viewer.person@example.org', 'attendee'],
    ]);
    expect(capture.event).toEqual({
      title: 'Interview with Brightwater Labs - Onsite Loop',
      start: '2025-10-15T18:00:00.000Z',
      end: '2025-10-15T18:45:00.000Z',
      location: 'https://brightwater.zoom.us/j/98765432100?pwd=xyz',
    });
  });

  it('drops a no-reply organizer whose CN is the system\'s', () => {
    const capture = readIcs(calendar('DTSTART:20251007T110000Z', 'ORGANIZER;CN=Ashby:mailto:no-reply@ashbyhq.com', 'ATTENDEE;CN=Sam Patel:mailto:sam@x.example'), opts);
    expect(capture.people.map((p) => p.email)).toEqual(['sam@x.example']);
  });
});

describe('readIcs times', () => {
  it.each([
    ['UTC', ['DTSTART:20251007T110000Z', 'DTEND:20251007T120000Z'], '2025-10-07T11:00:00.000Z', '2025-10-07T12:00:00.000Z'],
    ['IANA TZID', ['DTSTART;TZID=America/Los_Angeles:20250115T090000', 'DTEND;TZID=America/Los_Angeles:20250115T100000'], '2025-01-15T17:00:00.000Z', '2025-01-15T18:00:00.000Z'],
    ['quoted, prefixed IANA TZID', ['DTSTART;TZID="/mozilla.org/20050126_1/Europe/Berlin":20250715T090000'], '2025-07-15T07:00:00.000Z', null],
    ['Windows "Pacific Standard Time"', ['DTSTART;TZID=Pacific Standard Time:20250715T090000'], '2025-07-15T16:00:00.000Z', null],
    ['Windows "W. Europe Standard Time", any case', ['DTSTART;TZID=w. europe standard time:20250115T090000'], '2025-01-15T08:00:00.000Z', null],
    ['floating, read in the zone given', ['DTSTART:20250115T090000', 'DURATION:PT45M'], '2025-01-15T08:00:00.000Z', '2025-01-15T08:45:00.000Z'],
    ['all-day date', ['DTSTART;VALUE=DATE:20250115', 'DTEND;VALUE=DATE:20250116'], '2025-01-14T23:00:00.000Z', '2025-01-15T23:00:00.000Z'],
    ['an end before the start is dropped', ['DTSTART:20250115T090000Z', 'DTEND:20250115T080000Z'], '2025-01-15T09:00:00.000Z', null],
    ['garbage', ['DTSTART:tomorrow'], null, null],
    ['an impossible date, even in UTC', ['DTSTART:20250230T090000Z'], null, null],
    ['an impossible time at a fixed offset', ['DTSTART;TZID="(UTC+01:00) Amsterdam":20250115T250000'], null, null],
  ])('%s', (_label, lines, start, end) => {
    const capture = readIcs(calendar('SUMMARY:x', ...lines), opts);
    expect([capture.event?.start ?? null, capture.event?.end ?? null]).toEqual([start, end]);
  });

  const vtimezone = (tzid: string) => [
    'BEGIN:VCALENDAR',
    'BEGIN:VTIMEZONE',
    `TZID:${tzid}`,
    'BEGIN:STANDARD',
    'DTSTART:16010101T030000',
    'TZOFFSETFROM:+0200',
    'TZOFFSETTO:+0100',
    'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10',
    'END:STANDARD',
    'BEGIN:DAYLIGHT',
    'DTSTART:16010101T020000',
    'TZOFFSETFROM:+0100',
    'TZOFFSETTO:+0200',
    'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3',
    'END:DAYLIGHT',
    'END:VTIMEZONE',
  ];

  it.each([
    ['20250715T090000', '2025-07-15T07:00:00.000Z'],
    ['20250115T090000', '2025-01-15T08:00:00.000Z'],
    ['20251026T040000', '2025-10-26T03:00:00.000Z'],
    ['20250330T040000', '2025-03-30T02:00:00.000Z'],
  ])('falls back to the file\'s VTIMEZONE for an unknown TZID (%s)', (local, expected) => {
    const text = [...vtimezone('Customized Time Zone'), 'BEGIN:VEVENT', `DTSTART;TZID=Customized Time Zone:${local}`, 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
    expect(readIcs(text, { timeZone: 'Asia/Tokyo' }).event?.start).toBe(expected);
  });

  it('takes a known IANA or Windows name over the file\'s VTIMEZONE, and the VTIMEZONE over a display name\'s offset', () => {
    const fixedAtPlusFive = (tzid: string) => ['BEGIN:VTIMEZONE', `TZID:${tzid}`, 'BEGIN:STANDARD', 'DTSTART:16010101T000000', 'TZOFFSETFROM:+0500', 'TZOFFSETTO:+0500', 'END:STANDARD', 'END:VTIMEZONE'];
    const windows = ['BEGIN:VCALENDAR', ...fixedAtPlusFive('W. Europe Standard Time'), 'BEGIN:VEVENT', 'DTSTART;TZID=W. Europe Standard Time:20250715T090000', 'END:VEVENT', 'END:VCALENDAR'];
    expect(readIcs(windows.join('\r\n'), opts).event?.start).toBe('2025-07-15T07:00:00.000Z');
    // A display name's "+01:00" ignores summer time; the file's rules do not.
    const display = '(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna';
    const text = [...vtimezone(display), 'BEGIN:VEVENT', `DTSTART;TZID="${display}":20250715T090000`, 'END:VEVENT', 'END:VCALENDAR'];
    expect(readIcs(text.join('\r\n'), opts).event?.start).toBe('2025-07-15T07:00:00.000Z');
  });

  it('reads a "(UTC+05:30) …" display name as a fixed offset when no VTIMEZONE defines it', () => {
    const capture = readIcs(calendar('DTSTART;TZID="(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi":20250115T090000'), opts);
    expect(capture.event?.start).toBe('2025-01-15T03:30:00.000Z');
  });

  it('maps every Windows zone in the table to a zone this runtime knows', () => {
    expect(WINDOWS_ZONE_NAMES.length).toBeGreaterThan(100);
    for (const name of WINDOWS_ZONE_NAMES) expect(isKnownZone(ianaForWindowsZone(name) ?? ''), name).toBe(true);
    expect(ianaForWindowsZone('Not A Zone')).toBeNull();
  });
});

describe('readIcs text and people', () => {
  it('unescapes \\\\, \\; \\, and \\n', () => {
    const capture = readIcs(calendar('DTSTART:20250115T090000Z', 'SUMMARY:a\\, b\\; c\\\\d\\ne'), opts);
    expect(capture.event?.title).toBe('a, b; c\\d e');
    expect(unescapeText('a\\, b\\; c\\\\d\\ne\\Nf')).toBe('a, b; c\\d\ne\nf');
  });

  it.each([
    ['the written location first', ['LOCATION:Room 4', 'X-GOOGLE-CONFERENCE:https://meet.google.com/xyz-abcd-efg', 'DESCRIPTION:https://acme.zoom.us/j/1'], 'Room 4'],
    ['then the conference link', ['X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ax', 'DESCRIPTION:https://acme.zoom.us/j/1'], 'https://teams.microsoft.com/l/meetup-join/19%3ax'],
    ['then a call link in the description', ['DESCRIPTION:Join: https://acme.zoom.us/j/1'], 'https://acme.zoom.us/j/1'],
  ])('location: %s', (_label, lines, location) => {
    expect(readIcs(calendar('DTSTART:20250115T090000Z', ...lines), opts).event?.location).toBe(location);
  });

  it('uses X-GOOGLE-CONFERENCE when LOCATION is empty', () => {
    const capture = readIcs(calendar('DTSTART:20250115T090000Z', 'LOCATION:', 'X-GOOGLE-CONFERENCE:https://meet.google.com/xyz-abcd-efg'), opts);
    expect(capture.event?.location).toBe('https://meet.google.com/xyz-abcd-efg');
  });

  it('de-duplicates people by address, whatever the case, and an organizer stays organizer', () => {
    const capture = readIcs(
      calendar('DTSTART:20250115T090000Z', 'ATTENDEE;CN=Ada Q:MAILTO:Ada@X.example', 'ORGANIZER:mailto:ada@x.example', 'ATTENDEE:mailto:ada@x.example'),
      opts,
    );
    expect(capture.people).toEqual([{ name: 'Ada Q', title: null, company: null, email: 'ada@x.example', profileUrl: null, role: 'organizer' }]);
  });

  it('takes an attendee with ROLE=CHAIR as an organizer', () => {
    const capture = readIcs(calendar('DTSTART:20250115T090000Z', 'ATTENDEE;ROLE=CHAIR;CN=Ada Q:mailto:ada@x.example', 'ATTENDEE;ROLE=REQ-PARTICIPANT:mailto:b@x.example'), opts);
    expect(capture.people.map((p) => p.role)).toEqual(['organizer', 'attendee']);
  });

  it.each([
    ['"Hansen, Sune"', 'Sune Hansen'],
    ['Hansen\\, Sune', 'Sune Hansen'],
    ['van der Berg, Anna Maria', 'Anna Maria van der Berg'],
    ['Lee, PhD', 'Lee, PhD'],
    ['Kent Dahl (kent@acme.example)', 'Kent Dahl'],
    ['Kent Dahl <kent@acme.example>', 'Kent Dahl'],
    ['kent@acme.example', ''],
    ['Jane Roe via Greenhouse', 'Jane Roe'],
    ['Doe, John, Jr.', 'Doe, John, Jr.'],
    [undefined, ''],
  ])('CN %j → %j', (cn, expected) => {
    expect(nameFromCn(cn)).toBe(expected);
  });

  it.each([
    ['no-reply@greenhouse.io', true],
    ['noreply+abc@lever.co', true],
    ['do-not-reply@ashbyhq.com', true],
    ['notifications@calendar.example', true],
    ['calendar-notification@google.com', true],
    ['sam.patel@greenhouse.io', false],
    ['noreen@acme.example', false],
  ])('isNoReply(%s) = %s', (email, expected) => {
    expect(isNoReply(email)).toBe(expected);
  });
});

describe('unfolding and broken input', () => {
  it('unfolds with a space or a tab, and rejoins lines whose folding lost its space', () => {
    expect(unfold('SUMMARY:Hel\r\n lo\r\n\tworld\r\nATTENDEE;CN=A:mailto:a@exam\r\nple.com\r\nEND:VEVENT')).toEqual([
      'SUMMARY:Helloworld',
      'ATTENDEE;CN=A:mailto:a@example.com',
      'END:VEVENT',
    ]);
  });

  it('reads an invitation whose folding a mail client broke (continuations without the leading space)', () => {
    const text = calendar(
      'DTSTART:20251007T110000Z',
      'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=',
      'TRUE;CN=Lars Eklund;X-NUM-GUESTS=0:mailto:lars.eklund@northwind.exam',
      'ple',
      'SUMMARY:Interview',
    );
    const capture = readIcs(text, opts);
    expect(capture.people.map((p) => [p.name, p.email])).toEqual([['Lars Eklund', 'lars.eklund@northwind.example']]);
    expect(capture.event?.title).toBe('Interview');
  });

  it('parses quoted parameter values holding ; : and ,', () => {
    expect(parseLine('ATTENDEE;CN="Doe, J; x:y";ROLE=CHAIR:MAILTO:j@x.example')).toEqual({
      name: 'ATTENDEE',
      params: { CN: 'Doe, J; x:y', ROLE: 'CHAIR' },
      value: 'MAILTO:j@x.example',
    });
    expect(parseLine('no colon here')).toBeNull();
    expect(parseLine('ATTENDEE;CN="unterminated:mailto:x@y.z')).toBeNull();
  });

  it.each([
    ['no VEVENT', 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR'],
    ['empty', ''],
    ['not a calendar', 'hello world'],
    ['a VEVENT with nothing in it', 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VEVENT\r\nEND:VCALENDAR'],
    ['binary noise', '\u0000\u0001BEGIN:VEVENT\u0000\uFFFD'],
  ])('gives nothing for %s', (_label, text) => {
    expect(readIcs(text, opts)).toEqual(NOTHING);
  });

  it('does not throw on a value that is not text', () => {
    expect(readIcs(42 as unknown as string)).toEqual(NOTHING);
  });

  it('reads a VEVENT left unterminated', () => {
    expect(readIcs('BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Cut short\nDTSTART:20250115T090000Z', opts).event?.title).toBe('Cut short');
  });
});
