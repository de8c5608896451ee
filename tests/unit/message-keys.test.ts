/**
 * Every user-visible string goes through _locales/en/messages.json, so a
 * translation is a new file and never a code change. These checks read the
 * source as text: they are regular expressions, not a parser, and they say
 * where they are deliberately loose.
 */
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../support/files.ts';

const ROOT = resolve(__dirname, '../..');
type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const MESSAGES = JSON.parse(readFileSync(join(ROOT, 'public/_locales/en/messages.json'), 'utf8')) as Record<string, Entry>;

const SOURCES = filesUnder(join(ROOT, 'src')).filter((path) => /\.(ts|tsx)$/.test(path)).map((path) => ({
  path: relative(ROOT, path),
  text: readFileSync(path, 'utf8'),
}));
const MANIFEST = readFileSync(join(ROOT, 'manifest.json'), 'utf8');

/**
 * Keys whose names the code builds instead of writing them out; each is listed
 * with where it is built, so a key is never "used" only by being forgotten here.
 */
const COMPUTED_KEYS: Record<string, string> = {
  ...Object.fromEntries(
    ['tplThankYou', 'tplSecondRound', 'tplCheckIn', 'tplValueAdd'].flatMap((prefix) =>
      // biome-ignore lint/suspicious/noTemplateCurlyInString: where the key is built, quoted.
      ['Name', 'Subject', 'Body'].map((part) => [`${prefix}${part}`, 'src/core/compose/built-in-templates.ts: `${keys}Name` and so on']),
    ),
  ),
};

/** Keys no code uses yet; each needs a decision (use it or delete it). Listed so the check stays strict for all others. */
const UNUSED_AWAITING_DECISION: Record<string, string> = {
  latestInterview: 'the popup no longer shows this heading',
};

/** `agoMinutes_one`, `agoMinutes_other`: the forms of a plural base, chosen by count (src/i18n.ts tCount). */
const PLURAL_FORM = /_(?:zero|one|two|few|many|other)$/;

/** Literal message keys in the source: t('…'), tDynamic('…'), getMessage('…'), and `key: '…'` constants. */
function usedKeys(): Map<string, string> {
  const used = new Map<string, string>();
  const calls = /\b(?:t|tDynamic|tCount|getMessage)\(\s*['"]([A-Za-z0-9_]+)['"]/g;
  // Only camelCase values count as keys here: `key: 'person'` in a list of options is not a message.
  const constants = /\bkey:\s*['"]([a-z][a-z0-9]*[A-Z][A-Za-z0-9]*)['"]/g;
  for (const { path, text } of SOURCES) {
    for (const pattern of [calls, constants]) for (const match of text.matchAll(pattern)) used.set(match[1]!, path);
  }
  return used;
}

describe('messages.json', () => {
  it('has every key the source asks for', () => {
    // A plural base (tCount('agoMinutes', n)) is there when its forms are.
    const missing = [...usedKeys()].filter(([key]) => !(key in MESSAGES) && !(`${key}_other` in MESSAGES)).map(([key, path]) => `${key} (${path})`);
    expect(missing).toEqual([]);
  });

  it('gives every $NAME$ a placeholder, and every placeholder a $1…$9 content', () => {
    const problems: string[] = [];
    for (const [key, entry] of Object.entries(MESSAGES)) {
      const named = [...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase());
      for (const name of named) if (!entry.placeholders?.[name]) problems.push(`${key}: $${name.toUpperCase()}$ has no placeholder`);
      for (const [name, placeholder] of Object.entries(entry.placeholders ?? {})) {
        if (!/^\$[1-9]$/.test(placeholder.content)) problems.push(`${key}: placeholder ${name} has content ${placeholder.content}`);
        // A plural form may say its count in words ("yesterday", "See the interview").
        const wordedCount = PLURAL_FORM.test(key) && name === 'count';
        if (!named.includes(name.toLowerCase()) && !wordedCount) problems.push(`${key}: placeholder ${name} is not in the message`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('has no key that nothing uses', () => {
    const source = SOURCES.map((s) => s.text).join('\n');
    const unused = Object.keys(MESSAGES).filter(
      (key) =>
        !(key in COMPUTED_KEYS) &&
        !(PLURAL_FORM.test(key) && new RegExp(`['"\`]${key.replace(PLURAL_FORM, '')}['"\`]`).test(source)) &&
        !(key in UNUSED_AWAITING_DECISION) &&
        !new RegExp(`['"\`]${key}['"\`]`).test(source) &&
        !MANIFEST.includes(`__MSG_${key}__`),
    );
    expect(unused).toEqual([]);
  });

  it('lists only keys that exist, and computed keys only where they really are not written out', () => {
    const source = SOURCES.map((s) => s.text).join('\n');
    for (const key of [...Object.keys(COMPUTED_KEYS), ...Object.keys(UNUSED_AWAITING_DECISION)]) {
      expect(MESSAGES, key).toHaveProperty(key);
      expect(new RegExp(`['"\`]${key}['"\`]`).test(source), `${key} is written out now; drop it from the list`).toBe(false);
    }
  });
});

/** Text between tags once `{…}` expressions are taken out; code such as `a > b && c < d` is told apart by its operators. */
function hardCodedText(tsx: string): string[] {
  const found: string[] = [];
  for (const match of tsx.matchAll(/(?<![=-])>([^<>]*)<(?=\/?[A-Za-z>])/g)) {
    let text = match[1]!;
    for (let before = ''; before !== text; ) [before, text] = [text, text.replace(/\{[^{}]*\}/g, ' ')];
    text = text.trim();
    if (!/\p{L}/u.test(text)) continue;
    if (/[=;(){}&|?]|=>/.test(text)) continue;
    found.push(text);
  }
  for (const match of tsx.matchAll(/\b(aria-label|title|placeholder|alt)="([^"]*)"/g)) {
    if (/\p{L}/u.test(match[2]!)) found.push(`${match[1]}="${match[2]}"`);
  }
  return found;
}

describe('the pages', () => {
  it('finds hard-coded text when it is there (the check itself)', () => {
    expect(hardCodedText('<p>Hello there</p>')).toEqual(['Hello there']);
    expect(hardCodedText('<p>{t("a")} and more</p>')).toEqual(['and more']);
    expect(hardCodedText('<button aria-label="Close">×</button>')).toEqual(['aria-label="Close"']);
    expect(hardCodedText('<span>{a} · {b} …</span><i> × </i>')).toEqual([]);
    expect(hardCodedText('const ok = a > b && c < d;\nreturn (x) => <li key={x}>{x}</li>;')).toEqual([]);
    expect(hardCodedText('const run = (work: () => Promise<string>) => work();')).toEqual([]);
  });

  it('write no English into JSX: every text node and label comes from messages.json', () => {
    const offenders = SOURCES.filter((s) => s.path.endsWith('.tsx')).flatMap((s) => hardCodedText(s.text).map((text) => `${s.path}: ${text}`));
    expect(offenders).toEqual([]);
  });
});
