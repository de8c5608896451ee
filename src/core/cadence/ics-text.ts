// RFC 5545 text: TEXT escaping (3.3.11), CRLF lines folded at 75 octets of UTF-8 (3.1), UTC times (3.3.5).

const FOLD_AT_OCTETS = 75;
/** Controls other than tab and line breaks have no place in a calendar line. */
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export function escapeText(value: string): string {
  return value
    .replace(CONTROLS, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

function octets(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Splits a content line into physical lines of at most 75 octets, each
 * continuation starting with one space (which counts towards its 75), without
 * cutting a UTF-8 sequence in two.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const width = octets(char.codePointAt(0) ?? 0);
    if (size + width > FOLD_AT_OCTETS) {
      out.push(current);
      current = ' ';
      size = 1;
    }
    current += char;
    size += width;
  }
  out.push(current);
  return out.join('\r\n');
}

/** An instant as a UTC DATE-TIME, to the second. */
export function utcStamp(instant: number): string {
  return new Date(instant).toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}
