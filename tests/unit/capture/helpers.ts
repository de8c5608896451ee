/** Shared by the capture tests: fixture pages parsed the way the readers meet them. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const fixturesDir = path.join(repoRoot, 'tests/fixtures/pages');
/** Small pages and files written to attack the readers (tests/unit/capture/hostile.test.ts). */
export const hostileDir = path.join(repoRoot, 'tests/fixtures/hostile');

/** Fixed so no result depends on the machine running the tests. */
export const STOCKHOLM = { timeZone: 'Europe/Stockholm', now: Date.UTC(2025, 9, 1, 12) };

export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

export function fixtureText(name: string): string {
  return readFileSync(path.join(fixturesDir, name), 'utf8');
}

export function fixture(name: string): Document {
  return parseHtml(fixtureText(name));
}
