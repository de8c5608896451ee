export type Token =
  | { type: 'text'; text: string }
  | { type: 'value'; name: string; start: number; end: number }
  | { type: 'open'; name: string; inverted: boolean; start: number; end: number }
  | { type: 'close'; name: string; start: number; end: number }
  | { type: 'invalid'; raw: string; start: number; end: number }
  | { type: 'stray'; text: '{{' | '}}'; start: number; end: number };

type Tag = Exclude<Token, { type: 'text' }>;

const TAG_BODY = /^([#^/]?)\s*([A-Za-z][A-Za-z0-9_]*)$/;
const BRACES = /\{\{|\}\}/g;

/**
 * Splits one field of a template (its subject or its body) into literal text and
 * tags. The syntax:
 *
 * - `{{firstName}}` inserts a value; spaces inside the braces are allowed
 *   (`{{ firstName }}`).
 * - `{{#tidbit}}…{{/tidbit}}` keeps its text only when there is a tidbit;
 *   `{{^tidbit}}…{{/tidbit}}` only when there is none. Any placeholder name can
 *   open a section in the same way.
 * - A section tag alone on its line takes the whole line with it, so a section
 *   written as a paragraph of its own leaves no blank line behind.
 * - Each `{{` pairs with the next `}}` unless another `{{` comes first. What
 *   pairs is a tag, even when its inside is not a name (`{{first name}}` is an
 *   invalid tag, reported and never sent as typed); a `{{` or `}}` left without
 *   a partner is stray: it stays literal text and is reported.
 */
export function parseTemplate(source: string): Token[] {
  const tags = findTags(source);
  const tokens: Token[] = [];
  let cursor = 0;
  for (const tag of tags) {
    const [from, to] = isSection(tag) ? standaloneSpan(source, tag) : [tag.start, tag.end];
    if (from > cursor) tokens.push({ type: 'text', text: source.slice(cursor, from) });
    // Stray braces are literal text, but they are kept as their own token so
    // that lint and render can point at them.
    tokens.push(tag);
    cursor = to;
  }
  if (cursor < source.length) tokens.push({ type: 'text', text: source.slice(cursor) });
  return tokens;
}

function findTags(source: string): Tag[] {
  const tags: Tag[] = [];
  let openAt: number | null = null;
  for (const match of source.matchAll(BRACES)) {
    const at = match.index;
    if (match[0] === '{{') {
      if (openAt !== null) tags.push({ type: 'stray', text: '{{', start: openAt, end: openAt + 2 });
      openAt = at;
    } else if (openAt === null) {
      tags.push({ type: 'stray', text: '}}', start: at, end: at + 2 });
    } else {
      tags.push(classify(source.slice(openAt + 2, at), openAt, at + 2));
      openAt = null;
    }
  }
  if (openAt !== null) tags.push({ type: 'stray', text: '{{', start: openAt, end: openAt + 2 });
  return tags;
}

function classify(inside: string, start: number, end: number): Tag {
  const match = TAG_BODY.exec(inside.trim());
  if (!match) return { type: 'invalid', raw: inside.trim(), start, end };
  const [, sigil, name = ''] = match;
  if (sigil === '#' || sigil === '^') return { type: 'open', name, inverted: sigil === '^', start, end };
  if (sigil === '/') return { type: 'close', name, start, end };
  return { type: 'value', name, start, end };
}

function isSection(tag: Tag): boolean {
  return tag.type === 'open' || tag.type === 'close';
}

/** The span a section tag removes: its whole line when nothing else is on it. */
function standaloneSpan(source: string, tag: Tag): [number, number] {
  const lineStart = source.lastIndexOf('\n', tag.start - 1) + 1;
  const newline = source.indexOf('\n', tag.end);
  const lineEnd = newline === -1 ? source.length : newline + 1;
  const before = source.slice(lineStart, tag.start);
  const after = source.slice(tag.end, newline === -1 ? source.length : newline);
  const blank = /^[ \t\r]*$/;
  return blank.test(before) && blank.test(after) ? [lineStart, lineEnd] : [tag.start, tag.end];
}
