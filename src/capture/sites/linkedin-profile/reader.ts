import { cleanLine, LIMITS } from '../../../core/text.ts';
import { attr, first, firstText, hrefOf, query, queryAllOf, textOf } from '../../dom.ts';
import { firstString, hasType, jsonLdNodes, schemaPerson, type JsonNode, type SchemaPerson } from '../../json-ld.ts';
import { profileUrlOf, isLinkedIn } from '../../linkedin-url.ts';
import { finish, nothingFound, person } from '../../../core/capture/result.ts';
import * as S from './selectors.ts';
import type { Capture } from '../../../core/capture/capture.ts';
import type { Site } from '../../site.ts';

/** The Person the page is about: the one whose URL is a profile, else the first top-level one. */
function mainPerson(doc: Document): JsonNode | null {
  const people = jsonLdNodes(doc).filter((node) => hasType(node, 'Person'));
  return people.find((node) => profileUrlOf(firstString(node.url))) ?? people[0] ?? null;
}

/** "Current company: Acme AB. Click to skip…" → the button's visible text, else the label's middle. */
function currentCompany(card: Element): string {
  for (const button of queryAllOf(card, S.COMPANY_BUTTONS, 20)) {
    const label = attr(button, 'aria-label').normalize('NFC').toLowerCase();
    const prefix = S.CURRENT_COMPANY_LABELS.find((start) => label.startsWith(start));
    if (!prefix || !/^\s*:/.test(label.slice(prefix.length))) continue;
    const visible = textOf(button, LIMITS.company);
    if (visible) return visible;
    const raw = attr(button, 'aria-label');
    const afterColon = raw.slice(raw.indexOf(':') + 1);
    const lastSentence = afterColon.lastIndexOf('. ');
    return cleanLine(lastSentence > 0 ? afterColon.slice(0, lastSentence) : afterColon, LIMITS.company);
  }
  return firstText(card, S.PUBLIC_COMPANY, LIMITS.company);
}

function profileUrl(doc: Document, card: Element | null, pageUrl: string, ld: SchemaPerson | null): string | null {
  const candidates = [pageUrl, ...(ld?.links ?? [])];
  if (card) candidates.push(hrefOf(first(card, S.OWN_LINK), 'https://www.linkedin.com/'));
  for (const selector of S.PAGE_URL) {
    const element = query(doc, selector.css);
    candidates.push(attr(element, 'href', LIMITS.url) || attr(element, 'content', LIMITS.url));
  }
  for (const candidate of candidates) {
    const url = candidate ? profileUrlOf(candidate) : null;
    if (url) return url;
  }
  return null;
}

/**
 * A LinkedIn member profile: the one person the page is about. The logged-out
 * page's schema.org Person is the most stable source and is read first; the
 * top card fills what it lacks. A page without a top card or a Person
 * ("Profile not found", a feed) gives nothing rather than a guess.
 */
export function readLinkedInProfile(doc: Document, pageUrl: string): Capture {
  const node = mainPerson(doc);
  const card = first(doc, S.TOP_CARD);
  if (!node && !card) return nothingFound();

  const ld = node ? schemaPerson(node) : null;
  const found = person({
    name: ld?.name || (card ? firstText(card, S.NAME, LIMITS.name) : ''),
    title: ld?.title || (card ? firstText(card, S.HEADLINE, LIMITS.title) : ''),
    company: ld?.company || (card ? currentCompany(card) : ''),
    profileUrl: profileUrl(doc, card, pageUrl, ld),
    role: null,
  });
  // Without a name the card is not a profile's (a skeleton, a not-found page).
  if (!found?.name) return nothingFound();
  return finish('linkedin-profile', [found]);
}

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
