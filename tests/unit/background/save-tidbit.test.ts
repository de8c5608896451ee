import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Menus, Tabs } from 'webextension-polyfill';
import {
  handleMenuClick,
  readLinkText,
  readPageSummary,
  SAVED_MARK,
  SAVED_MARK_MS,
  TIDBIT_NOTIFICATION_ID,
} from '../../../src/background/tidbit-menu.ts';
import { LIMITS } from '../../../src/core/text.ts';
import { MAX_HEADINGS } from '../../../src/core/tidbits/draft.ts';
import { upsertContact } from '../../../src/db/contacts.ts';
import { addLink, setLinkNotes } from '../../../src/db/links.ts';
import { createInterview, deleteInterview } from '../../../src/db/interviews.ts';
import { db } from '../../../src/db/open.ts';
import { listAllTidbits } from '../../../src/db/tidbits.ts';
import { fakeBrowser } from '../../setup/browser.ts';
import { interviewFields } from '../../support/records.ts';

const TAB: Tabs.Tab = {
  id: 7,
  index: 0,
  highlighted: true,
  active: true,
  pinned: false,
  incognito: false,
  url: 'https://news.example.com/front?utm_source=x',
  title: 'Front page — News',
};

function click(menuItemId: string, fields: Partial<Menus.OnClickData> = {}): Menus.OnClickData {
  return { menuItemId, editable: false, pageUrl: TAB.url, frameId: 0, ...fields } as Menus.OnClickData;
}

async function awaitingInterview(notes = 'We talked about Rust and latency.') {
  const start = Date.UTC(2025, 2, 12, 12);
  return createInterview(
    await db(),
    interviewFields({ company: 'Acme', role: 'Engineer', start, notes }),
    start,
  );
}

let executeScript: ReturnType<typeof vi.fn>;
let setBadgeText: ReturnType<typeof vi.fn>;
let sendMessage: ReturnType<typeof vi.fn>;

beforeEach(() => {
  const fake = fakeBrowser();
  vi.spyOn(fake.i18n, 'getMessage').mockImplementation((key: string, subs?: string | string[]) =>
    subs === undefined ? `[${key}]` : `[${key}: ${String(subs)}]`,
  );
  executeScript = vi.fn(async () => [{ frameId: 0, documentId: 'd', result: 'Cutting latency with Rust' }]);
  (fake.scripting as { executeScript: unknown }).executeScript = executeScript;
  setBadgeText = vi.fn(async () => undefined);
  (fake.action as { setBadgeText: unknown }).setBadgeText = setBadgeText;
  // No extension page is open: the browser rejects with "Receiving end does not exist".
  sendMessage = vi.fn(async () => {
    throw new Error('Could not establish connection. Receiving end does not exist.');
  });
  (fake.runtime as { sendMessage: unknown }).sendMessage = sendMessage;
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('handleMenuClick: saving', () => {
  it('saves a link for an interview, reading the link text from the clicked frame (Chrome)', async () => {
    const interview = await awaitingInterview();
    const result = await handleMenuClick(
      click(`afterview-tidbit:link:${interview.id}`, { linkUrl: 'https://blog.example/rust?fbclid=1', frameId: 3 }),
      TAB,
    );

    expect(executeScript).toHaveBeenCalledTimes(1);
    expect(executeScript.mock.calls[0]![0]).toMatchObject({
      target: { tabId: 7, frameIds: [3] },
      func: readLinkText,
      args: ['https://blog.example/rust?fbclid=1', LIMITS.title],
    });
    expect(result).toMatchObject({ kind: 'saved', created: true });
    const [stored] = await listAllTidbits(await db());
    expect(stored).toMatchObject({
      url: 'https://blog.example/rust',
      title: 'Cutting latency with Rust',
      foundOn: 'https://news.example.com/front',
      excerpt: '',
      topics: ['latency', 'rust'],
      interviewId: interview.id,
    });
    expect(sendMessage).toHaveBeenCalledWith({ direction: 'background→ui', name: 'tidbitsChanged', request: {} });
  });

  it('uses the link text Firefox passes, without running a script', async () => {
    const result = await handleMenuClick(
      click('afterview-tidbit:link:none', { linkUrl: 'https://blog.example/a', linkText: ' Firefox text ' }),
      TAB,
    );
    expect(executeScript).not.toHaveBeenCalled();
    expect(result.kind === 'saved' && [result.tidbit.title, result.tidbit.interviewId]).toEqual(['Firefox text', null]);
  });

  it('names the link by its address when the page cannot be read', async () => {
    executeScript.mockRejectedValueOnce(new Error('Cannot access contents of the page'));
    const result = await handleMenuClick(click('afterview-tidbit:link:none', { linkUrl: 'https://blog.example/a' }), TAB);
    expect(result.kind === 'saved' && result.tidbit.title).toBe('https://blog.example/a');
  });

  it('saves the page with its title, and with what it says of itself as its text, read through the click’s grant', async () => {
    const interview = await awaitingInterview('Team is moving the ledger to event sourcing');
    const d = await db();
    const priya = await upsertContact(d, { name: 'Priya Raman', title: '', company: 'Acme', email: '', profileUrl: '', capturedFrom: 'manual', capturedUrl: '', capturedAt: 0 });
    const link = await addLink(d, interview.id, priya.id, 0);
    await setLinkNotes(d, link.id, 'Promised her an article on on-call rotations');
    executeScript.mockResolvedValueOnce([
      { frameId: 0, documentId: 'd', result: { title: 'ignored: the tab has one', description: '  How to design  on-call rotations people can live with. ', headings: ['On-call rotations', 42, '  Cutting pager noise '] } },
    ]);
    const result = await handleMenuClick(click(`afterview-tidbit:page:${interview.id}`), TAB);
    expect(executeScript).toHaveBeenCalledTimes(1);
    expect(executeScript.mock.calls[0]![0]).toMatchObject({ target: { tabId: 7, frameIds: [0] }, func: readPageSummary, args: [LIMITS.excerpt, MAX_HEADINGS] });
    expect(result.kind === 'saved' && result.tidbit).toMatchObject({
      url: 'https://news.example.com/front',
      foundOn: 'https://news.example.com/front',
      title: 'Front page — News',
      excerpt: 'How to design on-call rotations people can live with.',
      pageText: 'On-call rotations\nCutting pager noise',
      // From the interviewer's notes as well as the interview's.
      topics: ['on-call', 'rotations'],
    });
  });

  it('saves the page as the browser describes it when the page cannot be read', async () => {
    executeScript.mockRejectedValueOnce(new Error('Cannot access contents of the page'));
    const result = await handleMenuClick(click('afterview-tidbit:page:none'), TAB);
    expect(result.kind === 'saved' && result.tidbit).toEqual(expect.objectContaining({ title: 'Front page — News', excerpt: '' }));
    expect(result.kind === 'saved' && 'pageText' in result.tidbit).toBe(false);
  });

  it('saves a selection as the excerpt of the page', async () => {
    const interview = await awaitingInterview('latency budgets');
    const result = await handleMenuClick(
      click(`afterview-tidbit:selection:${interview.id}`, { selectionText: 'Latency budgets keep teams honest.' }),
      TAB,
    );
    expect(result.kind === 'saved' && result.tidbit).toMatchObject({
      url: 'https://news.example.com/front',
      title: 'Front page — News',
      excerpt: 'Latency budgets keep teams honest.',
      topics: ['latency', 'budgets'],
    });
  });

  it('updates the one record when the same address is saved again for the same interview', async () => {
    const interview = await awaitingInterview();
    const id = `afterview-tidbit:link:${interview.id}`;
    const first = await handleMenuClick(click(id, { linkUrl: 'https://blog.example/a?utm_medium=x' }), TAB);
    executeScript.mockResolvedValueOnce([{ frameId: 0, documentId: 'd', result: 'A better title' }]);
    const second = await handleMenuClick(click(id, { linkUrl: 'https://blog.example/a#top', selectionText: 'Quote' }), TAB);

    expect(first).toMatchObject({ kind: 'saved', created: true });
    expect(second).toMatchObject({ kind: 'saved', created: false });
    const all = await listAllTidbits(await db());
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ title: 'A better title', excerpt: 'Quote' });
    expect(first.kind === 'saved' && all[0]!.id).toBe(first.kind === 'saved' && first.tidbit.id);
  });

  it('saves for no interview when the chosen one was deleted meanwhile', async () => {
    const interview = await awaitingInterview();
    await deleteInterview(await db(), interview.id);
    const result = await handleMenuClick(click(`afterview-tidbit:page:${interview.id}`), TAB);
    expect(result.kind === 'saved' && result.tidbit.interviewId).toBeNull();
  });

  it('tells an open extension page that the tidbits changed', async () => {
    sendMessage.mockResolvedValueOnce(undefined);
    await handleMenuClick(click('afterview-tidbit:page:none'), TAB);
    expect(sendMessage).toHaveBeenCalledWith({ direction: 'background→ui', name: 'tidbitsChanged', request: {} });
  });
});

describe('handleMenuClick: feedback', () => {
  it('marks the tab’s toolbar icon for two seconds, then shows the global badge again', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await handleMenuClick(click('afterview-tidbit:page:none'), TAB);
    expect(setBadgeText.mock.calls).toEqual([[{ tabId: 7, text: SAVED_MARK }]]);
    vi.advanceTimersByTime(SAVED_MARK_MS - 1);
    expect(setBadgeText).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(setBadgeText.mock.calls[1]).toEqual([{ tabId: 7, text: null }]);
    expect(fakeBrowser()._state.notifications.size).toBe(0);
  });

  it('still saves when the tab is gone or the click came from outside a tab', async () => {
    setBadgeText.mockRejectedValueOnce(new Error('No tab with id: 7'));
    expect((await handleMenuClick(click('afterview-tidbit:page:none'), TAB)).kind).toBe('saved');
    executeScript.mockClear();
    const noTab = await handleMenuClick(click('afterview-tidbit:link:none', { linkUrl: 'https://blog.example/b' }), { ...TAB, id: -1 });
    expect(noTab.kind === 'saved' && noTab.tidbit.title).toBe('https://blog.example/b');
    expect(executeScript).not.toHaveBeenCalled();
  });

  it.each([
    ['javascript:alert(document.cookie)', 'unsupportedScheme', 'tidbitRefusedScheme'],
    ['data:text/html,<b>hi</b>', 'unsupportedScheme', 'tidbitRefusedScheme'],
    ['file:///home/me/secret.pdf', 'unsupportedScheme', 'tidbitRefusedScheme'],
    ['https://', 'invalid', 'tidbitRefusedInvalid'],
  ])('refuses a link to %s with a notification, saving nothing', async (linkUrl, reason, key) => {
    const result = await handleMenuClick(click('afterview-tidbit:link:none', { linkUrl }), TAB);
    expect(result).toEqual({ kind: 'refused', reason });
    expect(fakeBrowser()._state.notifications.get(TIDBIT_NOTIFICATION_ID)).toMatchObject({
      type: 'basic',
      title: '[extName]',
      message: `[${key}]`,
    });
    expect(executeScript).not.toHaveBeenCalled();
    expect(setBadgeText).not.toHaveBeenCalled();
    expect(await listAllTidbits(await db())).toEqual([]);
  });

  it('refuses to save a page that is not on the web', async () => {
    const result = await handleMenuClick(click('afterview-tidbit:page:none', { pageUrl: 'file:///home/me/notes.html' }), TAB);
    expect(result).toEqual({ kind: 'refused', reason: 'unsupportedScheme' });
  });

  it('says why when the database cannot be opened', async () => {
    globalThis.indexedDB = {
      open() {
        throw new Error('disk full');
      },
    } as unknown as IDBFactory;
    const result = await handleMenuClick(click('afterview-tidbit:page:none'), TAB);
    expect(result).toEqual({ kind: 'failed', error: 'disk full' });
    expect(fakeBrowser()._state.notifications.get(TIDBIT_NOTIFICATION_ID)).toMatchObject({
      message: '[tidbitSaveFailed: disk full]',
    });
  });

  it('ignores clicks on items that are not its own', async () => {
    expect(await handleMenuClick(click('afterview-tidbit:page'), TAB)).toEqual({ kind: 'ignored' });
    expect(await handleMenuClick(click('something-else'), TAB)).toEqual({ kind: 'ignored' });
    expect(await listAllTidbits(await db())).toEqual([]);
  });
});

describe('readLinkText (runs in the page)', () => {
  it('finds the first link to the address that has text, and bounds it', () => {
    document.body.innerHTML = `
      <a href="https://blog.example/a"><img src="x.png"></a>
      <a href="https://other.example/">Other</a>
      <a href="https://blog.example/a">  The   article </a>
      <a href="https://blog.example/a">Second</a>`;
    expect(readLinkText('https://blog.example/a', 100)).toBe('The   article');
    document.body.innerHTML = `<a href="https://blog.example/a">${'x'.repeat(50)}</a>`;
    expect(readLinkText('https://blog.example/a', 10)).toHaveLength(40);
  });

  it.each([
    ['<a href="https://blog.example/a" aria-label="Labelled"><svg></svg></a>', 'Labelled'],
    ['<a href="https://blog.example/a" title="Titled"></a>', 'Titled'],
    ['<a href="https://blog.example/a"><img alt="Described" src="x.png"></a>', 'Described'],
    ['<map><area href="https://blog.example/a" alt="Region"></map>', 'Region'],
    ['<a href="https://blog.example/b">Elsewhere</a>', ''],
  ])('%s → %s', (html, expected) => {
    document.body.innerHTML = html;
    expect(readLinkText('https://blog.example/a', 100)).toBe(expected);
  });
});

describe('readPageSummary (runs in the page)', () => {
  afterEach(() => {
    document.head.innerHTML = '';
    document.title = '';
  });

  it('reads the declared title and description and the first headings of the main content', () => {
    document.head.innerHTML = `<title>Rotas | Blog</title><meta property="og:title" content="Humane on-call rotations"><meta name="description" content=" Rotations people can live with ">`;
    document.body.innerHTML = `<nav><h2>Menu</h2></nav><main><h1>Humane on-call   rotations</h1><h2></h2><h2>Cutting pager noise</h2><h3>${'x'.repeat(50)}</h3><h4>Too deep</h4></main>`;
    expect(readPageSummary(20, 12)).toEqual({ title: 'Humane on-call rotat', description: 'Rotations people can', headings: ['Humane on-call rotat', 'Cutting pager noise', 'x'.repeat(20)] });
  });

  it('falls back to the document title, the Open Graph description, the body, and stops at the maximum of headings', () => {
    document.title = 'Plain page';
    document.head.insertAdjacentHTML('beforeend', '<meta property="og:description" content="From Open Graph">');
    document.body.innerHTML = `${'<h2>Part</h2>'.repeat(20)}`;
    expect(readPageSummary(100, 3)).toEqual({ title: 'Plain page', description: 'From Open Graph', headings: ['Part', 'Part', 'Part'] });
  });
});
