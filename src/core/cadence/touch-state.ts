/** What a touchpoint's status means to the planner and the scheduler. */
import type { Touchpoint } from '../types.ts';

/** Not sent and not skipped: still waiting for the user (planned, due or snoozed). */
export function isPending(touch: Pick<Touchpoint, 'status'>): boolean {
  return touch.status === 'planned' || touch.status === 'due' || touch.status === 'snoozed';
}

/**
 * When a touch took its place in the plan: the moment it was sent, which moves
 * the plan on when it was sent early; otherwise when it was (or is) due.
 */
export function effectiveAt(touch: Pick<Touchpoint, 'status' | 'sentAt' | 'dueAt'>): number {
  return touch.status === 'sent' && touch.sentAt !== null ? touch.sentAt : touch.dueAt;
}
