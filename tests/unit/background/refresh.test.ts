/**
 * The background's scheduling with fake time: the plan is written, the one
 * alarm follows the earliest touch, due touches are collected and notified
 * once, and every start heals what a restart or a closed browser left.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ALARM_NAME } from '../../../src/background/refresh.ts';
import { handlers } from '../../../src/background/messages.ts';
import { openFromNotification, snoozeFromNotification, TOUCH_PREFIX } from '../../../src/background/notifications.ts';
import { refresh } from '../../../src/background/refresh.ts';
import type { Touch } from '../../../src/core/types.ts';
import { db } from '../../../src/db/open.ts';
import { fakeBrowser } from '../../setup/browser.ts';
import { contactRecord, linkRecord, interviewRecord } from '../../support/records.ts';

const at = (y: number, m: number, d: number, h: number, min = 0) => new Date(y, m - 1, d, h, min).getTime();
// Monday 1 June 2026, an interview from 10:00 to 11:00 with two interviewers.
const INTERVIEW_END = at(2026, 6, 1, 11);

async function seed(interviewers = ['Jane Doe', 'Ravi Kumar']) {
  const d = await db();
  await d.put('interviews', interviewRecord({ id: 'iv', role: 'Engineer', start: at(2026, 6, 1, 10), end: INTERVIEW_END }));
  for (const [i, name] of interviewers.entries()) {
    await d.put('contacts', contactRecord({ id: `c${i}`, name, company: 'Acme', email: `p${i}@acme.test` }));
    await d.put('interviewers', linkRecord({ id: `l${i}`, interviewId: 'iv', contactId: `c${i}`, addedAt: i }));
  }
  return d;
}

const touches = async () => (await (await db()).getAll('touchpoints')) as Touch[];
const notificationsCreated = () => fakeBrowser()._state.notifications;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(INTERVIEW_END + 5 * 60_000);
});
afterEach(() => vi.useRealTimers());

describe('the background scheduler', () => {
  it('plans the follow-ups and sets the one alarm to the earliest of them', async () => {
    await seed();
    const status = await refresh({ replan: true });
    const planned = await touches();
    expect(planned.filter((t) => t.kind === 'thank-you').map((t) => t.contactId).sort()).toEqual(['c0', 'c1']);
    const earliest = Math.min(...planned.map((t) => t.dueAt));
    expect(status.nextAlarmAt).toBe(earliest);
    expect(await fakeBrowser().alarms.getAll()).toEqual([{ name: ALARM_NAME, scheduledTime: earliest }]);
  });

  it('sets the alarm again after a restart that cleared it', async () => {
    await seed();
    const before = (await refresh({ replan: true })).nextAlarmAt;
    await fakeBrowser().alarms.clearAll();
    const after = (await refresh({ replan: true })).nextAlarmAt;
    expect(after).toBe(before);
    expect((await fakeBrowser().alarms.get(ALARM_NAME))?.scheduledTime).toBe(before);
  });

  it('raises one summary after ten days with the browser closed, and never the same touch twice', async () => {
    await seed();
    await refresh({ replan: true });
    vi.setSystemTime(at(2026, 6, 11, 10)); // Thursday of the next week, in working hours
    await refresh({ replan: true });
    const shown = [...notificationsCreated().entries()];
    expect(shown).toHaveLength(1);
    const [id, options] = shown[0]!;
    expect(id).toBe('afterview-due-summary');
    const due = (await touches()).filter((t) => t.status === 'due');
    expect(options).toMatchObject({ title: 'Follow-ups due', message: `${due.length} follow-ups are due` });
    expect(due.length).toBeGreaterThanOrEqual(2);
    expect(fakeBrowser()._state.badge.text).toBe(String(due.length));

    notificationsCreated().clear();
    await refresh({ replan: true });
    await refresh({ replan: false });
    expect(notificationsCreated().size).toBe(0);
  });

  it('notifies two touches due in the same minute with one summary', async () => {
    await seed();
    await refresh({ replan: true });
    const thanks = (await touches()).filter((t) => t.kind === 'thank-you');
    expect(new Set(thanks.map((t) => t.dueAt)).size).toBe(1);
    vi.setSystemTime(thanks[0]!.dueAt);
    await refresh({ replan: false });
    expect([...notificationsCreated().keys()]).toEqual(['afterview-due-summary']);
    expect(notificationsCreated().get('afterview-due-summary')).toMatchObject({ message: '2 follow-ups are due' });
  });

  it('says what to do and for whom when one touch is due, with buttons where the browser has them', async () => {
    await seed(['Jane Doe']);
    await refresh({ replan: true });
    const [thanks] = (await touches()).filter((t) => t.kind === 'thank-you');
    vi.setSystemTime(INTERVIEW_END + 2 * 3_600_000);
    expect(thanks!.dueAt).toBeLessThanOrEqual(Date.now());
    await refresh({ replan: false });
    const options = notificationsCreated().get(TOUCH_PREFIX + thanks!.id);
    expect(options).toMatchObject({ title: 'Thank-you note due', message: 'Thank Jane Doe at Acme — interview ended 2 hours ago' });
    expect(options?.buttons).toEqual([{ title: 'Write it now' }, { title: 'Snooze a day' }]);
  });

  it('leaves the buttons out in Firefox, where a click opens the composer', async () => {
    Object.assign(fakeBrowser().runtime, { getBrowserInfo: async () => ({ name: 'Firefox' }) });
    await seed(['Jane Doe']);
    await refresh({ replan: true });
    vi.setSystemTime(INTERVIEW_END + 2 * 3_600_000);
    await refresh({ replan: false });
    const [id, options] = [...notificationsCreated().entries()][0]!;
    expect(options.buttons).toBeUndefined();
    await openFromNotification(await db(), id);
    // The address names the interview, so the composer need not read the touch to learn it.
    expect(fakeBrowser()._state.createdTabs.at(-1)?.url).toBe(`chrome-extension://afterview-test-id/src/compose/index.html?interview=iv&touch=${id.slice(TOUCH_PREFIX.length)}`);
  });

  it('opens the due list from the notification of a touch deleted meanwhile, not an empty composer', async () => {
    const d = await seed(['Jane Doe']);
    await refresh({ replan: true });
    vi.setSystemTime(INTERVIEW_END + 2 * 3_600_000);
    await refresh({ replan: false });
    const [id] = [...notificationsCreated().keys()];
    // The interview, and its touches with it, deleted while the notification was shown.
    await d.delete('touchpoints', id!.slice(TOUCH_PREFIX.length));
    await openFromNotification(d, id!);
    expect(fakeBrowser()._state.createdTabs.at(-1)?.url).toBe('chrome-extension://afterview-test-id/src/options/index.html#due');
    expect(notificationsCreated().has(id!)).toBe(false);
  });

  it('keeps a snooze made while an alarm is in flight, and notifies each touch at most once', async () => {
    const d = await seed();
    await refresh({ replan: true });
    const [first] = (await touches()).filter((t) => t.kind === 'thank-you');
    vi.setSystemTime(first!.dueAt);
    // The alarm's collection and a snooze from a notification button race.
    await Promise.all([refresh({ replan: false }), snoozeFromNotification(d, TOUCH_PREFIX + first!.id, Date.now())]);
    const snoozed = await d.get('touchpoints', first!.id);
    expect(snoozed?.status).toBe('snoozed');
    expect(snoozed?.dueAt).toBeGreaterThan(Date.now());
    expect(snoozed?.notifiedAt).toBeNull();

    const before = notificationsCreated().size;
    await refresh({ replan: false });
    await refresh({ replan: false });
    // The other thank-you was collected at most once; the snoozed one waits for its new time.
    expect(notificationsCreated().size).toBe(before);
    expect((await refresh({ replan: false })).nextAlarmAt).toBeGreaterThan(Date.now());
  });

  it('lets a collect-only refresh join the one under way, but never a refresh after a change', async () => {
    await seed();
    const running = refresh({ replan: true });
    expect(refresh({ replan: false })).toBe(running);
    const afterChange = refresh({ replan: true });
    expect(afterChange).not.toBe(running);
    await Promise.all([running, afterChange]);
    const later = refresh({ replan: false });
    expect(later).not.toBe(afterChange);
    await later;
  });

  it('re-plans only the interviews a change names, and nothing for a change no plan reads', async () => {
    // A browser session that has had its start-up re-plan (start-up.test's subject), whichever test ran before this one.
    await fakeBrowser().storage.session.set({ 'afterview-replanned': true });
    const d = await seed();
    await d.put('interviews', interviewRecord({ id: 'other', start: at(2026, 6, 1, 14), end: at(2026, 6, 1, 15) }));
    await d.put('interviewers', linkRecord({ id: 'lo', interviewId: 'other', contactId: 'c0' }));
    const plannedFor = async () => [...new Set((await touches()).map((t) => t.interviewId))].sort();

    await handlers.dataChanged({ stores: ['interviewers'], interviewIds: ['iv'] });
    expect(await plannedFor()).toEqual(['iv']);
    await handlers.dataChanged({ stores: ['templates'] });
    expect(await plannedFor()).toEqual(['iv']);
    await handlers.dataChanged({ stores: ['settings'], interviewIds: ['iv'] });
    expect(await plannedFor()).toEqual(['iv', 'other']);
  });

  it('tells open pages the plan moved after a change, even when nothing came due, and stays quiet when nothing changed', async () => {
    await seed();
    const fake = fakeBrowser();
    const sendMessage = vi.fn(async () => undefined);
    const original = fake.runtime.sendMessage;
    (fake.runtime as { sendMessage: unknown }).sendMessage = sendMessage;
    try {
      const touchesChanged = { direction: 'background→ui', name: 'touchesChanged', request: {} };
      // A capture adds people: the plan gains thank-yous, none due yet, and an open popup must read them.
      await refresh({ replan: ['iv'] });
      expect(sendMessage).toHaveBeenCalledWith(touchesChanged);
      sendMessage.mockClear();
      // A wake-up that changes nothing says nothing.
      await refresh({ replan: false });
      expect(sendMessage).not.toHaveBeenCalledWith(touchesChanged);
    } finally {
      (fake.runtime as { sendMessage: unknown }).sendMessage = original;
    }
  });
});
