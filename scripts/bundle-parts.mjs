// The parts of a built extension and the files each loads (its page or entry script and everything its
// static and dynamic imports and stylesheet links reach), so the benchmark and the build tests can size each part.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const PARTS = {
  popup: 'src/popup/index.html',
  options: 'src/options/index.html',
  compose: 'src/compose/index.html',
  background: 'service-worker-loader.js',
  capture: 'src/capture/capture.iife.js',
};

const STATIC_IMPORTS = /\b(?:import|export)\s*(?:[^'"`;()]*?\bfrom\s*)?["']([^"']+)["']/g;
// The bundler writes dynamic imports with template literals: import(`./x.js`).
const DYNAMIC_IMPORTS = /\bimport\(\s*[`"']([^`"']+)[`"']\s*\)/g;
const HTML_REFS = /<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+)"/g;

function refsOf(file, text, dynamic) {
  const patterns = file.endsWith('.html') ? [HTML_REFS] : dynamic ? [STATIC_IMPORTS, DYNAMIC_IMPORTS] : [STATIC_IMPORTS];
  const refs = [];
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      const ref = match[1];
      if (ref && !/^[a-z]+:/i.test(ref)) refs.push(ref);
    }
  }
  return refs;
}

/**
 * Every file (relative to dist) a part loads, starting from its entry: at
 * first (static imports), or with everything it may load later (`dynamic`).
 * Throws on a reference to a file the dist does not hold.
 */
function filesOfPart(dist, entry, dynamic = false) {
  const seen = new Set();
  const queue = [entry];
  while (queue.length > 0) {
    const rel = queue.shift();
    if (seen.has(rel)) continue;
    const abs = resolve(dist, rel);
    // A reference that leads nowhere would leave its bytes out of the count
    // unnoticed (or, for the entry, measure nothing at all), so it stops the count.
    if (!existsSync(abs)) throw new Error(`${entry} loads ${rel}, which is not in ${dist}`);
    seen.add(rel);
    if (!/\.(html|js|mjs)$/.test(rel)) continue;
    const text = readFileSync(abs, 'utf8');
    for (const ref of refsOf(rel, text, dynamic)) {
      const target = ref.startsWith('/') ? ref.slice(1) : relative(dist, resolve(dirname(abs), ref));
      queue.push(target);
    }
  }
  return [...seen];
}

/**
 * The built-in templates of one note language (src/ui/compose/note-texts/):
 * locale data, like a messages.json, of which a page loads at most the one an
 * interview's notes are written in. Measured apart, not in a part's total.
 */
const NOTE_TEMPLATES = /(^|\/)templates-[a-z]{2}\.js$/;

function measure(dist, files) {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(dist, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files, raw, gzip };
}

/**
 * Raw and gzipped bytes of each part (gzip -9 per file, as the packed
 * extension compresses each file): what it loads when it opens, and in total
 * with the views it loads on demand.
 */
export function partSizes(dist) {
  const sizes = {};
  for (const [name, entry] of Object.entries(PARTS)) {
    const all = filesOfPart(dist, entry, true);
    sizes[name] = {
      ...measure(dist, filesOfPart(dist, entry)),
      total: measure(dist, all.filter((file) => !NOTE_TEMPLATES.test(file))),
      noteTemplates: all.filter((file) => NOTE_TEMPLATES.test(file)).map((file) => measure(dist, [file])),
    };
  }
  return sizes;
}
