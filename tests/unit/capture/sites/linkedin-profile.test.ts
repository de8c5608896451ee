import { describe, expect, it } from 'vitest';
import { profileUrlOf } from '../../../../src/capture/linkedin-url.ts';
import { readLinkedInProfile } from '../../../../src/capture/sites/linkedin-profile/reader.ts';
import { fixture, parseHtml } from '../helpers.ts';

const NOTHING = { source: 'none', people: [], company: null, event: null };

describe('LinkedIn profile reader', () => {
  it('reads the logged-in 2024 top card and no one from the sidebar, viewer menu or messaging', () => {
    const capture = readLinkedInProfile(fixture('linkedin-profile_loggedin-2024.html'), 'https://www.linkedin.com/in/priya-raman/');
    expect(capture).toEqual({
      source: 'linkedin-profile',
      people: [
        {
          name: 'Priya Raman',
          title: 'Engineering Manager, Payments & Risk at Northwind Analytics',
          company: 'Northwind Analytics',
          email: null,
          profileUrl: 'https://www.linkedin.com/in/priya-raman/',
          role: null,
        },
      ],
      company: null,
      event: null,
    });
  });

  it('takes the profile URL from the contact-info link when the page URL is not a profile (a saved file)', () => {
    const capture = readLinkedInProfile(fixture('linkedin-profile_loggedin-2024.html'), 'file:///tmp/saved.html');
    expect(capture.people[0]?.profileUrl).toBe('https://www.linkedin.com/in/priya-raman/');
  });

  it('reads the 2026 card (h1.inline.t-24) with a French "current company" label', () => {
    const capture = readLinkedInProfile(fixture('linkedin-profile_loggedin-2026-fr.html'), 'https://fr.linkedin.com/in/camille-dubois-martin?trk=x');
    expect(capture.people).toEqual([
      {
        name: 'Camille Dubois-Martin',
        title: 'Responsable du recrutement technique',
        company: 'Société Exemple',
        email: null,
        profileUrl: 'https://www.linkedin.com/in/camille-dubois-martin/',
        role: null,
      },
    ]);
  });

  it('reads the company from a German label when the button shows no text, and skips the education button', () => {
    const capture = readLinkedInProfile(fixture('linkedin-profile_loggedin-de-label-only.html'), 'https://de.linkedin.com/in/jonas-weber-123');
    expect(capture.people[0]).toMatchObject({ name: 'Jonas Weber', title: 'Leiter Softwareentwicklung', company: 'Beispiel Werke GmbH & Co. KG' });
  });

  it('leaves the company empty on a sparse profile rather than taking the school or parsing the headline', () => {
    const capture = readLinkedInProfile(fixture('linkedin-profile_loggedin-sparse.html'), 'https://www.linkedin.com/in/tomas-berg-research/');
    expect(capture.people).toEqual([
      { name: 'Tomas Berg', title: 'Researcher.', company: null, email: null, profileUrl: 'https://www.linkedin.com/in/tomas-berg-research/', role: null },
    ]);
  });

  it('prefers the schema.org Person on a public page, and ignores "People also viewed" and the WebPage reviewer', () => {
    const capture = readLinkedInProfile(fixture('linkedin-profile_public-jsonld.html'), 'https://no.linkedin.com/in/ingrid-solberg');
    expect(capture.people).toEqual([
      { name: 'Ingrid Solberg', title: 'Head of Data Platform', company: 'Fjordline Systems', email: null, profileUrl: 'https://www.linkedin.com/in/ingrid-solberg/', role: null },
    ]);
  });

  it('takes each field from the schema.org Person first and from the top card only where the Person has none', () => {
    const doc = parseHtml(
      '<script type="application/ld+json">{"@type":"Person","name":"Ingrid Solberg","worksFor":"Fjordline Systems","sameAs":["https://example.org/ingrid","https://no.linkedin.com/in/ingrid-solberg"]}</script>' +
        '<section class="top-card-layout"><h1 class="top-card-layout__title">I. Solberg</h1><h2 class="top-card-layout__headline">Head of Data Platform</h2>' +
        '<div data-section="currentPositionsDetails"><a data-test-id="top-card-link">Card Company</a></div></section>',
    );
    expect(readLinkedInProfile(doc, 'file:///tmp/saved.html').people).toEqual([
      { name: 'Ingrid Solberg', title: 'Head of Data Platform', company: 'Fjordline Systems', email: null, profileUrl: 'https://www.linkedin.com/in/ingrid-solberg/', role: null },
    ]);
  });

  it('reads a public page without schema.org from its markup', () => {
    const capture = readLinkedInProfile(fixture('linkedin-profile_public-markup.html'), 'https://uk.linkedin.com/in/oliver-pemberton');
    expect(capture.people).toEqual([
      { name: 'Oliver Pemberton', title: 'Engineering Manager at Brightwater Labs', company: 'Brightwater Labs', email: null, profileUrl: 'https://www.linkedin.com/in/oliver-pemberton/', role: null },
    ]);
  });

  it('finds nobody on "Profile not found"', () => {
    expect(readLinkedInProfile(fixture('linkedin-profile_not-found.html'), 'https://se.linkedin.com/in/gone')).toEqual(NOTHING);
  });

  it('finds nobody on a page with a top card but no name (a skeleton still loading)', () => {
    const doc = parseHtml('<main><section data-member-id="1"><div class="text-body-medium">Loading</div></section></main>');
    expect(readLinkedInProfile(doc, 'https://www.linkedin.com/in/x/')).toEqual(NOTHING);
  });
});

describe('profileUrlOf', () => {
  it.each([
    ['https://se.linkedin.com/in/ada-lovelace', 'https://www.linkedin.com/in/ada-lovelace/'],
    ['https://www.linkedin.com/in/Ada-Lovelace/overlay/contact-info/?trk=x#top', 'https://www.linkedin.com/in/ada-lovelace/'],
    ['https://ec.linkedin.com/in/roberto-andr%C3%A9s-g%c3%a1rate-1852', 'https://www.linkedin.com/in/roberto-andr%C3%A9s-g%C3%A1rate-1852/'],
    ['http://linkedin.com/in/ada', 'https://www.linkedin.com/in/ada/'],
  ])('%s → %s', (input, expected) => {
    expect(profileUrlOf(input)).toBe(expected);
  });

  it.each(['https://www.linkedin.com/company/acme/', 'https://evil.example/in/ada', 'https://linkedin.com.evil.example/in/ada', 'not a url', 'https://www.linkedin.com/in/'])(
    'rejects %s',
    (input) => {
      expect(profileUrlOf(input)).toBeNull();
    },
  );
});
