import type { SiteAbout } from '../../types.ts';

export const about: SiteAbout = {
  source: 'linkedin-company',
  label: 'sourceLinkedinCompany',
  confident: true,
  description: 'LinkedIn company or school page, logged in and public',
};
