/** What a site folder provides: its reader and detector for the injected script, and what the pages say of it. */
import type english from '../../public/_locales/en/messages.json';
import type { Capture } from '../core/capture/capture.ts';
import type { CaptureSource } from '../core/types.ts';
import type { ReadOptions } from './read-options.ts';

/**
 * A source read from web pages (every folder of `sites/` but `ics`, which is read from files).
 * @internal exported for its tests
 */
export type SiteSource = Exclude<CaptureSource, 'manual' | 'ics'>;

type Detector = (url: URL) => boolean;

/** What the injected script needs of a site (the `site` export of `sites/<source>/reader.ts`). */
export interface Site {
  source: SiteSource;
  detect: Detector;
  read: (doc: Document, url: string, options?: ReadOptions) => Capture;
  /** The reader for pages no other site claims; the registry tries it last. */
  fallback?: true;
}

/** What the pages and the README say of a source (`sites/<source>/about.ts`), kept apart so the injected script does not carry it. */
export interface SiteAbout {
  source: Exclude<CaptureSource, 'manual'>;
  /** How the capture review names where a capture came from. */
  label: keyof typeof english;
  /** Sure enough of what it reads that the popup opens the review at once (the generic reader only offers it). */
  confident: boolean;
  /** Its row in the README's table of supported pages. */
  description: string;
}
