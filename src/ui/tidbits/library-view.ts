// Plain data in and out, no browser API, so it is tested like the domain.
import { interviewMenuLabel } from '../../core/tidbits/menu-choices.ts';
import { cleanTopics } from '../../core/tidbits/topics.ts';
import { fold } from '../../core/tidbits/words.ts';
import { cleanHttpUrl, compareText } from '../../core/text.ts';
import type { Id, Interview, Tidbit } from '../../core/types.ts';

/** How many tidbits are rendered at first and added by "Show more": enough to scan, few enough to draw at once. */
export const PAGE_SIZE = { popup: 5, library: 100 } as const;

/** How many topic chips the filter offers; rarer topics are found by searching. */
const TOPIC_CHIPS = 24;

/**
 * The topics present in the library, the most used first (then in alphabetical
 * order), each once ignoring case and accents, written as most tidbits write
 * it. The selected topic is always offered, so it can be seen and unselected.
 */
export function topicChoices(tidbits: readonly Tidbit[], selected: string | null, max = TOPIC_CHIPS): string[] {
  const counts = new Map<string, { count: number; spellings: Map<string, number> }>();
  for (const tidbit of tidbits) {
    for (const topic of tidbit.topics) {
      const key = fold(topic);
      const entry = counts.get(key) ?? { count: 0, spellings: new Map<string, number>() };
      entry.count += 1;
      entry.spellings.set(topic, (entry.spellings.get(topic) ?? 0) + 1);
      counts.set(key, entry);
    }
  }
  const ranked = [...counts.values()]
    .map(({ count, spellings }) => ({ count, topic: [...spellings].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))[0]![0] }))
    .sort((a, b) => b.count - a.count || compareText(a.topic, b.topic))
    .slice(0, Math.max(0, max))
    .map((entry) => entry.topic);
  if (selected && !ranked.some((topic) => fold(topic) === fold(selected))) ranked.push(selected);
  return ranked;
}


/** "Acme — Staff Engineer (12 Mar)" for every interview, by id. */
export function interviewLabels(interviews: readonly Interview[], locale: string): Map<Id, string> {
  return new Map(interviews.map((interview) => [interview.id, interviewMenuLabel(interview, locale)]));
}

/**
 * The address a link may point to: http(s) only, or '' for anything else. The
 * stored URL was normalised on saving, but a restored backup or an older
 * version could hold anything, and a `javascript:` href would run on click.
 */
export function safeHref(url: string): string {
  return cleanHttpUrl(url);
}

/** The host name shown for an address ("example.com"), or '' when it is not a web address. */
export function hostOf(url: string): string {
  const href = safeHref(url);
  return href ? new URL(href).hostname : '';
}

/** Topics as typed in the editor: a comma-separated list, cleaned as every topic is. */
export function parseTopicList(text: string): string[] {
  return cleanTopics(text.split(/[,،、，]/));
}

export function topicListText(topics: readonly string[]): string {
  return topics.join(', ');
}

/**
 * The loaded list after a change made on this page: records removed by id,
 * then records put back or replaced. The library does not reload 10,000
 * records from the database after each edit.
 */
export function patchTidbits(list: readonly Tidbit[], change: { remove?: readonly Id[]; put?: readonly Tidbit[] }): Tidbit[] {
  const put = change.put ?? [];
  const gone = new Set([...(change.remove ?? []), ...put.map((t) => t.id)]);
  return [...list.filter((t) => !gone.has(t.id)), ...put];
}

/**
 * Where the focus goes when the tidbit `id` leaves the list shown: the one
 * after it, else the one before it, else nowhere (null).
 */
export function neighbourOf(shown: readonly Pick<Tidbit, 'id'>[], id: Id): Id | null {
  const index = shown.findIndex((t) => t.id === id);
  if (index < 0) return null;
  return shown[index + 1]?.id ?? shown[index - 1]?.id ?? null;
}
