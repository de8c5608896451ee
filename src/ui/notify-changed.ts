/** How every page tells the background that it wrote to the database. */
import type { StoreName } from '../db/schema.ts';
import { callBackground } from '../messages/to-background.ts';

/**
 * Tells the background that data changed; it re-derives menus, plans, alarm
 * and badge. Name the interviews the change touched, when known, so only
 * their plans are worked out again.
 */
export async function notifyChanged(stores: StoreName[], interviewIds?: string[]): Promise<void> {
  const reply = await callBackground('dataChanged', interviewIds ? { stores, interviewIds } : { stores });
  // The page has already saved; a sleeping or restarting background catches up
  // on its next start, so a failed notification is logged, not shown.
  if (!reply.ok) console.warn('Afterview: background not notified:', reply.error);
}
