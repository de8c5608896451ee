/** The one handler object that answers every message sent to the background. */
import type { StoreName } from '../db/schema.ts';
import type { Handlers } from '../messages/protocol.ts';

const PLAN_STORES: readonly StoreName[] = ['interviews', 'interviewers', 'touchpoints', 'settings'];
import { rebuildMenus } from './menus.ts';
import { refresh } from './refresh.ts';
import { readStatus } from './status.ts';

export const handlers: Handlers = {
  async dataChanged({ stores, interviewIds }) {
    if (stores.includes('interviews')) await rebuildMenus();
    // Only these stores feed a plan (templates, tidbits and contacts do not);
    // the settings feed every plan.
    const movesPlans = stores.some((store) => PLAN_STORES.includes(store));
    const replan = !movesPlans ? false : interviewIds && !stores.includes('settings') ? interviewIds : true;
    return refresh({ replan });
  },
  async status() {
    return readStatus();
  },
};
