/**
 * Every locale says everything English says: the same keys, the same
 * placeholders, no empty message, the plural forms its language needs, and a
 * store description within the stores' limit. A key added in English fails
 * here until each language has it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const LOCALES = join(ROOT, 'public/_locales');
type Entry = { message: string; description?: string; placeholders?: Record<string, { content: string }> };
type Messages = Record<string, Entry>;

const read = (language: string) => JSON.parse(readFileSync(join(LOCALES, language, 'messages.json'), 'utf8')) as Messages;
const ENGLISH = read('en');
const LANGUAGES = readdirSync(LOCALES).filter((name) => name !== 'en').sort();
const TRANSLATIONS = LANGUAGES.map((language) => [language, read(language)] as const);

/** Messages that are rightly the same as in English: names, and words the language shares. */
const SAME_AS_ENGLISH: Record<string, readonly string[]> = {
  de: ['openDashboard', 'interviewsHeading', 'fieldWebsite', 'fieldStatus', 'personName', 'personInclude', 'composeInterview', 'templateName', 'libraryFilterInterview', 'libraryFieldInterview', 'followUpsHeading', 'peopleInterviewCount', 'timelineInterview', 'backupStoreInterviews'],
  fr: ['composeBody', 'settingsSignature'],
  es: ['composeOpenOutlookPersonal'],
};
/** The same in every language. */
const NAMES = ['extName', 'personProfilePlaceholder', 'composeOpenGmail', 'composeOpenOutlook'];

const placeholdersUsed = (message: string) => [...new Set([...message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]!.toLowerCase()))].sort();
const templateTags = (message: string) => [...message.matchAll(/\{\{[#^/]?[A-Za-z$]+\$?\}\}/g)].map((m) => m[0]).sort();
const pluralBases = Object.keys(ENGLISH).filter((key) => key.endsWith('_other')).map((key) => key.slice(0, -'_other'.length));

describe('the locales', () => {
  it('are German, French and Spanish besides English', () => {
    expect(LANGUAGES).toEqual(['de', 'es', 'fr']);
  });

  it('the manifest names English as the default and takes its name and description from the locales', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.default_locale).toBe('en');
    expect(manifest.name).toBe('__MSG_extName__');
    expect(manifest.description).toBe('__MSG_extDescription__');
  });
});

describe.each(TRANSLATIONS)('%s', (language, messages) => {
  it('has exactly the keys of English', () => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(ENGLISH).sort());
  });

  it('has no empty message', () => {
    expect(Object.entries(messages).filter(([, entry]) => !entry.message.trim()).map(([key]) => key)).toEqual([]);
  });

  it('declares the placeholders of English and uses them (a one-form may leave out its count: "yesterday")', () => {
    const problems: string[] = [];
    for (const [key, english] of Object.entries(ENGLISH)) {
      const entry = messages[key];
      if (!entry) continue;
      if (JSON.stringify(entry.placeholders ?? {}) !== JSON.stringify(english.placeholders ?? {})) problems.push(`${key}: placeholders differ`);
      const used = placeholdersUsed(entry.message);
      const expected = placeholdersUsed(english.message);
      const countOptional = key.endsWith('_one') ? (names: string[]) => names.filter((n) => n !== 'count') : (names: string[]) => names;
      if (JSON.stringify(countOptional(used)) !== JSON.stringify(countOptional(expected))) problems.push(`${key}: uses ${used.join(',')} instead of ${expected.join(',')}`);
      // browser.i18n reads a lone $ as the start of a placeholder.
      if (entry.message.replace(/\$[A-Za-z0-9_]+\$/g, '').includes('$')) problems.push(`${key}: a stray $`);
      if (JSON.stringify(templateTags(entry.message)) !== JSON.stringify(templateTags(english.message))) problems.push(`${key}: template tags differ`);
    }
    expect(problems).toEqual([]);
  });

  it('has every plural form its language uses for whole numbers ("many" falls back to "other")', () => {
    const rules = new Intl.PluralRules(language);
    const categories = new Set(Array.from({ length: 1001 }, (_, n) => rules.select(n)));
    categories.add('other');
    const missing = pluralBases.flatMap((base) => [...categories].filter((c) => !(`${base}_${c}` in messages)).map((c) => `${base}_${c}`));
    expect(missing).toEqual([]);
  });

  it('translates every message, except names and words it shares with English', () => {
    const allowed = new Set([...NAMES, ...(SAME_AS_ENGLISH[language] ?? [])]);
    const untranslated = Object.keys(ENGLISH).filter((key) => {
      const english = ENGLISH[key]!.message;
      // Messages of placeholders and signs alone ("$STATUS$ ($COUNT$)") have nothing to translate.
      return messages[key]?.message === english && /\p{L}{2}/u.test(english.replace(/\$[A-Za-z0-9_]+\$/g, '')) && !allowed.has(key);
    });
    expect(untranslated).toEqual([]);
    for (const key of SAME_AS_ENGLISH[language] ?? []) expect(messages[key]?.message, `${key} is translated now; drop it from the list`).toBe(ENGLISH[key]?.message);
  });

  it('names its own locale, in which its numbers and dates are written', () => {
    expect(messages.uiLocale?.message).toBe(language);
  });

  it('fits the stores: a name of at most 75 characters and a description of at most 132', () => {
    expect(messages.extName!.message.length).toBeLessThanOrEqual(75);
    expect(messages.extDescription!.message.length).toBeLessThanOrEqual(132);
  });
});

describe('English', () => {
  it('has a one-form and an other-form for every plural base', () => {
    expect(pluralBases.length).toBeGreaterThan(0);
    for (const base of pluralBases) expect(ENGLISH, base).toHaveProperty(`${base}_one`);
  });

  it('fits the stores too', () => {
    expect(ENGLISH.extDescription!.message.length).toBeLessThanOrEqual(132);
  });
});
