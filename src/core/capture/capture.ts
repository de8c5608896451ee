// What a page reader returns: plain JSON, so it crosses from the page to the extension unchanged.
// Missing values are null, never guessed; event times are ISO-8601 instants in UTC (with a `Z`).
import type { CaptureSource } from '../types.ts';

/** What a capture can say it came from: a source of `sites/`, or nothing found. */
export type CaptureKind = Exclude<CaptureSource, 'manual'> | 'none';

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
