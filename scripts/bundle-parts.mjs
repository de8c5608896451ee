// The parts of a built extension and the files each loads, so sizes can be
// measured per part (the benchmark prints them; the build tests guard them).
// A part's files are its HTML page or entry script plus everything reachable
// through static and dynamic imports and stylesheet links.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const PARTS = {
  popup: 'src/popup/index.html',
  options: 'src/options/index.html',
  compose: 'src/compose/index.html',
  background: 'service-worker-loader.js',
  capture: 'src/capture/capture.iife.js',
};

const IMPORTS = /\b(?:import|export)\s*(?:[^'"`;]*?\bfrom\s*)?["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g;
const HTML_REFS = /<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+)"/g;

function refsOf(file, text) {
  const pattern = file.endsWith('.html') ? HTML_REFS : IMPORTS;
  const refs = [];
  for (const match of text.matchAll(pattern)) {
    const ref = match[1] ?? match[2];
    if (ref && !/^[a-z]+:/i.test(ref)) refs.push(ref);
  }
  return refs;
}

/** Every file (relative to dist) a part loads, starting from its entry. */
export function filesOfPart(dist, entry) {
  const seen = new Set();
  const queue = [entry];
  while (queue.length > 0) {
    const rel = queue.shift();
    if (seen.has(rel)) continue;
    const abs = resolve(dist, rel);
    if (!existsSync(abs)) continue;
    seen.add(rel);
    if (!/\.(html|js|mjs)$/.test(rel)) continue;
    const text = readFileSync(abs, 'utf8');
    for (const ref of refsOf(rel, text)) {
      const target = ref.startsWith('/') ? ref.slice(1) : relative(dist, resolve(dirname(abs), ref));
      queue.push(target);
    }
  }
  return [...seen];
}

/** Raw and gzipped bytes of each part (gzip level 9, as stores and servers compress). */
export function partSizes(dist) {
  const sizes = {};
  for (const [name, entry] of Object.entries(PARTS)) {
    const files = filesOfPart(dist, entry);
    let raw = 0;
    let gzip = 0;
    for (const file of files) {
      const bytes = readFileSync(join(dist, file));
      raw += bytes.length;
      gzip += gzipSync(bytes, { level: 9 }).length;
    }
    sizes[name] = { files, raw, gzip };
  }
  return sizes;
}
