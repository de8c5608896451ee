import { describe, expect, it } from 'vitest';
import { readGeneric } from '../../../../src/capture/sites/generic/reader.ts';
import { fixture, parseHtml } from '../helpers.ts';

describe('generic reader', () => {
  it('reads a Person and an Organization from an @graph, skips a malformed block, and adds mailto people', () => {
    const capture = readGeneric(fixture('generic_jsonld-graph.html'));
    expect(capture).toEqual({
      source: 'generic',
      people: [
        { name: 'Ada Quist', title: 'Principal Designer', company: 'Lumen Studio', email: 'ada@ada-quist.example', profileUrl: 'https://www.linkedin.com/in/ada-quist/', role: null },
        { name: null, title: null, company: null, email: 'hello@lumen.example', profileUrl: null, role: null },
      ],
      company: { name: 'Lumen Studio', industry: null, location: 'Uppsala, SE', url: 'https://lumen.example/' },
      event: null,
    });
  });

  it('takes a LinkedIn profile as a person’s only when its address spells their name, and no other link as a profile', () => {
    const capture = readGeneric(fixture('generic_speaker-claims-profile.html'));
    expect(capture.people.map((p) => [p.name, p.email, p.profileUrl])).toEqual([
      ['Priya Raman', 'priya@talks.example', 'https://www.linkedin.com/in/priya-raman/'],
      ['Mallory Quinn', 'mallory@talks.example', null],
    ]);
    const homepageOnly = parseHtml('<script type="application/ld+json">{"@type":"Person","name":"Ada Quist","url":"https://ada.example/","sameAs":"https://www.linkedin.com/in/someone-else/"}</script>');
    expect(readGeneric(homepageOnly).people[0]?.profileUrl).toBeNull();
    const suffixed = parseHtml('<script type="application/ld+json">{"@type":"Person","name":"Zoë Ørsted-Berg","sameAs":"https://se.linkedin.com/in/zo%C3%AB-%C3%B8rsted-berg-1a2b3c"}</script>');
    expect(readGeneric(suffixed).people[0]?.profileUrl).toBe('https://www.linkedin.com/in/zo%C3%AB-%C3%B8rsted-berg-1a2b3c/');
  });

  it('reads an Open Graph profile when there is no schema.org Person', () => {
    const capture = readGeneric(fixture('generic_opengraph-profile.html'));
    expect(capture.people).toEqual([{ name: 'Rui Nakamura', title: null, company: null, email: null, profileUrl: null, role: null }]);
  });

  it('reads Open Graph only when there is no schema.org Person, and takes a Person\'s given and family names', () => {
    const doc = parseHtml(
      '<head><meta property="og:type" content="profile"><meta property="profile:first_name" content="Rui"><meta property="profile:last_name" content="Nakamura">' +
        '<script type="application/ld+json">{"@type":"Person","givenName":"Ada","familyName":"Quist","affiliation":{"@type":"Organization","name":"Lumen Studio"}}</script></head>',
    );
    expect(readGeneric(doc).people.map((p) => [p.name, p.company])).toEqual([['Ada Quist', 'Lumen Studio']]);
  });

  it('uses the og:title before its separator when the profile gives no first and last name', () => {
    const doc = parseHtml('<head><meta property="og:type" content="profile"><meta property="og:title" content="Lea Berg - Designer | Site"></head>');
    expect(readGeneric(doc).people[0]?.name).toBe('Lea Berg');
  });

  it('names a mailto person only when the link text reads as a name', () => {
    const doc = parseHtml('<a href="mailto:ada@x.example">Ada Quist</a> <a href="mailto:press@x.example">Email us</a> <a href="MAILTO:me@x.example">me</a>');
    expect(readGeneric(doc).people.map((p) => [p.name, p.email])).toEqual([
      ['Ada Quist', 'ada@x.example'],
      [null, 'press@x.example'],
      [null, 'me@x.example'],
    ]);
  });

  it('gives nothing on an ordinary page (an og:title of a website is not a person)', () => {
    const doc = parseHtml('<head><meta property="og:type" content="website"><meta property="og:title" content="Welcome"></head><body><h1>News</h1></body>');
    expect(readGeneric(doc)).toEqual({ source: 'none', people: [], company: null, event: null });
  });
});
