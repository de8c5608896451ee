/**
 * Untrusted text (page content, imported files, form input) passes through here
 * before it is stored: control and bidi-override characters are removed, white
 * space is folded, and every field is bounded so one hostile page cannot fill
 * the database or reorder what the user reads.
 */

/** C0/C1 controls except tab and newline, plus the bidi marks (LRM, RLM, ALM) and embedding/override/isolate marks. */
const CONTROL_OR_BIDI = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
/**
 * Characters that show nothing: the soft hyphen, zero-width space, non-joiner
 * and joiner, and the word joiner. In a name, an address or a title they only
 * hide a duplicate or make a look-alike, so one-line text drops them; notes
 * keep them, where joiners hold emoji and some scripts together.
 */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060]/g;

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
      .replace(/[ \t]+\n/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim(),
    max,
  );
}

/** A plausible email address, lower-cased, or '' when the text is not one. */
export function cleanEmail(value: unknown): string {
  const text = cleanLine(value, LIMITS.email).replace(/^mailto:/i, '').toLowerCase();
  return /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/.test(text) ? text : '';
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
