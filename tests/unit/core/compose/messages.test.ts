import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATE_KEYS } from '../../../../src/core/compose/built-in-templates.ts';
import { PLACEHOLDERS } from '../../../../src/core/compose/placeholders.ts';
import { problemMessage, type ProblemKind } from '../../../../src/core/compose/problems.ts';
import { ENGLISH } from './english.ts';

const KINDS: ProblemKind[] = ['unknown', 'malformed', 'unclosed', 'unopened', 'empty', 'valueTooLong', 'fieldTooLong'];

const KEYS = [
  ...PLACEHOLDERS.map((p) => p.descriptionKey),
  ...KINDS.map((kind) => problemMessage({ kind, field: 'body', name: 'x', start: 0, end: 0 }).key),
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
    expect(new Set(KINDS.map((kind) => problemMessage({ kind, field: 'body', name: '', start: 0, end: 0 }).key)).size).toBe(KINDS.length);
  });

  it.each(KEYS.map((key) => [key]))('%s declares every $PLACEHOLDER$ it uses and no stray $', (key) => {
    const entry = ENGLISH[key];
    const used = [...(entry?.message.matchAll(/\$([A-Za-z_]+)\$/g) ?? [])].map((m) => m[1]!.toLowerCase());
    expect(Object.keys(entry?.placeholders ?? {}).sort()).toEqual([...new Set(used)].sort());
    // browser.i18n reads a lone $ as the start of a placeholder.
    expect(entry?.message.replace(/\$[A-Za-z_]+\$/g, '')).not.toContain('$');
  });
});
