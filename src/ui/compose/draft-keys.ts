// Where the composer keeps each interview's drafts (storage.local), apart from the composer: deleting an interview forgets them without loading it.
import browser from 'webextension-polyfill';
import type { Id } from '../../core/types.ts';

const PREFIX = 'composeDrafts:';

export function draftKey(interviewId: Id): string {
  return PREFIX + interviewId;
}

/** Whether a storage.local key holds an interview's drafts. */
export function isDraftKey(key: string): boolean {
  return key.startsWith(PREFIX);
}

/** Forgets an interview's drafts (it was deleted), rather than waiting for the composer's sweep. */
export async function forgetDrafts(interviewId: Id): Promise<void> {
  await browser.storage.local.remove(draftKey(interviewId));
}
