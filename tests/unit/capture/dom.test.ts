/** The shared DOM helpers' fallback order and the organizer label, which several readers rely on. */
import { describe, expect, it } from 'vitest';
import { mailtoAddress, queryAllOf } from '../../../src/capture/dom.ts';
import { afterOrganizerLabel } from '../../../src/capture/organizer-words.ts';
import { sel } from '../../../src/capture/selector.ts';
import { parseHtml } from './helpers.ts';

describe('queryAllOf', () => {
  const doc = parseHtml('<ul><li data-a>1</li><li data-a>2</li><li data-b>3</li></ul>');
  const ids = (elements: Element[]) => elements.map((element) => element.textContent);

  it('takes every match of the first selector that matches, in the list\'s order', () => {
    expect(ids(queryAllOf(doc, [sel('[data-missing]', '2026-11 public code'), sel('[data-b]', '2026-11 public code'), sel('[data-a]', '2026-11 public code')]))).toEqual(['3']);
    expect(ids(queryAllOf(doc, [sel('[data-a]', '2026-11 public code'), sel('[data-b]', '2026-11 public code')]))).toEqual(['1', '2']);
  });

  it('skips a selector the engine rejects, bounds the count, and gives [] when nothing matches', () => {
    expect(ids(queryAllOf(doc, [sel('[[bad', '2026-11 public code'), sel('li', '2026-11 public code')], 2))).toEqual(['1', '2']);
    expect(queryAllOf(doc, [sel('[data-missing]', '2026-11 public code')])).toEqual([]);
  });
});

describe('mailtoAddress', () => {
  const link = (href: string) => parseHtml(`<a href="${href}">x</a>`).querySelector('a')!;

  it.each([
    ['mailto:ada@x.example', 'ada@x.example'],
    ['MAILTO:ada%40x.example?subject=Hi', 'ada@x.example'],
    ['mailto:bad%E0%A4%A', 'bad%E0%A4%A'],
    ['https://x.example/', ''],
  ])('%s → %j', (href, address) => {
    expect(mailtoAddress(link(href))).toBe(address);
  });
});

describe('afterOrganizerLabel', () => {
  it.each([
    ['Organizer: Ada Lovelace', ' Ada Lovelace'],
    ['Organisator：Anna Schmidt', 'Anna Schmidt'],
    ['Calendar: Ada Lovelace', null],
    ['Ada Lovelace, Organizer', null],
    [`${'A very long sentence that mentions the organizer '}: Ada`, null],
  ])('%j → %j', (text, expected) => {
    expect(afterOrganizerLabel(text)).toBe(expected);
  });
});
