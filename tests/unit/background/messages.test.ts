import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../../setup/browser.ts';
import { EXTENSION_ID, EXTENSION_ORIGIN } from '../../setup/fake-browser.ts';
import { contactRecord, linkRecord, interviewRecord, touchRecord } from '../../support/records.ts';
import { startBackground } from '../../support/start-background.ts';
import { TOUCH_PREFIX } from '../../../src/background/notifications.ts';
import { isOwnPage } from '../../../src/background/messages.ts';
import { DB_VERSION } from '../../../src/db/migrations.ts';
import { openDatabase } from '../../../src/db/open.ts';

describe('isOwnPage', () => {
  it.each([
    ['the popup', { id: EXTENSION_ID, url: `${EXTENSION_ORIGIN}src/popup/index.html` }, true],
    ['a content script on a website', { id: EXTENSION_ID, url: 'https://www.linkedin.com/in/jane/' }, false],
    ['another extension', { id: 'other', url: 'chrome-extension://other/page.html' }, false],
    ['a sender without a URL', { id: EXTENSION_ID }, false],
    ['a look-alike origin', { id: EXTENSION_ID, url: `${EXTENSION_ORIGIN.slice(0, -1)}.evil.test/x` }, false],
  ])('%s → %s', (_name, sender, expected) => {
    expect(isOwnPage(sender, EXTENSION_ID, EXTENSION_ORIGIN)).toBe(expected);
  });
});

describe('the background message handler', () => {
  beforeEach(startBackground);

  const listener = () => fakeBrowser().runtime.onMessage.listeners[0]!;
  const popup = { id: EXTENSION_ID, url: `${EXTENSION_ORIGIN}src/popup/index.html` };

  it('answers a typed request from its own page with a value', async () => {
    const reply = await listener()({ direction: 'ui→background', name: 'status', request: {} }, popup);
    expect(reply).toEqual({ ok: true, value: { interviews: 0, dueTouches: 0, dbVersion: DB_VERSION, nextAlarmAt: null } });
  });

  it('refuses a message from a web page, as a value', async () => {
    const reply = await listener()({ direction: 'ui→background', name: 'status', request: {} }, { id: EXTENSION_ID, url: 'https://evil.test/' });
    expect(reply).toEqual({ ok: false, error: expect.stringContaining('own pages') });
  });

  it('returns an unknown message name as an error value', async () => {
    const reply = await listener()({ direction: 'ui→background', name: 'launchMissiles', request: {} }, popup);
    expect(reply).toEqual({ ok: false, error: expect.stringContaining('launchMissiles') });
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('answers the name %s, which every object inherits, as unknown', async (name) => {
    const reply = await listener()({ direction: 'ui→background', name, request: {} }, popup);
    expect(reply).toEqual({ ok: false, error: `Unknown message “${name}”.` });
  });

  it('ignores messages that are not Afterview envelopes', () => {
    expect(listener()({ hello: 'world' }, popup)).toBeUndefined();
  });

  it('re-derives the badge from the database when told data changed', async () => {
    const d = await openDatabase();
    await d.put('interviews', interviewRecord({ id: 'i', start: Date.now() - 86_400_000 }));
    await d.put('interviewers', linkRecord({ id: 'l', interviewId: 'i', contactId: 'c' }));
    await d.put('touchpoints', touchRecord({ id: 'p1', interviewId: 'i', contactId: 'c', dueAt: 1, status: 'due' }));
    const reply = await listener()({ direction: 'ui→background', name: 'dataChanged', request: { stores: ['touchpoints'] } }, popup);
    expect(reply).toMatchObject({ ok: true, value: { dueTouches: 1 } });
    expect(fakeBrowser()._state.badge.text).toBe('1');
  });

  it('rebuilds the menus when told the interviews changed', async () => {
    const d = await openDatabase();
    await d.put('interviews', interviewRecord({ id: 'i', start: Date.now() }));
    const reply = await listener()({ direction: 'ui→background', name: 'dataChanged', request: { stores: ['interviews'], interviewIds: ['i'] } }, popup);
    expect(reply).toMatchObject({ ok: true });
    expect(fakeBrowser()._state.menus.has('afterview-tidbit:page:i')).toBe(true);
    d.close();
  });

  it('tells open pages tidbits changed when a page wrote tidbits, and not after other writes', async () => {
    const fake = fakeBrowser();
    const sendMessage = vi.spyOn(fake.runtime, 'sendMessage').mockResolvedValue(undefined);
    const tidbitsChanged = { direction: 'background→ui', name: 'tidbitsChanged', request: {} };
    await listener()({ direction: 'ui→background', name: 'dataChanged', request: { stores: ['templates'] } }, popup);
    expect(sendMessage).not.toHaveBeenCalledWith(tidbitsChanged);
    const reply = await listener()({ direction: 'ui→background', name: 'dataChanged', request: { stores: ['tidbits'] } }, popup);
    expect(reply).toMatchObject({ ok: true });
    expect(sendMessage).toHaveBeenCalledWith(tidbitsChanged);
  });
});

describe('the snooze button of a notification', () => {
  it('snoozes the touch and re-plans only its interview', async () => {
    const refresh = await startBackground();
    const d = await openDatabase();
    const start = Date.now() - 86_400_000;
    await d.put('contacts', contactRecord({ id: 'c', name: 'Jane Doe' }));
    for (const id of ['i', 'other']) {
      await d.put('interviews', interviewRecord({ id, start, end: start + 3_600_000 }));
      await d.put('interviewers', linkRecord({ id: `l-${id}`, interviewId: id, contactId: 'c' }));
    }
    await d.put('touchpoints', touchRecord({ id: 'p1', interviewId: 'i', contactId: 'c', dueAt: 1, status: 'due' }));

    fakeBrowser().notifications.onButtonClicked.listeners[0]!(`${TOUCH_PREFIX}p1`, 1);
    await vi.waitFor(async () => expect((await d.get('touchpoints', 'p1'))?.status).toBe('snoozed'));
    // The button's refresh is under way by now; a collect-only refresh joins it.
    await refresh({ replan: false });
    const planned = await d.getAll('touchpoints');
    expect(planned.filter((t) => t.interviewId === 'i').length).toBeGreaterThan(1);
    expect(planned.filter((t) => t.interviewId === 'other')).toEqual([]);
    d.close();
  });
});
