import { describe, expect, it } from 'vitest';
import {
  companyDomainOfEmail,
  companyDomainOfUrl,
  companyFromEmail,
  companyWords,
  fullerCompanyName,
  isFreeMail,
  matchCompany,
  registrableDomain,
} from '../../../../src/core/filing/company.ts';

describe('matchCompany', () => {
  it.each([
    ['Northwind Analytics', 'Northwind Analytics', 'same'],
    ['Northwind Analytics AB', 'northwind analytics', 'same'],
    ['NORTHWIND ANALYTICS, Inc.', 'Northwind-Analytics', 'same'],
    ['Northwind Analytics Ltd', 'Northwind Analytics LLC', 'same'],
    ['Acme GmbH', 'ACME', 'same'],
    ['Acme G.m.b.H.', 'Acme', 'same'],
    ['Société Générale S.A.', 'Societe Generale', 'same'],
    ['The Acme Company', 'Acme', 'same'],
    ['Booking.com', 'Booking', 'same'],
    ['NorthWind', 'North Wind', 'same'],
    ['Northwind', 'Northwind Analytics', 'part'],
    ['Northwind Analytics', 'Northwind', 'part'],
    ['Acme', 'Acme Robotics GmbH', 'part'],
    ['Analytics', 'Northwind Analytics', null],
    ['Northwind Analytics', 'Northwind Traders', null],
    ['Globex', 'Acme', null],
    ['', 'Acme', null],
    ['Inc.', '', null],
  ])('%j and %j → %j', (a, b, expected) => expect(matchCompany(a, b)).toBe(expected));
});

describe('company names and domains', () => {
  it('keeps a company named only by legal words rather than losing it', () => {
    expect(companyWords('The Company')).toEqual(['the', 'company']);
  });

  it('prefers the fuller of two names for one company', () => {
    expect(fullerCompanyName('Northwind', 'Northwind Analytics')).toBe('Northwind Analytics');
    expect(fullerCompanyName('Northwind Analytics', 'Northwind')).toBe('Northwind Analytics');
  });

  it.each([
    ['northwind.example', 'northwind.example'],
    ['signup.northwind.example', 'northwind.example'],
    ['mail.acme.co.uk', 'acme.co.uk'],
    ['www.ibm.de', 'ibm.de'],
    ['shop.example.com.au', 'example.com.au'],
    ['localhost', ''],
  ])('the registrable domain of %s is %j', (host, domain) => expect(registrableDomain(host)).toBe(domain));

  it.each([
    ['priya.raman@northwind.example', 'northwind.example', false],
    ['Priya@Mail.Northwind.Example', 'northwind.example', false],
    ['viewer.person@gmail.com', '', true],
    ['someone@googlemail.com', '', true],
    ['not an address', '', false],
    [null, '', false],
  ])('%j is on company domain %j (free mail: %j)', (email, domain, free) => {
    expect(companyDomainOfEmail(email)).toBe(domain);
    expect(isFreeMail(email)).toBe(free);
  });

  it.each([
    ['https://www.northwind.example/about', 'northwind.example'],
    ['https://www.linkedin.com/company/northwind-analytics/', ''],
    ['not a url', ''],
  ])('the company domain of %s is %j', (url, domain) => expect(companyDomainOfUrl(url)).toBe(domain));

  it.each([
    ['jane@acme-robotics.com', 'Acme Robotics'],
    ['jane@mail.acme.co.uk', 'Acme'],
    ['priya.raman@northwind.example', 'Northwind'],
    ['jane@gmail.com', ''],
    ['not an email', ''],
    [null, ''],
  ])('%s suggests the company %j', (email, company) => expect(companyFromEmail(email)).toBe(company));
});
