import type { SiteAbout } from '../../site.ts';

export const about: SiteAbout = {
  source: 'generic',
  label: 'sourceGeneric',
  confident: false,
  description: 'Any other page: schema.org JSON-LD (Person, Organization), Open Graph profile, mailto: links',
};
