import { describe, expect, it } from 'vitest';
import { bound, cleanBlock, cleanEmail, cleanHttpUrl, cleanLine, removeControls } from '../../../src/core/text.ts';

describe('cleanLine', () => {
  it.each([
    ['  Jane \n\t Doe  ', 'Jane Doe'],
    ['Jane\u0000\u0008 Doe', 'Jane Doe'],
    ['\u202EeoD enaJ', 'eoD enaJ'],
    ['\u2066Jane\u2069', 'Jane'],
    ['עברית שלום', 'עברית שלום'],
    [42, ''],
    [null, ''],
  ])('cleans %j to %j', (input, expected) => {
    expect(cleanLine(input)).toBe(expected);
  });

  // Each hides in a name: two records of one person look different, or a look-alike looks the same.
  it.each([
    ['zero-width space', 'Ja\u200Bne Doe'],
    ['zero-width non-joiner', 'Ja\u200Cne Doe'],
    ['zero-width joiner', 'Ja\u200Dne Doe'],
    ['word joiner', 'Ja\u2060ne Doe'],
    ['soft hyphen', 'Ja\u00ADne Doe'],
    ['Arabic letter mark', '\u061CJane Doe'],
  ])('removes the invisible %s', (_name, input) => {
    expect(cleanLine(input)).toBe('Jane Doe');
  });

  it('keeps the joiner that makes two emoji one picture', () => {
    expect(cleanLine('Anna 👩🏽\u200D💻 \u200D🚀')).toBe('Anna 👩🏽\u200D💻 🚀');
  });

  it('cuts a 5 MB string to the bound', () => {
    expect(cleanLine('a'.repeat(5_000_000), 200)).toHaveLength(200);
  });
});

describe('removeControls', () => {
  it('removes controls and bidi marks but keeps the spacing and line breaks', () => {
    expect(removeControls('  a\u0007\u202E b\t\n\n\nc\uFEFF\u061C  ')).toBe('  a b\t\n\n\nc  ');
  });
});

describe('bound', () => {
  it('never splits a surrogate pair', () => {
    expect(bound('ab😀', 3)).toBe('ab');
    expect(bound('ab😀', 4)).toBe('ab😀');
  });
});

describe('cleanBlock', () => {
  it('keeps line breaks but folds runs of blank lines', () => {
    expect(cleanBlock('one\r\n\r\n\r\n\r\ntwo  \nthree')).toBe('one\n\ntwo\nthree');
  });
});

describe('cleanEmail', () => {
  it.each([
    ['MAILTO:Jane.Doe@Example.COM', 'jane.doe@example.com'],
    ['anna+jobs@acme.example', 'anna+jobs@acme.example'],
    ["o'neil@mail.acme-robotics.co.uk", "o'neil@mail.acme-robotics.co.uk"],
    ['x@xn--bcher-kva.example', 'x@xn--bcher-kva.example'],
    ['jane@example', ''],
    ['not an email', ''],
    ['<script>@x.y', ''],
  ])('%s → %j', (input, expected) => expect(cleanEmail(input)).toBe(expected));

  // What a link, a page or a file can smuggle in after or inside an address.
  it.each([
    'n@o.com?body=hello',
    'p@q.com&subject=hi',
    'r@s.com#frag',
    't@u.com/../../x',
    '%zzbad@x.com',
    'a=b@x.com',
    'back\\slash@x.com',
    '.dot@x.com',
    'dot.@x.com',
    'two..dots@x.com',
    'a@b@c.com',
    'a@-acme.com',
    'a@acme-.com',
    'a@acme..com',
    'a@acme.com.',
    'a@acme_corp.com',
    'a@127.0.0.1',
    'a@[127.0.0.1]',
    'jöhn@exämple.de',
    `${'l'.repeat(65)}@x.com`,
    `a@${'d'.repeat(64)}.com`,
  ])('refuses %j', (input) => expect(cleanEmail(input)).toBe(''));

  it('drops invisible characters, so an address with one inside is the same address', () => {
    expect(cleanEmail('jane@exa\u200Bmple.com')).toBe('jane@example.com');
    expect(cleanEmail('ja\u2060ne@example.com\u00AD')).toBe('jane@example.com');
  });
});

describe('cleanHttpUrl', () => {
  it.each([
    ['https://example.com/a?b=1', 'https://example.com/a?b=1'],
    ['javascript:alert(1)', ''],
    ['data:text/html,hi', ''],
    ['/relative', ''],
  ])('%s → %j', (input, expected) => expect(cleanHttpUrl(input)).toBe(expected));

  it('resolves relative links against a base', () => {
    expect(cleanHttpUrl('/in/jane', 'https://www.linkedin.com/feed/')).toBe('https://www.linkedin.com/in/jane');
  });
});
