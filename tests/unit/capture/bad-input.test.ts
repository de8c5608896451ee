/** Hostile or broken input: every reader gives a sensible answer or 'none', never an exception, and bounds what it returns. */
import { describe, expect, it } from 'vitest';
import { SITE_EXAMPLES } from '../../support/sites.ts';
import { readIcs } from '../../../src/capture/sites/ics/read-ics.ts';
import { readPage } from '../../../src/capture/read-page.ts';
import { SITES } from '../../../src/capture/sites/index.ts';
import { LIMITS } from '../../../src/core/text.ts';
import { fixtureText, parseHtml, STOCKHOLM } from './helpers.ts';

const NOTHING = { source: 'none', people: [], company: null, event: null };
const PROFILE_URL = 'https://www.linkedin.com/in/ada-quist/';
const card = (inner: string) => `<main><section data-member-id="1">${inner}</section></main>`;

describe('bad input', () => {
  it('reads the right person from a 5 MB page', () => {
    const post = `<article><h1>Someone Else</h1><p>${'Someone posted something about payments. '.repeat(25)}</p></article>`;
    const filler = `<div class="feed">${post.repeat(5_000)}</div>`;
    expect(filler.length).toBeGreaterThan(5_000_000);
    const doc = parseHtml(filler + card('<h1>Ada Quist</h1><div data-generated-suggestion-target="x">Designer</div>'));
    expect(readPage(doc, PROFILE_URL).people.map((p) => p.name)).toEqual(['Ada Quist']);
  }, 30_000);

  it('bounds a 5 MB name to the name limit', () => {
    const doc = parseHtml(card(`<h1>${'A'.repeat(5_000_000)}</h1>`));
    const [person] = readPage(doc, PROFILE_URL).people;
    expect(person?.name).toHaveLength(LIMITS.name);
  });

  it('cuts a name over 200 characters and a title over 300', () => {
    const doc = parseHtml(card(`<h1>${'Adalberta'.repeat(40)}</h1><div data-generated-suggestion-target="x">${'Lead-'.repeat(100)}</div>`));
    const [person] = readPage(doc, PROFILE_URL).people;
    expect(person?.name?.length).toBe(200);
    expect(person?.title?.length).toBe(300);
  });

  it('ignores 1,000 h1s outside the top card, and finds no one when there is no card', () => {
    const h1s = Array.from({ length: 1000 }, (_, i) => `<h1>Person ${i}</h1>`).join('');
    expect(readPage(parseHtml(h1s), PROFILE_URL)).toEqual(NOTHING);
    expect(readPage(parseHtml(h1s + card('<h1>Ada Quist</h1>')), PROFILE_URL).people.map((p) => p.name)).toEqual(['Ada Quist']);
  });

  it('strips control and bidi-override characters from every field', () => {
    const doc = parseHtml(card('<h1>\u202EAda\u0007 Qu\u200Fist\u2066</h1><div data-generated-suggestion-target="x">De\u0000signer\u202D</div>'));
    expect(readPage(doc, PROFILE_URL).people[0]).toMatchObject({ name: 'Ada Quist', title: 'Designer' });
  });

  it('survives malformed and odd JSON-LD', () => {
    const blocks = [
      '{ not json',
      '',
      'null',
      '[1, "two", null, {"@type": 5}]',
      '{"@graph": "not a list"}',
      `${'['.repeat(5000)}${']'.repeat(5000)}`,
      '{"@type":"Person","name":{"nested":true},"email":"not an email","url":"javascript:alert(1)"}',
      '{"@type":"Person","name":"Ada Quist","email":"ada@x.example","sameAs":"javascript:alert(1)"}',
    ];
    const doc = parseHtml(blocks.map((b) => `<script type="application/ld+json">${b}</script>`).join(''));
    expect(readPage(doc, 'https://x.example/', STOCKHOLM).people).toEqual([
      { name: 'Ada Quist', title: null, company: null, email: 'ada@x.example', profileUrl: null, role: null },
    ]);
  });

  it('rejects non-http links and impossible addresses', () => {
    const doc = parseHtml('<div id="xDetDlg"><div id="xDetDlgAtt"><div data-email="not-an-address" aria-label="Ada"></div><div data-email="x@y.example" aria-label="Xi"></div></div><div id="xDetDlgVideo"><a href="javascript:alert(1)">Join</a></div></div>');
    const capture = readPage(doc, 'https://calendar.google.com/calendar/r', STOCKHOLM);
    expect(capture.people).toEqual([
      { name: 'Ada', title: null, company: null, email: null, profileUrl: null, role: 'attendee' },
      { name: 'Xi', title: null, company: null, email: 'x@y.example', profileUrl: null, role: 'attendee' },
    ]);
    expect(capture.event).toBeNull();
  });

  it('keeps at most 100 people from a page listing thousands', () => {
    const links = Array.from({ length: 2000 }, (_, i) => `<div data-email="p${i}@x.example" aria-label="P ${i}"></div>`).join('');
    const capture = readPage(parseHtml(`<div id="xDetDlg"><div id="xDetDlgAtt">${links}</div></div>`), 'https://calendar.google.com/calendar/r', STOCKHOLM);
    expect(capture.people.length).toBeLessThanOrEqual(100);
    expect(capture.people.length).toBeGreaterThan(0);
    // The first hundred, in page order: the cap keeps people rather than dropping the list.
    expect(capture.people).toHaveLength(100);
    expect([capture.people[0]?.email, capture.people[99]?.email]).toEqual(['p0@x.example', 'p99@x.example']);
  });

  it.each(SITES.map((reader) => [reader.source, SITE_EXAMPLES[reader.source]![0]!] as const))('%s never throws on a broken document', (_source, url) => {
    const broken = {} as Document;
    expect(() => readPage(broken, url)).not.toThrow();
    expect(readPage(broken, url)).toEqual(NOTHING);
    const empty = document.implementation.createHTMLDocument('');
    expect(readPage(empty, url)).toEqual(NOTHING);
  });

  it('.ics: broken folding still reads; no VEVENT or 6 MB of noise gives nothing', () => {
    const broken = fixtureText('ics_google-invite.ics').replace(/\r\n /g, '\r\n');
    expect(readIcs(broken, STOCKHOLM).people.map((p) => p.email)).toContain('lars.eklund@northwind.example');
    expect(readIcs('BEGIN:VCALENDAR\r\nEND:VCALENDAR', STOCKHOLM)).toEqual(NOTHING);
    expect(readIcs('x'.repeat(6_000_000), STOCKHOLM)).toEqual(NOTHING);
  });

  it('.ics: a 6 MB description is bounded and the event still read', () => {
    const text = ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'SUMMARY:Big', 'DTSTART:20250115T090000Z', `DESCRIPTION:${'a'.repeat(6_000_000)}`, 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
    expect(readIcs(text, STOCKHOLM).event).toMatchObject({ title: 'Big', start: '2025-01-15T09:00:00.000Z', location: null });
  });
});
