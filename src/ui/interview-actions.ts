/** What the pages do to interviews: validate, write in one transaction, tell the background. */
import { validateInterviewForm, type FieldErrors, type InterviewForm } from '../core/interview-input.ts';
import type { Interview } from '../core/types.ts';
import { createInterview, deleteInterview, restoreInterview, updateInterview, type DeletedInterview } from '../db/interviews.ts';
import { write } from '../db/write.ts';
import { forgetDrafts } from './compose/draft-keys.ts';

export type SaveResult = { ok: true; interview: Interview } | { ok: false; errors: FieldErrors };


export async function saveInterviewForm(form: InterviewForm, existingId: string | null): Promise<SaveResult> {
  const now = Date.now();
  const checked = validateInterviewForm(form, now);
  if (!checked.ok) return checked;
  const interview = await write(
    ['interviews'],
    (d) => (existingId ? updateInterview(d, existingId, checked.value, now) : createInterview(d, checked.value, now)),
    (written) => [written.id],
  );
  return { ok: true, interview };
}

export async function removeInterview(id: string): Promise<DeletedInterview | null> {
  return write(
    ['interviews', 'interviewers', 'touchpoints', 'tidbits'],
    async (d) => {
      const deleted = await deleteInterview(d, id);
      // Unsent notes drafted for it would otherwise linger until the composer's sweep.
      await forgetDrafts(id);
      return deleted;
    },
    () => [id],
  );
}

export async function undoRemoveInterview(deleted: DeletedInterview): Promise<void> {
  await write(['interviews', 'interviewers', 'touchpoints', 'tidbits'], (d) => restoreInterview(d, deleted), () => [deleted.interview.id]);
}
