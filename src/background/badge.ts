/** The toolbar badge counts the follow-ups that are due now. */
import browser from 'webextension-polyfill';
import { countDue } from '../core/cadence/scheduler.ts';
import type { Db } from '../db/open.ts';
import { readTouchesAround } from './pending-touches.ts';

export async function syncBadge(d: Db, now: number): Promise<number> {
  const due = countDue(await readTouchesAround(d, now), now);
  await browser.action.setBadgeText({ text: due > 0 ? String(due) : '' });
  await browser.action.setBadgeBackgroundColor({ color: '#3b5bdb' });
  return due;
}
