import type { SiteAbout } from '../../site.ts';

export const about: SiteAbout = {
  source: 'outlook-calendar',
  label: 'sourceOutlookCalendar',
  confident: true,
  description: 'Outlook on the web (outlook.office.com, outlook.live.com): opened event, peek card, selected tile',
};
