// Untrusted text (page content, imported files, form input) passes through here before it is stored:
// controls and bidi overrides removed, white space folded, every field bounded, so one hostile page
// can neither fill the database nor reorder what the user reads.

/** C0/C1 controls except tab and newline, plus the bidi marks (LRM, RLM, ALM) and embedding/override/isolate marks. */
const CONTROL_OR_BIDI = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
/**
 * Characters that show nothing: the soft hyphen, zero-width space, non-joiner
 * and joiner, and the word joiner. In a name, an address or a title they only
 * hide a duplicate or make a look-alike, so one-line text drops them, except a
 * joiner inside an emoji sequence (👩🏽‍💻), which is one picture. Notes keep
 * them all.
 */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: U+FE0F stands alone here, as the code point that may precede a joiner.
const INVISIBLE = /[\u00AD\u200B\u200C\u2060]|(?<![\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F])\u200D|\u200D(?!\p{Extended_Pictographic})/gu;

export const LIMITS = {
  name: 200,
  title: 300,
  company: 200,
  email: 254,
  url: 2048,
  line: 500,
  notes: 20_000,
  excerpt: 2_000,
  topic: 60,
  topics: 20,
  subject: 500,
  body: 20_000,
} as const;

/**
 * Removes the controls and bidi marks, and nothing else: for text that is
 * checked rather than reshaped (a backup's fields keep their spacing).
 */
export function removeControls(text: string): string {
  return text.replace(CONTROL_OR_BIDI, '');
}

/** Removes the controls, bidi marks and invisible characters: for one-line text that is checked rather than reshaped. */
export function removeInvisible(text: string): string {
  return removeControls(text).replace(INVISIBLE, '');
}

/** Cuts to at most `max` UTF-16 units without splitting a surrogate pair. */
export function bound(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return text.slice(0, end);
}

/** One line of untrusted text: controls and invisible characters removed, white space folded, trimmed, bounded. */
export function cleanLine(value: unknown, max: number = LIMITS.line): string {
  if (typeof value !== 'string') return '';
  // Bound before the regexes too, so a 5 MB attribute costs nothing.
  const rough = value.length > max * 4 ? value.slice(0, max * 4) : value;
  return bound(removeInvisible(rough).replace(/\s+/g, ' ').trim(), max);
}

/** Multi-line untrusted text: controls removed, line breaks kept, bounded. */
export function cleanBlock(value: unknown, max: number = LIMITS.notes): string {
  if (typeof value !== 'string') return '';
  const rough = value.length > max * 2 ? value.slice(0, max * 2) : value;
  return bound(
    removeControls(rough.replace(/\r\n?/g, '\n'))
      // The lookbehind starts each match at the beginning of a run, so a long run is read once.
      .replace(/(?<![ \t])[ \t]+\n/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim(),
    max,
  );
}

/** One dot-separated part of a local part: RFC 5321's atext less URL syntax (`? & = # % /`). */
const LOCAL_ATOM = /^[a-z0-9!$'*+^_`{|}~-]+$/;
/** A domain label: letters, digits and hyphens (IDN domains in their xn-- form). */
const LABEL = /^[a-z0-9-]{1,63}$/;

/**
 * Whether lower-cased text is a mail address, in the practical subset of RFC
 * 5321 people use: a local part of atext atoms joined by single dots, and a
 * domain of at least two letter-digit-hyphen labels, the last with a letter.
 * No quoted local parts, IP literals or raw Unicode; nothing a link could read
 * as a query, a fragment or a path.
 */
function isMailAddress(text: string): boolean {
  const at = text.indexOf('@');
  if (at < 1 || at !== text.lastIndexOf('@') || at > 64 || text.length - at - 1 > 253) return false;
  const labels = text.slice(at + 1).split('.');
  return (
    text
      .slice(0, at)
      .split('.')
      .every((atom) => LOCAL_ATOM.test(atom)) &&
    labels.length >= 2 &&
    labels.every((label) => LABEL.test(label) && !label.startsWith('-') && !label.endsWith('-')) &&
    /[a-z]/.test(labels.at(-1)!)
  );
}

/**
 * A mail address, lower-cased, or '' when the text is not one. Every address
 * Afterview keeps, from a page, a form or a backup, passes through here.
 */
export function cleanEmail(value: unknown): string {
  const text = cleanLine(value, LIMITS.email).replace(/^mailto:/i, '').toLowerCase();
  return isMailAddress(text) ? text : '';
}

/**
 * `text` without any of `chars` at its end (or, with `start`, at both ends).
 * A loop: a regex anchored at the end, such as /[…]+$/, is tried from every
 * position of a long run and takes quadratic time on hostile text.
 */
export function trimChars(text: string, chars: string, start = false): string {
  let from = 0;
  let to = text.length;
  while (to > from && chars.includes(text[to - 1]!)) to -= 1;
  while (start && from < to && chars.includes(text[from]!)) from += 1;
  return text.slice(from, to);
}

/** An absolute http(s) URL, or '' for anything else (javascript:, data:, relative…). */
export function cleanHttpUrl(value: unknown, base?: string): string {
  const text = cleanLine(value, LIMITS.url);
  if (!text) return '';
  try {
    const url = base ? new URL(text, base) : new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? bound(url.href, LIMITS.url) : '';
  } catch {
    return '';
  }
}

/** Code-unit order, for stable tie-breaks: the same on every machine, unlike localeCompare. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A JSON object (not null, not an array), as untrusted data must be before its fields are read. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
