import { LIMITS } from '../../../core/text.ts';
import { first, firstText, hrefOf, queryAllOf, textOf } from '../../dom.ts';
import { addressText, firstString, isOrganization, jsonLdNodes } from '../../json-ld.ts';
import { companyUrlOf, unwrapRedirect, isLinkedIn } from '../../linkedin-url.ts';
import { company, finish } from '../../../core/capture/result.ts';
import * as S from './selectors.ts';
import type { Capture } from '../../../core/capture/capture.ts';
import type { Site } from '../../site.ts';

/** Digits and what separates them in a written number or range. */
const NUMBER_START = /^[\d\s.,\u00a0\u202f+-]+/;
/** At most two words. */
const TWO_WORDS = /^\S*(?:\s+\S+)?$/;

/**
 * "2,362 followers", "51-200 employees", "1 234 abonnés": a number and at most
 * two words, a count rather than a fact about the company. Tested in two
 * anchored steps: one pattern for both read a long run of spaces again from
 * each of its positions.
 */
function isCount(text: string): boolean {
  const number = NUMBER_START.exec(text)?.[0];
  return number !== undefined && TWO_WORDS.test(text.slice(number.length));
}

function summaryItems(doc: Document): string[] {
  return queryAllOf(doc, S.SUMMARY_ITEMS, 10)
    .map((item) => textOf(item))
    .filter((text) => text && !isCount(text));
}

/** A website that is not LinkedIn itself. */
function website(value: string): string {
  const target = unwrapRedirect(value);
  return /^https?:\/\/([^/]*\.)?linkedin\.com(\/|$)/i.test(target) ? '' : target;
}

/**
 * A LinkedIn company page: the company's name, industry, location and website.
 * When the page shows no website, the company's LinkedIn page stands in, so the
 * user still has a link to it.
 */
export function readLinkedInCompany(doc: Document, pageUrl: string): Capture {
  const org = jsonLdNodes(doc).find(isOrganization) ?? null;
  const items = summaryItems(doc);
  const heading = first(doc, S.NAME);
  const name = firstString(org?.name) || heading?.getAttribute('title') || textOf(heading, LIMITS.company);
  const site = website(hrefOf(first(doc, S.WEBSITE), pageUrl)) || website(firstString(org?.sameAs));
  const found = company({
    name,
    industry: firstText(doc, S.INDUSTRY) || items[0] || '',
    location: firstText(doc, S.HEADQUARTERS) || addressText(org?.address) || items[1] || '',
    url: site || companyUrlOf(pageUrl) || companyUrlOf(firstString(org?.url)) || '',
  });
  return finish('linkedin-company', [], { company: found });
}

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
