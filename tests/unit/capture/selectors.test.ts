/** Format check for the selector modules: valid CSS, ordered by kind, dated. */
import { describe, expect, it } from 'vitest';
import * as linkedInCompany from '../../../src/capture/selectors/linkedin-company.ts';
import * as linkedInProfile from '../../../src/capture/selectors/linkedin-profile.ts';
import * as googleCalendar from '../../../src/capture/selectors/google-calendar.ts';
import * as outlook from '../../../src/capture/selectors/outlook.ts';
import { KIND_ORDER, kindOf, type Selector } from '../../../src/capture/selectors/selector.ts';

const isSelector = (value: unknown): value is Selector => typeof value === 'object' && value !== null && 'css' in value && 'seen' in value;

const lists = Object.entries({ linkedInProfile, linkedInCompany, googleCalendar, outlook }).flatMap(([site, module]) =>
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
    for (const [name, list] of lists.filter(([n]) => n.startsWith('outlook.') || n.startsWith('googleCalendar.'))) {
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
