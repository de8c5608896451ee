// Pages write one company many ways ("Northwind Analytics AB", "NORTHWIND", "northwind-analytics.com"),
// and a capture is filed under the right interview only if they are recognised as one.
import { cleanEmail } from '../text.ts';
import { fold } from '../tidbits/words.ts';

/** Free mail domains say nothing about the company. */
const FREE_MAIL = new Set([
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'yahoo.com', 'ymail.com', 'icloud.com', 'me.com',
  'mac.com', 'proton.me', 'protonmail.com', 'pm.me', 'gmx.de', 'gmx.net', 'gmx.com', 'web.de', 't-online.de', 'aol.com', 'mail.com',
  'fastmail.com', 'hey.com', 'zoho.com', 'yandex.com', 'orange.fr', 'free.fr', 'laposte.net', 'libero.it', 'qq.com', '163.com',
]);

/** Words that say what kind of legal entity a company is, not which one: "Inc", "GmbH", "AB". */
const LEGAL_FORMS = new Set([
  'inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'ltd', 'limited', 'llc', 'llp', 'lp', 'plc', 'pllc', 'gmbh', 'mbh', 'ag', 'kg',
  'ug', 'ev', 'ab', 'publ', 'as', 'asa', 'aps', 'oy', 'oyj', 'sa', 'sas', 'sarl', 'sl', 'srl', 'spa', 'bv', 'nv', 'kk', 'pty', 'pte', 'sro',
  'group', 'holding', 'holdings', 'the', 'com', 'io', 'net', 'org',
]);

/** Second levels under a country code that are not the company's name: the "co" of "acme.co.uk". */
const COUNTRY_SECOND_LEVELS = new Set(['co', 'com', 'net', 'org', 'gov', 'edu', 'ac', 'or', 'ne', 'go', 'gob', 'ltd', 'plc', 'sch']);

/**
 * The words that name a company: folded, punctuation gone, legal forms dropped ("Northwind Analytics, Inc." → northwind analytics).
 * @internal exported for its tests
 */
export function companyWords(name: string): string[] {
  // "G.m.b.H." and "S.A." are one word each once their dots go.
  const words = fold(name).replace(/\b(\p{L})\.(?=\p{L}\.)/gu, '$1').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const named = words.filter((word) => !LEGAL_FORMS.has(word));
  // A company called only "The Company" keeps its words rather than vanish.
  return named.length > 0 ? named : words;
}

export type CompanyMatch = 'same' | 'part';

/**
 * 'same' when two names are one company ("Northwind Analytics AB",
 * "northwind analytics"), 'part' when one is the other's leading words
 * ("Northwind", "Northwind Analytics"), else null. A trailing word alone
 * ("Analytics") is not enough: it names a kind of company, not one.
 */
export function matchCompany(a: string, b: string): CompanyMatch | null {
  const x = companyWords(a);
  const y = companyWords(b);
  if (x.length === 0 || y.length === 0) return null;
  if (x.join('') === y.join('')) return 'same';
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.every((word, i) => long[i] === word) ? 'part' : null;
}

/** Of two names for one company, the fuller: "Northwind Analytics" over "Northwind". */
export function fullerCompanyName(a: string, b: string): string {
  return companyWords(b).length > companyWords(a).length ? b : a;
}

/**
 * The domain a company registered: "mail.acme.co.uk" → "acme.co.uk", "signup.northwind.example" → "northwind.example".
 * @internal exported for its tests
 */
export function registrableDomain(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.').filter(Boolean);
  if (labels.length < 2) return '';
  // A country code under a generic second level ("co.uk", "com.au") takes three labels.
  const take = labels.length >= 3 && labels.at(-1)!.length === 2 && COUNTRY_SECOND_LEVELS.has(labels.at(-2)!) ? 3 : 2;
  return labels.slice(-take).join('.');
}

/** The domain of an address, or '' for what is not an address. */
const domainOfEmail = (email: string | null) => cleanEmail(email ?? '').split('@')[1] ?? '';

const isFreeMailDomain = (domain: string) => domain !== '' && (FREE_MAIL.has(domain) || FREE_MAIL.has(registrableDomain(domain)));

/** The company domain of an address, or '' for free mail and what is not an address. */
export function companyDomainOfEmail(email: string | null): string {
  const domain = domainOfEmail(email);
  return isFreeMailDomain(domain) ? '' : registrableDomain(domain);
}

/** Whether an address is on a free mail service (a person's own, not their employer's). */
export function isFreeMail(email: string | null): boolean {
  return isFreeMailDomain(domainOfEmail(email));
}

/** The company domain of a website, or '' for none and for LinkedIn (a company page stands in for a site). */
export function companyDomainOfUrl(url: string): string {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return '';
  }
  const domain = registrableDomain(host);
  return domain === 'linkedin.com' ? '' : domain;
}

/** The company an address suggests: "jane@acme-robotics.com" → "Acme Robotics"; '' for free mail. */
export function companyFromEmail(email: string | null): string {
  const domain = companyDomainOfEmail(email);
  const label = domain.split('.')[0];
  if (!label) return '';
  return label
    .split(/[-_]/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join(' ');
}
