import { isPlausibleInstant } from '../local-time.ts';
import { DECISION_STATUSES, type Id, type Interview, type Settings, type Touch } from '../types.ts';
import { isFollowUp, readChain } from './chain-position.ts';
import { planFollowUps, type FollowUpKind } from './follow-ups.ts';
import { thankYouDueAt } from './thank-you.ts';
import { byDueThenId, effectiveAt, isPending } from './touch-state.ts';
import { nextWorkingMoment, workCalendar } from './work-calendar.ts';

export interface PlanInput {
  interview: Interview;
  /** Contact ids of the interviewers, in the order they were added. */
  interviewerIds: readonly Id[];
  /** Who receives check-ins and value-adds, when known; else the first interviewer. */
  followUpContactId?: Id | null;
  /** The interview's touchpoints; touchpoints of other interviews are ignored. */
  touchpoints: readonly Touch[];
  settings: Settings;
  now: number;
  newId: () => string;
}

export interface PlanChanges {
  create: Touch[];
  /** Full records, to be written over the stored ones. */
  update: Touch[];
  remove: Id[];
}

/**
 * Brings one interview's stored touchpoints in line with its plan. The result is
 * a list of changes rather than a new list, so the caller writes only what moved;
 * applying them and reconciling again yields no changes.
 *
 * - Planned touches are placeholders: their time is re-derived every time (which
 *   is how a move to another time zone or a settings change heals). One whose
 *   time has passed unnoticed (browser closed) is due at the next working moment,
 *   so run this before `collectDue` at start-up and its notice waits for working
 *   hours.
 * - Due and snoozed touches belong to the user: they keep their time.
 * - Sent and skipped touches are history and are never changed.
 * - A decision (offer, rejected, withdrawn) ends the plan: every unsent touch is
 *   removed, not skipped, because "skipped" records a choice the user made.
 * - A next round pauses the follow-ups the same way (the next round is a new
 *   interview with its own plan), but the thank-you notes for this round are
 *   still owed: being invited back makes them no less due.
 * - Thank-you notes go to each interviewer. Check-ins and value-adds go to one
 *   person: `followUpContactId` when the caller knows a recruiter or organiser,
 *   otherwise the first interviewer. Without anyone to write to, nothing is planned.
 */
export function reconcilePlan(input: PlanInput): PlanChanges {
  const { interview } = input;
  const own = input.touchpoints.filter((t) => t.interviewId === interview.id);
  const changes: PlanChanges = { create: [], update: [], remove: [] };
  const paused = interview.status === 'next-round';
  // A date no one could mean (kept from before the checks refused it) is planned from no more than a decision is.
  const implausible = !isPlausibleInstant(interview.start) || (interview.end !== null && !isPlausibleInstant(interview.end));
  if (DECISION_STATUSES.includes(interview.status) || implausible) {
    changes.remove = own.filter(isPending).map((t) => t.id);
    return changes;
  }
  const cal = workCalendar(input.settings);
  // A moment that has passed is due at the next working moment instead, never in the past.
  const notPast = (at: number) => (at >= input.now ? at : nextWorkingMoment(cal, input.now));
  const interviewers = [...new Set(input.interviewerIds)];
  const draft = (contactId: Id, kind: Touch['kind'], dueAt: number, asksStatus: boolean): Touch => ({
    id: input.newId(),
    interviewId: interview.id,
    contactId,
    kind,
    dueAt,
    status: 'planned',
    notifiedAt: null,
    sentAt: null,
    subject: '',
    body: '',
    tidbitId: null,
    asksStatus,
  });
  // A planned touch was never notified; a stray notifiedAt (say, from an old backup) would silence it.
  const place = (existing: Touch, contactId: Id, dueAt: number, asksStatus: boolean) => {
    const same = existing.dueAt === dueAt && existing.contactId === contactId && existing.asksStatus === asksStatus;
    if (!same || existing.notifiedAt !== null) {
      changes.update.push({ ...existing, contactId, dueAt, asksStatus, notifiedAt: null });
    }
  };

  // Thank-you notes: one per interviewer, unless one was already sent, skipped or is pending.
  const thankYouAt = notPast(thankYouDueAt(interview, cal, input.settings.cadence));
  let owed = false;
  for (const contactId of interviewers) {
    const mine = own.filter((t) => t.kind === 'thank-you' && t.contactId === contactId);
    const planned = mine.filter((t) => t.status === 'planned').sort(byDueThenId);
    const settled = mine.length > planned.length;
    const keep = settled ? undefined : planned[0];
    changes.remove.push(...planned.filter((t) => t !== keep).map((t) => t.id));
    if (keep) place(keep, contactId, thankYouAt, false);
    else if (!settled) changes.create.push(draft(contactId, 'thank-you', thankYouAt, false));
    owed ||= !settled;
  }
  // When the last thank-you goes, or went: the follow-ups come after it (a skipped one went nowhere).
  const thanksTimes = own
    .filter((t) => t.kind === 'thank-you' && interviewers.includes(t.contactId) && (t.status === 'sent' || t.status === 'due' || t.status === 'snoozed'))
    .map(effectiveAt);
  if (owed) thanksTimes.push(thankYouAt);
  const thanksAt = thanksTimes.length > 0 ? Math.max(...thanksTimes) : null;
  const former = own.filter((t) => t.kind === 'thank-you' && isPending(t) && !interviewers.includes(t.contactId));
  changes.remove.push(...former.map((t) => t.id));

  // Check-ins and value-adds: a chain placed after what already happened.
  const followUps = own.filter(isFollowUp);
  if (paused) {
    changes.remove.push(...followUps.filter(isPending).map((t) => t.id));
    return changes;
  }
  const { position, answered } = readChain(interview, followUps);
  changes.remove.push(...answered.map((t) => t.id));
  // The n-th planned touch of a kind fills that kind's n-th slot, so ids stay put as times move.
  const plannedOf = (kind: FollowUpKind) =>
    followUps.filter((t) => t.kind === kind && t.status === 'planned').sort(byDueThenId);
  const unfilled = { 'check-in': plannedOf('check-in'), 'value-add': plannedOf('value-add') };
  const contactId = input.followUpContactId ?? interviewers[0] ?? null;
  if (contactId !== null) {
    const context = { cal, cadence: input.settings.cadence, decisionDate: interview.decisionDate, now: input.now, thanksAt };
    for (const slot of planFollowUps(position, context)) {
      const existing = unfilled[slot.kind].shift();
      if (existing) place(existing, contactId, slot.dueAt, slot.asksStatus);
      else changes.create.push(draft(contactId, slot.kind, slot.dueAt, slot.asksStatus));
    }
  }
  changes.remove.push(...[...unfilled['check-in'], ...unfilled['value-add']].map((t) => t.id));
  return changes;
}

/**
 * The touchpoints after the changes, for previews and tests; the order is not meaningful.
 * @internal exported for its tests
 */
export function applyPlanChanges(touchpoints: readonly Touch[], changes: PlanChanges): Touch[] {
  const removed = new Set(changes.remove);
  const updated = new Map(changes.update.map((t) => [t.id, t]));
  return [
    ...touchpoints.filter((t) => !removed.has(t.id)).map((t) => updated.get(t.id) ?? t),
    ...changes.create,
  ];
}
