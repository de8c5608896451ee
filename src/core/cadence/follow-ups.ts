import type { CadenceSettings, TouchKind } from '../types.ts';
import { dayFromKey, dayOfInstant, type DayNumber } from './local-days.ts';
import {
  addWorkingDays,
  firstWorkingDayFrom,
  nextWorkingDay,
  nextWorkingMoment,
  workStartOn,
  type WorkCalendar,
} from './work-calendar.ts';

export type FollowUpKind = Exclude<TouchKind, 'thank-you'>;

export interface FollowUpSlot {
  kind: FollowUpKind;
  dueAt: number;
  asksStatus: boolean;
}

/** Where the chain stands before planning the rest of it. */
export interface ChainPosition {
  /** When the clock started: the end of the interview, or their later reply. */
  clockFrom: number;
  restartedByReply: boolean;
  /** The latest follow-up since the clock started (sent, skipped, due or snoozed). */
  last: { kind: FollowUpKind; at: number } | null;
  /** Whether a check-in was made (or is pending) since the clock started. */
  checkedIn: boolean;
  /** Messages that asked, or are pending to ask, about the status, over the whole interview. */
  statusQuestions: number;
}

export interface FollowUpContext {
  cal: WorkCalendar;
  cadence: CadenceSettings;
  /** The stated decision day, `YYYY-MM-DD`, or null. */
  decisionDate: string | null;
  now: number;
  /** When the last thank-you note of the interview is (or was) sent: planned, due, snoozed or sent; null when none. */
  thanksAt?: number | null;
}

/** More slots than any sensible cadence produces; it only bounds absurd settings. */
const MAX_SLOTS = 120;

/**
 * The chain of check-ins and value-adds after an interview. Each touch is placed
 * from the one before it, so a touch sent early, snoozed or skipped moves the
 * rest of the plan with it, and a reply restarts the clock.
 *
 * The rules, in order of precedence:
 * - The first check-in since the clock started asks about the status on the
 *   working day after the stated decision date; with no date,
 *   `checkInAfterWorkingDays` working days after the clock started. After a
 *   reply it waits for both. It is planned even after the stop week, because
 *   a decision date may lie beyond it.
 * - A value-add follows every `valueAddEveryDays`, moved to the next working day,
 *   until `stopAfterWeeks` after the clock started.
 * - While status questions remain (`maxStatusQuestions`, counted over the whole
 *   interview), a value-add is followed by another check-in in the same rhythm,
 *   so with the defaults: check-in, value-add, check-in, value-add. Two status
 *   questions in a row are never planned.
 * - A check-in that is more than half an interval beyond the next value-add slot
 *   (a distant decision date) is preceded by value-adds, so the contact does
 *   not go silent for weeks while the decision is pending.
 * - No follow-up comes before the working morning after the last thank-you
 *   note (owed, snoozed or sent): never "thank you" and "any news?" together.
 * - Nothing is due in the past: a touch whose time has passed (a past decision
 *   date, a browser closed for days) is due at the next working moment, and the
 *   touches after it are placed from there.
 */
export function planFollowUps(position: ChainPosition, ctx: FollowUpContext): FollowUpSlot[] {
  const { cal, cadence, now } = ctx;
  const every = Math.max(1, Math.floor(cadence.valueAddEveryDays));
  const clockDay = dayOfInstant(position.clockFrom);
  const stopDay = clockDay + Math.max(0, cadence.stopAfterWeeks) * 7;
  const decisionDay = ctx.decisionDate === null ? null : dayFromKey(ctx.decisionDate);
  // The working morning after the stated decision day; -Infinity when no day was stated.
  const afterDecision = decisionDay === null ? -Infinity : workStartOn(cal, nextWorkingDay(cal, decisionDay));
  const firstCheckIn = firstCheckInAt(position, ctx, clockDay, afterDecision);
  // Never with the thank-you notes (owed late, snoozed or sent late): at the earliest the working morning after the last.
  const notBefore = ctx.thanksAt === undefined || ctx.thanksAt === null ? -Infinity : workStartOn(cal, nextWorkingDay(cal, dayOfInstant(ctx.thanksAt)));

  const slots: FollowUpSlot[] = [];
  let prevAt = position.last?.at ?? position.clockFrom;
  let prevKind = position.last?.kind ?? null;
  let checkedIn = position.checkedIn;
  let asked = position.statusQuestions;

  while (slots.length < MAX_SLOTS) {
    const prevDay = dayOfInstant(prevAt);
    const valueAddDay = firstWorkingDayFrom(cal, prevDay + every);
    const valueAddFits = valueAddDay <= stopDay;
    let kind: FollowUpKind | null = valueAddFits ? 'value-add' : null;
    let at = workStartOn(cal, valueAddDay);

    if (asked < cadence.maxStatusQuestions && prevKind !== 'check-in') {
      const target = Math.max(
        checkedIn ? Math.max(at, afterDecision) : firstCheckIn,
        workStartOn(cal, nextWorkingDay(cal, prevDay)),
      );
      const targetDay: DayNumber = dayOfInstant(target);
      // The first check-in since the clock started keeps its date even beyond the stop week.
      const fits = !checkedIn || targetDay <= stopDay;
      // A check-in far beyond the next value-add slot waits behind a value-add instead.
      const farOff = valueAddDay + Math.ceil(every / 2) <= targetDay;
      if (fits && !(valueAddFits && farOff)) {
        kind = 'check-in';
        at = target;
      }
    }
    if (kind === null) break;

    at = Math.max(at >= now ? at : nextWorkingMoment(cal, now), notBefore);
    const asksStatus = kind === 'check-in';
    slots.push({ kind, dueAt: at, asksStatus });
    prevAt = at;
    prevKind = kind;
    if (asksStatus) {
      checkedIn = true;
      asked += 1;
    }
  }
  return slots;
}

function firstCheckInAt(position: ChainPosition, ctx: FollowUpContext, clockDay: DayNumber, afterDecision: number): number {
  const { cal, cadence } = ctx;
  const afterWaiting = workStartOn(cal, addWorkingDays(cal, clockDay, cadence.checkInAfterWorkingDays));
  if (afterDecision === -Infinity) return afterWaiting;
  // Before a reply, the stated date alone decides (it may be sooner than the usual wait);
  // after one, the conversation has moved on, so both must have passed.
  return position.restartedByReply ? Math.max(afterDecision, afterWaiting) : afterDecision;
}
