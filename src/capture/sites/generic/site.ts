import { isHttp } from '../../dom.ts';
import type { Site } from '../../types.ts';
import { readGeneric } from './reader.ts';

export const site: Site = {
  source: 'generic',
  // Any web page or saved file; the registry gives it only what no other site claims.
  detect: (url) => isHttp(url) || url.protocol === 'file:',
  read: readGeneric,
  fallback: true,
};

export const examples = [
  'https://ada-lovelace.dev/about',
  'https://www.northwind.example/team',
  'https://www.linkedin.com/feed/',
  'https://calendar.google.com/',
  'https://calendar.google.com/calendar/ical/ada%40example.com/private-abc/basic.ics',
  'https://outlook.office.com/mail/inbox',
  'file:///home/ada/saved/profile.html',
];
