/**
 * Browser start through the background's real listeners, with fake time: the
 * start reconciles the plans before it collects what is due, whichever event
 * reaches the new worker first (its own wake-up refresh, onStartup,
 * onInstalled, or an alarm the browser missed), so a thank-you that came due
 * while the browser was closed waits for working hours instead of being
 * notified on a Saturday night. The start waits START_DELAY_MS before it
 * re-plans (the popup opened with the browser comes first), unless a change
 * arrives meanwhile.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ALARM_NAME, START_DELAY_MS } from '../../../src/background/refresh.ts';
import type { Touch } from '../../../src/core/types.ts';
import { openDatabase, resetSharedDb } from '../../../src/db/open.ts';
import { readPopupSnapshot } from '../../../src/db/popup-snapshot.ts';
import { fakeBrowser } from '../../setup/browser.ts';
import { createFakeBrowser } from '../../setup/fake-browser.ts';
import { contactRecord, linkRecord, interviewRecord } from '../../support/records.ts';

const at = (y: number, m: number, d: number, h: number, min = 0) => new Date(y, m - 1, d, h, min).getTime();
// Friday 5 June 2026, an interview from 10:00 to 11:00: its thank-you is due at 12:00 that day.
const FRIDAY_AFTER_INTERVIEW = at(2026, 6, 5, 11, 5);
const SATURDAY_NIGHT = at(2026, 6, 6, 22);
const MONDAY_MORNING = at(2026, 6, 8, 9);

/**
 * A browser (re)start: a new stub (storage.session empty, no listeners), a new
 * worker loading the background, whose top level starts its wake-up refresh.
 */
async function startBrowser() {
  globalThis.__afterviewFakeBrowser = createFakeBrowser();
  resetSharedDb();
  vi.resetModules();
  await import('../../../src/background/index.ts');
  return (await import('../../../src/background/refresh.ts')).refresh;
}

type Event = 'onStartup' | 'onInstalled' | 'the missed alarm';
function fire(event: Event) {
  const browser = fakeBrowser();
  if (event === 'the missed alarm') void browser.alarms.onAlarm.fire({ name: ALARM_NAME, scheduledTime: at(2026, 6, 5, 12) });
  else void browser.runtime[event].fire({ reason: 'update' });
}

/** Waits until `check` passes, letting the start-up re-plan's wait pass (once the worker has set it) meanwhile. */
function afterStartDelay(check: () => Promise<void>) {
  return vi.waitFor(async () => {
    await vi.advanceTimersByTimeAsync(START_DELAY_MS);
    await check();
  });
}

async function thankYou(): Promise<Touch> {
  const d = await openDatabase();
  const [touch] = (await d.getAll('touchpoints')).filter((t) => t.kind === 'thank-you');
  d.close();
  return touch!;
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date', 'setTimeout'] });
  vi.setSystemTime(FRIDAY_AFTER_INTERVIEW);
  const d = await openDatabase();
  await d.put('interviews', interviewRecord({ id: 'iv', company: 'Acme', start: at(2026, 6, 5, 10), end: at(2026, 6, 5, 11) }));
  await d.put('contacts', contactRecord({ id: 'c', name: 'Jane Doe', company: 'Acme' }));
  await d.put('interviewers', linkRecord({ id: 'l', interviewId: 'iv', contactId: 'c' }));
  d.close();
  // Friday's session: the browser starts, plans, and is closed before noon.
  const refresh = await startBrowser();
  fire('onStartup');
  await afterStartDelay(async () => expect((await thankYou())?.dueAt).toBe(at(2026, 6, 5, 12)));
  await refresh({ replan: false });
});
afterEach(() => vi.useRealTimers());

describe('a browser started on Saturday night with a thank-you overdue since Friday', () => {
  it.each<[Event, 'at once' | 'after the wake-up refresh']>([
    ['onStartup', 'at once'],
    ['onStartup', 'after the wake-up refresh'],
    ['onInstalled', 'at once'],
    ['onInstalled', 'after the wake-up refresh'],
    ['the missed alarm', 'at once'],
    ['the missed alarm', 'after the wake-up refresh'],
  ])('re-plans before it collects when %s comes %s: nothing is notified, the note is due on Monday morning', async (event, when) => {
    vi.setSystemTime(SATURDAY_NIGHT);
    const refresh = await startBrowser();
    if (when === 'after the wake-up refresh') {
      let woken = false;
      void refresh({ replan: false }).then(() => {
        woken = true;
      });
      await afterStartDelay(async () => expect(woken).toBe(true));
    }
    fire(event);
    await afterStartDelay(async () => {
      const touch = await thankYou();
      expect(touch.status !== 'planned' || touch.dueAt > Date.now()).toBe(true);
    });
    await refresh({ replan: false });
    expect(await thankYou()).toMatchObject({ status: 'planned', dueAt: MONDAY_MORNING, notifiedAt: null });
    expect([...fakeBrowser()._state.notifications.keys()]).toEqual([]);
    expect(fakeBrowser()._state.badge.text).toBe('');
    expect((await fakeBrowser().alarms.get(ALARM_NAME))?.scheduledTime).toBe(MONDAY_MORNING);
    // The popup's snapshot was written after the re-plan (by whichever refresh began it): it shows the note on Monday.
    expect((await readPopupSnapshot())?.due.entries[0]?.touch.dueAt).toBe(MONDAY_MORNING);
  });

  it('then notifies the note on Monday morning, when a worker woken within the session only collects', async () => {
    vi.setSystemTime(SATURDAY_NIGHT);
    const refresh = await startBrowser();
    fire('onStartup');
    await afterStartDelay(async () => expect((await thankYou()).dueAt).toBe(MONDAY_MORNING));
    await refresh({ replan: false });

    // Monday 9:05, same browser session: the stopped worker is started again by its alarm.
    vi.setSystemTime(MONDAY_MORNING + 5 * 60_000);
    const session = fakeBrowser();
    resetSharedDb();
    vi.resetModules();
    await import('../../../src/background/index.ts');
    expect(fakeBrowser()).toBe(session);
    void session.alarms.onAlarm.fire({ name: ALARM_NAME, scheduledTime: MONDAY_MORNING });
    await vi.waitFor(() => expect([...session._state.notifications.keys()]).toHaveLength(1));
    expect(await thankYou()).toMatchObject({ status: 'due', dueAt: MONDAY_MORNING });
    expect(session._state.notifications.values().next().value).toMatchObject({ title: 'Thank-you note due', message: expect.stringMatching(/^Thank Jane Doe at Acme/) });
  });

  it('waits START_DELAY_MS before it re-plans, collects and sets the badge, so the popup opened with the browser comes first', async () => {
    vi.setSystemTime(SATURDAY_NIGHT);
    const refresh = await startBrowser();
    fire('onStartup');
    const started = Date.now();
    // The wake-up refresh and onStartup both wait for the start-up re-plan, which has not begun.
    await vi.waitFor(() => expect(vi.getTimerCount()).toBeGreaterThan(0));
    await vi.advanceTimersByTimeAsync(START_DELAY_MS - 100);
    expect(await thankYou()).toMatchObject({ status: 'planned', dueAt: at(2026, 6, 5, 12) });
    expect(await fakeBrowser().alarms.get(ALARM_NAME)).toBeUndefined();
    await afterStartDelay(async () => expect((await thankYou()).dueAt).toBe(MONDAY_MORNING));
    expect(Date.now() - started).toBeGreaterThanOrEqual(START_DELAY_MS);
    await refresh({ replan: false });
    expect((await fakeBrowser().alarms.get(ALARM_NAME))?.scheduledTime).toBe(MONDAY_MORNING);
    expect([...fakeBrowser()._state.notifications.keys()]).toEqual([]);
  });

  it('re-plans at once when a change arrives while the start waits: the change is planned on healed data', async () => {
    vi.setSystemTime(SATURDAY_NIGHT);
    await startBrowser();
    fire('onStartup');
    const { refresh } = await import('../../../src/background/refresh.ts');
    // No timer is advanced: the change's refresh begins the start-up re-plan itself, then its own.
    await refresh({ replan: ['iv'] });
    expect(await thankYou()).toMatchObject({ status: 'planned', dueAt: MONDAY_MORNING, notifiedAt: null });
    expect([...fakeBrowser()._state.notifications.keys()]).toEqual([]);
  });
});
