/**
 * Where an interview's unsent notes are kept in storage.local (see
 * draft-store.ts). Its own module so that deleting an interview can forget its
 * drafts without loading the composer.
 */
import type { Id } from '../../core/types.ts';

const PREFIX = 'composeDrafts:';

export function draftKey(interviewId: Id): string {
  return PREFIX + interviewId;
}

export function isDraftKey(key: string): boolean {
  return key.startsWith(PREFIX);
}
