import { bound, LIMITS } from '../text.ts';
import type { Id, Template, TouchKind, Touch } from '../types.ts';

export interface SentNote {
  interviewId: Id;
  contactId: Id;
  kind: TouchKind;
  subject: string;
  body: string;
  tidbitId: Id | null;
  now: number;
  newId: () => Id;
}

/**
 * The record kept when the user says a note was sent. It keeps the exact words,
 * for the history and so the same tidbit is never suggested to that person
 * again. Sending a planned or due touch completes it (its id, due time and
 * notification stay); sending with nothing planned, or sending again after a
 * touch was already sent, adds a new record, so earlier history is never
 * overwritten.
 */
export function sentTouch(touch: Touch | null, sent: SentNote): Touch {
  if (touch && (touch.interviewId !== sent.interviewId || touch.contactId !== sent.contactId)) {
    // Recording one person's note on another person's touch would corrupt both
    // histories; this is a bug in the caller, not something to paper over.
    throw new Error('sentTouchpoint: the touch belongs to another interview or contact');
  }
  const base = touch && touch.status !== 'sent' ? touch : null;
  return {
    id: base?.id ?? sent.newId(),
    interviewId: sent.interviewId,
    contactId: sent.contactId,
    kind: sent.kind,
    dueAt: base?.dueAt ?? sent.now,
    status: 'sent',
    notifiedAt: base?.notifiedAt ?? null,
    sentAt: sent.now,
    subject: bound(sent.subject, LIMITS.subject),
    body: bound(sent.body, LIMITS.body),
    tidbitId: sent.tidbitId,
    // Only a check-in asks where the decision stands; the planner counts these
    // against the limit of status questions.
    asksStatus: sent.kind === 'check-in',
  };
}

/**
 * What "Didn't send it? Undo" puts back for a touch recorded as sent, or null
 * to remove it. `before` is the record it replaced, when known: the same touch
 * as it was planned (put back exactly, so the plan is as it was), or null when
 * the note was recorded as a new touch (removed). Undone later, when that is
 * no longer known (`undefined`), the touch goes back to the plan as a planned
 * one, and re-planning places it or, when another note already answers it,
 * removes it; its words are for the caller to keep as a draft.
 */
export function unsentTouch(sent: Touch, before: Touch | null | undefined): Touch | null {
  if (before === null) return null;
  if (before && before.id === sent.id && before.status !== 'sent') return before;
  return { ...sent, status: 'planned', sentAt: null, notifiedAt: null, subject: '', body: '', tidbitId: null };
}

/**
 * The kind of touch a template sends. A note after a later round is a thank-you;
 * a custom template counts as whatever was planned (or as a thank-you when
 * nothing was).
 */
export function touchKindOf(templateKind: Template['kind'], planned: TouchKind | null): TouchKind {
  if (templateKind === 'second-round') return 'thank-you';
  if (templateKind === 'custom') return planned ?? 'thank-you';
  return templateKind;
}
