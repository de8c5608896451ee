import { formatLocalDate } from '../../core/local-time.ts';
import type { Interview, TouchKind, TouchStatus, Touch } from '../../core/types.ts';

type StepState = 'interview' | 'today' | TouchStatus;

export interface TimelineStep {
  /** Stable across renders, for keys. */
  key: string;
  state: StepState;
  at: number;
  kind: TouchKind | null;
  /** Who the step's notes went (or go) to, in order, each once. */
  people: string[];
}

/** When a touch sits on the line: when it was sent, else when it is due. */
function placeOf(touch: Touch): number {
  return touch.status === 'sent' && touch.sentAt !== null ? touch.sentAt : touch.dueAt;
}

/**
 * An interview's follow-ups as steps on a line: the interview itself, what was
 * sent (or skipped), today, and what is planned, due or snoozed ahead. Notes
 * of one kind that share a day and a state (the thank-you to each of three
 * interviewers) are one step naming everyone, so the line stays short.
 */
export function timelineSteps(
  interview: Pick<Interview, 'id' | 'start'>,
  touches: readonly Touch[],
  nameOf: (contactId: string) => string,
  now: number,
): TimelineStep[] {
  const groups = new Map<string, TimelineStep>();
  for (const touch of [...touches].sort((a, b) => placeOf(a) - placeOf(b))) {
    const at = placeOf(touch);
    const key = `${touch.kind}|${touch.status}|${formatLocalDate(at)}`;
    const name = nameOf(touch.contactId);
    const step = groups.get(key);
    if (!step) groups.set(key, { key, state: touch.status, at, kind: touch.kind, people: name ? [name] : [] });
    else if (name && !step.people.includes(name)) step.people.push(name);
  }
  const start: TimelineStep = { key: `interview|${interview.id}`, state: 'interview', at: interview.start, kind: null, people: [] };
  const steps: TimelineStep[] = [
    start,
    ...groups.values(),
  ].sort((a, b) => a.at - b.at);
  // Today goes after everything up to now: a note due earlier today is behind it.
  const index = steps.findIndex((s) => s.at > now);
  const today: TimelineStep = { key: 'today', state: 'today', at: now, kind: null, people: [] };
  steps.splice(index === -1 ? steps.length : index, 0, today);
  return steps;
}
