// Logged in: the 2021 voyager top card; logged out: the guest page's "About us" list and schema.org Organization.
import { sel } from '../../selector.ts';

export const NAME = [
  sel('.org-top-card-summary__title', '2026-11 public code'),
  sel('.org-top-card h1', '2021-10 saved page'),
  sel('.top-card-layout__title', '2026-11 public code'),
];

export const INDUSTRY = [sel('[data-test-id="about-us__industry"] dd', '2026-11 public code')];

export const HEADQUARTERS = [sel('[data-test-id="about-us__headquarters"] dd', '2026-11 public code')];

export const WEBSITE = [sel('[data-test-id="about-us__website"] a[href]', '2026-11 public code')];

/**
 * Logged in: "Industry", "City, Region", "N followers", "N employees" in that
 * order and without labels. Items that are counts are dropped; the first of
 * the rest is the industry and the second the location.
 */
export const SUMMARY_ITEMS = [sel('.org-top-card-summary-info-list__info-item', '2021-10 saved page')];
