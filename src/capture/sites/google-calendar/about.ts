import type { SiteAbout } from '../../site.ts';

export const about: SiteAbout = {
  source: 'google-calendar',
  label: 'sourceGoogleCalendar',
  confident: true,
  description: 'Google Calendar: event popup, full event view, edit view',
};
