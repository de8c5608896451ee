// Files and lines per capability, comment share, and the files each journey runs through,
// as docs/ARCHITECTURE.md reports them. `node scripts/layout-stats.mjs [--json]`.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

// --root DIR measures another checkout (the numbers before a change, counted the same way).
const rootArg = process.argv.indexOf('--root');
const root = rootArg > 0 ? process.argv[rootArg + 1] : join(dirname(fileURLToPath(import.meta.url)), '..');
const CODE = /\.(ts|tsx|css)$/;

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [relative(root, path)];
  });
}
const files = walk(join(root, 'src')).filter((f) => CODE.test(f)).sort();
const text = new Map(files.map((f) => [f, readFileSync(join(root, f), 'utf8')]));

// The first rule that matches a path names its capability.
const CAPABILITIES = [
  ['capture', /^src\/(capture\/|popup\/capture\/|ui\/capture\/|core\/filing\/|core\/capture-check|core\/capture\/|db\/file-capture)/],
  ['compose', /^src\/(compose\/|ui\/compose\/|core\/compose\/|db\/templates)/],
  ['tidbits', /^src\/(core\/tidbits\/|ui\/tidbits\/|db\/tidbits|background\/(save-tidbit|menus|tidbit-menu))/],
  ['followups', /^src\/(core\/cadence\/|ui\/followups\/|db\/touch)/],
  ['background', /^src\/background\//],
  ['db', /^src\/db\//],
  ['core', /^src\/core\//],
  ['popup', /^src\/popup\//],
  ['dashboard', /^src\/(options\/|ui\/dashboard\/|ui\/settings\/|ui\/backup\/)/],
  ['shared UI and messages', /^src\//],
];
const capabilityOf = (f) => CAPABILITIES.find(([, re]) => re.test(f))[0];

const lines = (f) => text.get(f).split('\n').filter((l) => l.trim() !== '').length;
function commentLines(f) {
  let inBlock = false;
  let n = 0;
  for (const raw of text.get(f).split('\n')) {
    const l = raw.trim();
    if (inBlock) {
      n++;
      if (l.includes('*/')) inBlock = false;
    } else if (l.startsWith('//')) n++;
    else if (l.startsWith('/*')) {
      n++;
      if (!l.includes('*/')) inBlock = true;
    }
  }
  return n;
}
/** A header of more than one line before the first import or code. */
const proseHeader = (f) => /^\/\*\*?[^\n]*\n(\s*\*[^\n]*\n)+?\s*\*\//.test(text.get(f)) || /^\/\/(?!\/)[^\n]*\n\/\/(?!\/)/.test(text.get(f));

const perCapability = new Map();
for (const f of files) {
  const c = capabilityOf(f);
  const entry = perCapability.get(c) ?? { files: 0, lines: 0, folders: new Set() };
  entry.files++;
  entry.lines += lines(f);
  entry.folders.add(dirname(f));
  perCapability.set(c, entry);
}

// Value imports only (`import type` runs nothing), static and dynamic.
function importsOf(f) {
  const src = text.get(f);
  const found = new Set();
  const patterns = [/^\s*(?:import|export)\s+(?!type\s)[^'";]*?from\s+'(\.[^']+)'/gm, /^\s*import\s+'(\.[^']+)'/gm, /import\(\s*'(\.[^']+)'\s*\)/g];
  for (const re of patterns) for (const m of src.matchAll(re)) found.add(normalize(join(dirname(f), m[1])));
  // import.meta.glob('./*/reader.ts'): every file the pattern names.
  for (const m of src.matchAll(/import\.meta\.glob(?:<[^>]*>)?\(\s*'(\.[^']+)'/g)) {
    const pattern = new RegExp(`^${normalize(join(dirname(f), m[1])).replace(/[.]/g, '\\.').replace(/\*/g, '[^/]+')}$`);
    for (const file of files) if (pattern.test(file)) found.add(file);
  }
  return [...found].filter((p) => text.has(p));
}
/** `skip`: files the journey does not run (the other sites' readers, when one page is read). */
function closure(entries, skip = () => false) {
  const seen = new Set();
  const todo = [...entries];
  while (todo.length) {
    const f = todo.pop();
    if (seen.has(f) || !text.has(f) || skip(f)) continue;
    seen.add(f);
    todo.push(...importsOf(f));
  }
  return seen;
}

// Each journey: the files where it starts in each context; a hop is every source file those
// entry points run (their value-import closure), so folding a file or cutting an import shortens it.
const first = (...candidates) => candidates.find((c) => text.has(c)) ?? candidates[0];
const JOURNEYS = [
  {
    name: 'capture: toolbar click on a LinkedIn profile → page read → review → saved',
    // One page is read by one site's files; the registry reaches every site, but the others do not run.
    skip: (f) => /^src\/capture\/(readers\/|selectors\/|sites\/)(?!linkedin-profile[./]|about\.ts$|index\.ts$|selector\.ts$)/.test(f),
    entries: [first('src/popup/capture/read-active-tab.ts'), first('src/capture/capture.iife.ts'), first('src/ui/capture/CaptureView.tsx')],
  },
  {
    name: 'tidbit: right-click → saved',
    entries: [first('src/background/tidbit-menu.ts', 'src/background/save-tidbit.ts')],
  },
  {
    name: 'follow-up: browser start → alarm → notification → composer',
    entries: [first('src/background/index.ts'), first('src/compose/main.tsx')],
  },
];

const report = {
  files: files.length,
  lines: files.reduce((n, f) => n + lines(f), 0),
  commentShare: files.reduce((n, f) => n + commentLines(f), 0) / files.reduce((n, f) => n + lines(f), 0),
  proseHeaders: files.filter((f) => /\.tsx?$/.test(f) && proseHeader(f)).length,
  tsFiles: files.filter((f) => /\.tsx?$/.test(f)).length,
  capabilities: Object.fromEntries(
    [...perCapability].map(([c, e]) => [c, { files: e.files, folders: e.folders.size, lines: e.lines }]),
  ),
  journeys: JOURNEYS.map((j) => {
    const hops = closure(j.entries, j.skip);
    // Outside core/ (the pure domain functions a journey calls are not places it travels through),
    // and not the test build's hooks (src/**/e2e-*.ts, absent from the shipped build).
    const outsideCore = [...hops].filter((f) => !f.startsWith('src/core/') && !/\/e2e-[^/]+$/.test(f));
    return { name: j.name, hops: outsideCore.length, filesRun: hops.size, files: [...hops].sort() };
  }),
};

if (process.argv.includes('--json')) console.log(JSON.stringify(report, null, 2));
else {
  console.log(`${report.files} files (.ts, .tsx, .css), ${report.lines} non-blank lines, ${(report.commentShare * 100).toFixed(0)}% comment lines, ${report.proseHeaders} of ${report.tsFiles} .ts/.tsx files open with a multi-line header`);
  console.log('\n| capability | files | folders | lines |\n|---|---|---|---|');
  for (const [c, e] of Object.entries(report.capabilities)) console.log(`| ${c} | ${e.files} | ${e.folders} | ${e.lines} |`);
  console.log('\n| journey | hops (files run outside core/) | files run, core/ included |\n|---|---|---|');
  for (const j of report.journeys) console.log(`| ${j.name} | ${j.hops} | ${j.filesRun} |`);
  if (process.argv.includes('--files')) for (const j of report.journeys) console.log(`\n${j.name}:\n  ${j.files.join('\n  ')}`);
}
