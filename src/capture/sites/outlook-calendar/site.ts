import { isHttp } from '../../dom.ts';
import type { Site } from '../../types.ts';
import { readOutlook } from './reader.ts';

export const site: Site = {
  source: 'outlook-calendar',
  // Work (office.com, office365.com, cloud.microsoft) and personal (live.com) Outlook; the calendar only, not mail.
  detect: (url) =>
    isHttp(url) &&
    /^outlook\.(office|office365|live)\.com$|^outlook\.cloud\.microsoft$/i.test(url.hostname) &&
    /^(\/owa)?\/calendar(\/|$)/i.test(url.pathname) &&
    !/\.ics$/i.test(url.pathname),
  read: readOutlook,
};

export const examples = [
  'https://outlook.office.com/calendar/view/week',
  'https://outlook.live.com/calendar/0/view/day',
  'https://outlook.office.com/calendar/item/AAMkAGI2TG93AAA%3D',
  'https://outlook.office365.com/calendar/view/workweek',
  'https://outlook.cloud.microsoft/calendar/view/month',
];
