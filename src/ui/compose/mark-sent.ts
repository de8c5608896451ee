/** "Mark as sent": the exact words and the tidbit go into the history, and the background re-plans. */
import { sentTouchpoint } from '../../core/compose/sent-touchpoint.ts';
import { newId } from '../../core/ids.ts';
import type { Id, TouchKind, Touchpoint } from '../../core/types.ts';
import { db } from '../../db/open.ts';
import { putTouchpoint } from '../../db/touchpoints.ts';
import { notifyChanged } from '../notify-changed.ts';

export interface SentNoteInput {
  interviewId: Id;
  contactId: Id;
  kind: TouchKind;
  subject: string;
  body: string;
  tidbitId: Id | null;
  /** The planned touch this note completes, or null to add a new record. */
  touch: Touchpoint | null;
}

export async function markNoteSent(input: SentNoteInput): Promise<Touchpoint> {
  const record = sentTouchpoint(input.touch, {
    interviewId: input.interviewId,
    contactId: input.contactId,
    kind: input.kind,
    subject: input.subject,
    body: input.body,
    tidbitId: input.tidbitId,
    now: Date.now(),
    newId,
  });
  await putTouchpoint(await db(), record);
  await notifyChanged(['touchpoints']);
  return record;
}
