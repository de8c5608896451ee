/** What the background knows, read fresh from the database every time (no state in globals). */
import browser from 'webextension-polyfill';
import { DB_VERSION } from '../db/migrations.ts';
import { db } from '../db/open.ts';
import type { BackgroundStatus } from '../messages/protocol.ts';
import { ALARM_NAME } from './alarm-name.ts';

export async function readStatus(): Promise<BackgroundStatus> {
  const d = await db();
  const [interviews, dueTouches, alarm] = await Promise.all([
    d.count('interviews'),
    d.countFromIndex('touchpoints', 'status', 'due'),
    browser.alarms.get(ALARM_NAME),
  ]);
  return { interviews, dueTouches, dbVersion: DB_VERSION, nextAlarmAt: alarm?.scheduledTime ?? null };
}
