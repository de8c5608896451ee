import type { ReadOptions } from './read-options.ts';
import { SITES } from './sites/index.ts';
import { nothingFound } from '../core/capture/result.ts';
import type { Capture } from '../core/capture/capture.ts';
import type { Site } from './site.ts';

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function safely(reader: Site, doc: Document, url: string, options?: ReadOptions): Capture {
  try {
    return reader.read(doc, url, options);
  } catch {
    return nothingFound();
  }
}

/** The registry lists it last. */
const GENERIC = SITES[SITES.length - 1]!;

/** @internal exported for its tests */
export function readerFor(url: string): Site {
  const parsed = parseUrl(url);
  return (parsed && SITES.find((reader) => reader.detect(parsed))) || GENERIC;
}

/**
 * The one entry point for pages: picks the reader by URL, falls back to the
 * generic reader when the site's own finds nothing, and never throws; a page
 * that yields nothing gives source 'none' with no people.
 */
export function readPage(doc: Document, url: string, options?: ReadOptions): Capture {
  const reader = readerFor(typeof url === 'string' ? url : '');
  const capture = safely(reader, doc, url, options);
  if (capture.source !== 'none' || reader === GENERIC) return capture;
  return safely(GENERIC, doc, url, options);
}
