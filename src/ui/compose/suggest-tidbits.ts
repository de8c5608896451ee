/**
 * The one place the composer asks for tidbit suggestions, so a change in how
 * tidbits are ranked (src/core/tidbits/rank.ts) is adjusted here only.
 */
import type { NotePromise } from '../../core/compose/promises.ts';
import { rankTidbits, type TidbitSuggestion } from '../../core/tidbits/rank.ts';
import type { Contact, Interview, Link, Tidbit, Touch } from '../../core/types.ts';

export type { TidbitSuggestion };

export interface SuggestionSources {
  interview: Interview;
  tidbits: readonly Tidbit[];
  contacts: readonly Contact[];
  /** Sent touchpoints of every interview: a tidbit sent to someone is never offered to them again. */
  sentTouches: readonly Touch[];
}

/** "Try the next one" cycles through these; more would only be noise. */
const MAX_SUGGESTIONS = 20;

/** The best tidbits for one person; one that keeps a promise to them (`promises`, theirs and open) first. */
export function suggestTidbits(sources: SuggestionSources, person: { link: Link; contact: Contact }, promises: readonly NotePromise[] = []): TidbitSuggestion[] {
  return rankTidbits({
    promises: promises.map((promise) => promise.keys),
    tidbits: sources.tidbits,
    interview: sources.interview,
    interviewerNotes: person.link.notes,
    contact: person.contact,
    touchpoints: sources.sentTouches,
    contacts: sources.contacts,
    limit: MAX_SUGGESTIONS,
  });
}
