import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../../src/core/text.ts';
import { draftTidbit, type TidbitSource } from '../../../../src/core/tidbits/draft.ts';
import { applyTidbitEdit, resaveTidbit } from '../../../../src/core/tidbits/edit.ts';
import type { Tidbit } from '../../../../src/core/types.ts';

const NOW = Date.UTC(2025, 2, 14, 10);
const interview = { id: 'iv-1', notes: 'They are moving to Rust and care about latency.' };

function source(overrides: Partial<TidbitSource>): TidbitSource {
  return { url: 'https://example.com/', interview: null, now: NOW, newId: () => 'new-id', ...overrides };
}

describe('draftTidbit', () => {
  it('saves a link with its text, the page it was found on and topics from the notes', () => {
    const draft = draftTidbit(
      source({
        url: 'https://blog.example.com/rust-latency?utm_source=hn',
        linkText: '  Cutting   latency with Rust ',
        pageTitle: 'Hacker News',
        pageUrl: 'https://news.ycombinator.com/',
        interview,
      }),
    );
    expect(draft).toEqual({
      ok: true,
      tidbit: {
        id: 'new-id',
        url: 'https://blog.example.com/rust-latency',
        title: 'Cutting latency with Rust',
        excerpt: '',
        foundOn: 'https://news.ycombinator.com/',
        topics: ['latency', 'rust'],
        interviewId: 'iv-1',
        savedAt: NOW,
      },
    });
  });

  it.each([
    {
      name: 'a page takes its title and is found on itself',
      given: { url: 'https://example.com/post#top', pageTitle: 'A post', pageUrl: 'https://example.com/post' },
      title: 'A post',
      foundOn: 'https://example.com/post',
    },
    {
      name: 'a page without a title is named by its address',
      given: { url: 'https://example.com/post', pageTitle: '   ', pageUrl: 'https://example.com/post' },
      title: 'https://example.com/post',
      foundOn: 'https://example.com/post',
    },
    {
      name: 'a link without text is named by its address, not by the page it is on',
      given: { url: 'https://other.example/x', linkText: '', pageTitle: 'Front page', pageUrl: 'https://example.com/' },
      title: 'https://other.example/x',
      foundOn: 'https://example.com/',
    },
    {
      name: 'a link to the page itself may take the page title',
      given: { url: 'https://example.com/#top', linkText: null, pageTitle: 'Front page', pageUrl: 'https://example.com/' },
      title: 'Front page',
      foundOn: 'https://example.com/',
    },
    {
      name: 'a link found on a local file does not reveal the file',
      given: { url: 'https://example.com/a', linkText: 'A', pageUrl: 'file:///home/me/bookmarks.html' },
      title: 'A',
      foundOn: '',
    },
    {
      name: 'no page given means the address is the page',
      given: { url: 'https://example.com/a', pageTitle: 'Title' },
      title: 'Title',
      foundOn: 'https://example.com/a',
    },
  ])('$name', ({ given, title, foundOn }) => {
    const draft = draftTidbit(source(given));
    expect(draft.ok && { title: draft.tidbit.title, foundOn: draft.tidbit.foundOn }).toEqual({ title, foundOn });
  });

  it('keeps the selection as a cleaned, bounded excerpt', () => {
    const draft = draftTidbit(source({ selection: `line one\r\n\u202Eline two\n\n\n\nend ${'x'.repeat(LIMITS.excerpt)}` }));
    expect(draft.ok).toBe(true);
    if (!draft.ok) return;
    expect(draft.tidbit.excerpt.startsWith('line one\nline two\n\nend ')).toBe(true);
    expect(draft.tidbit.excerpt).toHaveLength(LIMITS.excerpt);
  });

  it('bounds and cleans the title', () => {
    const draft = draftTidbit(source({ linkText: `Bad\u0007 ${'t'.repeat(LIMITS.title * 2)}` }));
    expect(draft.ok && draft.tidbit.title.startsWith('Bad t')).toBe(true);
    expect(draft.ok && draft.tidbit.title.length).toBe(LIMITS.title);
  });

  it.each([
    ['javascript:alert(1)', 'unsupportedScheme'],
    ['data:text/html,hi', 'unsupportedScheme'],
    ['file:///etc/passwd', 'unsupportedScheme'],
    ['not a url', 'invalid'],
  ])('refuses %s (%s)', (url, reason) => {
    expect(draftTidbit(source({ url, linkText: 'x' }))).toEqual({ ok: false, reason });
  });

  it('proposes no topics without an interview', () => {
    const draft = draftTidbit(source({ linkText: 'Rust and latency' }));
    expect(draft.ok && draft.tidbit.topics).toEqual([]);
    expect(draft.ok && draft.tidbit.interviewId).toBeNull();
  });
});

const stored: Tidbit = {
  id: 't1',
  url: 'https://example.com/a',
  title: 'Old title',
  excerpt: 'Old excerpt',
  foundOn: 'https://news.example/',
  topics: ['rust'],
  interviewId: 'iv-1',
  savedAt: 1,
};

describe('applyTidbitEdit', () => {
  it('changes only what was given', () => {
    expect(applyTidbitEdit(stored, { title: '  New  title ' })).toEqual({ ...stored, title: 'New title' });
    expect(applyTidbitEdit(stored, { interviewId: null })).toEqual({ ...stored, interviewId: null });
    expect(applyTidbitEdit(stored, { topics: ['#Kafka', 'kafka', ' go '] })).toEqual({ ...stored, topics: ['Kafka', 'go'] });
  });

  it('names a tidbit by its address when the title is emptied', () => {
    expect(applyTidbitEdit(stored, { title: ' \n ' }).title).toBe('https://example.com/a');
  });
});

describe('resaveTidbit', () => {
  const again: Tidbit = { ...stored, id: 't2', title: 'Fresh title', excerpt: 'New quote', foundOn: 'https://other.example/', topics: ['Latency', 'Rust'], savedAt: 9 };

  it('keeps the id, refreshes title, excerpt, page and time, merges topics', () => {
    expect(resaveTidbit(stored, again)).toEqual({
      ...stored,
      title: 'Fresh title',
      excerpt: 'New quote',
      foundOn: 'https://other.example/',
      topics: ['rust', 'Latency'],
      savedAt: 9,
    });
  });

  it('never erases what the new save did not know', () => {
    const bare = { ...again, title: 'https://example.com/a', excerpt: '', foundOn: '', topics: [] };
    expect(resaveTidbit(stored, bare)).toEqual({ ...stored, savedAt: 9 });
  });
});
