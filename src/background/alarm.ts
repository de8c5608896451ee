/**
 * The one alarm, set to the earliest touch that still awaits a notice. It is
 * derived from the database every time (never remembered), so a browser that
 * cleared alarms on restart, or a worker that was stopped, heals on the next
 * start or change. No alarm per touch: Chrome caps how many exist.
 */
import browser from 'webextension-polyfill';
import { nextAlarmAt } from '../core/cadence/scheduler.ts';
import type { Touchpoint } from '../core/types.ts';
import { ALARM_NAME } from './alarm-name.ts';

/** `touches`: the touches around now (see db/touchpoints.ts touchesAround). */
export async function syncAlarm(touches: readonly Touchpoint[], now: number): Promise<number | null> {
  const when = nextAlarmAt(touches, now);
  if (when === null) {
    await browser.alarms.clear(ALARM_NAME);
    return null;
  }
  const current = await browser.alarms.get(ALARM_NAME);
  if (current?.scheduledTime !== when) {
    // Creating an alarm with an existing name replaces it.
    await browser.alarms.create(ALARM_NAME, { when });
  }
  return when;
}
