// The one way Afterview's pages write: the write, then the background is told, so no action can forget it.
import browser from 'webextension-polyfill';
import { errorMessage, UI_TO_BACKGROUND, type Envelope, type Result, type UiToBackground } from '../messages/protocol.ts';
import { db, type Db } from './open.ts';
import type { StoreName } from './schema.ts';

/**
 * Runs `change` on the database, then tells the background the stores it wrote, so it re-derives
 * menus, plans, alarm and badge. `touched` names the interviews the change moved (only their plans
 * are worked out again), false when nothing was written, or undefined when any plan may have moved.
 */
export async function write<T>(stores: readonly StoreName[], change: (d: Db) => Promise<T>, touched?: (value: T) => readonly string[] | false | undefined): Promise<T> {
  const value = await change(await db());
  const interviewIds = touched?.(value);
  if (interviewIds !== false) await announce(stores, interviewIds);
  return value;
}

/** The typed sender pages reach the background with; only writes need it (kept out of protocol.ts, which the background loads too). */
async function callBackground<Name extends keyof UiToBackground>(name: Name, request: UiToBackground[Name]['request']): Promise<Result<UiToBackground[Name]['response']>> {
  const envelope: Envelope<Name> = { direction: UI_TO_BACKGROUND, name, request };
  try {
    const reply = (await browser.runtime.sendMessage(envelope)) as Result<UiToBackground[Name]['response']> | undefined;
    return reply ?? { ok: false, error: 'The background did not answer.' };
  } catch (error) {
    return { ok: false, error: errorMessage(error) };
  }
}

async function announce(stores: readonly StoreName[], interviewIds: readonly string[] | undefined): Promise<void> {
  const reply = await callBackground('dataChanged', interviewIds ? { stores: [...stores], interviewIds: [...interviewIds] } : { stores: [...stores] });
  // The page has already saved; a sleeping or restarting background catches up
  // on its next start, so a failed notification is logged, not shown.
  if (!reply.ok) console.warn('Afterview: background not notified:', reply.error);
}
