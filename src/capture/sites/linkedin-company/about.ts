import type { SiteAbout } from '../../site.ts';

export const about: SiteAbout = {
  source: 'linkedin-company',
  label: 'sourceLinkedinCompany',
  confident: true,
  description: 'LinkedIn company or school page, logged in and public',
};
