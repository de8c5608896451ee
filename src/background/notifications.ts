// A single touch's notification is named after the touch, so a click knows what to open; the summary has a fixed name.
import browser, { type Notifications } from 'webextension-polyfill';
import { summaryNotification, touchNotification } from '../core/cadence/notification.ts';
import type { DueNotice } from '../core/cadence/scheduler.ts';
import { interviewEnd } from '../core/cadence/thank-you.ts';
import { isFirefox } from '../browser-family.ts';
import { composerUrl, dashboardUrl } from '../page-urls.ts';
import { snoozeTouch } from '../core/cadence/touch-actions.ts';
import type { Db } from '../db/open.ts';
import { getSettings } from '../db/settings.ts';
import { getTouch } from '../db/touches.ts';
import { t, tMessage } from '../i18n.ts';

/** @internal exported for its tests */
export const TOUCH_PREFIX = 'afterview-touch:';
const SUMMARY_ID = 'afterview-due-summary';

export async function raiseNotice(d: Db, notice: DueNotice, now: number): Promise<string | null> {
  if (notice.kind === 'none') return null;
  const iconUrl = browser.runtime.getURL('icons/icon-128.png');
  if (notice.kind === 'summary') {
    const content = summaryNotification(notice.count);
    await browser.notifications.create(SUMMARY_ID, { type: 'basic', iconUrl, title: tMessage(content.title), message: tMessage(content.message) });
    return SUMMARY_ID;
  }
  const touch = notice.touch;
  const [interview, contact] = await Promise.all([d.get('interviews', touch.interviewId), d.get('contacts', touch.contactId)]);
  const content = touchNotification(
    touch,
    { contactName: contact?.name ?? '', company: interview?.company ?? '', interviewEnd: interview ? interviewEnd(interview) : touch.dueAt },
    now,
  );
  const id = TOUCH_PREFIX + touch.id;
  const options: Notifications.CreateNotificationOptions & { buttons?: { title: string }[] } = {
    type: 'basic',
    iconUrl,
    title: tMessage(content.title),
    message: tMessage(content.message),
  };
  // Firefox has no notification buttons; there a click opens the composer.
  if (!isFirefox()) options.buttons = [{ title: t('notifyWriteNow') }, { title: t('notifySnoozeDay') }];
  await browser.notifications.create(id, options);
  return id;
}

/**
 * A click on a notification (or its first button) opens the composer on that
 * touch's interview and the touch; on the summary, or on a touch deleted
 * meanwhile (its interview with it), the due list.
 */
export async function openFromNotification(d: Db, notificationId: string): Promise<void> {
  const touchId = notificationId.startsWith(TOUCH_PREFIX) ? notificationId.slice(TOUCH_PREFIX.length) : null;
  if (!touchId && notificationId !== SUMMARY_ID) return;
  const touch = touchId ? await getTouch(d, touchId) : undefined;
  await browser.tabs.create({ url: touch ? composerUrl(touch.interviewId, touch.id) : dashboardUrl('due') });
  await browser.notifications.clear(notificationId);
}

/**
 * The second button: snooze the touch until the next working morning. Returns
 * the id of the touch's interview, the one plan the snooze can move (null when
 * nothing was snoozed).
 */
export async function snoozeFromNotification(d: Db, notificationId: string, now: number): Promise<string | null> {
  if (!notificationId.startsWith(TOUCH_PREFIX)) return null;
  const id = notificationId.slice(TOUCH_PREFIX.length);
  const settings = await getSettings(d);
  const tx = d.transaction('touchpoints', 'readwrite');
  const touch = await tx.store.get(id);
  if (touch) await tx.store.put(snoozeTouch(touch, 'tomorrow', now, settings));
  await tx.done;
  await browser.notifications.clear(notificationId);
  return touch?.interviewId ?? null;
}
