/** "Mark as sent": the exact words and the tidbit go into the history, and the background re-plans. */
import { sentTouchpoint, type SentNote } from '../../core/compose/sent-touchpoint.ts';
import { newId } from '../../core/ids.ts';
import type { Touchpoint } from '../../core/types.ts';
import { db } from '../../db/open.ts';
import { putTouchpoint } from '../../db/touchpoints.ts';
import { notifyChanged } from '../notify-changed.ts';

export interface SentNoteInput extends Omit<SentNote, 'now' | 'newId'> {
  /** The planned touch this note completes, or null to add a new record. */
  touch: Touchpoint | null;
}

export async function markNoteSent({ touch, ...note }: SentNoteInput): Promise<Touchpoint> {
  const record = sentTouchpoint(touch, { ...note, now: Date.now(), newId });
  await putTouchpoint(await db(), record);
  await notifyChanged(['touchpoints'], [record.interviewId]);
  return record;
}
