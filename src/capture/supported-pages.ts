/**
 * What each source reads, in the words of the README's "Supported pages"
 * table. Kept out of the registry so the injected script does not carry it;
 * a meta-test checks every registered source (and `ics`) is described here.
 */
import type { CaptureKind } from '../core/capture/types.ts';

export const SUPPORTED_PAGES: Record<Exclude<CaptureKind, 'none'>, string> = {
  'linkedin-profile': 'LinkedIn profile: logged in (2024 and 2026 markup) and public (www and country subdomains such as se., uk.)',
  'linkedin-company': 'LinkedIn company or school page, logged in and public',
  'google-calendar': 'Google Calendar: event popup, full event view, edit view',
  'outlook-calendar': 'Outlook on the web (outlook.office.com, outlook.live.com): opened event, peek card, selected tile',
  ics: '.ics invitation file (Google, Exchange/Outlook, applicant tracking systems); not read from pages',
  generic: 'Any other page: schema.org JSON-LD (Person, Organization), Open Graph profile, mailto: links',
};
