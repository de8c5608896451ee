import { describe, expect, it } from 'vitest';
import type { Interview } from '../../../../src/core/types.ts';
import {
  hostOf,
  interviewLabels,
  neighbourOf,
  parseTopicList,
  patchTidbits,
  safeHref,
  topicChoices,
  topicListText,
} from '../../../../src/ui/tidbits/library-view.ts';
import { tidbit } from '../../../support/seed-library.ts';

describe('topicChoices', () => {
  const library = [
    tidbit({ id: 'a', topics: ['Kafka', 'rust'] }),
    tidbit({ id: 'b', topics: ['kafka', 'Überblick'] }),
    tidbit({ id: 'c', topics: ['kafka', 'Überblick', 'dbt'] }),
    // Another spelling of the same topic counts for it, but the most used spelling is shown.
    tidbit({ id: 'd', topics: ['uberblick'] }),
  ];

  it.each([
    { name: 'most used first, ties in alphabetical order', selected: null, max: 10, expected: ['kafka', 'Überblick', 'dbt', 'rust'] },
    { name: 'cut to the maximum', selected: null, max: 2, expected: ['kafka', 'Überblick'] },
    { name: 'the selected topic is kept when it would be cut', selected: 'rust', max: 2, expected: ['kafka', 'Überblick', 'rust'] },
    { name: 'a selected topic already offered is not repeated, whatever its case', selected: 'KAFKA', max: 2, expected: ['kafka', 'Überblick'] },
    { name: 'no chips at all', selected: null, max: 0, expected: [] },
  ])('$name', ({ selected, max, expected }) => {
    expect(topicChoices(library, selected, max)).toEqual(expected);
  });

  it('offers nothing for a library without topics', () => {
    expect(topicChoices([tidbit({ id: 'x' })], null)).toEqual([]);
  });
});

describe('links and hosts', () => {
  it.each([
    { url: 'https://example.test/a?b=1#c', href: 'https://example.test/a?b=1#c', host: 'example.test' },
    { url: 'http://blog.example.org/', href: 'http://blog.example.org/', host: 'blog.example.org' },
    { url: 'javascript:alert(1)', href: '', host: '' },
    { url: 'data:text/html,<script>alert(1)</script>', href: '', host: '' },
    { url: 'file:///etc/passwd', href: '', host: '' },
    { url: 'moz-extension://abc/page.html', href: '', host: '' },
    { url: '', href: '', host: '' },
    { url: '/relative/path', href: '', host: '' },
  ])('$url', ({ url, href, host }) => {
    expect(safeHref(url)).toBe(href);
    expect(hostOf(url)).toBe(host);
  });
});

describe('topic lists as typed', () => {
  it.each([
    { text: 'kafka, rust', topics: ['kafka', 'rust'] },
    { text: ' #Kafka ,, kafka, KAFKA ', topics: ['Kafka'] },
    { text: 'データ品質、ストリーム', topics: ['データ品質', 'ストリーム'] },
    { text: 'one，two', topics: ['one', 'two'] },
    { text: '', topics: [] },
    { text: 'x'.repeat(100), topics: ['x'.repeat(60)] },
  ])('"$text"', ({ text, topics }) => {
    expect(parseTopicList(text)).toEqual(topics);
  });

  it('writes topics back as the same list', () => {
    expect(parseTopicList(topicListText(['kafka', 'event streams']))).toEqual(['kafka', 'event streams']);
  });
});

describe('patchTidbits', () => {
  const a = tidbit({ id: 'a' });
  const b = tidbit({ id: 'b' });
  it.each([
    { name: 'removes by id', change: { remove: ['a'] }, ids: ['b'], titles: ['b'] },
    { name: 'replaces a record with the same id', change: { put: [{ ...a, title: 'new' }] }, ids: ['b', 'a'], titles: ['b', 'new'] },
    { name: 'adds a record back', change: { put: [tidbit({ id: 'c' })] }, ids: ['a', 'b', 'c'], titles: ['a', 'b', 'c'] },
    { name: 'removes one and replaces another', change: { remove: ['b'], put: [{ ...a, title: 'moved' }] }, ids: ['a'], titles: ['moved'] },
  ])('$name', ({ change, ids, titles }) => {
    const patched = patchTidbits([a, b], change);
    expect(patched.map((t) => t.id)).toEqual(ids);
    expect(patched.map((t) => t.title)).toEqual(titles);
  });
});

describe('neighbourOf', () => {
  const shown = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  it.each([
    { id: 'a', next: 'b' },
    { id: 'b', next: 'c' },
    { id: 'c', next: 'b' },
    { id: 'z', next: null },
  ])('after $id leaves: $next', ({ id, next }) => {
    expect(neighbourOf(shown, id)).toBe(next);
  });
  it('is nobody when the last one leaves', () => {
    expect(neighbourOf([{ id: 'a' }], 'a')).toBeNull();
  });
});

describe('interviewLabels', () => {
  it('labels each interview with its company, role and day', () => {
    const interview = { id: 'i1', company: 'Acme', role: 'Engineer', start: Date.UTC(2026, 2, 12, 12) } as Interview;
    expect(interviewLabels([interview], 'en-GB').get('i1')).toBe('Acme — Engineer (12 Mar)');
  });
});
