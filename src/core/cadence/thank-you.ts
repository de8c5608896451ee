import type { CadenceSettings, Interview } from '../types.ts';
import { dayOfInstant } from './local-days.ts';
import {
  isWorkingDay,
  latestWorkingMoment,
  nextWorkingDay,
  workEndOn,
  workStartOn,
  type WorkCalendar,
} from './work-calendar.ts';

const HOUR_MS = 60 * 60 * 1000;

/** When the interview ended: with only a start, an hour later; with only a day, at the day's last moment. */
export function interviewEnd(interview: Pick<Interview, 'start' | 'end' | 'timeKnown'>): number {
  if (!interview.timeKnown) {
    const day = new Date(interview.start);
    return new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1).getTime() - 1;
  }
  return interview.end ?? interview.start + HOUR_MS;
}

/** A quiet hour after the interview before the note is due, so it is not written in the lift. */
const SAME_DAY_DELAY_MS = HOUR_MS;

/**
 * When the thank-you note to each interviewer is due. A note written while the
 * conversation is fresh reads best, so it is due the same day when the interview
 * ends early enough, otherwise the next working morning; but never later than
 * `thankYouWithinHours` after the end, even across a weekend or holiday. An
 * interview known only by its day is taken to end with that day: its note is
 * due the next working morning (the same-day rule needs the hour it ended).
 */
export function thankYouDueAt(
  interview: Pick<Interview, 'start' | 'end' | 'timeKnown'>,
  cal: WorkCalendar,
  cadence: Pick<CadenceSettings, 'sameDayBeforeHour' | 'thankYouWithinHours'>,
): number {
  const end = interviewEnd(interview);
  const day = dayOfInstant(end);
  const nextMorning = workStartOn(cal, nextWorkingDay(cal, day));
  let due = nextMorning;
  if (isWorkingDay(cal, day) && new Date(end).getHours() < cadence.sameDayBeforeHour) {
    const sameDay = Math.min(Math.max(end + SAME_DAY_DELAY_MS, workStartOn(cal, day)), workEndOn(cal, day));
    // A working day that closes before the interview ended leaves no time that day.
    if (sameDay >= end) due = sameDay;
  }
  const latest = end + cadence.thankYouWithinHours * HOUR_MS;
  if (due <= latest) return due;
  // The deadline wins over working hours only when no working moment fits before it.
  return latestWorkingMoment(cal, end, latest) ?? latest;
}
