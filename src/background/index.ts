// A service worker in Chrome, an event page in Firefox: either may be stopped at any moment and
// started again for one event, so every listener is registered here, synchronously, at the top level,
// and nothing that matters is kept in a global: it is all read again from IndexedDB.
import browser from 'webextension-polyfill';
import { db } from '../db/open.ts';
import { writePopupSnapshot } from '../db/popup-state.ts';
import { installE2eHooks } from './e2e-hooks.ts';
import { answer } from './messages.ts';
import { openFromNotification, snoozeFromNotification } from './notifications.ts';
import { ALARM_NAME, refresh, START_DELAY_MS } from './refresh.ts';
import { handleMenuClick, rebuildMenus } from './tidbit-menu.ts';
import { dashboardUrl } from '../page-urls.ts';

const logFailure = (what: string) => (error: unknown) => console.error(`Afterview: ${what} failed`, error);

browser.runtime.onMessage.addListener(answer);

browser.contextMenus.onClicked.addListener((info, tab) => void handleMenuClick(info, tab));

// Install, update and browser start re-plan what changed since the last start (everything the
// first time, or after the zone or the settings changed): that heals a cleared alarm, touches
// missed while the browser was closed, and a move to another time zone. Menus persist while the
// browser runs but are rebuilt whole here. The re-plan waits START_DELAY_MS, so the popup opened with the browser comes first.
const start = () => void Promise.all([refresh({ replan: 'start', startDelayMs: START_DELAY_MS }), rebuildMenus()]).catch(logFailure('start'));
browser.runtime.onInstalled.addListener(start);
browser.runtime.onStartup.addListener(start);
// After an install or an update the popup has no copy it may trust (none yet, or an older version's), and would wait for the
// database until the start-up re-plan writes one: written at once, so the first popup paints from it too.
browser.runtime.onInstalled.addListener(() => void db().then(writePopupSnapshot).catch(logFailure('popup snapshot')));
// A new install opens the welcome: the few settings that keep the first captures right (the candidate's own addresses).
browser.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === 'install') void browser.tabs.create({ url: dashboardUrl('welcome') }).catch(logFailure('welcome'));
});

browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === ALARM_NAME) void refresh({ replan: false }).catch(logFailure('alarm'));
});

browser.notifications.onClicked.addListener(
  (id) =>
    void db()
      .then((d) => openFromNotification(d, id))
      .catch(logFailure('notification click')),
);
// Firefox has no notification buttons; the event may be missing there.
browser.notifications.onButtonClicked?.addListener((id, index) => {
  const action =
    index === 0
      ? db().then((d) => openFromNotification(d, id))
      : db()
          .then((d) => snoozeFromNotification(d, id, Date.now()))
          // Like a snooze on a page, this re-plans only the snoozed touch's interview.
          .then((interviewId) => refresh({ replan: interviewId ? [interviewId] : false }));
  void action.catch(logFailure('notification button'));
});

if (__AFTERVIEW_E2E__) installE2eHooks();

// A worker woken for any event re-derives the alarm and badge (re-planning
// only when this browser session has not yet, see refresh.ts, after START_DELAY_MS
// as at onStartup): cheap, and it heals an alarm the browser dropped while the worker slept.
void refresh({ replan: false, startDelayMs: START_DELAY_MS }).catch(logFailure('wake-up refresh'));
