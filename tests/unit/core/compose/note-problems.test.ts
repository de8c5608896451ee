import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATE_KEYS } from '../../../../src/core/compose/built-in-templates.ts';
import { PLACEHOLDERS } from '../../../../src/core/compose/placeholders.ts';
import { PROBLEM_MESSAGE_KEYS, problemMessage, type ProblemKind } from '../../../../src/core/compose/note-problems.ts';
import { ENGLISH } from './english.ts';

const KINDS: ProblemKind[] = ['unknown', 'malformed', 'unclosed', 'unopened', 'empty', 'valueTooLong', 'fieldTooLong'];

const KEYS = [
  ...PLACEHOLDERS.map((p) => p.descriptionKey),
  ...PROBLEM_MESSAGE_KEYS,
  ...BUILT_IN_TEMPLATE_KEYS,
  'placeholderSectionHelp',
  'clipboardSubjectLabel',
  'mailLinkTooLong',
  'mailLinkBadRecipient',
  'similarNotesWarning',
];

describe('the English texts of the composer', () => {
  it.each(KEYS.map((key) => [key]))('has %s', (key) => {
    expect(ENGLISH[key]?.message).toBeTruthy();
  });

  it('gives every placeholder a different description and every problem kind its own key', () => {
    expect(new Set(PLACEHOLDERS.map((p) => p.descriptionKey)).size).toBe(PLACEHOLDERS.length);
    const other = KINDS.filter((kind) => kind !== 'empty');
    expect(new Set(other.map((kind) => problemMessage({ kind, field: 'body', name: '', start: 0, end: 0 }).key)).size).toBe(other.length);
  });

  it('says what to do about a missing value in plain words, naming the person, never in template syntax', () => {
    for (const { name } of PLACEHOLDERS) {
      const { key, substitutions } = problemMessage({ kind: 'empty', field: 'body', name, start: 0, end: 0 }, 'Priya');
      expect(substitutions).toEqual(['Priya']);
      expect(ENGLISH[key]?.message, key).not.toMatch(/\{\{|\}\}/);
    }
    const topic = problemMessage({ kind: 'empty', field: 'body', name: 'topic', start: 0, end: 0 }, 'Priya');
    expect(ENGLISH[topic.key]?.message.replace('$NAME$', 'Priya')).toBe('Add what you talked about with Priya, or pick a template without a topic.');
  });

  it.each(KEYS.map((key) => [key]))('%s declares every $PLACEHOLDER$ it uses and no stray $', (key) => {
    const entry = ENGLISH[key];
    const used = [...(entry?.message.matchAll(/\$([A-Za-z_]+)\$/g) ?? [])].map((m) => m[1]!.toLowerCase());
    expect(Object.keys(entry?.placeholders ?? {}).sort()).toEqual([...new Set(used)].sort());
    // browser.i18n reads a lone $ as the start of a placeholder.
    expect(entry?.message.replace(/\$[A-Za-z_]+\$/g, '')).not.toContain('$');
  });
});
