/** What the pages do to interviews: validate, write in one transaction, tell the background. */
import { validateInterviewForm, type FieldErrors, type InterviewForm } from '../core/interview-input.ts';
import type { Interview } from '../core/types.ts';
import { createInterview, deleteInterview, restoreInterview, updateInterview, type DeletedInterview } from '../db/interviews.ts';
import { db } from '../db/open.ts';
import browser from 'webextension-polyfill';
import { draftKey } from './compose/draft-key.ts';
import { notifyChanged } from './notify-changed.ts';

export type SaveResult = { ok: true; interview: Interview } | { ok: false; errors: FieldErrors };


export async function saveInterviewForm(form: InterviewForm, existingId: string | null): Promise<SaveResult> {
  const now = Date.now();
  const checked = validateInterviewForm(form, now);
  if (!checked.ok) return checked;
  const d = await db();
  const interview = existingId
    ? await updateInterview(d, existingId, checked.value, now)
    : await createInterview(d, checked.value, now);
  await notifyChanged(['interviews'], [interview.id]);
  return { ok: true, interview };
}

export async function removeInterview(id: string): Promise<DeletedInterview | null> {
  const deleted = await deleteInterview(await db(), id);
  // Unsent notes drafted for it would otherwise linger until the composer's sweep.
  await browser.storage.local.remove(draftKey(id));
  await notifyChanged(['interviews', 'interviewers', 'touchpoints', 'tidbits'], [id]);
  return deleted;
}

export async function undoRemoveInterview(deleted: DeletedInterview): Promise<void> {
  await restoreInterview(await db(), deleted);
  await notifyChanged(['interviews', 'interviewers', 'touchpoints', 'tidbits'], [deleted.interview.id]);
}
