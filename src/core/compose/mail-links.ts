// Every part is percent-encoded as UTF-8 with encodeURIComponent, so `&`, `#`, `?`, `=`, `%` and `+`
// arrive as typed (a raw `+` turns into a space in webmail, which decodes queries as forms).
import { cleanEmail } from '../text.ts';

export interface MailDraft {
  /** One address, or '' to let the user pick the recipient. */
  to: string;
  subject: string;
  body: string;
}

export type MailLink =
  | { ok: true; url: string }
  | { ok: false; reason: 'tooLong'; limit: number }
  | { ok: false; reason: 'badRecipient' };

/**
 * Long links break in ways the user cannot see (a truncated body, an error
 * page, nothing at all), so past a limit no link is made and the composer offers
 * to copy the note instead. The limits count characters of the finished link:
 *
 * - mailto, 2,000: on Windows the link is handed to the mail program through the
 *   shell, and Outlook, Windows Mail and Chrome's handler have been seen to drop
 *   or cut links around 2,046–2,083 characters.
 * - Gmail, 8,000: Google's servers answer an error page for request lines past
 *   about 8 KB.
 * - Outlook on the web, 6,000: a signed-out user is redirected to the sign-in
 *   page with the whole link base64-encoded in a parameter, a third longer; 6,000
 *   keeps that redirect under 8 KB too. Older Outlook Web App documentation
 *   even stated about 2,048; a failing link falls back to copying anyway.
 *
 * Non-Latin text costs 6 to 9 characters a letter once encoded, so a note in
 * Cyrillic or Japanese reaches the mailto limit after a few hundred letters.
 * @internal exported for its tests
 */
export const MAIL_LINK_LIMITS = { mailto: 2_000, gmail: 8_000, outlook: 6_000 } as const;

const OUTLOOK_COMPOSE = {
  /** Work or school accounts (Microsoft 365). */
  work: 'https://outlook.office.com/mail/deeplink/compose',
  /** Personal accounts (outlook.com, hotmail.com, live.com). */
  personal: 'https://outlook.live.com/mail/0/deeplink/compose',
} as const;

export type OutlookAccount = keyof typeof OUTLOOK_COMPOSE;

/** RFC 6068: the address is the path, line breaks in the body are CRLF. */
export function mailtoLink(draft: MailDraft): MailLink {
  const to = recipient(draft.to);
  if (to === null) return { ok: false, reason: 'badRecipient' };
  const address = encode(to).replace(/%40/g, '@');
  const query = params([
    ['subject', draft.subject],
    ['body', draft.body.replace(/\r\n|\r|\n/g, '\r\n')],
  ]);
  return within(`mailto:${address}${query ? `?${query}` : ''}`, MAIL_LINK_LIMITS.mailto);
}

export function gmailComposeLink(draft: MailDraft): MailLink {
  const to = recipient(draft.to);
  if (to === null) return { ok: false, reason: 'badRecipient' };
  const query = params([
    ['view', 'cm'],
    ['fs', '1'],
    ['to', to],
    ['su', draft.subject],
    ['body', lineFeeds(draft.body)],
  ]);
  return within(`https://mail.google.com/mail/?${query}`, MAIL_LINK_LIMITS.gmail);
}

export function outlookComposeLink(draft: MailDraft, account: OutlookAccount = 'work'): MailLink {
  const to = recipient(draft.to);
  if (to === null) return { ok: false, reason: 'badRecipient' };
  const query = params([
    ['to', to],
    ['subject', draft.subject],
    ['body', lineFeeds(draft.body)],
  ]);
  return within(`${OUTLOOK_COMPOSE[account]}${query ? `?${query}` : ''}`, MAIL_LINK_LIMITS.outlook);
}

/** The address to prefill, '' for none, or null when what was given is not an address. */
function recipient(to: string): string | null {
  if (!to.trim()) return '';
  // Every part is encoded anyway; cleanEmail refusing commas, spaces and URL
  // punctuation as well means a hostile "address" cannot even look like a
  // second recipient or an extra field to the user reading the link.
  return cleanEmail(to) || null;
}

function params(pairs: [string, string][]): string {
  return pairs
    .filter(([, value]) => value !== '')
    .map(([name, value]) => `${name}=${encode(value)}`)
    .join('&');
}

function lineFeeds(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** encodeURIComponent throws on a lone surrogate half; it becomes U+FFFD instead. */
function encode(text: string): string {
  return encodeURIComponent(text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'));
}

function within(url: string, limit: number): MailLink {
  return url.length > limit ? { ok: false, reason: 'tooLong', limit } : { ok: true, url };
}
