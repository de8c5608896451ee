/**
 * A tidbit made from what the browser tells about a right-click: the link or the
 * page, the text of the link, the page's title and the selected text. Every
 * piece is untrusted page content, so it is cleaned and bounded here, once.
 */
import { cleanBlock, cleanLine, LIMITS } from '../text.ts';
import type { Id, Interview, Tidbit } from '../types.ts';
import { topicsFor } from './topics.ts';
import { normalizeTidbitUrl, type UrlRefusal } from './url.ts';

export interface TidbitSource {
  /** The address to save: the link's target, or the page itself. */
  url: string;
  /** The visible text of the saved link, when a link was saved and it is known. */
  linkText?: string | null;
  /** The title of the page the user was on. */
  pageTitle?: string | null;
  /** The text the user had selected, kept as the excerpt. */
  selection?: string | null;
  /** The page the user was on; absent means `url` is that page. */
  pageUrl?: string | null;
  /** The interview it is saved for (its notes propose the topics), or null. */
  interview: Pick<Interview, 'id' | 'notes'> | null;
  now: number;
  newId: () => Id;
}

export type TidbitDraft = { ok: true; tidbit: Tidbit } | { ok: false; reason: UrlRefusal };

export function draftTidbit(source: TidbitSource): TidbitDraft {
  const target = normalizeTidbitUrl(source.url);
  if (!target.ok) return target;
  const url = target.url;
  const page = source.pageUrl ? normalizeTidbitUrl(source.pageUrl) : target;
  // A page that is not on the web (file:, about:) is not named: its address is private.
  const foundOn = page.ok ? page.url : '';
  const isThePage = foundOn === url;

  // The page's title describes the page, so it names a link only when the link
  // leads to that same page; otherwise the link's own address says more.
  const title =
    cleanLine(source.linkText, LIMITS.title) ||
    (isThePage ? cleanLine(source.pageTitle, LIMITS.title) : '') ||
    fallbackTitle(url);
  const excerpt = cleanBlock(source.selection, LIMITS.excerpt);

  return {
    ok: true,
    tidbit: {
      id: source.newId(),
      url,
      title,
      excerpt,
      foundOn,
      topics: topicsFor(title, excerpt, source.interview?.notes ?? ''),
      interviewId: source.interview?.id ?? null,
      savedAt: source.now,
    },
  };
}

/** The title of a tidbit whose page or link gave none: its address. */
export function fallbackTitle(url: string): string {
  return cleanLine(url, LIMITS.title);
}
