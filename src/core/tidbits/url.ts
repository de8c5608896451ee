import { cleanLine, LIMITS } from '../text.ts';
import { isTrackingParam } from './tracking-params.ts';

export type UrlRefusal = 'unsupportedScheme' | 'invalid';
export type NormalizedUrl = { ok: true; url: string } | { ok: false; reason: UrlRefusal };

/** Input longer than this is not even parsed (a data: URL can be megabytes). */
const MAX_INPUT = LIMITS.url * 8;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
/** The separator of the fragment directive that carries text fragments. */
const FRAGMENT_DIRECTIVE = ':~:';

/**
 * A tidbit's address in one canonical form, so that the same article saved twice
 * is recognised as one record, and without what tracks the reader, because the
 * link will be handed to someone else.
 *
 * The rules:
 * - Only `http:` and `https:` are accepted. Every other scheme (javascript:,
 *   data:, file:, blob:, about:, chrome-extension:, moz-extension:, …) is refused
 *   as `unsupportedScheme`: it either runs code, points into the candidate's own
 *   machine or browser, or means nothing to the interviewer.
 * - The host is lower-case and IDN hosts are in their ASCII form (the URL parser
 *   does both); default ports (:80, :443) are dropped; a user name or password in
 *   the address is removed, as it must never be sent on.
 * - Tracking parameters (tracking-params.ts) are removed; every other parameter
 *   is kept in its order and with its original encoding.
 * - The fragment is kept only when it names a place or a route: `#section-id`
 *   anchors, hash routes (`#/path`, `#!…`) and a PDF page (`#page=3`). It is
 *   dropped when empty, when it is `#top`, when it holds `key=value` pairs
 *   (tracking such as `#xtor=RSS-1`, or page state), and a text fragment
 *   (`#:~:text=…`) is cut off, since it quotes what the candidate was reading.
 * - The result is at most LIMITS.url long; a longer address is refused as
 *   `invalid` rather than cut, because a cut address leads nowhere.
 */
export function normalizeTidbitUrl(raw: unknown): NormalizedUrl {
  const text = cleanLine(raw, MAX_INPUT + 1);
  const scheme = SCHEME.exec(text)?.[1]?.toLowerCase();
  if (!scheme) return { ok: false, reason: 'invalid' };
  if (scheme !== 'http' && scheme !== 'https') return { ok: false, reason: 'unsupportedScheme' };
  if (text.length > MAX_INPUT) return { ok: false, reason: 'invalid' };

  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) {
    return { ok: false, reason: 'invalid' };
  }

  const query = keptQuery(url.search.slice(1), url.hostname);
  const fragment = keptFragment(url.hash.slice(1));
  // url.host omits default ports and holds no credentials, so they drop out here.
  const result = `${url.protocol}//${url.host}${url.pathname}${query ? `?${query}` : ''}${fragment ? `#${fragment}` : ''}`;
  return result.length <= LIMITS.url ? { ok: true, url: result } : { ok: false, reason: 'invalid' };
}

/** The query without tracking parameters, the others untouched and in order. */
function keptQuery(query: string, hostname: string): string {
  if (!query) return '';
  return query
    .split('&')
    .filter((part) => part !== '' && !isTrackingParam(parameterName(part), hostname))
    .join('&');
}

function parameterName(part: string): string {
  const equals = part.indexOf('=');
  return decoded((equals < 0 ? part : part.slice(0, equals)).replace(/\+/g, ' '));
}

function keptFragment(raw: string): string {
  const directive = raw.indexOf(FRAGMENT_DIRECTIVE);
  const fragment = directive < 0 ? raw : raw.slice(0, directive);
  if (!fragment) return '';
  // Hash routes of single-page apps address content; keep them whole.
  if (fragment.startsWith('/') || fragment.startsWith('!')) return fragment;
  const text = decoded(fragment);
  if (/^page=\d+$/i.test(text)) return fragment;
  if (/^top$/i.test(text) || /[=&\s]/.test(text)) return '';
  return fragment;
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
