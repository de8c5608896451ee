import { isLinkedIn } from '../../linkedin-url.ts';
import type { Site } from '../../types.ts';
import { readLinkedInCompany } from './reader.ts';

export const site: Site = {
  source: 'linkedin-company',
  detect: (url) => isLinkedIn(url) && /^\/(company|school|showcase)\/[^/]+/i.test(url.pathname),
  read: readLinkedInCompany,
};

export const examples = [
  'https://www.linkedin.com/company/northwind-analytics/',
  'https://www.linkedin.com/company/northwind-analytics/about/',
  'https://fr.linkedin.com/company/northwind-analytics',
  'https://www.linkedin.com/school/example-institute/',
];
