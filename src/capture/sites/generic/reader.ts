import { cleanEmail, LIMITS } from '../../../core/text.ts';
import { attr, mailtoAddress, metaContent, queryAll, textOf, isHttp } from '../../dom.ts';
import { addressText, firstString, hasType, isOrganization, jsonLdNodes, schemaPerson, type JsonNode } from '../../json-ld.ts';
import { profileUrlOf } from '../../linkedin-url.ts';
import { company, finish, person } from '../../../core/capture/result.ts';
import type { Capture, CapturedPerson } from '../../../core/capture/capture.ts';
import type { Site } from '../../site.ts';

const MAX_MAILTO = 30;

const nameWords = (text: string) => text.toLowerCase().normalize('NFKD').replace(/\p{M}+/gu, '').split(/[^\p{L}\p{N}]+/u);

/**
 * A schema.org Person. Contacts are known by their profile address, and any
 * page may claim anyone's, so a LinkedIn profile among their links is taken
 * as theirs only when its address spells their name ("Priya Raman",
 * /in/priya-raman-1a2b/); other links are not profiles.
 */
function fromPerson(node: JsonNode): CapturedPerson | null {
  const { links, ...fields } = schemaPerson(node);
  const words = nameWords(fields.name).filter((word) => word.length > 1);
  const profile = links
    .map((link) => profileUrlOf(link))
    .find((url) => url && words.length > 0 && words.every((word) => nameWords(decodeURIComponent(url.split('/in/')[1]!)).join(' ').includes(word)));
  return person({ ...fields, profileUrl: profile ?? '' });
}

function fromOpenGraph(doc: Document): CapturedPerson | null {
  if (metaContent(doc, 'og:type').toLowerCase() !== 'profile') return null;
  const given = metaContent(doc, 'profile:first_name');
  const family = metaContent(doc, 'profile:last_name');
  // "Ada Lovelace - Engineer | Site": the name is the part before the first separator.
  const title = metaContent(doc, 'og:title').split(/\s[|–—-]\s/)[0] ?? '';
  return person({ name: given || family ? `${given} ${family}` : title, profileUrl: profileUrlOf(metaContent(doc, 'og:url')) ?? '' });
}

const NOT_A_NAME = /\b(e-?mail|mail|contact|write|send|message|here|us|me|info|support|press|hello|team|sales|jobs|careers)\b/i;

/** Link text like "Ada Quist" names the person; "Email us" or "me" does not. */
function looksLikeName(text: string): boolean {
  return /^\p{L}[\p{L}'’.-]*(\s+\p{L}[\p{L}'’.-]*){1,4}$/u.test(text) && !NOT_A_NAME.test(text);
}

function fromMailto(doc: Document): (CapturedPerson | null)[] {
  return queryAll(doc, 'a[href^="mailto:" i]', MAX_MAILTO).map((link) => {
    const email = cleanEmail(mailtoAddress(link));
    const text = textOf(link, LIMITS.name) || attr(link, 'title', LIMITS.name);
    return email ? person({ email, name: looksLikeName(text) ? text : '' }) : null;
  });
}

/**
 * Any other page: what it states about itself in standard markup. schema.org
 * JSON-LD (Person and Organization, also inside `@graph` and arrays) comes
 * first, then Open Graph for a profile page, then `mailto:` links. Nothing is
 * inferred from the page's prose. Events are left to the calendar readers and
 * .ics files: keeping schema.org Event out keeps the injected script small.
 */
export function readGeneric(doc: Document): Capture {
  const nodes = jsonLdNodes(doc);
  const people = nodes.filter((node) => hasType(node, 'Person')).map(fromPerson);
  if (!people.some(Boolean)) people.push(fromOpenGraph(doc));
  people.push(...fromMailto(doc));

  const org = nodes.find(isOrganization);
  const found = org
    ? company({ name: firstString(org.name), location: addressText(org.address) || firstString(org.location), url: firstString(org.url) })
    : null;

  return finish('generic', people, { company: found });
}

export const site: Site = {
  source: 'generic',
  // Any web page or saved file; the registry gives it only what no other site claims.
  detect: (url) => isHttp(url) || url.protocol === 'file:',
  read: readGeneric,
  fallback: true,
};

export const examples = [
  'https://ada-lovelace.dev/about',
  'https://www.northwind.example/team',
  'https://www.linkedin.com/feed/',
  'https://calendar.google.com/',
  'https://calendar.google.com/calendar/ical/ada%40example.com/private-abc/basic.ics',
  'https://outlook.office.com/mail/inbox',
  'file:///home/ada/saved/profile.html',
];
