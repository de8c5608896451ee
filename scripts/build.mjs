// `npm run build` (and build:e2e, npm start, npm run package, the benchmark): one `vite build` per browser,
// one line each. What a build says beyond Vite's file listing is printed once, however many builds say it
// (except @crxjs's capture-script chatter, CHATTER); a failed build prints everything it said.
//
//   node scripts/build.mjs            dist/chrome and dist/firefox
//   node scripts/build.mjs --e2e      dist/e2e-chrome and dist/e2e-firefox (the test build)
//   node scripts/build.mjs --all      all four
//   node scripts/build.mjs --firefox  one browser (--chrome likewise), combinable with --e2e
import { execFile } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const viteBin = resolve(createRequire(import.meta.url).resolve('vite/package.json'), '..', 'bin/vite.js');

/**
 * Lines @crxjs and Rolldown print on every build that carry no news: the
 * progress of the capture script's own IIFE build, and Rolldown's note that
 * the options @crxjs gives that sub-build overlap (it inlines either way).
 */
const CHATTER = [
  /^\[crx:content-scripts-iife\] (Building \d+ content script\(s\) as IIFE\.\.\.|IIFE build complete)$/,
  /^✓ \S+ → \S+$/,
  /^WARN\s+`?inlineDynamicImports`? option is ignored because `?codeSplitting: false`? is set\.$/,
];

const said = new Set();

/** What a build printed beyond its chatter, as blocks of lines; each block once per process. */
function news(output) {
  const blocks = output
    .split(/\n\s*\n/)
    .map((block) => block.split('\n').map((line) => line.trimEnd()).filter((line) => line.trim() !== '' && !CHATTER.some((re) => re.test(line.trim()))).join('\n'))
    .filter((block) => block !== '');
  const fresh = blocks.filter((block) => !said.has(block));
  for (const block of fresh) said.add(block);
  return fresh;
}

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]));
}

/** The directory a build writes to, as vite.config.ts chooses it. */
export function distDir(browser, e2e = false) {
  return resolve(root, 'dist', e2e ? `e2e-${browser}` : browser);
}

/**
 * Builds one browser's extension into `outDir` (by default the dist vite.config.ts
 * names). Resolves to the directory, its file count and bytes, the time taken,
 * and what the build said that had not been said before; rejects with all of
 * its output when the build fails.
 */
export function buildExtension({ browser, e2e = false, outDir = distDir(browser, e2e) }) {
  const started = performance.now();
  // NODE_ENV is set, not inherited: vite keeps one it finds (vitest sets "test"),
  // and Preact's code then builds differently.
  const env = { ...process.env, NODE_ENV: 'production', BROWSER: browser, AFTERVIEW_E2E: e2e ? '1' : '', AFTERVIEW_OUT_DIR: outDir, NO_COLOR: '1' };
  return new Promise((done, fail) => {
    execFile(process.execPath, [viteBin, 'build', '--logLevel', 'warn'], { cwd: root, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) {
        fail(new Error(`The ${browser}${e2e ? ' test' : ''} build failed:\n${stdout}${stderr}`));
        return;
      }
      const files = filesUnder(outDir);
      const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
      done({ outDir, files: files.length, bytes, seconds: (performance.now() - started) / 1000, news: news(`${stdout}\n\n${stderr}`) });
    });
  });
}

/** The one line a build is reported in; `what` names it (by default its folder). */
export function summary({ outDir, files, bytes, seconds }, what = relative(root, outDir)) {
  return `built ${what}: ${files} files, ${(bytes / 1024).toFixed(1)} KB, in ${seconds.toFixed(1)} s`;
}

/** Builds in turn, each reported as it ends; the first failure stops the rest. */
export async function buildAll(targets) {
  const results = [];
  for (const target of targets) {
    const result = await buildExtension(target);
    for (const block of result.news) console.log(block);
    console.log(summary(result));
    results.push(result);
  }
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = new Set(process.argv.slice(2));
  const unknown = [...args].filter((arg) => !['--e2e', '--all', '--chrome', '--firefox'].includes(arg));
  if (unknown.length > 0) {
    console.error(`Unknown option ${unknown.join(' ')}. Use --chrome, --firefox, --e2e or --all.`);
    process.exit(2);
  }
  const browsers = args.has('--chrome') || args.has('--firefox') ? ['chrome', 'firefox'].filter((b) => args.has(`--${b}`)) : ['chrome', 'firefox'];
  const kinds = args.has('--all') ? [false, true] : [args.has('--e2e')];
  try {
    await buildAll(kinds.flatMap((e2e) => browsers.map((browser) => ({ browser, e2e }))));
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
