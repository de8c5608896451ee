import { isHttp } from '../../dom.ts';
import type { Site } from '../../types.ts';
import { readGoogleCalendar } from './reader.ts';

export const site: Site = {
  source: 'google-calendar',
  // The app lives under /calendar/; /calendar/ical/ serves feeds, not pages.
  detect: (url) => isHttp(url) && url.hostname.toLowerCase() === 'calendar.google.com' && /^\/calendar\/(?!ical\/)/i.test(url.pathname),
  read: readGoogleCalendar,
};

export const examples = [
  'https://calendar.google.com/calendar/u/0/r/week',
  'https://calendar.google.com/calendar/r/eventedit/NzJwYXY4YTlpYjBt',
  'https://calendar.google.com/calendar/u/1/r/event?eid=NzJwYXY4YTlpYjBt',
  'https://calendar.google.com/calendar/r/day/2025/10/7',
];
