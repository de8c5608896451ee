// Each sentence is one message key with the name and company as substitutions, so a translation can put them in its own order.
import { interviewDayMessage } from '../../core/cadence/relative-age.ts';
import type { TouchKind } from '../../core/types.ts';
import { t, tMessage, type MessageKey } from '../../i18n.ts';
import type { DueEntry } from '../../db/due-entries.ts';
import { whenText } from '../format.ts';

const TASK_KEYS: Record<TouchKind, MessageKey> = {
  'thank-you': 'dueThank',
  'check-in': 'dueCheckIn',
  'value-add': 'dueValueAdd',
};

const CALENDAR_KEYS: Record<TouchKind, MessageKey> = {
  'thank-you': 'icsThank',
  'check-in': 'icsCheckIn',
  'value-add': 'icsValueAdd',
};

const KIND_KEYS: Record<TouchKind, MessageKey> = {
  'thank-you': 'kindThankYou',
  'check-in': 'kindCheckIn',
  'value-add': 'kindValueAdd',
};

const NEXT_STEP_KEYS: Record<TouchKind, MessageKey> = {
  'thank-you': 'composeOpen',
  'check-in': 'composeCheckIn',
  'value-add': 'composeValueAdd',
};

/** The interview's primary action, named after what to write next (nextStepOf): "Write thank-you notes", "Write a check-in"…, "Write a note" when nothing is owed or due. */
export function nextStepLabel(step: TouchKind | null): string {
  return t(step ? NEXT_STEP_KEYS[step] : 'composeNote');
}

function who(entry: Pick<DueEntry, 'contactName'>): string {
  return entry.contactName || t('notifyUnknownContact');
}

/** "Thank Jane Doe at Acme". */
export function taskText(entry: Pick<DueEntry, 'contactName' | 'company'> & { touch: { kind: TouchKind } }): string {
  return t(TASK_KEYS[entry.touch.kind], [who(entry), entry.company]);
}

/** "Nothing due now. Next: Check in with Jane Doe at Acme, due Tue 9:00 AM": when is worded as the due list words it, so that a touch due later today is not named by today's date as if it were another day. */
export function nothingDueText(next: Pick<DueEntry, 'contactName' | 'company'> & { touch: { kind: TouchKind; dueAt: number } }, now: number): string {
  return t('dueNothingNext', [taskText(next), whenText(next.touch.dueAt, now)]);
}

/** The calendar event's title: "Thank Jane Doe (Acme)". */
export function calendarTitle(entry: Pick<DueEntry, 'contactName' | 'company'> & { touch: { kind: TouchKind } }): string {
  return t(CALENDAR_KEYS[entry.touch.kind], [who(entry), entry.company]);
}

export function kindText(kind: TouchKind): string {
  return t(KIND_KEYS[kind]);
}

/** "Interview yesterday", "Interview 2 days ago"; '' for an interview on a later day. */
export function interviewDayText(interviewEnd: number, now: number): string {
  const message = interviewDayMessage(interviewEnd, now);
  return message ? tMessage(message) : '';
}
