#!/usr/bin/env node
/**
 * npm run --silent extract -- [--url URL] [--tz ZONE] FILE
 *
 * Runs the capture readers on a saved page (HTML) or an invitation (.ics) and
 * prints the Capture as JSON. Without --url the page's own address is used
 * (canonical link, og:url, "saved from url=" comment), else a file: URL, which
 * selects the generic reader. --tz names the zone calendar times are shown in
 * (default: this machine's). A file that cannot be read exits 1 with one line
 * on stderr.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const MAX_BYTES = 20 * 1024 * 1024;
const USAGE = 'usage: npm run --silent extract -- [--url URL] [--tz ZONE] FILE';
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function fail(reason) {
  process.stderr.write(`extract: ${String(reason).split('\n')[0]}\n`);
  process.exit(1);
}

function parseArgs(argv) {
  const args = { url: undefined, tz: undefined, file: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    // "--url=https://…" and "--url https://…" both work.
    const equals = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const [flag, inline] = equals > 0 ? [arg.slice(0, equals), arg.slice(equals + 1)] : [arg, undefined];
    if (flag === '-h' || flag === '--help') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (flag === '--url' || flag === '--tz') {
      const value = inline ?? argv[++i];
      if (!value) fail(`${flag} needs a value`);
      args[flag.slice(2)] = value;
    } else if (flag.startsWith('-') && flag !== '-') {
      fail(`unknown option ${flag} (${USAGE})`);
    } else if (args.file === undefined) {
      args.file = arg;
    } else {
      fail(`one file at a time (${USAGE})`);
    }
  }
  if (!args.file) fail(USAGE);
  return args;
}

async function readText(file) {
  let info;
  try {
    info = await stat(file);
  } catch (error) {
    fail(error?.code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot be read (${error?.code ?? error})`);
  }
  if (info.isDirectory()) fail(`${file}: is a directory`);
  if (!info.isFile()) fail(`${file}: not a regular file`);
  if (info.size > MAX_BYTES) fail(`${file}: too large (${info.size} bytes; the limit is 20 MB)`);
  let bytes;
  try {
    bytes = await readFile(file);
  } catch (error) {
    fail(`${file}: cannot be read (${error?.code ?? error})`);
  }
  if (bytes.subarray(0, 65536).includes(0)) fail(`${file}: not a text file`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    fail(`${file}: not a text file (not UTF-8)`);
  }
}

const args = parseArgs(process.argv.slice(2));
if (args.url !== undefined) {
  try {
    if (!/^(https?|file):$/.test(new URL(args.url).protocol)) throw new Error();
  } catch {
    fail(`--url ${args.url}: not an http(s) or file URL`);
  }
}
if (args.tz !== undefined) {
  try {
    new Intl.DateTimeFormat('en', { timeZone: args.tz });
  } catch {
    fail(`--tz ${args.tz}: not a time zone`);
  }
}
const text = await readText(args.file);

try {
  // The readers are TypeScript; Vite's module runner loads them without a build step or the project's config.
  const entry = path.join(repoRoot, 'src/capture/extract-node.ts');
  const { module } = await runnerImport(entry, { configFile: false, root: repoRoot, logLevel: 'silent' });
  const capture = await module.extract({ text, path: path.resolve(args.file), url: args.url, timeZone: args.tz });
  process.stdout.write(`${JSON.stringify(capture, null, 2)}\n`);
} catch (error) {
  fail(error instanceof Error ? error.message : error);
}
