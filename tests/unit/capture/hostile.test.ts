/**
 * Pages written to attack the readers (tests/fixtures/hostile/): each gives
 * the result a careful reader would, never a smuggled value.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../src/capture/read-page.ts';
import type { CapturedPerson } from '../../../src/core/capture/capture.ts';
import { hostileDir, parseHtml, STOCKHOLM } from './helpers.ts';

const hostile = (name: string) => readFileSync(path.join(hostileDir, name), 'utf8');
const someone = (fields: Partial<CapturedPerson>): CapturedPerson => ({ name: null, title: null, company: null, email: null, profileUrl: null, role: null, ...fields });

describe('hostile pages', () => {
  it('keeps only real addresses, each in one form, from JSON-LD and mailto: links', () => {
    const capture = readPage(parseHtml(hostile('generic_smuggled-addresses.html')), 'https://example.test/team', STOCKHOLM);
    expect(capture.people).toEqual([
      someone({ name: 'Priya Raman' }),
      someone({ name: 'Lars Eklund' }),
      someone({ name: 'Mei Tanaka', email: 'mei.tanaka@northwind.example' }),
      // The mailto: link with a zero-width space in its domain is the same person, not a second one.
      someone({ name: 'Ada Quist', email: 'ada@northwind.example' }),
      // A mailto: link's own fields (?body=) are not part of the address.
      someone({ name: 'Noor Odeh', email: 'n@o.example' }),
    ]);
  });

  it('reads a page whose JSON-LD is nested 100,000 deep', () => {
    const depth = 100_000;
    const deep = `${'{"name":'.repeat(depth)}"Northwind"${'}'.repeat(depth)}`;
    const page = hostile('generic_deep-json-ld.html').replace('"worksFor": "DEEP"', `"worksFor": ${deep}`);
    const capture = readPage(parseHtml(page), 'https://example.test/ada', STOCKHOLM);
    expect(capture.people).toEqual([
      // The employer lies deeper than a name is ever looked for.
      someone({ name: 'Ada Quist', title: 'Staff Engineer', email: 'ada@northwind.example' }),
      someone({ name: 'Lars Eklund', email: 'lars.eklund@northwind.example' }),
    ]);
  });

  it('reads an Outlook event past 300 spans titled with 500 "@" each', () => {
    const fixture = hostile('outlook-calendar_at-signs.html');
    const span = fixture.match(/<span title="@+">@<\/span>/)![0];
    const page = fixture.replace('<!--MORE-->', span.repeat(298));
    expect(page.split(span).length - 1).toBe(300);
    const capture = readPage(parseHtml(page), 'https://outlook.office.com/calendar/item/x', STOCKHOLM);
    expect(capture.people).toEqual([
      someone({ name: 'Priya Raman', email: 'priya.raman@northwind.example', role: 'organizer' }),
      someone({ name: 'Lars Eklund', email: 'lars.eklund@northwind.example', role: 'attendee' }),
    ]);
    expect(capture.event).toMatchObject({ title: 'Final interview – Northwind Analytics', start: '2025-10-07T12:00:00.000Z', end: '2025-10-07T13:00:00.000Z' });
  });

  it('reads a name and a title without the invisible characters hidden in them', () => {
    const capture = readPage(parseHtml(hostile('linkedin-profile_invisible-name.html')), 'https://www.linkedin.com/in/maja-lindqvist/', STOCKHOLM);
    expect(capture.people).toEqual([someone({ name: 'Maja Lindqvist', title: 'Head of Data', profileUrl: 'https://www.linkedin.com/in/maja-lindqvist/' })]);
  });
});

