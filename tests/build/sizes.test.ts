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
const BUDGETS = {
  // Issue 18: the first screen paints from the snapshot (db/popup-snapshot.ts); idb and the database code load after
  // it, through one dynamic import (ui/db-code.ts): 32.6 KB before, 28,400 bytes after; then the primary action named
  // after the next step, the due list's order, snooze choices and the interview's day (18's polish): 29,206 bytes.
  popup: 29 * KB,
  capture: 8.5 * KB,
  // The one i18n helper with plural forms (15, 16), the popup's snapshot writer and start-up change detection (18).
  // Issue 18's tidbit terms: the tokeniser's terms module and the schema step that fills them.
  background: 24 * KB, // 24,163 bytes measured
  // The on-device drafting's entry (17) and plural forms (15); the template actions, which share compose-actions.ts (16);
  // since the shared chunks were grouped for the popup's first chunk (vite.config.ts CHUNK_GROUPS), a few cadence rules
  // and the popup's snapshot reader it does not use; issue 18's tidbit terms (ranking reads them); the sentences that call today
  // today, and the focused interview chosen by when it took place (core/focus.ts).
  compose: 47.5 * KB, // 48,185 bytes measured
  // Chunks shared with the popup's new on-demand views (18), the welcome and person editing (12), plural forms (15).
  // Issue 18's tidbit terms (every tidbit write and import computes them) and the Tidbits tab's first page; the template
  // editor loaded when its section is first shown (16): 66,342 bytes measured.
  options: 65.25 * KB,
} as const;

/** Everything the popup may ever load, its on-demand views included (a note language's templates apart). */
// Issue 17's on-device drafting view (5.4 KB, loaded only where LanguageModel exists); issue 18's switcher, notes section and snapshot reading.
// The database code in chunks of its own (one more file each, each gzipped alone); the template actions ride with the
// composer's on-demand view since they share compose-actions.ts (16); issue 18's tidbit terms, loaded by the popup only
// for the upgrade that fills them or with its tidbit library.
const POPUP_TOTAL_BUDGET = 98 * KB; // 99,928 bytes measured

/** One note language's built-in templates, loaded only for an interview whose notes are in another language than the browser's. */
const NOTE_TEMPLATES_BUDGET = 2 * KB;

describe.each(['chrome', 'firefox'] as const)('dist/%s stays within its size budgets', (browser) => {
  const sizes = partSizes(resolve(__dirname, '../../dist', browser));

  it.each(Object.entries(BUDGETS))('%s loads at most its budget when it opens', (part, budget) => {
    const size = sizes[part as keyof typeof BUDGETS];
    expect(size.files.length, `${part} found no files`).toBeGreaterThan(0);
    // A page whose script links went unread would weigh only its HTML.
    expect(size.files.some((file) => /\.m?js$/.test(file)), `${part} loads no script`).toBe(true);
    expect(size.gzip, `${part}: ${size.gzip} bytes gzipped`).toBeLessThanOrEqual(budget);
  });

  it('paints the popup without the database code, which it loads after (vite.config.ts CHUNK_GROUPS, src/ui/db-code.ts)', () => {
    expect(sizes.popup.files).not.toContain('assets/db.js');
    expect(sizes.popup.total.files).toContain('assets/db.js');
  });

  it('keeps the popup with all its on-demand views within budget', () => {
    expect(sizes.popup.total.gzip).toBeLessThanOrEqual(POPUP_TOTAL_BUDGET);
    expect(sizes.popup.total.gzip).toBeGreaterThan(sizes.popup.gzip);
  });

  it('loads a note language’s templates on their own, each small, for the popup and the composer page alike', () => {
    for (const part of ['popup', 'compose'] as const) {
      expect(sizes[part].noteTemplates.map((t) => t.files[0]?.replace(/^.*\//, '')).sort(), part).toEqual(['templates-de.js', 'templates-en.js', 'templates-es.js', 'templates-fr.js']);
      for (const language of sizes[part].noteTemplates) expect(language.gzip, language.files[0]).toBeLessThanOrEqual(NOTE_TEMPLATES_BUDGET);
    }
  });

  it('injects a capture script that is one self-contained file', () => {
    expect(sizes.capture.files).toEqual(['src/capture/capture.iife.js']);
  });
});
