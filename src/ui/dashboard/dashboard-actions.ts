/** What the dashboard writes besides what interview-actions.ts already offers; each write tells the background. */
import type { Interview, InterviewStatus } from '../../core/types.ts';
import { mergeContacts, undoMergeContacts, type MergedContacts } from '../../db/merge-contacts.ts';
import { updateInterview } from '../../db/interviews.ts';
import { write } from '../../db/write.ts';

export async function changeStatus(id: string, status: InterviewStatus): Promise<Interview> {
  return write(['interviews'], (d) => updateInterview(d, id, { status }, Date.now()), () => [id]);
}

export async function mergePeople(keptId: string, droppedId: string): Promise<MergedContacts> {
  return write(['contacts', 'interviewers', 'touchpoints'], (d) => mergeContacts(d, keptId, droppedId));
}

export async function undoMergePeople(merge: MergedContacts): Promise<void> {
  await write(['contacts', 'interviewers', 'touchpoints'], (d) => undoMergeContacts(d, merge));
}
