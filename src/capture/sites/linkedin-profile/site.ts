import { isLinkedIn } from '../../linkedin-url.ts';
import type { Site } from '../../types.ts';
import { readLinkedInProfile } from './reader.ts';

export const site: Site = {
  source: 'linkedin-profile',
  detect: (url) => isLinkedIn(url) && /^\/in\/[^/]+/i.test(url.pathname),
  read: readLinkedInProfile,
};

/** Addresses the detector must accept, and every other site's detector reject (tests/unit/capture/sites/detectors.test.ts). */
export const examples = [
  'https://www.linkedin.com/in/ada-lovelace-0a1b2c/',
  'https://se.linkedin.com/in/ada-lovelace',
  'https://uk.linkedin.com/in/ada-lovelace?trk=public_profile_browsemap',
  'https://www.linkedin.com/in/ada-lovelace/overlay/contact-info/',
  'https://linkedin.com/in/ada-lovelace',
];
