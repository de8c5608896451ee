import type { SiteAbout } from '../../site.ts';

export const about: SiteAbout = {
  source: 'linkedin-profile',
  label: 'sourceLinkedinProfile',
  confident: true,
  description: 'LinkedIn profile: logged in (2024 and 2026 markup) and public (www and country subdomains such as se., uk.)',
};
