/**
 * Follow-ups in both real browsers, on the built extension and its real
 * background: a touch due a few seconds ahead fires the one alarm and raises a
 * real notification (read back with notifications.getAll), the toolbar badge
 * counts it, the popup opens on it and snoozes it by keyboard, and after the
 * background is restarted the alarm and the badge are derived again.
 *
 * The only test-only step is the seeding: records are written through the
 * page's own IndexedDB and the background is told with the same dataChanged
 * message the pages send. A snoozed touch is used for "due in three seconds"
 * because the planner re-derives planned touches' times, while a snooze keeps
 * the time the user chose.
 */
import type { BrowserContext } from 'playwright-core';
import type { Browser as PuppeteerBrowser, Page as PuppeteerPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contactRecord, linkRecord, interviewRecord, touchRecord } from '../support/records.ts';
import { BROWSERS, launch } from './harness/launch.ts';
import { axeViolations } from './harness/axe.ts';
import { messageBackground } from './harness/background.ts';
import { getRecords, patchRecord, putRecords, type Evaluator } from './harness/page-db.ts';
import type { ExtBrowser, ExtPage } from './harness/types.ts';

const ALARM_NAME = 'afterview-next-touch';
const IDS = { interview: 'e2e-followup-interview', jane: 'e2e-jane', link: 'e2e-link-jane', thanks: 'e2e-thanks-jane' };
/** Firefox and Chromium may deliver an alarm late; this is how long the suite waits before calling it lost. */
const ALARM_PATIENCE_MS = 70_000;

interface StoredTouch {
  id: string;
  kind: string;
  status: string;
  dueAt: number;
  notifiedAt: number | null;
}

/**
 * An interview that ended three hours ago, with Jane Doe, whose thank-you
 * note was already sent: the plan then holds only check-ins and value-adds,
 * days ahead, so nothing is due until the suite makes it so, whatever the
 * hour the suite runs at.
 */
async function seed(page: ExtPage): Promise<void> {
  const now = Date.now();
  const start = now - 4 * 3_600_000;
  await putRecords(page, {
    interviews: [interviewRecord({ id: IDS.interview, company: 'Acme', role: 'Engineer', start, end: start + 3_600_000, createdAt: now, updatedAt: now })],
    contacts: [contactRecord({ id: IDS.jane, name: 'Jane Doe', title: 'Head of Data', company: 'Acme', email: 'jane@acme.test', capturedAt: now })],
    interviewers: [linkRecord({ id: IDS.link, interviewId: IDS.interview, contactId: IDS.jane, addedAt: now })],
    touchpoints: [
      touchRecord({
        id: IDS.thanks, interviewId: IDS.interview, contactId: IDS.jane, dueAt: start + 2 * 3_600_000, status: 'sent',
        sentAt: start + 2 * 3_600_000, subject: 'Thank you', body: 'Hi Jane, thank you.',
      }),
    ],
  });
}

function storedTouches(page: Evaluator): Promise<StoredTouch[]> {
  return getRecords<StoredTouch>(page, 'touchpoints', { name: 'interviewId', key: IDS.interview });
}

/** Changes one stored touch, as only a test may: the product changes touches through its own actions. */
function patchTouch(page: ExtPage, id: string, patch: Partial<StoredTouch>): Promise<void> {
  return patchRecord(page, 'touchpoints', id, patch);
}

/** The message every page sends after writing: the background re-plans, re-sets the alarm and the badge. */
function dataChanged(page: ExtPage, stores: string[]) {
  return messageBackground<{ ok: boolean; value: { dueTouches: number; nextAlarmAt: number | null } }>(page, 'dataChanged', { stores });
}

async function alarmTime(page: Evaluator): Promise<number | null> {
  return page.evaluate(async (name: string) => {
    const api = globalThis.browser ?? globalThis.chrome!;
    return (await api.alarms.get(name))?.scheduledTime ?? null;
  }, ALARM_NAME);
}

async function badgeText(page: Evaluator): Promise<string> {
  return page.evaluate(() => (globalThis.browser ?? globalThis.chrome!).action.getBadgeText({}), undefined);
}

/** Polls `read` from Node until `done` accepts its value; the last value is returned either way. */
async function pollUntil<T>(read: () => Promise<T>, done: (value: T) => boolean, timeout: number): Promise<T> {
  const deadline = Date.now() + timeout;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    value = await read().catch(() => value);
  }
  return value;
}

/** When the alarm should be: the earliest touch still awaiting a notice. */
function earliestAwaitingNotice(touches: StoredTouch[]): number | null {
  const waiting = touches.filter((t) => ['planned', 'due', 'snoozed'].includes(t.status) && t.notifiedAt === null);
  return waiting.length === 0 ? null : Math.min(...waiting.map((t) => t.dueAt));
}

/**
 * Chromium: stops the extension's service worker, as Chrome does when it
 * idles, through the browser's DevTools protocol, then wakes it with a message
 * from a page, as any event would. A mark left in the old worker's global
 * scope is gone afterwards, so the background really started again. (The
 * DevTools target and Playwright's handle on it outlive the restart; they
 * reach whichever instance is running.)
 */
async function restartChromiumWorker(ext: ExtBrowser, page: ExtPage): Promise<void> {
  const context = (ext as ExtBrowser & { context: BrowserContext }).context;
  const worker = context.serviceWorkers().find((w) => w.url().startsWith(ext.origin));
  if (!worker) throw new Error('The extension has no running service worker to restart');
  const mark = () => worker.evaluate(() => ((globalThis as Record<string, unknown>).e2eMark as string | undefined) ?? null);
  await worker.evaluate(() => void ((globalThis as Record<string, unknown>).e2eMark = 'old worker'));
  expect(await mark()).toBe('old worker');

  const cdp = await context.browser()!.newBrowserCDPSession();
  const workerTargets = async () =>
    (await cdp.send('Target.getTargets')).targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(ext.origin));
  const [target] = await workerTargets();
  await cdp.send('Target.closeTarget', { targetId: target!.targetId });
  expect(await pollUntil(workerTargets, (list) => list.length === 0, 10_000)).toEqual([]);

  await messageBackground(page, 'status', {});
  expect(await pollUntil(workerTargets, (list) => list.length === 1, 10_000)).toHaveLength(1);
  await cdp.detach();
  expect(await mark()).toBeNull();
}

function evaluatorOf(page: PuppeteerPage): Evaluator {
  return { evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never };
}

/**
 * Firefox: reloads the extension (the closest Firefox comes to a restart of
 * its background from inside: the event page starts again from nothing, and
 * Firefox drops every alarm). Every extension page closes with it; the test
 * build opens its options page again on the update it causes, which is found
 * by its address.
 */
async function restartFirefoxExtension(ext: ExtBrowser, page: ExtPage): Promise<Evaluator> {
  const browser = (ext as ExtBrowser & { browser: PuppeteerBrowser }).browser;
  const before = new Set(await browser.pages());
  await page.evaluate(() => void setTimeout(() => globalThis.browser!.runtime.reload(), 50));
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    for (const candidate of await browser.pages()) {
      if (before.has(candidate)) continue;
      const href = await candidate.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(ext.origin)) return evaluatorOf(candidate);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('Firefox did not open the extension’s page again after the reload');
}

describe.each(BROWSERS)('follow-ups in %s', (browserName) => {
  let ext: ExtBrowser;
  let page: ExtPage;
  /** The check-in that the suite makes due. */
  let checkInId: string;

  beforeAll(async () => {
    ext = await launch(browserName, { showNotifications: true });
    page = await ext.openExtensionPage('src/popup/index.html');
    await page.waitFor('.empty-state');
    await seed(page);
    const reply = await dataChanged(page, ['interviews', 'contacts', 'interviewers', 'touchpoints']);
    expect(reply).toMatchObject({ ok: true, value: { dueTouches: 0 } });
    const planned = (await storedTouches(page)).filter((t) => t.status === 'planned').sort((a, b) => a.dueAt - b.dueAt);
    expect(planned[0]?.kind).toBe('check-in');
    checkInId = planned[0]!.id;
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('raises a real notification when a touch comes due a few seconds ahead, and the badge counts it', async () => {
    // Watch what the browser does with the notification, to say why if it is missing.
    await page.evaluate(() => {
      const api = globalThis.browser ?? globalThis.chrome!;
      const log: string[] = [];
      (globalThis as Record<string, unknown>).e2eNotificationLog = log;
      api.notifications.onClosed.addListener((id: string, byUser: boolean) => void log.push(`closed ${id} byUser=${byUser}`));
    });
    const dueAt = (await page.evaluate(() => Date.now())) + 3_000;
    await patchTouch(page, checkInId, { status: 'snoozed', dueAt, notifiedAt: null });
    const reply = await dataChanged(page, ['touchpoints']);
    expect(reply.value.nextAlarmAt).toBe(dueAt);
    expect(await alarmTime(page)).toBe(dueAt);
    expect(await badgeText(page)).toBe('');

    const id = `afterview-touch:${checkInId}`;
    const seen = await pollUntil(
      () =>
        page.evaluate(async () => ({
          shown: (await (globalThis.browser ?? globalThis.chrome!).notifications.getAll()) as Record<string, unknown>,
          log: (globalThis as Record<string, unknown>).e2eNotificationLog as string[],
        })),
      // A notification closed before it could be read back will not come back: stop waiting.
      ({ shown, log }) => id in shown || log.some((line) => line.startsWith(`closed ${id}`)),
      ALARM_PATIENCE_MS,
    );
    const shown = seen.shown;
    expect(
      Object.keys(shown),
      `The notification was closed at once (${JSON.stringify(seen.log)}). Headless Firefox has no desktop notification ` +
        'service and closes every notification it cannot show, unless its harness sets alerts.useSystemBackend to false.',
    ).toEqual([id]);
    if (browserName === 'firefox') {
      // Firefox reports what a notification says; Chromium only that it exists.
      expect(shown[id]).toMatchObject({ title: 'Time to check in', message: 'Check in with Jane Doe at Acme — interview was 3 hours ago' });
    }

    const touch = (await storedTouches(page)).find((t) => t.id === checkInId)!;
    expect(touch.status).toBe('due');
    expect(touch.notifiedAt).toBeGreaterThanOrEqual(dueAt);
    expect(await pollUntil(() => badgeText(page), (text) => text === '1', 5_000)).toBe('1');
    // The one alarm has moved on to the next touch awaiting a notice.
    expect(await alarmTime(page)).toBe(earliestAwaitingNotice(await storedTouches(page)));
    // Dismissed, as the user would: Firefox shows it in a window of its own, which would keep the keyboard.
    await page.evaluate((shownId) => (globalThis.browser ?? globalThis.chrome!).notifications.clear(shownId), id);
  });

  it('opens the popup on the due touch, which snoozes by keyboard, and the badge clears', async () => {
    const popup = await ext.openExtensionPage('src/popup/index.html');
    await popup.setViewport(400, 600);
    await popup.waitFor(`[data-touch="${checkInId}"]`);
    await popup.screenshot(`${browserName}-followups-due`);
    expect(await popup.text('#due-list-heading')).toBe('Follow-ups due (1)');
    expect(await popup.text(`[data-touch="${checkInId}"] .due-item__task`)).toBe('Check in with Jane Doe at Acme');
    // The due list comes before the latest interview.
    expect(
      await popup.evaluate(() => {
        const due = document.querySelector('.due-list')!;
        const panel = document.querySelector('.interview-panel')!;
        return Boolean(due.compareDocumentPosition(panel) & Node.DOCUMENT_POSITION_FOLLOWING);
      }),
    ).toBe(true);
    expect(await axeViolations(popup)).toEqual([]);

    await popup.evaluate((id) => (document.querySelector(`[data-touch="${id}"] [data-action="snooze"]`) as HTMLElement).focus(), checkInId);
    await popup.press('ArrowDown');
    await popup.waitFor('[role="menu"]');
    // "Later today" is offered only while it still ends today, and no two choices end at the same time.
    const offered = await popup.evaluate(() => [...document.querySelectorAll('[role="menu"] [data-snooze]')].map((c) => [c.getAttribute('data-snooze'), c.textContent]));
    expect(offered.map(([key]) => key)).toEqual(expect.arrayContaining(['tomorrow', 'next-week']));
    const times = offered.map(([, label]) => /\((.*)\)$/.exec(label ?? '')?.[1]);
    expect(new Set(times).size).toBe(offered.length);
    // Each choice is whole inside the 400 px popup, on one line: its time is not cut or broken.
    const cut = await popup.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[role="menu"] [data-snooze]')]
        .filter((c) => {
          const box = c.getBoundingClientRect();
          const text = document.createRange();
          text.selectNodeContents(c);
          return box.left < 0 || box.right > innerWidth || c.scrollWidth > c.clientWidth || text.getClientRects().length > 1;
        })
        .map((c) => c.textContent),
    );
    expect(cut).toEqual([]);
    if (offered[0]?.[0] === 'later-today') await popup.press('ArrowDown');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('data-snooze'))).toBe('tomorrow');
    await popup.screenshot(`${browserName}-followups-snooze-menu`);
    await popup.press('Enter');
    await popup.waitForFunction(() => document.querySelector('[data-status="due"]')?.textContent?.startsWith('Snoozed until '));
    await popup.screenshot(`${browserName}-followups-snoozed`);

    const touch = (await storedTouches(popup)).find((t) => t.id === checkInId)!;
    expect(touch).toMatchObject({ status: 'snoozed', notifiedAt: null });
    expect(touch.dueAt).toBeGreaterThan(Date.now());
    expect(await pollUntil(() => badgeText(popup), (text) => text === '', 5_000)).toBe('');
    expect(await alarmTime(popup)).toBe(touch.dueAt);
    await popup.close();
  });

  it('derives the alarm and the badge again after the background is restarted', async () => {
    // One follow-up due (notified earlier), so the badge has something to show.
    const valueAdd = (await storedTouches(page)).find((t) => t.kind === 'value-add' && t.status === 'planned')!;
    const notifiedAt = (await page.evaluate(() => Date.now())) - 60_000;
    await patchTouch(page, valueAdd.id, { status: 'due', dueAt: notifiedAt, notifiedAt });
    await dataChanged(page, ['touchpoints']);
    const expected = earliestAwaitingNotice(await storedTouches(page));
    expect(expected).not.toBeNull();
    expect(await alarmTime(page)).toBe(expected);
    expect(await badgeText(page)).toBe('1');

    // As a browser may: the alarm and badge are gone when the background starts again.
    await page.evaluate(async () => {
      const api = globalThis.browser ?? globalThis.chrome!;
      await api.alarms.clearAll();
      await api.action.setBadgeText({ text: '' });
    });
    expect(await alarmTime(page)).toBeNull();

    let after: Evaluator = page;
    if (browserName === 'chromium') await restartChromiumWorker(ext, page);
    else after = await restartFirefoxExtension(ext, page);

    expect(await pollUntil(() => alarmTime(after), (time) => time !== null, 10_000)).toBe(expected);
    expect(await pollUntil(() => badgeText(after), (text) => text === '1', 10_000)).toBe('1');
  });
});
