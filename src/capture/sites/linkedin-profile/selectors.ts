// Logged in (Ember "voyager" app) and logged out (public profile, also on country subdomains). Only the
// top card is read, so the sidebar ("People also viewed"), the feed and the viewer's own menu never add a person.
import { sel } from '../../selector.ts';

/** The card that holds exactly one member: the profile's owner. */
export const TOP_CARD = [
  // Logged in; the other classes on this section are per-build hashes.
  sel('section[data-member-id]', '2026-02 saved page'),
  // Logged out.
  sel('.top-card-layout', '2024-07 saved page'),
];

export const NAME = [
  sel('h1', '2026-02 saved page'),
  sel('.top-card-layout__title', '2024-07 saved page'),
  sel('.text-heading-xlarge', '2024-08 saved page'),
];

export const HEADLINE = [
  sel('[data-generated-suggestion-target]', '2026-02 saved page'),
  sel('.top-card-layout__headline', '2024-07 saved page'),
  sel('.text-body-medium', '2024-08 saved page'),
];

/** Logged-in buttons whose label names the current company; filtered by CURRENT_COMPANY_LABELS. */
export const COMPANY_BUTTONS = [sel('button[aria-label]', '2024-07 saved page')];

/** Logged-out: the first link in the card's "current positions" block. */
export const PUBLIC_COMPANY = [
  sel('[data-section="currentPositionsDetails"] [data-test-id="top-card-link"]', '2024-07 saved page'),
  sel('.top-card__links-container [data-section="currentPositionsDetails"] a', '2024-07 saved page'),
];

/** A link into the member's own pages, which carries the profile slug when the tab URL does not. */
export const OWN_LINK = [
  sel('#top-card-text-details-contact-info', '2026-02 saved page'),
  sel('a[href*="/overlay/about-this-profile"]', '2024-08 saved page'),
];

/** Where the page states its own address (saved pages, logged-out pages). */
export const PAGE_URL = [
  sel('link[rel="canonical"]', '2024-07 saved page'),
  sel('meta[property="og:url"]', '2024-07 saved page'),
];

/**
 * The start of the label on the "current company" button, per interface
 * language ("Current company: Acme. Click to skip to experience card").
 * English was seen on a saved page in 2024-07; the translations follow
 * LinkedIn's wording for the experience section and are unverified.
 */
export const CURRENT_COMPANY_LABELS = [
  'current company',
  'aktuelles unternehmen',
  'entreprise actuelle',
  'empresa actual',
  'empresa atual',
  'azienda attuale',
  'huidig bedrijf',
  'huidige werkgever',
  'nuvarande företag',
  'nuværende virksomhed',
  'nåværende bedrift',
  'nykyinen yritys',
  'obecna firma',
  'aktuální společnost',
];
