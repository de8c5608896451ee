/** Every page Afterview reads is listed in the README, in the words of its sites/<source>/about.ts, and nothing else is. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SOURCES } from '../../../../src/capture/sites/about.ts';

const SUPPORTED_PAGES = Object.fromEntries(SOURCES.map((about) => [about.source, about.description]));

const readme = readFileSync(resolve(__dirname, '../../../../README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Supported pages'), readme.indexOf('\n## ', readme.indexOf('## Supported pages') + 3));
const rows = [...section.matchAll(/^\| `([a-z-]+)` \| (.+?) \|$/gm)].map((m) => [m[1], m[2]]);

describe('the README’s table of supported pages', () => {
  it('lists every reader, described as SUPPORTED_PAGES describes it', () => {
    expect(Object.fromEntries(rows)).toEqual(SUPPORTED_PAGES);
  });
});
