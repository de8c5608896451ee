/**
 * Re-derives everything the background shows from the database: the plans,
 * the one alarm and the badge. It runs when the worker starts, when the browser
 * starts and after every change, so a restarted worker, a restarted browser and
 * a cleared alarm all heal the same way. Touches that came due while nobody was
 * watching are collected here too (one summary, never a storm).
 */
import type { BackgroundStatus } from '../messages/protocol.ts';
import { broadcast } from '../messages/broadcast.ts';
import { db } from '../db/open.ts';
import { DB_VERSION } from '../db/migrations.ts';
import { syncAlarm } from './alarm.ts';
import { syncBadge } from './badge.ts';
import { collectDueTouches } from './due.ts';
import { raiseNotice } from './notifications.ts';
import { replan as replanPlans } from './replan.ts';

export interface RefreshOptions {
  /**
   * Re-plan first: every interview (true: start-up, settings), only these
   * (a change to some interviews), or none (false: an alarm only collects).
   */
  replan: boolean | readonly string[];
}

/**
 * The refresh under way, if any. Not state: a worker that restarts has none.
 * A worker woken by its alarm runs the wake-up refresh and the alarm's at the
 * same moment; a refresh that only collects (no re-plan) joins the one under
 * way, which started at most moments earlier and collects the same touches.
 * A refresh after a change never joins: the one under way may predate it.
 */
let inFlight: Promise<BackgroundStatus> | null = null;

export function refresh(options: RefreshOptions = { replan: true }): Promise<BackgroundStatus> {
  if (options.replan === false && inFlight) return inFlight;
  const run = derive(options).finally(() => {
    if (inFlight === run) inFlight = null;
  });
  inFlight = run;
  return run;
}

async function derive({ replan }: RefreshOptions): Promise<BackgroundStatus> {
  const d = await db();
  const now = Date.now();
  if (replan !== false) await replanPlans(d, now, replan === true ? undefined : replan);
  const { notice, touches } = await collectDueTouches(d, now);
  await raiseNotice(d, notice, now);
  const [nextAlarmAt, dueTouches, interviews] = await Promise.all([syncAlarm(touches, now), syncBadge(touches, now), d.count('interviews')]);
  if (notice.kind !== 'none') await broadcast('touchesChanged', {});
  return { interviews, dueTouches, dbVersion: DB_VERSION, nextAlarmAt };
}
