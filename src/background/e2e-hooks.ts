// Test-only: compiled into the dist/e2e-* builds; `__AFTERVIEW_E2E__` is false in the shipped ones, so the bundler drops it.
import browser, { type Menus, type Runtime, type Tabs } from 'webextension-polyfill';
import { recordViolations } from '../e2e-violations.ts';
import { handleMenuClick } from './tidbit-menu.ts';
import { isOwnPage } from './messages.ts';

/**
 * Firefox refuses to navigate an automated tab to a moz-extension:// page, so
 * the test build opens one of its own pages, from which the suite drives
 * everything else through the real extension APIs.
 */
export function installE2eHooks(): void {
  recordViolations('background');
  browser.runtime.onInstalled.addListener(() => {
    void browser.tabs.create({ url: browser.runtime.getURL('src/options/index.html?e2e=1'), active: true });
  });
  browser.runtime.onMessage.addListener(onMenuClickMessage);
}

/**
 * Automation cannot click a native context menu, so the suites click it through
 * this message instead: `{ direction: 'e2e→background', name: 'menuClick',
 * request: { info, tab } }` from one of Afterview's own pages runs the same
 * handler as the menu's onClicked event and answers with its result.
 */
function onMenuClickMessage(message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined {
  const m = message as { direction?: unknown; name?: unknown; request?: { info?: Menus.OnClickData; tab?: Tabs.Tab } } | null;
  if (m?.direction !== 'e2e→background' || m.name !== 'menuClick' || !m.request?.info) return undefined;
  if (!isOwnPage(sender, browser.runtime.id, browser.runtime.getURL('/'))) return undefined;
  return handleMenuClick(m.request.info, m.request.tab);
}
