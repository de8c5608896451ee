/** What a touchpoint's status means to the planner and the scheduler. */
import { compareText } from '../text.ts';
import { TOUCH_KINDS, type Touch, type TouchKind } from '../types.ts';

/** Not sent and not skipped: still waiting for the user (planned, due or snoozed). */
export function isPending(touch: Pick<Touch, 'status'>): boolean {
  return touch.status === 'planned' || touch.status === 'due' || touch.status === 'snoozed';
}

/**
 * Due now: marked due by the scheduler, or planned or snoozed with its time
 * passed but not yet collected (the alarm may be a moment late). The badge and
 * the due list both count by this rule, so they never disagree.
 */
export function isDueNow(touch: Pick<Touch, 'status' | 'dueAt'>, now: number): boolean {
  return touch.status === 'due' || ((touch.status === 'planned' || touch.status === 'snoozed') && touch.dueAt <= now);
}

/**
 * When a touch took its place in the plan: the moment it was sent, which moves
 * the plan on when it was sent early; otherwise when it was (or is) due.
 */
export function effectiveAt(touch: Pick<Touch, 'status' | 'sentAt' | 'dueAt'>): number {
  return touch.status === 'sent' && touch.sentAt !== null ? touch.sentAt : touch.dueAt;
}

/** The earliest due first; ties by id, so the order never depends on the input's. */
export function byDueThenId(a: Pick<Touch, 'dueAt' | 'id'>, b: Pick<Touch, 'dueAt' | 'id'>): number {
  return a.dueAt - b.dueAt || compareText(a.id, b.id);
}

/**
 * The order in which the candidate sees touches (the due list, in the popup and
 * the dashboard): the earliest due first; at the same moment by kind as the
 * cadence places them (thank-you notes, then check-ins, then value-adds); then
 * by id, so the order never depends on the input's.
 */
export function byDueThenKind(a: Pick<Touch, 'dueAt' | 'kind' | 'id'>, b: Pick<Touch, 'dueAt' | 'kind' | 'id'>): number {
  return a.dueAt - b.dueAt || TOUCH_KINDS.indexOf(a.kind) - TOUCH_KINDS.indexOf(b.kind) || compareText(a.id, b.id);
}

/**
 * What the candidate writes next for an interview, from its touches, the
 * contacts on it and when it starts: once it has started, its thank-you notes
 * while one is still owed (planned, due or snoozed, due yet or not: it comes
 * first; or not planned yet, for someone just added, before the background has
 * planned theirs); after that, the kind of the follow-up due now that the due
 * list puts first; null when nothing is owed or due. Before the interview has
 * started nobody is owed a thank-you: only a follow-up due now that is not one.
 */
export function nextStepOf(
  touches: readonly Pick<Touch, 'status' | 'dueAt' | 'kind' | 'id' | 'contactId'>[],
  contactIds: readonly string[],
  now: number,
  start: number,
): TouchKind | null {
  const thanks = touches.filter((touch) => touch.kind === 'thank-you');
  const started = start <= now;
  if (started && (thanks.some(isPending) || contactIds.some((id) => !thanks.some((touch) => touch.contactId === id)))) return 'thank-you';
  const due = touches.filter((touch) => isDueNow(touch, now) && (started || touch.kind !== 'thank-you')).sort(byDueThenKind);
  return due[0]?.kind ?? null;
}

/**
 * Whether a touch not yet due may be sent early: any follow-up may, but a
 * thank-you only once its interview is over (nobody thanks for a conversation
 * that has not taken place).
 */
export function canSendEarly(touch: Pick<Touch, 'kind'>, interviewEnd: number, now: number): boolean {
  return touch.kind !== 'thank-you' || interviewEnd <= now;
}
