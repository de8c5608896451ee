// The readers' DOM helpers look up targeted nodes only (never a page's whole text) and return text already cleaned and bounded.
import { cleanEmail, cleanHttpUrl, cleanLine, LIMITS } from '../core/text.ts';
import type { Selector } from './selector.ts';

type Root = ParentNode;

/** Pages are read only over http(s); site detectors start with this. */
export const isHttp = (url: URL) => url.protocol === 'https:' || url.protocol === 'http:';

/** First element matching any selector, in the order given. A selector the engine rejects is skipped. */
export function first(root: Root, selectors: readonly Selector[]): Element | null {
  for (const selector of selectors) {
    const found = query(root, selector.css);
    if (found) return found;
  }
  return null;
}

export function query(root: Root, css: string): Element | null {
  try {
    return root.querySelector(css);
  } catch {
    return null;
  }
}

/** At most `limit` elements, so a page with thousands of matches costs little. */
export function queryAll(root: Root, css: string, limit = 200): Element[] {
  try {
    return Array.from(root.querySelectorAll(css)).slice(0, limit);
  } catch {
    return [];
  }
}

/** Every match of the first selector that matches anything, in the list's order, like `first` for lists. */
export function queryAllOf(root: Root, selectors: readonly Selector[], limit = 200): Element[] {
  for (const selector of selectors) {
    const found = queryAll(root, selector.css, limit);
    if (found.length > 0) return found;
  }
  return [];
}

/** The element's text as one clean line, bounded. */
export function textOf(element: Element | null | undefined, max: number = LIMITS.line): string {
  if (!element) return '';
  return cleanLine(element.textContent ?? '', max);
}

/** First non-empty text among the selectors. */
export function firstText(root: Root, selectors: readonly Selector[], max: number = LIMITS.line): string {
  for (const selector of selectors) {
    const text = textOf(query(root, selector.css), max);
    if (text) return text;
  }
  return '';
}

export function attr(element: Element | null | undefined, name: string, max: number = LIMITS.line): string {
  return element ? cleanLine(element.getAttribute(name) ?? '', max) : '';
}

/** The value an input shows: the live property in a browser, the attribute in a saved page. */
export function inputValue(element: Element | null | undefined): string {
  if (!element) return '';
  const live = (element as HTMLInputElement).value;
  return cleanLine(typeof live === 'string' && live ? live : (element.getAttribute('value') ?? element.getAttribute('data-initial-value') ?? ''));
}

/** The address of a `mailto:` link, percent-decoded and not yet checked; '' for any other link. */
export function mailtoAddress(element: Element): string {
  const href = element.getAttribute('href') ?? '';
  if (!/^mailto:/i.test(href)) return '';
  const address = href.slice(7).split('?')[0] ?? '';
  try {
    return decodeURIComponent(address);
  } catch {
    return address;
  }
}

/** An absolute http(s) URL for an href, resolved against the page URL. */
export function hrefOf(element: Element | null | undefined, pageUrl: string): string {
  const href = element?.getAttribute('href');
  if (!href) return '';
  return cleanHttpUrl(href, pageUrl.startsWith('http') ? pageUrl : undefined);
}

/** What stands around an address in a label: spaces, brackets, quotes and list punctuation. */
const AROUND_ADDRESS = /[\s<>()[\],;:"']+/;

/**
 * The first word of a label that is an address, as written there, or ''. The
 * label is cut into words first, so finding the address never backtracks over
 * a long run of `@` (a regex over the whole label did).
 */
export function addressWordIn(text: string): string {
  return text.split(AROUND_ADDRESS).find((part) => part.includes('@') && cleanEmail(part)) ?? '';
}

/** The address a page's account menu shows ("Google Account: Ada (ada@example.org)"), checked; '' when none. */
export function signedInAccount(root: Root, selectors: readonly Selector[]): string {
  const element = first(root, selectors);
  return cleanEmail(addressWordIn(`${attr(element, 'aria-label')} ${textOf(element, LIMITS.email)}`));
}

export function metaContent(doc: Document, key: string): string {
  const escaped = key.replace(/"/g, '');
  return attr(query(doc, `meta[property="${escaped}"], meta[name="${escaped}"]`), 'content', LIMITS.url);
}
