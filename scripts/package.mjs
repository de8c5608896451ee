// `npm run package`: the store packages, from one clean build of each browser
// in a fresh folder, zipped by Mozilla's web-ext, with every zip entry's time
// set to SOURCE_DATE_EPOCH and the entries in name order, so that the same
// commit always gives the same bytes (web-ext stamps the current time and adds
// files in the order reads finish). web-ext then lints the Firefox package.
//
//   packages/afterview-chrome-<version>.zip   for the Chrome Web Store
//   packages/afterview-firefox-<version>.zip  for addons.mozilla.org
//   packages/afterview-source-<version>.zip   the source AMO asks for: the tracked
//                                             files the build needs
//
// `--out DIR` writes elsewhere. In an unpacked source archive (no git) the time
// comes from its SOURCE_DATE_EPOCH file and no source archive is made.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import webExt from 'web-ext';
import { consoleStream } from 'web-ext/util/logger';
import { buildExtension, summary } from './build.mjs';

const root = resolve(import.meta.dirname, '..');

/** The tracked files a rebuild needs: what the source archive holds. */
export const SOURCE_PATHS = [
  'README.md',
  'PRIVACY.md',
  'CHANGELOG.md',
  'package.json',
  'package-lock.json',
  'manifest.json',
  'vite.config.ts',
  'tsconfig.json',
  'scripts/build.mjs',
  'scripts/package.mjs',
  'icons/',
  'public/',
  'src/',
];

/** The file in a source archive that carries the commit's time to a rebuild without git. */
export const EPOCH_FILE = 'SOURCE_DATE_EPOCH';

// The earliest time a zip entry can hold (1980-01-01, MS-DOS's epoch).
const ZIP_EPOCH = 315_532_800;

export function version() {
  return JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
}

export function packageNames(ver) {
  return { chrome: `afterview-chrome-${ver}.zip`, firefox: `afterview-firefox-${ver}.zip`, source: `afterview-source-${ver}.zip` };
}

function git(args) {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
}

/** True when this folder is the top of a git checkout (not merely inside someone else's). */
function isCheckout() {
  try {
    return resolve(git(['rev-parse', '--show-toplevel']).trim()) === root;
  } catch {
    return false;
  }
}

/**
 * Seconds since 1970 that every zip entry is dated: SOURCE_DATE_EPOCH from the
 * environment, else the source archive's SOURCE_DATE_EPOCH file, else the time
 * of the commit checked out.
 */
export function sourceDateEpoch() {
  const file = join(root, EPOCH_FILE);
  const given = process.env.SOURCE_DATE_EPOCH ?? (existsSync(file) ? readFileSync(file, 'utf8').trim() : isCheckout() ? git(['log', '-1', '--format=%ct']).trim() : '');
  if (!/^\d+$/.test(given)) {
    throw new Error(`No build time: set SOURCE_DATE_EPOCH (seconds since 1970), or run this in a git checkout or an unpacked source archive with its ${EPOCH_FILE} file.`);
  }
  return Math.max(Number(given), ZIP_EPOCH);
}

/**
 * A zip of `entries` (name → bytes, or null for a folder) in name order, every
 * entry dated `epoch`. JSZip writes the time as UTC, so the machine's time zone
 * does not change a byte.
 */
async function zipInOrder(entries, epoch) {
  const date = new Date(epoch * 1000);
  const zip = new JSZip();
  for (const name of [...entries.keys()].sort()) {
    const bytes = entries.get(name);
    if (bytes === null) zip.file(name, null, { dir: true, date, createFolders: false });
    else zip.file(name, bytes, { date, createFolders: false });
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/** Every entry of a zip, name → bytes (null for a folder). */
export async function readZip(bytes) {
  const zip = await JSZip.loadAsync(bytes);
  const entries = new Map();
  for (const entry of Object.values(zip.files)) entries.set(entry.name, entry.dir ? null : await entry.async('nodebuffer'));
  return entries;
}

/** Runs a web-ext command with its console lines held back, so the package step reports in its own lines. */
async function quietly(run) {
  consoleStream.startCapturing();
  try {
    return await run();
  } finally {
    consoleStream.stopCapturing();
  }
}

/** web-ext's package of a built extension, then made reproducible: name order, fixed times. */
async function packExtension(sourceDir, fileName, outDir, epoch, scratch) {
  const artifactsDir = mkdtempSync(join(scratch, 'web-ext-'));
  const { extensionPath } = await quietly(() => webExt.cmd.build({ sourceDir, artifactsDir, filename: fileName, overwriteDest: true }, { showReadyMessage: false }));
  const entries = await readZip(readFileSync(extensionPath));
  const bytes = await zipInOrder(entries, epoch);
  writeFileSync(join(outDir, fileName), bytes);
  return { fileName, files: [...entries.values()].filter((b) => b !== null).length, bytes };
}

/**
 * web-ext lint on what a Firefox package holds, unpacked as Firefox would read
 * it. Resolves to the linter's result ({ errors, warnings, notices, … }).
 */
export async function lintPackage(zipPath) {
  const dir = mkdtempSync(join(tmpdir(), 'afterview-lint-'));
  try {
    for (const [name, bytes] of await readZip(readFileSync(zipPath))) {
      const path = join(dir, name);
      if (bytes === null) mkdirSync(path, { recursive: true });
      else {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, bytes);
      }
    }
    return await quietly(() => webExt.cmd.lint({ sourceDir: dir, output: 'none', boring: true, metadata: false, pretty: false, selfHosted: false, warningsAsErrors: false }, { shouldExitProgram: false }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The tracked files under SOURCE_PATHS, as they are in the working tree, and whether any differ from the commit. */
function sourceFiles() {
  const files = git(['ls-files', '-z', '--', ...SOURCE_PATHS]).split('\0').filter(Boolean);
  const changed = git(['status', '--porcelain', '--', ...SOURCE_PATHS]).trim() !== '';
  return { files, changed };
}

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');
const kb = (bytes) => `${(bytes.length / 1024).toFixed(1)} KB`;

/**
 * Builds and writes the packages into `outDir`; resolves to their paths and
 * the lint result. Each step prints one line.
 */
export async function makePackages({ outDir = join(root, 'packages'), log = console.log } = {}) {
  const epoch = sourceDateEpoch();
  const ver = version();
  const names = packageNames(ver);
  mkdirSync(outDir, { recursive: true });
  const scratch = mkdtempSync(join(tmpdir(), 'afterview-package-'));
  const show = (path) => (relative(root, path).startsWith('..') ? path : relative(root, path));
  try {
    const written = {};
    for (const browser of ['chrome', 'firefox']) {
      const built = await buildExtension({ browser, outDir: join(scratch, browser) });
      for (const block of built.news) log(block);
      log(summary(built, `${browser}, afresh for the package`));
      const packed = await packExtension(built.outDir, names[browser], outDir, epoch, scratch);
      written[browser] = join(outDir, names[browser]);
      log(`packed ${show(written[browser])}: ${packed.files} files, ${kb(packed.bytes)}, sha256 ${sha256(packed.bytes)}`);
    }

    const lint = await lintPackage(written.firefox);
    const codes = [...new Set(lint.warnings.map((w) => w.code))];
    const count = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
    log(`web-ext lint ${names.firefox}: ${count(lint.errors.length, 'error')}, ${count(lint.warnings.length, 'warning')}${codes.length ? ` (${codes.join(', ')}; the README says why)` : ''}`);
    if (lint.errors.length > 0) {
      for (const error of lint.errors) log(`  ${error.code} ${error.file ?? ''}: ${error.message}`);
      throw new Error(`web-ext lint found ${lint.errors.length} errors in ${names.firefox}.`);
    }

    if (isCheckout()) {
      const { files, changed } = sourceFiles();
      const entries = new Map(files.map((file) => [file, readFileSync(join(root, file))]));
      entries.set(EPOCH_FILE, Buffer.from(`${epoch}\n`));
      const bytes = await zipInOrder(entries, epoch);
      written.source = join(outDir, names.source);
      writeFileSync(written.source, bytes);
      log(`packed ${show(written.source)}: ${entries.size} files, ${kb(bytes)}, sha256 ${sha256(bytes)}`);
      if (changed) log('note: the working tree differs from the commit; commit before sending these to a store.');
    } else {
      log(`no source archive: ${root} is not a git checkout (an unpacked source archive, say).`);
    }
    return { epoch, written, lint };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const at = process.argv.indexOf('--out');
  const outDir = at > 0 ? resolve(process.argv[at + 1] ?? 'packages') : undefined;
  try {
    await makePackages(outDir ? { outDir } : {});
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
