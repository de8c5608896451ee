/** Changes to a stored tidbit: the user's edits, and the same link saved again. */
import { cleanLine, LIMITS } from '../text.ts';
import type { Id, Tidbit } from '../types.ts';
import { fallbackTitle } from './draft.ts';
import { cleanTopics, mergeTopics } from './topics.ts';

export interface TidbitEdit {
  title?: string;
  topics?: readonly string[];
  interviewId?: Id | null;
}

/** The tidbit with the user's edits applied; an emptied title falls back to the address. */
export function applyTidbitEdit(tidbit: Tidbit, edit: TidbitEdit): Tidbit {
  return {
    ...tidbit,
    title: edit.title === undefined ? tidbit.title : cleanLine(edit.title, LIMITS.title) || fallbackTitle(tidbit.url),
    topics: edit.topics === undefined ? tidbit.topics : cleanTopics(edit.topics),
    interviewId: edit.interviewId === undefined ? tidbit.interviewId : edit.interviewId,
  };
}

/**
 * The stored tidbit after the same address was saved again for the same
 * interview: it keeps its id, takes the new title, excerpt, page, page text and time, and
 * gains the new topics. What the new save did not know (no selection this time,
 * no link text) never erases what was known.
 */
export function resaveTidbit(known: Tidbit, again: Tidbit): Tidbit {
  const knowsTitle = again.title !== fallbackTitle(again.url);
  return {
    ...known,
    title: knowsTitle ? again.title : known.title,
    excerpt: again.excerpt || known.excerpt,
    foundOn: again.foundOn || known.foundOn,
    topics: mergeTopics(known.topics, again.topics),
    savedAt: again.savedAt,
    ...(again.pageText || known.pageText ? { pageText: again.pageText || known.pageText } : {}),
  };
}
