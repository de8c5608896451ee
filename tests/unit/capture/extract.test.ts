// @vitest-environment node
/** `npm run extract`: the readers in Node on saved files, JSON on stdout, one-line errors with exit code 1. */
import { execFile } from 'node:child_process';
import { mkdtempSync, mkdirSync, openSync, closeSync, ftruncateSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixturesDir, hostileDir, repoRoot } from './helpers.ts';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(repoRoot, 'scripts/extract.mjs'), ...args], { cwd: repoRoot, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

const tmp = mkdtempSync(path.join(tmpdir(), 'afterview-extract-'));
const page = (name: string) => path.join(fixturesDir, name);
const results = new Map<string, Run>();

beforeAll(async () => {
  const savedFrom = path.join(tmp, 'saved.html');
  writeFileSync(savedFrom, `<!-- saved from url=(0052)https://www.linkedin.com/company/northwind-analytics/ -->\n${readFileSync(page('linkedin-company_loggedin-2021.html'), 'utf8')}`);
  const icsAsText = path.join(tmp, 'invite.txt');
  writeFileSync(icsAsText, readFileSync(page('ics_google-invite.ics')));
  const binary = path.join(tmp, 'image.png');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  const notUtf8 = path.join(tmp, 'latin1.html');
  writeFileSync(notUtf8, Buffer.from([0x3c, 0x70, 0x3e, 0xe9, 0xe8, 0x3c, 0x2f, 0x70, 0x3e]));
  const huge = path.join(tmp, 'huge.html');
  const handle = openSync(huge, 'w');
  ftruncateSync(handle, 21 * 1024 * 1024);
  closeSync(handle);
  mkdirSync(path.join(tmp, 'folder.html'));
  const deep = path.join(tmp, 'deep.html');
  const depth = 50_000;
  writeFileSync(deep, readFileSync(path.join(hostileDir, 'generic_deep-elements.html'), 'utf8').replace('<!--DEEP-->', `${'<div>'.repeat(depth)}x${'</div>'.repeat(depth)}`));

  const cases: Record<string, string[]> = {
    ics: ['--tz', 'Europe/Stockholm', page('ics_exchange-invite.ics')],
    withUrl: ['--url', 'https://se.linkedin.com/in/priya-raman', page('linkedin-profile_loggedin-2024.html')],
    canonical: [page('linkedin-profile_public-markup.html')],
    savedFrom: [savedFrom],
    noUrl: [page('linkedin-company_loggedin-2021.html')],
    icsByContent: ['--tz=UTC', icsAsText],
    missing: [path.join(tmp, 'nope.html')],
    directory: [path.join(tmp, 'folder.html')],
    binary: [binary],
    notUtf8: [notUtf8],
    huge: [huge],
    noFile: [],
    badUrl: ['--url', 'javascript:alert(1)', page('linkedin-profile_public-markup.html')],
    deep: ['--url', 'https://example.test/team', deep],
  };
  const runs = await Promise.all(Object.entries(cases).map(async ([name, args]) => [name, await run(...args)] as const));
  for (const [name, result] of runs) results.set(name, result);
}, 120_000);

const json = (name: string) => {
  const result = results.get(name)!;
  expect(result.code, result.stderr).toBe(0);
  expect(result.stdout.endsWith('\n')).toBe(true);
  return JSON.parse(result.stdout) as Record<string, unknown>;
};

describe('extract command', () => {
  it('reads an .ics file and prints the Capture as pretty JSON', () => {
    const result = results.get('ics')!;
    expect(result.stdout).toMatch(/^\{\n {2}"source": "ics",\n/);
    expect(json('ics')).toMatchObject({
      source: 'ics',
      event: { title: 'Technical interview; platform team', start: '2025-11-04T08:30:00.000Z' },
      people: [{ name: 'Maja Lindqvist', email: 'maja.lindqvist@fjordline.example', role: 'organizer' }, {}, {}, {}, {}],
    });
    expect(result.stderr).toBe('');
  });

  it('reads a saved page with the reader --url selects', () => {
    expect(json('withUrl')).toMatchObject({ source: 'linkedin-profile', people: [{ name: 'Priya Raman', company: 'Northwind Analytics' }] });
  });

  it('without --url, takes the page URL from its canonical link or its "saved from url=" comment', () => {
    expect(json('canonical')).toMatchObject({ source: 'linkedin-profile', people: [{ profileUrl: 'https://www.linkedin.com/in/oliver-pemberton/' }] });
    expect(json('savedFrom')).toMatchObject({ source: 'linkedin-company', company: { name: 'Northwind Analytics' } });
  });

  it('without any URL, reads the file as a generic page', () => {
    expect(json('noUrl')).toEqual({ source: 'none', people: [], company: null, event: null });
  });

  it('recognises an invitation by its content whatever the file is called', () => {
    expect(json('icsByContent')).toMatchObject({ source: 'ics', event: { start: '2025-10-07T11:00:00.000Z' } });
  });

  it('reads a page whose elements are nested 50,000 deep, up to the depth a page can have', () => {
    expect(json('deep')).toEqual({
      source: 'generic',
      people: [{ name: 'Lars Eklund', title: null, company: null, email: 'lars.eklund@northwind.example', profileUrl: null, role: null }],
      company: null,
      event: null,
    });
  });

  it.each([
    ['missing', /no such file/],
    ['directory', /is a directory/],
    ['binary', /not a text file/],
    ['notUtf8', /not a text file/],
    ['huge', /too large/],
    ['noFile', /usage:/],
    ['badUrl', /--url/],
  ])('%s: exit code 1, nothing on stdout, one line on stderr', (name, reason) => {
    const result = results.get(name)!;
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(reason);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
