import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from '../../setup/browser.ts';
import { EXTENSION_ID, EXTENSION_ORIGIN } from '../../setup/fake-browser.ts';
import { isOwnPage } from '../../../src/background/sender.ts';
import { DB_VERSION } from '../../../src/db/migrations.ts';

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
  beforeEach(async () => {
    // Loading the background registers its listeners on the current stubbed browser.
    const { vi } = await import('vitest');
    vi.resetModules();
    await import('../../../src/background/index.ts');
    // Let the worker's wake-up refresh finish (a collect-only refresh joins it) before the test's database goes.
    await (await import('../../../src/background/refresh.ts')).refresh({ replan: false });
  });

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

  it('ignores messages that are not Afterview envelopes', () => {
    expect(listener()({ hello: 'world' }, popup)).toBeUndefined();
  });

  it('re-derives the badge from the database when told data changed', async () => {
    const { openDatabase } = await import('../../../src/db/open.ts');
    const d = await openDatabase();
    await d.put('interviews', {
      id: 'i', company: 'Acme', role: '', round: 1, start: Date.now() - 86_400_000, end: null, decisionDate: null,
      status: 'awaiting', notes: '', sourceUrls: [], repliedAt: null, createdAt: 0, updatedAt: 0,
    });
    await d.put('interviewers', { id: 'l', interviewId: 'i', contactId: 'c', notes: '', addedAt: 0 });
    await d.put('touchpoints', {
      id: 'p1', interviewId: 'i', contactId: 'c', kind: 'thank-you', dueAt: 1, status: 'due',
      notifiedAt: null, sentAt: null, subject: '', body: '', tidbitId: null, asksStatus: false,
    });
    const reply = await listener()({ direction: 'ui→background', name: 'dataChanged', request: { stores: ['touchpoints'] } }, popup);
    expect(reply).toMatchObject({ ok: true, value: { dueTouches: 1 } });
    expect(fakeBrowser()._state.badge.text).toBe('1');
  });
});
