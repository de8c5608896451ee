/** The one handler object that answers every message sent to the background. */
import type { StoreName } from '../db/schema.ts';
import type { Handlers } from '../messages/protocol.ts';
import { rebuildMenus } from './menus.ts';
import { refresh } from './refresh.ts';
import { readStatus } from './status.ts';

/** Only these stores feed a plan (templates, tidbits and contacts do not); the settings feed every plan. */
const PLAN_STORES: readonly StoreName[] = ['interviews', 'interviewers', 'touchpoints', 'settings'];

export const handlers: Handlers = {
  async dataChanged({ stores, interviewIds }) {
    const movesPlans = stores.some((store) => PLAN_STORES.includes(store));
    const replan = !movesPlans ? false : interviewIds && !stores.includes('settings') ? interviewIds : true;
    // The menus read only interviews and the refresh writes only touches: they need not wait for each other.
    const [, status] = await Promise.all([stores.includes('interviews') ? rebuildMenus() : undefined, refresh({ replan })]);
    return status;
  },
  async status() {
    return readStatus();
  },
};
