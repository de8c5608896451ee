/** The one handler object that answers every message sent to the background. */
import type { Handlers } from '../messages/protocol.ts';
import { rebuildMenus } from './menus.ts';
import { refresh } from './refresh.ts';
import { readStatus } from './status.ts';

export const handlers: Handlers = {
  async dataChanged({ stores }) {
    if (stores.includes('interviews')) await rebuildMenus();
    return refresh({ replan: true });
  },
  async status() {
    return readStatus();
  },
};
