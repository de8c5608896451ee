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
import { replanAll } from './replan.ts';

export interface RefreshOptions {
  /** Re-plan every interview first (start-up and data changes); an alarm only collects. */
  replan: boolean;
}

export async function refresh({ replan }: RefreshOptions = { replan: true }): Promise<BackgroundStatus> {
  const d = await db();
  const now = Date.now();
  if (replan) await replanAll(d, now);
  const { notice } = await collectDueTouches(d, now);
  await raiseNotice(d, notice, now);
  const [nextAlarmAt, dueTouches, interviews] = await Promise.all([syncAlarm(d, now), syncBadge(d, now), d.count('interviews')]);
  if (notice.kind !== 'none') await broadcast('touchesChanged', {});
  return { interviews, dueTouches, dbVersion: DB_VERSION, nextAlarmAt };
}
