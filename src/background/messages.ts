// What the pages ask of the background: one handler object, answered only to Afterview's own pages.
import browser, { type Runtime } from 'webextension-polyfill';
import { countDue } from '../core/cadence/scheduler.ts';
import { DB_VERSION } from '../db/migrations.ts';
import { db } from '../db/open.ts';
import type { StoreName } from '../db/schema.ts';
import { readTouchesAround } from '../db/touches.ts';
import { broadcast, errorMessage, isEnvelope, type BackgroundStatus, type Handlers, type Result } from '../messages/protocol.ts';
import { rebuildMenus } from './tidbit-menu.ts';
import { ALARM_NAME, refresh } from './refresh.ts';

/** Only these stores feed a plan (templates, tidbits and contacts do not); the settings feed every plan. */
const PLAN_STORES: readonly StoreName[] = ['interviews', 'interviewers', 'touchpoints', 'settings'];

/** @internal exported for its tests */
export const handlers: Handlers = {
  async dataChanged({ stores, interviewIds }) {
    const movesPlans = stores.some((store) => PLAN_STORES.includes(store));
    // A change that moves no plan re-plans no interview ([]), but is still a change: it never joins a refresh under way, which may predate it, and the popup's snapshot is written again.
    const replan = !movesPlans ? [] : interviewIds && !stores.includes('settings') ? interviewIds : true;
    // The menus read only interviews, the refresh writes only touches, and open pages that list tidbits read them again: none need wait for another.
    const [, status] = await Promise.all([
      stores.includes('interviews') ? rebuildMenus() : undefined,
      refresh({ replan }),
      stores.includes('tidbits') ? broadcast('tidbitsChanged', {}) : undefined,
    ]);
    return status;
  },
  async status() {
    return readStatus();
  },
};

/** What the background knows, read fresh from the database every time (no state in globals). */
async function readStatus(): Promise<BackgroundStatus> {
  const d = await db();
  const now = Date.now();
  const [interviews, touches, alarm] = await Promise.all([d.count('interviews'), readTouchesAround(d, now), browser.alarms.get(ALARM_NAME)]);
  return { interviews, dueTouches: countDue(touches, now), dbVersion: DB_VERSION, nextAlarmAt: alarm?.scheduledTime ?? null };
}

export interface SenderLike {
  id?: string;
  url?: string;
}

/**
 * Content scripts share the extension id, so the sender must also be a page
 * served from the extension's own origin, not a tab showing some website.
 */
export function isOwnPage(sender: SenderLike, extensionId: string, extensionOrigin: string): boolean {
  if (sender.id !== extensionId || !sender.url) return false;
  // Compare as text: URL#origin is "null" for non-special schemes such as
  // chrome-extension: in some engines. The base always ends in "/", so a
  // look-alike host ("<id>.evil.test") cannot match.
  const base = extensionOrigin.endsWith('/') ? extensionOrigin : `${extensionOrigin}/`;
  return sender.url.startsWith(base);
}

/** The onMessage listener: an envelope from an own page gets its handler's answer, errors as values. */
export function answer(message: unknown, sender: Runtime.MessageSender): Promise<Result<unknown>> | undefined {
  if (!isEnvelope(message)) return undefined;
  if (!isOwnPage(sender, browser.runtime.id, browser.runtime.getURL('/'))) {
    return Promise.resolve({ ok: false, error: 'Messages are accepted only from Afterview’s own pages.' });
  }
  // Own names only: `constructor` or `__proto__` must not reach Object.prototype.
  const handler = Object.hasOwn(handlers, message.name) ? (handlers[message.name] as (request: unknown) => Promise<unknown>) : undefined;
  if (!handler) return Promise.resolve({ ok: false, error: `Unknown message “${String(message.name)}”.` });
  return handler(message.request).then(
    (value) => ({ ok: true, value }),
    (error: unknown) => ({ ok: false, error: errorMessage(error) }),
  );
}
