import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../../src/core/text.ts';
import { normalizeTidbitUrl } from '../../../../src/core/tidbits/url.ts';

describe('normalizeTidbitUrl', () => {
  it.each([
    ['javascript:alert(1)'],
    ['JavaScript:alert(1)'],
    ['  javascript:void(0)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['file:///home/me/notes.txt'],
    ['blob:https://example.com/5d1c'],
    ['about:blank'],
    ['about:reader?url=https://example.com/'],
    ['chrome-extension://abcdefgh/popup.html'],
    ['moz-extension://0b7e/popup.html'],
    ['chrome://settings'],
    ['ftp://example.com/file'],
    ['mailto:someone@example.com'],
    ['view-source:https://example.com/'],
  ])('refuses %s as an unsupported scheme', (raw) => {
    expect(normalizeTidbitUrl(raw)).toEqual({ ok: false, reason: 'unsupportedScheme' });
  });

  it.each([
    ['', 'empty'],
    ['example.com/article', 'no scheme'],
    ['/relative/path', 'relative'],
    ['https://', 'no host'],
    ['http://exa mple.com/', 'space in the host'],
    [`https://example.com/${'a'.repeat(LIMITS.url)}`, 'longer than the limit'],
    [`https://example.com/?q=${'x'.repeat(LIMITS.url * 10)}`, 'enormous'],
  ])('refuses %#: %s (%s) as invalid', (raw) => {
    expect(normalizeTidbitUrl(raw)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('refuses what is not a string', () => {
    expect(normalizeTidbitUrl(undefined)).toEqual({ ok: false, reason: 'invalid' });
    expect(normalizeTidbitUrl(42)).toEqual({ ok: false, reason: 'invalid' });
  });

  it.each([
    // host case, default ports, credentials
    ['HTTPS://Example.COM/Path', 'https://example.com/Path'],
    ['https://example.com:443/a', 'https://example.com/a'],
    ['http://example.com:80/a', 'http://example.com/a'],
    ['http://example.com:8080/a', 'http://example.com:8080/a'],
    ['https://example.com:80/a', 'https://example.com:80/a'],
    ['https://user:secret@example.com/a', 'https://example.com/a'],
    ['https://example.com', 'https://example.com/'],
    ['https://bücher.example/', 'https://xn--bcher-kva.example/'],
    // tracking parameters go, the others stay in order and encoding
    ['https://example.com/a?utm_source=news&utm_medium=mail&id=7', 'https://example.com/a?id=7'],
    ['https://example.com/a?b=2&UTM_Campaign=x&a=1', 'https://example.com/a?b=2&a=1'],
    ['https://example.com/?fbclid=abc', 'https://example.com/'],
    ['https://example.com/?q=a%20b&gclid=1&dclid=2&msclkid=3&x=%2F', 'https://example.com/?q=a%20b&x=%2F'],
    ['https://example.com/?mc_cid=1&mc_eid=2&_hsenc=3&_hsmi=4&igshid=5&ref_src=6&yclid=7&keep', 'https://example.com/?keep'],
    ['https://example.com/?a=1&&b=2&', 'https://example.com/?a=1&b=2'],
    ['https://example.com/?q=c%2B%2B+tips&pk_campaign=x', 'https://example.com/?q=c%2B%2B+tips'],
    ['https://example.com/?%75tm_source=x&a=1', 'https://example.com/?a=1'],
    // site-specific share tracking, kept elsewhere
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ&si=Abc123&t=42', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42'],
    ['https://youtu.be/dQw4w9WgXcQ?si=Abc123&feature=shared', 'https://youtu.be/dQw4w9WgXcQ'],
    ['https://open.spotify.com/episode/1?si=xyz', 'https://open.spotify.com/episode/1'],
    ['https://x.com/user/status/1?s=20&t=abc', 'https://x.com/user/status/1'],
    ['https://www.linkedin.com/pulse/post?trk=public_post&trackingId=z', 'https://www.linkedin.com/pulse/post'],
    ['https://example.com/search?si=1&s=kept&t=9&source=rss', 'https://example.com/search?si=1&s=kept&t=9&source=rss'],
    ['https://notyoutube.com/?si=1', 'https://notyoutube.com/?si=1'],
    // fragments: places and routes stay, the rest goes
    ['https://example.com/doc#installation', 'https://example.com/doc#installation'],
    ['https://en.wikipedia.org/wiki/Rust#History_(2006–2012)', 'https://en.wikipedia.org/wiki/Rust#History_(2006%E2%80%932012)'],
    ['https://app.example.com/#/projects/42?tab=2', 'https://app.example.com/#/projects/42?tab=2'],
    ['https://example.com/#!/inbox', 'https://example.com/#!/inbox'],
    ['https://example.com/doc.pdf#page=12', 'https://example.com/doc.pdf#page=12'],
    ['https://example.com/a#', 'https://example.com/a'],
    ['https://example.com/a#top', 'https://example.com/a'],
    ['https://example.com/a#TOP', 'https://example.com/a'],
    ['https://example.com/a#:~:text=the%20quote', 'https://example.com/a'],
    ['https://example.com/a#results:~:text=quote', 'https://example.com/a#results'],
    ['https://example.com/a#xtor=RSS-1', 'https://example.com/a'],
    ['https://example.com/a#utm_source=feed&utm_medium=rss', 'https://example.com/a'],
    ['https://example.com/a#some%20words', 'https://example.com/a'],
    // white space and control characters around the address
    ['  https://example.com/a\n', 'https://example.com/a'],
    ['\u202Ehttps://example.com/a', 'https://example.com/a'],
  ])('%s → %s', (raw, expected) => {
    expect(normalizeTidbitUrl(raw)).toEqual({ ok: true, url: expected });
  });

  it('accepts an address exactly at the limit', () => {
    const base = 'https://example.com/';
    const url = base + 'a'.repeat(LIMITS.url - base.length);
    expect(normalizeTidbitUrl(url)).toEqual({ ok: true, url });
  });

  it('accepts a long address that fits once its tracking is removed', () => {
    const kept = 'https://example.com/a';
    const result = normalizeTidbitUrl(`${kept}?utm_content=${'x'.repeat(LIMITS.url)}`);
    expect(result).toEqual({ ok: true, url: kept });
  });

  it('gives the same address for the same page written two ways', () => {
    const a = normalizeTidbitUrl('https://Blog.Example.com:443/post?id=1&utm_source=x#top');
    const b = normalizeTidbitUrl('https://blog.example.com/post?id=1&fbclid=y');
    expect(a.ok && b.ok && a.url === b.url).toBe(true);
  });
});
