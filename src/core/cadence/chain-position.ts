// Where an interview's follow-up chain stands, read from its stored check-ins and value-adds.
import type { Interview, Touch } from '../types.ts';
import type { ChainPosition, FollowUpKind } from './follow-ups.ts';
import { interviewEnd } from './thank-you.ts';
import { effectiveAt } from './touch-state.ts';

export type FollowUpTouch = Touch & { kind: FollowUpKind };

export function isFollowUp(touch: Touch): touch is FollowUpTouch {
  return touch.kind === 'check-in' || touch.kind === 'value-add';
}

export interface ChainReading {
  position: ChainPosition;
  /** Due or snoozed follow-ups that a later reply answered; they are to be removed. */
  answered: FollowUpTouch[];
}

/**
 * The clock starts when the interview ends, or again when they reply. Sent,
 * skipped, due and snoozed follow-ups are fixed points; planned ones are not
 * read here, because the planner re-derives them.
 */
export function readChain(interview: Interview, followUps: readonly FollowUpTouch[]): ChainReading {
  const end = interviewEnd(interview);
  const repliedAt = interview.repliedAt !== null && interview.repliedAt > end ? interview.repliedAt : null;
  // A reply answers whatever follow-up was pending when it came.
  const answered = followUps.filter(
    (t) => repliedAt !== null && (t.status === 'due' || t.status === 'snoozed') && t.dueAt <= repliedAt,
  );
  const fixed = followUps.filter((t) => t.status !== 'planned' && !answered.includes(t));
  const sinceClock = repliedAt === null ? fixed : fixed.filter((t) => effectiveAt(t) > repliedAt);
  let last: FollowUpTouch | null = null;
  for (const t of sinceClock) if (last === null || isLater(t, last)) last = t;
  return {
    answered,
    position: {
      clockFrom: repliedAt ?? end,
      restartedByReply: repliedAt !== null,
      last: last === null ? null : { kind: last.kind, at: effectiveAt(last) },
      // A skipped check-in used its slot, so the plan does not re-ask the next day,
      checkedIn: sinceClock.some((t) => t.kind === 'check-in'),
      // but it asked nothing, so it leaves the question for a later check-in.
      statusQuestions: fixed.filter((t) => t.asksStatus && t.status !== 'skipped').length,
    },
  };
}

function isLater(a: Touch, b: Touch): boolean {
  return effectiveAt(a) > effectiveAt(b) || (effectiveAt(a) === effectiveAt(b) && a.id > b.id);
}
