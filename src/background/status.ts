/** What the background knows, read fresh from the database every time (no state in globals). */
import browser from 'webextension-polyfill';
import { countDue } from '../core/cadence/scheduler.ts';
import { DB_VERSION } from '../db/migrations.ts';
import { db } from '../db/open.ts';
import type { BackgroundStatus } from '../messages/protocol.ts';
import { ALARM_NAME } from './alarm-name.ts';
import { readTouchesAround } from '../db/touchpoints.ts';

export async function readStatus(): Promise<BackgroundStatus> {
  const d = await db();
  const now = Date.now();
  const [interviews, touches, alarm] = await Promise.all([d.count('interviews'), readTouchesAround(d, now), browser.alarms.get(ALARM_NAME)]);
  return { interviews, dueTouches: countDue(touches, now), dbVersion: DB_VERSION, nextAlarmAt: alarm?.scheduledTime ?? null };
}
