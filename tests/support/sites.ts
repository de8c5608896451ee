// Each site's detector examples, found the way src/capture/sites/index.ts finds the sites.
import type { SiteSource } from '../../src/capture/site.ts';

export const SITE_EXAMPLES: Partial<Record<SiteSource, readonly string[]>> = Object.fromEntries(
  Object.entries(import.meta.glob<readonly string[]>('../../src/capture/sites/*/reader.ts', { eager: true, import: 'examples' })).map(([file, examples]) => [
    file.split('/').at(-2),
    examples,
  ]),
);
