/** Finding tidbits in the library, and who each one has been sent to. */
import { compareText } from '../text.ts';
import type { Contact, Id, Tidbit, Touch } from '../types.ts';
import { fold } from './words.ts';

export interface TidbitFilter {
  /** Every word must occur in the title, excerpt, topics, address or page, ignoring case and accents. */
  words?: string;
  /** One interview's tidbits, 'none' for those saved for no interview, or null/absent for all. */
  interviewId?: Id | 'none' | null;
  /** Only tidbits with this topic (ignoring case and accents). */
  topic?: string | null;
}

/**
 * The folded text each tidbit is searched in, remembered per record so that
 * typing in the search box does not fold the whole library on every key.
 * Records are never changed in place (edits make new objects), so an entry
 * can never be stale; the WeakMap lets it go with its record.
 */
const haystacks = new WeakMap<Tidbit, string>();

function haystack(tidbit: Tidbit): string {
  let text = haystacks.get(tidbit);
  if (text === undefined) {
    text = fold([tidbit.title, tidbit.excerpt, tidbit.topics.join(' '), tidbit.url, tidbit.foundOn].join('\n'));
    haystacks.set(tidbit, text);
  }
  return text;
}

/** The tidbits that pass the filter, the newest first. Words match anywhere, so "kube" finds "Kubernetes". */
export function searchTidbits(tidbits: readonly Tidbit[], filter: TidbitFilter): Tidbit[] {
  const words = fold(filter.words ?? '').split(/\s+/).filter(Boolean);
  const topic = filter.topic ? fold(filter.topic.trim()) : '';
  const result = tidbits.filter((tidbit) => {
    if (filter.interviewId === 'none' ? tidbit.interviewId !== null : filter.interviewId && tidbit.interviewId !== filter.interviewId) {
      return false;
    }
    if (topic && !tidbit.topics.some((t) => fold(t) === topic)) return false;
    if (words.length === 0) return true;
    const text = haystack(tidbit);
    return words.every((word) => text.includes(word));
  });
  return result.sort((a, b) => b.savedAt - a.savedAt || compareText(a.id, b.id));
}

/**
 * For every tidbit that was sent, the names of the people it was sent to, in
 * the order they received it, each once. Only sent touchpoints count; people
 * whose contact was deleted are left out.
 */
export function sentToIndex(
  touchpoints: readonly Pick<Touch, 'tidbitId' | 'contactId' | 'status' | 'sentAt'>[],
  contacts: readonly Pick<Contact, 'id' | 'name'>[],
): Map<Id, string[]> {
  const names = new Map(contacts.map((c) => [c.id, c.name]));
  const sent = touchpoints
    .filter((t) => t.status === 'sent' && t.tidbitId !== null && names.has(t.contactId))
    .sort((a, b) => (a.sentAt ?? Infinity) - (b.sentAt ?? Infinity));
  const index = new Map<Id, string[]>();
  const counted = new Set<string>();
  for (const touch of sent) {
    const tidbitId = touch.tidbitId!;
    const pair = `${tidbitId}\u0000${touch.contactId}`;
    if (counted.has(pair)) continue;
    counted.add(pair);
    const list = index.get(tidbitId) ?? [];
    list.push(names.get(touch.contactId)!);
    index.set(tidbitId, list);
  }
  return index;
}
