/**
 * Which reader a page's address calls for. Each detector is a pure predicate
 * on the URL, with example addresses beside it; a table test checks that each
 * accepts its own examples and rejects every other detector's. The examples
 * are reached only through DETECTOR_EXAMPLES, which the injected script never
 * imports, so its bundle leaves them out.
 */
import type { CaptureKind } from '../core/capture/types.ts';

export type Detector = (url: URL) => boolean;

const isHttp = (url: URL) => url.protocol === 'https:' || url.protocol === 'http:';
const isLinkedIn = (url: URL) => isHttp(url) && /(^|\.)linkedin\.com$/i.test(url.hostname);

export const isLinkedInProfile: Detector = (url) => isLinkedIn(url) && /^\/in\/[^/]+/i.test(url.pathname);
const LINKEDIN_PROFILE_EXAMPLES = [
  'https://www.linkedin.com/in/ada-lovelace-0a1b2c/',
  'https://se.linkedin.com/in/ada-lovelace',
  'https://uk.linkedin.com/in/ada-lovelace?trk=public_profile_browsemap',
  'https://www.linkedin.com/in/ada-lovelace/overlay/contact-info/',
  'https://linkedin.com/in/ada-lovelace',
];

export const isLinkedInCompany: Detector = (url) => isLinkedIn(url) && /^\/(company|school|showcase)\/[^/]+/i.test(url.pathname);
const LINKEDIN_COMPANY_EXAMPLES = [
  'https://www.linkedin.com/company/northwind-analytics/',
  'https://www.linkedin.com/company/northwind-analytics/about/',
  'https://fr.linkedin.com/company/northwind-analytics',
  'https://www.linkedin.com/school/example-institute/',
];

/** The app lives under /calendar/; /calendar/ical/ serves feeds, not pages. */
export const isGoogleCalendar: Detector = (url) =>
  isHttp(url) && url.hostname.toLowerCase() === 'calendar.google.com' && /^\/calendar\/(?!ical\/)/i.test(url.pathname);
const GOOGLE_CALENDAR_EXAMPLES = [
  'https://calendar.google.com/calendar/u/0/r/week',
  'https://calendar.google.com/calendar/r/eventedit/NzJwYXY4YTlpYjBt',
  'https://calendar.google.com/calendar/u/1/r/event?eid=NzJwYXY4YTlpYjBt',
  'https://calendar.google.com/calendar/r/day/2025/10/7',
];

/** Work (office.com, office365.com, cloud.microsoft) and personal (live.com) Outlook; the calendar only, not mail. */
export const isOutlookCalendar: Detector = (url) =>
  isHttp(url) &&
  /^outlook\.(office|office365|live)\.com$|^outlook\.cloud\.microsoft$/i.test(url.hostname) &&
  /^(\/owa)?\/calendar(\/|$)/i.test(url.pathname) &&
  !/\.ics$/i.test(url.pathname);
const OUTLOOK_CALENDAR_EXAMPLES = [
  'https://outlook.office.com/calendar/view/week',
  'https://outlook.live.com/calendar/0/view/day',
  'https://outlook.office.com/calendar/item/AAMkAGI2TG93AAA%3D',
  'https://outlook.office365.com/calendar/view/workweek',
  'https://outlook.cloud.microsoft/calendar/view/month',
];

const SITE_DETECTORS = [isLinkedInProfile, isLinkedInCompany, isGoogleCalendar, isOutlookCalendar];

/** Any other web page or saved file: what no site reader claims. */
export const isGenericPage: Detector = (url) => (isHttp(url) || url.protocol === 'file:') && !SITE_DETECTORS.some((detect) => detect(url));
const GENERIC_EXAMPLES = [
  'https://ada-lovelace.dev/about',
  'https://www.northwind.example/team',
  'https://www.linkedin.com/feed/',
  'https://calendar.google.com/',
  'https://calendar.google.com/calendar/ical/ada%40example.com/private-abc/basic.ics',
  'https://outlook.office.com/mail/inbox',
  'file:///home/ada/saved/profile.html',
];

/**
 * Every detector's examples by source, for the table test.
 * @internal exported for its tests
 */
export const DETECTOR_EXAMPLES: Partial<Record<CaptureKind, readonly string[]>> = {
  'linkedin-profile': LINKEDIN_PROFILE_EXAMPLES,
  'linkedin-company': LINKEDIN_COMPANY_EXAMPLES,
  'google-calendar': GOOGLE_CALENDAR_EXAMPLES,
  'outlook-calendar': OUTLOOK_CALENDAR_EXAMPLES,
  generic: GENERIC_EXAMPLES,
};
