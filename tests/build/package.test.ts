/**
 * The store packages, checked as AMO's reviewers check them: `npm run package`
 * run twice from the same commit gives the same bytes, and the source archive
 * alone, unpacked elsewhere, installed with `npm ci` and packaged as its README
 * says, gives the same browser packages again. Each package holds the built
 * extension and nothing else; web-ext lint finds no errors in the Firefox one.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EPOCH_FILE, makePackages, packageNames, readZip, SOURCE_PATHS, version } from '../../scripts/package.mjs';
import { filesUnder } from '../support/files.ts';

const run = promisify(execFile);
const root = resolve(__dirname, '../..');
const names = packageNames(version());
const scratch = mkdtempSync(join(tmpdir(), 'afterview-package-test-'));
const first = join(scratch, 'first');
const second = join(scratch, 'second');
const unpacked = join(scratch, 'source');

const read = (dir: string, name: string) => readFileSync(join(dir, name));

const npm = (args: string[], cwd: string) => run('npm', args, { cwd, maxBuffer: 16 * 1024 * 1024 });

async function unpackSource() {
  for (const [name, bytes] of await readZip(read(first, names.source))) {
    if (bytes === null) continue;
    mkdirSync(dirname(join(unpacked, name)), { recursive: true });
    writeFileSync(join(unpacked, name), bytes);
  }
  await npm(['ci', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], unpacked);
}

let lint: Awaited<ReturnType<typeof makePackages>>['lint'];
let rebuilt: string;

// Three runs: this one in-process (for the lint result), a second by the command
// line while the unpacked source installs, and one in the unpacked source.
beforeAll(async () => {
  ({ lint } = await makePackages({ outDir: first, log: () => {} }));
  await Promise.all([run(process.execPath, ['scripts/package.mjs', '--out', second], { cwd: root, maxBuffer: 16 * 1024 * 1024 }), unpackSource()]);
  ({ stdout: rebuilt } = await npm(['run', '--silent', 'package'], unpacked));
}, 600_000);

// The unpacked source holds a whole node_modules: removing it takes a while on a busy machine.
afterAll(() => rm(scratch, { recursive: true, force: true }), 120_000);

describe('npm run package', () => {
  it('writes the Chrome, Firefox and source archives, named by the version in package.json', () => {
    expect(version()).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
    expect(readdirSync(first).sort()).toEqual([names.chrome, names.firefox, names.source].sort());
  });

  it.each(['chrome', 'firefox'] as const)('packs exactly the built %s extension, manifest at the root', async (browser) => {
    const entries = await readZip(read(first, names[browser]));
    const dist = resolve(root, 'dist', browser);
    const built = filesUnder(dist).map((file) => relative(dist, file));
    const packed = [...entries].filter(([, bytes]) => bytes !== null);
    expect(packed.map(([name]) => name).sort()).toEqual(built.sort());
    expect(packed.map(([name]) => name)).toContain('manifest.json');
    for (const [name, bytes] of packed) expect(bytes!.equals(read(dist, name)), `${name} differs from dist/${browser}`).toBe(true);
  });

  it('gives byte-identical packages when run twice from the same commit', () => {
    for (const name of Object.values(names)) expect(read(second, name).equals(read(first, name)), `${name} differs between two runs`).toBe(true);
  });

  it('dates every entry at the commit time, in name order', async () => {
    const { stdout } = await run('git', ['log', '-1', '--format=%ct'], { cwd: root });
    const epoch = Number(process.env.SOURCE_DATE_EPOCH ?? stdout.trim());
    expect((await readZip(read(first, names.source))).get(EPOCH_FILE)!.toString()).toBe(`${epoch}\n`);
    for (const name of Object.values(names)) {
      const zip = await JSZip.loadAsync(read(first, name));
      const entries = Object.values(zip.files);
      expect(entries.map((e) => e.name)).toEqual(entries.map((e) => e.name).sort());
      // A zip holds local time in two-second steps; JSZip reads it as UTC, as it wrote it.
      for (const entry of entries) expect(Math.abs(entry.date.getTime() / 1000 - epoch), entry.name).toBeLessThan(2);
    }
  });

  it('puts the tracked files the build needs in the source archive, and the commit time, nothing else', async () => {
    const { stdout } = await run('git', ['ls-files', '-z', '--', ...SOURCE_PATHS], { cwd: root });
    const tracked = stdout.split('\0').filter(Boolean);
    const entries = await readZip(read(first, names.source));
    expect([...entries.keys()].sort()).toEqual([...tracked, EPOCH_FILE].sort());
    for (const required of ['README.md', 'PRIVACY.md', 'CHANGELOG.md', 'package-lock.json', 'vite.config.ts', 'scripts/package.mjs']) expect(entries.has(required), required).toBe(true);
    // The README lists what the archive holds, for the reviewers who read it there.
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const listed = readme.slice(readme.indexOf('## Store packages')).match(/^\| `packages\/afterview-source-.*$/m)?.[0] ?? '';
    for (const path of SOURCE_PATHS) expect(listed, `the README's list lacks ${path}`).toContain(path === 'README.md' ? 'this README' : `\`${path}\``);
  });

  it('rebuilds the same browser packages from the source archive alone, with the steps its README gives', () => {
    expect(readFileSync(join(unpacked, 'README.md'), 'utf8')).toContain('npm ci && npm run package');
    expect(rebuilt).toContain('no source archive');
    for (const browser of ['chrome', 'firefox'] as const) {
      expect(read(join(unpacked, 'packages'), names[browser]).equals(read(first, names[browser])), `${names[browser]} rebuilt from source differs`).toBe(true);
    }
  });
});

describe('web-ext lint on the Firefox package', () => {
  it('reports no errors, and every remaining warning is explained in the README', () => {
    expect(lint.errors).toEqual([]);
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### Firefox linter warnings'));
    for (const warning of lint.warnings) {
      expect(section, `${warning.code} in ${warning.file} is not explained in the README`).toContain(`\`${warning.code}\``);
    }
  });
});
