/**
 * The readers over the real saved pages in ../shared/fixtures (not part of the
 * repo: they hold real people's data). Checks every field that folder's README
 * lists; skips cleanly where the folder is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readIcs } from '../../../src/capture/sites/ics/read-ics.ts';
import { readPage } from '../../../src/capture/read-page.ts';
import { parseHtml, repoRoot } from './helpers.ts';

const shared = path.resolve(repoRoot, '../shared/fixtures');
const pages = path.join(shared, 'pages');
const present = existsSync(pages);

const read = (name: string) => readFileSync(path.join(pages, name), 'utf8');
// Readers never look into frames; renaming them spares happy-dom's log of each frame it will not load.
const withoutFrames = (html: string) => html.replace(/<(\/?)iframe\b/gi, '<$1x-frame');
const page = (name: string, url: string) => readPage(parseHtml(withoutFrames(read(name))), url, { timeZone: 'Europe/Stockholm', now: Date.UTC(2024, 7, 1) });

describe.skipIf(!present)('real saved pages (../shared/fixtures)', () => {
  it('logged-in profile 2024-07: name, headline, current company, one person', () => {
    const capture = page('linkedin-profile-loggedin_2024-07_eduardo-alvarez-nowak.html', 'https://www.linkedin.com/in/eduardo-alvarez-nowak/');
    expect(capture.source).toBe('linkedin-profile');
    expect(capture.people).toEqual([
      {
        name: 'Eduardo Alvarez Nowak',
        title: 'Tech Education Lead, Tech Expert & Frontend Dev at Novare Potential',
        company: 'Novare Potential',
        email: null,
        profileUrl: 'https://www.linkedin.com/in/eduardo-alvarez-nowak/',
        role: null,
      },
    ]);
  });

  it('logged-in sparse profile 2024-08: no current company is guessed', () => {
    const capture = page('linkedin-profile-loggedin_2024-08_vasileios-alevizos_sparse.html', 'https://www.linkedin.com/in/vasileiosalevizos/');
    expect(capture.people).toHaveLength(1);
    expect(capture.people[0]).toMatchObject({ name: 'Vasileios Alevizos', title: 'Researcher.', company: null });
  });

  it('logged-in 2026 top card (h1.inline.t-24)', () => {
    const capture = page('linkedin-profile-loggedin_2026-02_topcard-REDUCED_mr-linkedin.html', 'https://www.linkedin.com/in/jordan-vale/');
    expect(capture.people).toEqual([
      { name: 'Jordan Vale', title: 'Product Research Lead', company: null, email: null, profileUrl: 'https://www.linkedin.com/in/jordan-vale/', role: null },
    ]);
  });

  it('public profile on a country subdomain: the schema.org Person wins', () => {
    const capture = page('linkedin-profile-public_2024_eduardo-alvarez-nowak_jsonld.html', 'https://se.linkedin.com/in/eduardo-alvarez-nowak');
    expect(capture.people).toEqual([
      {
        name: 'Eduardo Alvarez Nowak',
        title: 'Tech Education Team Lead',
        company: 'Novare Potential',
        email: null,
        profileUrl: 'https://www.linkedin.com/in/eduardo-alvarez-nowak/',
        role: null,
      },
    ]);
  });

  it('"Profile Not Found": nothing at all', () => {
    const capture = page('linkedin-profile-public_2024_profile-not-found.html', 'https://se.linkedin.com/in/someone-private');
    expect(capture).toEqual({ source: 'none', people: [], company: null, event: null });
  });

  it('logged-in company page 2021: name, industry, location', () => {
    const capture = page('linkedin-company-loggedin_2021_audiense.html', 'https://www.linkedin.com/company/audiense/');
    expect(capture.source).toBe('linkedin-company');
    expect(capture.people).toEqual([]);
    expect(capture.company).toMatchObject({ name: 'Audiense', industry: 'Marketing & Advertising', location: 'London, England' });
  });

  it('Google Calendar edit fragment: the location only, no title, no guests', () => {
    const capture = page('gcal-eventedit-fragment_2022-01_location-brave-talk.html', 'https://calendar.google.com/calendar/r/eventedit/abc');
    expect(capture.source).toBe('google-calendar');
    expect(capture.people).toEqual([]);
    expect(capture.event).toEqual({ title: null, start: null, end: null, location: 'https://talk.brave.com/yzd4Zi1B5Gf48m4X_TsNrDZSmTCdIhAvJ10Wz5gh4FA' });
  });

  it('Google invitation: organizer, 8 attendees, Meet link from the description', () => {
    const capture = readIcs(read('ics-google-calendar_2021-10_qemu-qapi-sync-meeting.ics'), { timeZone: 'Europe/Stockholm' });
    expect(capture.source).toBe('ics');
    expect(capture.event).toEqual({
      title: 'QAPI Sync meeting',
      start: '2021-10-07T13:00:00.000Z',
      end: '2021-10-07T14:00:00.000Z',
      location: 'https://meet.google.com/xqi-tiqs-xrz',
    });
    expect(capture.people.filter((p) => p.role === 'organizer').map((p) => p.email)).toEqual(['jsnow@redhat.com']);
    expect(capture.people).toHaveLength(8);
    expect(capture.people.map((p) => p.email)).toContain('qemu-devel@nongnu.org');
    // Google's CN is the address itself: no name.
    expect(capture.people.every((p) => p.name === null)).toBe(true);
  });

  it('Exchange 2010 invitation: Windows zone, "Last, First", uppercase MAILTO', () => {
    const capture = readIcs(read('ics-exchange2010_2012-10_snapcreator-toi.ics'), { timeZone: 'America/New_York' });
    expect(capture.event).toEqual({ title: 'SnapCreator TOI', start: '2012-10-24T09:30:00.000Z', end: '2012-10-24T11:30:00.000Z', location: null });
    expect(capture.people[0]).toEqual({ name: 'Sune Hansen', title: null, company: null, email: 'sune.hansen@acme.com', profileUrl: null, role: 'organizer' });
    expect(capture.people.map((p) => [p.name, p.email])).toEqual([
      ['Sune Hansen', 'sune.hansen@acme.com'],
      [null, 'tnielse3@acme.com'],
      ['Kent Michaelsen', 'kmichaelsen@acme.com'],
      ['Jorge Costa', 'jorge.costa@acme.com'],
      ['Martyn K Holden', 'mholden6@acme.com'],
    ]);
  });
});
