/**
 * Every page reader, with the detector that selects it. A new site is a new
 * reader module, its selectors module, a detector with examples and fixture
 * pages named `<source>_*.html`; meta-tests check all of them exist. The
 * generic reader comes last, as the fallback.
 *
 * `.ics` invitations are not read from pages: browsers download them rather
 * than show them, and the parser (with its Windows zone table) would double
 * the injected script. They go through `readIcs` directly (popup file input,
 * the extract command).
 */
import * as detect from './detectors.ts';
import type { ReadOptions } from './read-options.ts';
import { readGeneric } from './readers/generic.ts';
import { readGoogleCalendar } from './readers/google-calendar.ts';
import { readLinkedInCompany } from './readers/linkedin-company.ts';
import { readLinkedInProfile } from './readers/linkedin-profile.ts';
import { readOutlook } from './readers/outlook.ts';
import type { Capture, CaptureKind } from '../core/capture/types.ts';

type PageReader = (doc: Document, url: string, options?: ReadOptions) => Capture;

export interface RegisteredReader {
  source: Exclude<CaptureKind, 'none' | 'ics'>;
  detect: detect.Detector;
  read: PageReader;
}

export const READERS: readonly RegisteredReader[] = [
  { source: 'linkedin-profile', detect: detect.isLinkedInProfile, read: readLinkedInProfile },
  { source: 'linkedin-company', detect: detect.isLinkedInCompany, read: readLinkedInCompany },
  { source: 'google-calendar', detect: detect.isGoogleCalendar, read: readGoogleCalendar },
  { source: 'outlook-calendar', detect: detect.isOutlookCalendar, read: readOutlook },
  { source: 'generic', detect: detect.isGenericPage, read: readGeneric },
];
