import { describe, expect, it } from 'vitest';
import { companyUrlOf, unwrapRedirect } from '../../../../src/capture/linkedin-url.ts';
import { readLinkedInCompany } from '../../../../src/capture/sites/linkedin-company/reader.ts';
import { fixture, parseHtml } from '../helpers.ts';

describe('LinkedIn company reader', () => {
  it('reads the logged-in 2021 top card; counts are not a location; the sign-up button is not the website', () => {
    const capture = readLinkedInCompany(fixture('linkedin-company_loggedin-2021.html'), 'https://www.linkedin.com/company/northwind-analytics/about/?trk=x');
    expect(capture).toEqual({
      source: 'linkedin-company',
      people: [],
      company: { name: 'Northwind Analytics', industry: 'Software Development', location: 'Malmö, Skåne', url: 'https://www.linkedin.com/company/northwind-analytics/' },
      event: null,
    });
  });

  it('reads the logged-out page: About-us list first, the website unwrapped from LinkedIn\'s redirect', () => {
    const capture = readLinkedInCompany(fixture('linkedin-company_public-2024.html'), 'https://uk.linkedin.com/company/brightwater-labs');
    expect(capture.company).toEqual({ name: 'Brightwater Labs', industry: 'Environmental Services', location: 'Bristol, England', url: 'https://www.brightwater.example/' });
  });

  it('falls back to the schema.org Organization when the About-us list is missing', () => {
    const doc = fixture('linkedin-company_public-2024.html');
    doc.querySelector('dl')?.remove();
    const capture = readLinkedInCompany(doc, 'https://uk.linkedin.com/company/brightwater-labs');
    expect(capture.company).toEqual({ name: 'Brightwater Labs', industry: null, location: 'Bristol, England, GB', url: 'https://www.brightwater.example/' });
  });

  it('takes the schema.org name over the heading, and the About-us website over the schema.org sameAs', () => {
    const doc = fixture('linkedin-company_public-2024.html');
    const script = doc.querySelector('script[type="application/ld+json"]')!;
    script.textContent = JSON.stringify({ ...JSON.parse(script.textContent ?? ''), name: 'Brightwater Labs Ltd', sameAs: 'https://old.brightwater.example' });
    const capture = readLinkedInCompany(doc, 'https://uk.linkedin.com/company/brightwater-labs');
    expect(capture.company).toMatchObject({ name: 'Brightwater Labs Ltd', url: 'https://www.brightwater.example/' });
  });

  it('gives nothing on a company URL without a company on the page', () => {
    const capture = readLinkedInCompany(parseHtml('<main><p>Sign in to see more</p></main>'), 'https://www.linkedin.com/company/x/');
    expect(capture).toEqual({ source: 'none', people: [], company: null, event: null });
  });
});

describe('LinkedIn URLs', () => {
  it.each([
    ['https://fr.linkedin.com/company/Northwind/about/', 'https://www.linkedin.com/company/northwind/'],
    ['https://www.linkedin.com/school/example-institute/people/', 'https://www.linkedin.com/school/example-institute/'],
    ['https://www.linkedin.com/in/ada/', null],
  ])('companyUrlOf(%s)', (input, expected) => {
    expect(companyUrlOf(input)).toBe(expected);
  });

  it('unwraps a LinkedIn redirect and leaves other links alone', () => {
    expect(unwrapRedirect('https://www.linkedin.com/redir/redirect?url=https%3A%2F%2Facme%2Eexample&urlhash=x')).toBe('https://acme.example');
    expect(unwrapRedirect('https://acme.example/redir/redirect?url=https%3A%2F%2Fevil.example')).toBe('https://acme.example/redir/redirect?url=https%3A%2F%2Fevil.example');
  });
});
