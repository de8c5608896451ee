/**
 * Quick picks for the topic a note recalls, taken from what was jotted after
 * the interview. Notes are written in a hurry, as lines, bullets or sentences
 * run together ("Kafka migration; she cares about on-call. Promised the
 * article"), so each line is split at semicolons, bullets and sentence ends,
 * and list markers and closing punctuation are dropped. The person's own
 * notes come first: what was said with them is what makes their note theirs.
 */
import { cleanLine, LIMITS } from '../../core/text.ts';

export interface TopicPicks {
  /** Phrases from the notes about this person. */
  person: string[];
  /** Phrases from the notes about the whole interview not already in `person`. */
  interview: string[];
}

/** Enough to choose from in a popup without scrolling past the note itself. */
export const MAX_TOPIC_PICKS = 8;
/** Shorter fragments ("ok", "Q3") are not topics anyone would recall in a note. */
const MIN_LENGTH = 3;

const SPLIT = /\r?\n|[;•·]|(?<=[.!?])\s+/u;
const LIST_MARKER = /^(?:[-*–—>]+|\d{1,2}[.)])\s*/u;
const TRAILING_PUNCTUATION = /[\s.!?,:;]+$/u;

export function topicPicks(personNotes: string, interviewNotes: string, max = MAX_TOPIC_PICKS): TopicPicks {
  const seen = new Set<string>();
  const take = (text: string, room: number): string[] => {
    const picks: string[] = [];
    for (const phrase of phrases(text)) {
      if (picks.length >= room) break;
      const key = phrase.toLocaleLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      picks.push(phrase);
    }
    return picks;
  };
  const person = take(personNotes, max);
  const interview = take(interviewNotes, max - person.length);
  return { person, interview };
}

function phrases(text: string): string[] {
  return text
    .split(SPLIT)
    .map((part) => cleanLine(part, LIMITS.line * 2).replace(LIST_MARKER, '').replace(TRAILING_PUNCTUATION, ''))
    // A phrase longer than the topic's bound would be cut and reported; it is
    // a paragraph, not a topic, so it is not offered.
    .filter((phrase) => phrase.length >= MIN_LENGTH && phrase.length <= LIMITS.line);
}
