/**
 * What every page reader returns, and what the injected capture script hands
 * back to the popup: plain JSON, so it crosses from the page to the extension
 * unchanged. Missing values are null, never guessed; `start` and `end` are
 * ISO-8601 instants (UTC, with a `Z`).
 */
import type { CaptureSource } from '../core/types.ts';
import type english from '../../public/_locales/en/messages.json';
import type { ReadOptions } from './read-options.ts';

/** What a capture can say it came from: a source of `sites/`, or nothing found. */
export type CaptureKind = Exclude<CaptureSource, 'manual'> | 'none';
/** A source read from web pages (every folder of `sites/` but `ics`, which is read from files). */
export type SiteSource = Exclude<CaptureSource, 'manual' | 'ics'>;

export type Detector = (url: URL) => boolean;

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

export interface CapturedPerson {
  name: string | null;
  title: string | null;
  company: string | null;
  email: string | null;
  profileUrl: string | null;
  role: 'organizer' | 'attendee' | null;
}

export interface CapturedCompany {
  name: string | null;
  industry: string | null;
  location: string | null;
  url: string | null;
}

export interface CapturedEvent {
  title: string | null;
  start: string | null;
  end: string | null;
  location: string | null;
}

export interface Capture {
  source: CaptureKind;
  people: CapturedPerson[];
  company: CapturedCompany | null;
  event: CapturedEvent | null;
  /** The address the page is signed in with (a calendar's own account): the candidate, never an interviewer. */
  account?: string;
}

export const NOTHING_FOUND: Capture = { source: 'none', people: [], company: null, event: null };
