import type { SiteAbout } from '../../site.ts';

export const about: SiteAbout = {
  source: 'ics',
  label: 'sourceIcs',
  confident: true,
  description: '.ics invitation file (Google, Exchange/Outlook, applicant tracking systems); not read from pages',
};
