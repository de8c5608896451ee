/** The toolbar badge counts the follow-ups that are due now. */
import browser from 'webextension-polyfill';
import { countDue } from '../core/cadence/scheduler.ts';
import type { Touchpoint } from '../core/types.ts';

/** `touches`: the touches around now (see db/touchpoints.ts touchesAround). */
export async function syncBadge(touches: readonly Touchpoint[], now: number): Promise<number> {
  const due = countDue(touches, now);
  await browser.action.setBadgeText({ text: due > 0 ? String(due) : '' });
  await browser.action.setBadgeBackgroundColor({ color: '#3b5bdb' });
  return due;
}
