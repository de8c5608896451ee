/**
 * Size budgets on the shipped builds. Sizes are deterministic, unlike times,
 * so they are guarded here; `npm run bench` prints them with the timings.
 * "At open" is what a part loads when it opens; views it loads on demand
 * (the composer in the popup, the invitation parser) are counted in `total`.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { partSizes } from '../../scripts/bundle-parts.mjs';

const KB = 1024;

/** Gzipped bytes each part may load when it opens. */
export const BUDGETS = {
  popup: 32 * KB,
  capture: 8.5 * KB,
  background: 20.5 * KB,
  compose: 44 * KB,
  options: 65 * KB,
} as const;

/** Everything the popup may ever load, its on-demand views included. */
const POPUP_TOTAL_BUDGET = 84 * KB;

describe.each(['chrome', 'firefox'] as const)('dist/%s stays within its size budgets', (browser) => {
  const sizes = partSizes(resolve(__dirname, '../../dist', browser));

  it.each(Object.entries(BUDGETS))('%s loads at most its budget when it opens', (part, budget) => {
    const size = sizes[part as keyof typeof BUDGETS];
    expect(size.files.length, `${part} found no files`).toBeGreaterThan(0);
    // A page whose script links went unread would weigh only its HTML.
    expect(size.files.some((file) => /\.m?js$/.test(file)), `${part} loads no script`).toBe(true);
    expect(size.gzip, `${part}: ${size.gzip} bytes gzipped`).toBeLessThanOrEqual(budget);
  });

  it('keeps the popup with all its on-demand views within budget', () => {
    expect(sizes.popup.total.gzip).toBeLessThanOrEqual(POPUP_TOTAL_BUDGET);
    expect(sizes.popup.total.gzip).toBeGreaterThan(sizes.popup.gzip);
  });

  it('injects a capture script that is one self-contained file', () => {
    expect(sizes.capture.files).toEqual(['src/capture/capture.iife.js']);
  });
});
