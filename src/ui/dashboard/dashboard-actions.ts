/** What the dashboard writes besides what interview-actions.ts already offers; each write tells the background. */
import type { Interview, InterviewStatus } from '../../core/types.ts';
import { mergeContacts, undoMergeContacts, type MergedContacts } from '../../db/merge-contacts.ts';
import { updateInterview } from '../../db/interviews.ts';
import { db } from '../../db/open.ts';
import { notifyChanged } from '../notify-changed.ts';

export async function changeStatus(id: string, status: InterviewStatus): Promise<Interview> {
  const interview = await updateInterview(await db(), id, { status }, Date.now());
  await notifyChanged(['interviews'], [id]);
  return interview;
}

export async function mergePeople(keptId: string, droppedId: string): Promise<MergedContacts> {
  const merged = await mergeContacts(await db(), keptId, droppedId);
  await notifyChanged(['contacts', 'interviewers', 'touchpoints']);
  return merged;
}

export async function undoMergePeople(merge: MergedContacts): Promise<void> {
  await undoMergeContacts(await db(), merge);
  await notifyChanged(['contacts', 'interviewers', 'touchpoints']);
}
