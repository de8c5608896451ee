/** Which interview the candidate most likely means when they do not say: the one the popup shows up close, and the composer writes about. */
import { isOpenInterview, type Interview } from './types.ts';

/**
 * The open interview that most recently took place (started at or before
 * `now`): the one whose notes and follow-ups are owed, not a next round
 * scheduled after it. When no open one has started yet, the soonest upcoming
 * open one; when none is open, the latest. `newestFirst` is in the start
 * index's order, latest first. db/interviews.ts `focusedInterview` gives it
 * only the part of that index the choice can fall in.
 */
export function focusOf<T extends Pick<Interview, 'start' | 'status'>>(newestFirst: readonly T[], now: number): T | undefined {
  let soonest: T | undefined;
  for (const interview of newestFirst) {
    if (!isOpenInterview(interview)) continue;
    if (interview.start <= now) return interview;
    soonest = interview;
  }
  return soonest ?? newestFirst[0];
}
