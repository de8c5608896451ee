/**
 * The background: a service worker in Chrome, an event page in Firefox. Either
 * may be stopped at any moment and started again for one event, so every
 * listener is registered here, synchronously, at the top level, and nothing
 * that matters is kept in a global: it is all read again from IndexedDB.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { errorMessage, isEnvelope, type Result } from '../messages/protocol.ts';
import { handlers } from './handlers.ts';
import { refresh } from './refresh.ts';
import { isOwnPage } from './sender.ts';
import { installE2eHooks } from './e2e-hooks.ts';
import { rebuildMenus } from './menus.ts';
import { handleMenuClick } from './save-tidbit.ts';

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender): Promise<Result<unknown>> | undefined => {
  if (!isEnvelope(message)) return undefined;
  if (!isOwnPage(sender, browser.runtime.id, browser.runtime.getURL('/'))) {
    return Promise.resolve({ ok: false, error: 'Messages are accepted only from Afterview’s own pages.' });
  }
  const handler = handlers[message.name] as ((request: unknown) => Promise<unknown>) | undefined;
  if (!handler) return Promise.resolve({ ok: false, error: `Unknown message “${String(message.name)}”.` });
  return handler(message.request).then(
    (value) => ({ ok: true, value }),
    (error: unknown) => ({ ok: false, error: errorMessage(error) }),
  );
});

browser.contextMenus.onClicked.addListener((info, tab) => void handleMenuClick(info, tab));

// Menus persist while the browser runs but are rebuilt whole on install, on
// browser start and after every change, so they always match the database.
browser.runtime.onInstalled.addListener(() => void Promise.all([refresh(), rebuildMenus()]));
browser.runtime.onStartup.addListener(() => void Promise.all([refresh(), rebuildMenus()]));

if (__AFTERVIEW_E2E__) installE2eHooks();

// A worker woken for any event re-derives what it shows; cheap, and it heals a
// badge or alarm that the browser dropped while the worker was asleep.
void refresh().catch((error: unknown) => console.error('Afterview: refresh failed', error));
