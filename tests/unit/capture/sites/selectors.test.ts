/** Format check for every site's selectors.ts: valid CSS, ordered by kind, dated. */
import { describe, expect, it } from 'vitest';
import { KIND_ORDER, kindOf, type Selector } from '../../../../src/capture/selector.ts';

const isSelector = (value: unknown): value is Selector => typeof value === 'object' && value !== null && 'css' in value && 'seen' in value;

// Every site's selectors.ts, by its folder's name.
const modules = Object.fromEntries(
  Object.entries(import.meta.glob<Record<string, unknown>>('../../../../src/capture/sites/*/selectors.ts', { eager: true })).map(([file, module]) => [file.split('/').at(-2)!, module]),
);

const lists = Object.entries(modules).flatMap(([site, module]) =>
  Object.entries(module)
    .filter(([, value]) => Array.isArray(value) && value.length > 0 && value.every(isSelector))
    .map(([name, value]) => [`${site}.${name}`, value as Selector[]] as const),
);

describe('selector modules', () => {
  it('found the lists', () => {
    expect(lists.length).toBeGreaterThan(20);
  });

  it.each(lists)('%s: valid CSS, ordered structured → attribute → class, each dated', (_name, list) => {
    const ranks = list.map((selector) => KIND_ORDER.indexOf(kindOf(selector.css)));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    for (const selector of list) {
      expect(() => document.createDocumentFragment().querySelector(selector.css), selector.css).not.toThrow();
      expect(selector.seen, selector.css).toMatch(/^20\d\d-(0[1-9]|1[0-2]) (saved page|public code)$/);
    }
  });

  it('never selects on a class name in Google Calendar or Outlook (their classes are build hashes)', () => {
    for (const [name, list] of lists.filter(([n]) => n.startsWith('outlook-calendar.') || n.startsWith('google-calendar.'))) {
      for (const selector of list) expect(kindOf(selector.css), `${name}: ${selector.css}`).not.toBe('class');
    }
  });

  it.each([
    ['script[type="application/ld+json"]', 'structured'],
    ['meta[property="og:url"]', 'structured'],
    ['#xDetDlg', 'attribute'],
    ['a[href*="teams.microsoft.com"]', 'attribute'],
    ['.top-card-layout h1', 'class'],
    ['section.artdeco-card[data-member-id]', 'class'],
  ])('kindOf(%s) = %s', (css, kind) => {
    expect(kindOf(css)).toBe(kind);
  });
});
