/**
 * Least privilege and no remote code, checked on what actually ships: the
 * built dists. The manifest's content security policy refuses every request
 * from the extension's pages and background; no built file evaluates strings
 * as code or loads a script from elsewhere; the injected capture script has no
 * way to send anything.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../support/files.ts';
import { LANGUAGE_MODEL_STAND_IN_KEY } from '../../src/compose/e2e-language-model.ts';
import { FAIL_FIRST_UPGRADE_KEY } from '../../src/db/e2e-faults.ts';

const root = resolve(__dirname, '../..');
const DISTS = ['chrome', 'firefox'] as const;

/** The built pages and scripts of a dist; the checks below pass vacuously on none, so there must be both. */
function code(dist: string): string[] {
  const files = filesUnder(resolve(root, 'dist', dist)).filter((f) => /\.(js|mjs|html)$/.test(f));
  expect(files.filter((f) => f.endsWith('.html')), `no pages in dist/${dist}`).not.toEqual([]);
  expect(files.filter((f) => /\.m?js$/.test(f)), `no scripts in dist/${dist}`).not.toEqual([]);
  return files;
}

describe.each(DISTS)('dist/%s', (dist) => {
  it('refuses all network access from extension pages and the background', () => {
    const manifest = JSON.parse(readFileSync(resolve(root, 'dist', dist, 'manifest.json'), 'utf8'));
    const policy: string = manifest.content_security_policy.extension_pages;
    const directives = new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name!, values]));
    expect(directives.get('connect-src')).toEqual(["'none'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    for (const [name, values] of directives) {
      expect(values.filter((v) => /^(https?:|\*|wss?:)/.test(v)), name).toEqual([]);
    }
  });

  it('has no eval, no new Function and no string timers', () => {
    for (const file of code(dist)) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/\beval\s*\(/);
      expect(text, file).not.toMatch(/\bnew\s+Function\s*\(/);
      expect(text, file).not.toMatch(/\bset(?:Timeout|Interval)\s*\(\s*["'`]/);
    }
  });

  it('loads no script from anywhere but itself', () => {
    for (const file of code(dist)) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/<script[^>]+src=["']?(?:https?:)?\/\//i);
      expect(text, file).not.toMatch(/\bimport\s*\(\s*["'`](?:https?:)?\/\//);
      expect(text, file).not.toMatch(/\bimportScripts\s*\(\s*["'`](?:https?:)?\/\//);
      expect(text, file).not.toMatch(/from\s*["'](?:https?:)?\/\//);
    }
  });

  it('carries none of the test build’s stand-ins', () => {
    // The stand-in LanguageModel and the full-disk fault exist only in dist/e2e-*.
    for (const file of code(dist)) {
      const text = readFileSync(file, 'utf8');
      for (const marker of [LANGUAGE_MODEL_STAND_IN_KEY, 'from the stand-in', FAIL_FIRST_UPGRADE_KEY]) expect(text, `${file}: ${marker}`).not.toContain(marker);
    }
  });

  it('ships a capture script that cannot send anything and carries no UI library', () => {
    const text = readFileSync(resolve(root, 'dist', dist, 'src/capture/capture.iife.js'), 'utf8');
    for (const api of ['fetch(', 'XMLHttpRequest', 'WebSocket', 'sendBeacon', 'EventSource', 'runtime.sendMessage', 'chrome.', 'browser.']) {
      expect(text, api).not.toContain(api);
    }
    expect(text).not.toMatch(/preact|__PREACT|createElement\(/);
  });
});
