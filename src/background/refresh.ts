/**
 * Re-derives everything the background shows from the database: the badge now,
 * and (as the follow-up and tidbit features land) the alarm and the menus. It is
 * called when the worker starts and after every change, so a restarted worker,
 * a restarted browser and a cleared alarm all heal the same way.
 */
import browser from 'webextension-polyfill';
import type { BackgroundStatus } from '../messages/protocol.ts';
import { readStatus } from './status.ts';

export async function refresh(): Promise<BackgroundStatus> {
  const status = await readStatus();
  await browser.action.setBadgeText({ text: status.dueTouches > 0 ? String(status.dueTouches) : '' });
  await browser.action.setBadgeBackgroundColor({ color: '#3b5bdb' });
  return status;
}
