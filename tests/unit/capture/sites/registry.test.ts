import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage, readerFor } from '../../../../src/capture/read-page.ts';
import { SOURCES } from '../../../../src/capture/sites/about.ts';
import { SITES } from '../../../../src/capture/sites/index.ts';
import { CAPTURE_SOURCES } from '../../../../src/core/types.ts';
import { filesUnder } from '../../../support/files.ts';
import { fixture, fixturesDir, parseHtml, repoRoot, STOCKHOLM } from '../helpers.ts';

const fixtureFiles = readdirSync(fixturesDir);
const sitesDir = path.join(repoRoot, 'src/capture/sites');
const siteFolders = readdirSync(sitesDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
const SUPPORTED_PAGES = Object.fromEntries(SOURCES.map((about) => [about.source, about.description]));

describe('registry conventions', () => {
  it('registers each source once, with the generic reader last', () => {
    const sources = SITES.map((reader) => reader.source);
    expect(new Set(sources).size).toBe(sources.length);
    expect(sources.at(-1)).toBe('generic');
  });

  it.each([...SITES.map((reader) => reader.source), 'ics'])('%s has a fixture named <source>_*.html or .ics', (source) => {
    expect(fixtureFiles.filter((file) => file.startsWith(`${source}_`) && /\.(html|ics)$/.test(file)).length).toBeGreaterThan(0);
  });

  it('names every fixture after a source: a registered page reader, or ics (read by readIcs)', () => {
    const sources = new Set<string>([...SITES.map((reader) => reader.source), 'ics']);
    for (const file of fixtureFiles) expect(sources.has(file.split('_')[0] ?? ''), file).toBe(true);
  });

  it('describes every source for the README\'s "Supported pages" table', () => {
    expect(Object.keys(SUPPORTED_PAGES).sort()).toEqual([...SITES.map((reader) => reader.source), 'ics'].sort());
  });

  it('keeps a selectors module for every site reader that reads markup', () => {
    for (const source of ['linkedin-profile', 'linkedin-company', 'google-calendar', 'outlook-calendar']) {
      expect(readdirSync(path.join(sitesDir, source))).toContain('selectors.ts');
    }
  });

  it('fixture pages are anonymised: every fixture says so in its first line', () => {
    for (const file of fixtureFiles.filter((f) => f.endsWith('.html'))) {
      expect(readFileSync(path.join(fixturesDir, file), 'utf8').split('\n')[0], file).toMatch(/Anonymised fixture/);
    }
  });
});

/** Adding a site touches its folder and its test pages; the only other list of sources is the stored vocabulary. */
describe('a site is one folder', () => {
  it('every folder under sites/ is a source: about.ts always, reader.ts when it is read from pages', () => {
    expect(SOURCES.map((about) => about.source).sort()).toEqual([...siteFolders].sort());
    expect(SITES.map((site) => site.source).sort()).toEqual(siteFolders.filter((f) => readdirSync(path.join(sitesDir, f)).includes('reader.ts')).sort());
    for (const about of SOURCES) expect(siteFolders, about.source).toContain(about.source);
  });

  it('the stored list of sources (contacts keep where they came from) is the folders plus "manual"', () => {
    expect([...CAPTURE_SOURCES].sort()).toEqual([...siteFolders, 'manual'].sort());
  });

  it('nothing outside sites/ names a source key, but that stored list', () => {
    const keys = siteFolders.filter((f) => f !== 'ics' && f !== 'generic');
    const offenders = filesUnder(path.join(repoRoot, 'src'))
      .filter((file) => /\.tsx?$/.test(file) && !file.startsWith(sitesDir) && !file.endsWith(path.join('core', 'types.ts')))
      .flatMap((file) => keys.filter((key) => readFileSync(file, 'utf8').includes(`'${key}'`)).map((key) => `${path.relative(repoRoot, file)}: ${key}`));
    expect(offenders).toEqual([]);
  });
});

describe('readPage', () => {
  it.each([
    ['https://se.linkedin.com/in/priya-raman', 'linkedin-profile'],
    ['https://www.linkedin.com/company/acme/', 'linkedin-company'],
    ['https://calendar.google.com/calendar/u/0/r', 'google-calendar'],
    ['https://outlook.live.com/calendar/0/view/week', 'outlook-calendar'],
    ['https://x.example/a.ics', 'generic'],
    ['https://x.example/', 'generic'],
    ['not a url', 'generic'],
  ])('picks the reader for %s', (url, source) => {
    expect(readerFor(url).source).toBe(source);
  });

  it('reads every fixture page through the dispatcher with the reader its name says', () => {
    const urls: Record<string, string> = {
      'linkedin-profile': 'https://www.linkedin.com/in/someone/',
      'linkedin-company': 'https://www.linkedin.com/company/someone/',
      'google-calendar': 'https://calendar.google.com/calendar/u/0/r/week',
      'outlook-calendar': 'https://outlook.office.com/calendar/view/week',
      generic: 'https://example.org/page',
    };
    for (const file of fixtureFiles.filter((f) => f.endsWith('.html') && !f.includes('not-found'))) {
      const source = file.split('_')[0]!;
      expect(readPage(fixture(file), urls[source]!, STOCKHOLM).source, file).toBe(source);
    }
  });

  it('falls back to the generic reader when the site reader finds nothing', () => {
    // A company URL whose page holds no company, only a person in schema.org.
    const doc = parseHtml('<script type="application/ld+json">{"@type":"Person","name":"Ada Quist"}</script>');
    expect(readPage(doc, 'https://www.linkedin.com/company/lumen/', STOCKHOLM)).toMatchObject({ source: 'generic', people: [{ name: 'Ada Quist' }] });
  });

  it('gives source none and no people when nothing at all is found', () => {
    expect(readPage(fixture('linkedin-profile_not-found.html'), 'https://se.linkedin.com/in/gone', STOCKHOLM)).toEqual({ source: 'none', people: [], company: null, event: null });
    expect(readPage(parseHtml('<p>Hello</p>'), 'https://example.org/', STOCKHOLM)).toEqual({ source: 'none', people: [], company: null, event: null });
  });

  it('returns a fresh object each time, so a caller cannot corrupt the next result', () => {
    const first = readPage(parseHtml('<p>x</p>'), 'https://example.org/');
    first.people.push({ name: 'x', title: null, company: null, email: null, profileUrl: null, role: null });
    expect(readPage(parseHtml('<p>x</p>'), 'https://example.org/').people).toEqual([]);
  });
});
