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
  /** What the page says of itself, read when it was saved (see PageSummary); only used when the page itself is saved. */
  page?: PageSummary | null;
  /** The interview it is saved for (its notes, and its interviewers', propose the topics), or null. */
  interview: Pick<Interview, 'id' | 'notes'> | null;
  now: number;
  newId: () => Id;
}

/** What a page says of itself: its title, its description, its main headings, as read from it. */
export interface PageSummary {
  title: string;
  description: string;
  headings: string[];
}

/** How many headings say what a page is about; past that they are its table of contents. */
export const MAX_HEADINGS = 12;

export type TidbitDraft = { ok: true; tidbit: Tidbit } | { ok: false; reason: UrlRefusal };

/**
 * A tidbit made from what the browser tells about a right-click: the link or the
 * page, the text of the link, the page's title and the selected text, and for a
 * page what it says of itself (its description and main headings). Every piece
 * is untrusted page content, so it is cleaned and bounded here, once.
 */
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
  const summary = isThePage ? source.page : null;
  const title =
    cleanLine(source.linkText, LIMITS.title) ||
    (isThePage ? cleanLine(source.pageTitle, LIMITS.title) || cleanLine(summary?.title, LIMITS.title) : '') ||
    fallbackTitle(url);
  const description = cleanLine(summary?.description, LIMITS.excerpt);
  // The selection is what the user chose to keep; the page's description stands in for it.
  const excerpt = cleanBlock(source.selection, LIMITS.excerpt) || description;
  const headings = (Array.isArray(summary?.headings) ? summary.headings : []).slice(0, MAX_HEADINGS).map((heading) => cleanLine(heading, LIMITS.line));
  const pageText = cleanBlock([excerpt === description ? '' : description, ...headings].filter(Boolean).join('\n'), LIMITS.excerpt);

  return {
    ok: true,
    tidbit: {
      id: source.newId(),
      url,
      title,
      excerpt,
      foundOn,
      topics: topicsFor(title, `${excerpt}\n${pageText}`, source.interview?.notes ?? ''),
      interviewId: source.interview?.id ?? null,
      savedAt: source.now,
      ...(pageText ? { pageText } : {}),
    },
  };
}

/** The title of a tidbit whose page or link gave none: its address. */
export function fallbackTitle(url: string): string {
  return cleanLine(url, LIMITS.title);
}
