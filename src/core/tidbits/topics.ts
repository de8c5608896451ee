// Topics say why a tidbit was saved: proposed from the words it shares with the notes; the user's own are cleaned, not judged.
import { bound, cleanLine, LIMITS } from '../text.ts';
import { fold, keysOf, splitWords, wordKey } from './words.ts';

/**
 * How many topics are proposed on saving; the user may add more, up to LIMITS.topics.
 * @internal exported for its tests
 */
export const MAX_PROPOSED_TOPICS = 5;

/**
 * The words of the title, then of the excerpt, whose key also occurs in the
 * notes, each once, in the order they appear, as they are written in the
 * tidbit (lower-cased).
 */
export function topicsFor(title: string, excerpt: string, notes: string): string[] {
  const wanted = keysOf(notes);
  if (wanted.size === 0) return [];
  const topics: string[] = [];
  const taken = new Set<string>();
  for (const text of [title, excerpt]) {
    for (const word of splitWords(text)) {
      const key = wordKey(word);
      if (!key || !wanted.has(key) || taken.has(key)) continue;
      taken.add(key);
      topics.push(bound(word, LIMITS.topic));
      if (topics.length === MAX_PROPOSED_TOPICS) return topics;
    }
  }
  return topics;
}

/**
 * Topics as the user typed or merged them: each one line, without a leading
 * '#', at most LIMITS.topic long, duplicates (ignoring case and accents)
 * removed keeping the first, at most LIMITS.topics of them.
 */
export function cleanTopics(topics: readonly unknown[]): string[] {
  const result: string[] = [];
  const seen = new Set<string>();
  for (const topic of topics) {
    const text = cleanLine(cleanLine(topic, LIMITS.topic * 2).replace(/^#+\s*/, ''), LIMITS.topic);
    const key = fold(text);
    if (!text || seen.has(key)) continue;
    seen.add(key);
    result.push(text);
    if (result.length === LIMITS.topics) break;
  }
  return result;
}

/** The topics of `known` followed by the new ones of `learned`. */
export function mergeTopics(known: readonly string[], learned: readonly string[]): string[] {
  return cleanTopics([...known, ...learned]);
}
