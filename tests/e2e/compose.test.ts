/**
 * The composer in both real browsers, walked as a candidate would at the
 * popup's real size (400 × 600). An interview whose notes hold a topic line
 * and a promise, with three pages saved as tidbits through the menu handler
 * (each read at save time for its description and headings): the popup shows
 * the promise still to keep; the note to Priya carries the article that keeps
 * it and reads, sentence by sentence, as expected; "Mark as sent" is undone and
 * the plan is as it was; the note to Lars carries his own tidbit; both are in
 * the history as they went out. The send bar stays on screen while the note is
 * edited, nothing overflows sideways, and every view passes axe-core. The
 * mailto, Gmail and Outlook links are parsed back; the composer's own page
 * opens on the follow-up the background planned. Neither browser here has an
 * on-device model to offer, so no drafting control appears.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyBackupData } from '../../src/core/backup/backup-file.ts';
import { isPending } from '../../src/core/cadence/touch-state.ts';
import { DEFAULT_SETTINGS, type Tidbit, type Touch } from '../../src/core/types.ts';
import { contactRecord, linkRecord, interviewRecord } from '../support/records.ts';
import { notifyBackground, readData, writeData } from './dashboard-support.ts';
import { axeViolations } from './harness/axe.ts';
import { messageBackground } from './harness/background.ts';
import { BROWSERS, inExtensionPage, launch } from './harness/launch.ts';
import { startSiteServer, type SiteServer } from './harness/site-server.ts';
import type { ExtBrowser, ExtPage } from './harness/types.ts';

const IDS = { interview: 'e2e-northwind', priya: 'e2e-priya', lars: 'e2e-lars' };
const NAMES: Record<string, string> = { [IDS.priya]: 'Priya Raman', [IDS.lars]: 'Lars Eklund' };
const HOUR = 3_600_000;

/** Three articles, as a candidate would save them while reading: each says what it is about in its description and headings. */
const ARTICLES = {
  oncall: {
    title: 'Designing humane on-call rotations',
    description: 'How many people a rotation needs, and how to hand over without burning out.',
    headings: ['Designing humane on-call rotations', 'Rotation size', 'Handovers that work'],
  },
  pager: {
    title: 'Cutting pager noise',
    description: 'Alert fatigue, and the three questions that end most of it.',
    headings: ['Cutting pager noise', 'Alerts nobody acts on', 'Paging on symptoms'],
  },
  ledger: {
    title: 'Event-sourced ledgers for payments teams',
    description: 'What a team learns moving its ledger to event sourcing as payments grow.',
    headings: ['Event-sourced ledgers', 'Payments volume', 'The team'],
  },
} as const;

function page(article: (typeof ARTICLES)[keyof typeof ARTICLES]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${article.title} — Example</title>
<meta name="description" content="${article.description}"></head>
<body><nav><h2>Menu</h2></nav><main>${article.headings.map((h, i) => (i === 0 ? `<h1>${h}</h1>` : `<h2>${h}</h2>`)).join('<p>…</p>')}</main></body></html>`;
}

/** Writes the records through the page's own IndexedDB (the page has already opened and migrated it), then lets the background plan. */
async function seed(page: ExtPage): Promise<void> {
  const now = Date.now();
  const start = now - 3 * HOUR;
  const contact = (id: string, name: string, email: string, title: string) => contactRecord({ id, name, title, company: 'Northwind Payments', email, capturedAt: now });
  await writeData(page, {
    ...emptyBackupData(),
    interviews: [
      interviewRecord({
        id: IDS.interview, company: 'Northwind Payments', role: 'Platform Engineer', start, end: start + HOUR,
        notes: 'Team is moving the ledger to event sourcing; payments volume doubled', createdAt: now, updatedAt: now,
      }),
    ],
    contacts: [contact(IDS.priya, 'Priya Raman', 'priya@northwind.test', 'Engineering Manager, Platform'), contact(IDS.lars, 'Lars Eklund', 'lars@northwind.test', 'Staff Engineer')],
    interviewers: [
      linkRecord({ id: 'e2e-link-priya', interviewId: IDS.interview, contactId: IDS.priya, notes: 'Cares about on-call load on the platform team\nPromised her an article on on-call rotations', addedAt: now }),
      linkRecord({ id: 'e2e-link-lars', interviewId: IDS.interview, contactId: IDS.lars, notes: 'asked how I would cut pager noise', addedAt: now + 1 }),
    ],
    settings: { ...DEFAULT_SETTINGS, name: 'Sam Candidate', signature: 'Sam Candidate' },
  });
  await notifyBackground(page);
}

/** Saves a served page as a tidbit for the interview, through the menu handler with the page's real tab. */
async function saveTidbit(ext: ExtBrowser, site: SiteServer, path: string): Promise<Tidbit> {
  const article = await ext.openWebPage(site.url('example.test', path));
  await article.waitFor('h1');
  const result = await inExtensionPage(ext, 'src/options/index.html', 'main', async (options) => {
    const tab = await options.waitForFunction(async (p) => {
      const api = globalThis.browser ?? globalThis.chrome!;
      const [found] = await api.tabs.query({ url: `https://example.test/*` });
      return found?.status === 'complete' && found.url?.endsWith(p) ? (found as unknown as Record<string, unknown>) : null;
    }, path);
    return messageBackground<{ kind: string; tidbit: Tidbit }>(options, 'menuClick', { info: { menuItemId: `afterview-tidbit:page:${IDS.interview}`, pageUrl: tab!.url, frameId: 0, editable: false }, tab }, 'e2e→background');
  });
  await article.close();
  expect(result.kind).toBe('saved');
  return result.tidbit;
}

async function storedTouches(page: ExtPage): Promise<Touch[]> {
  return (await readData(page)).touchpoints.filter((touch) => touch.interviewId === IDS.interview).sort((a, b) => a.id.localeCompare(b.id));
}

const value = (page: ExtPage, selector: string) => page.evaluate((s) => (document.querySelector(s) as HTMLInputElement | HTMLTextAreaElement).value, selector);
const href = (page: ExtPage, action: string) => page.evaluate((a) => document.querySelector(`[data-action="open-${a}"]`)!.getAttribute('data-href') ?? '', action);
const selectedTab = (page: ExtPage) => page.evaluate(() => document.querySelector('[role="tab"][aria-selected="true"]')?.textContent ?? '');

/**
 * What the browser said of its on-device model, and how many of its controls
 * show. Debian's Chromium has LanguageModel and says "unavailable" (no model
 * on this machine); Firefox has no LanguageModel at all.
 */
const NO_MODEL = { chromium: 'unavailable', firefox: 'absent' } as const;

async function modelOffer(page: ExtPage): Promise<{ model: string; controls: number }> {
  const offer = await page.waitForFunction(() => {
    const model = (document.querySelector('#compose-panel') as HTMLElement | null)?.dataset.model;
    return model && model !== 'checking' ? { model, controls: document.querySelectorAll('.ai-draft, [data-action^="ai-"]').length } : null;
  });
  return offer!;
}

async function waitStatus(page: ExtPage, text: string) {
  await page.waitForFunction((t) => document.querySelector('[data-status="compose"]')?.textContent === t, text);
}

/** The day of the interview as the note writes it, in the browser's own language and zone. */
function interviewDay(page: ExtPage, start: number): Promise<string> {
  return page.evaluate((at) => {
    const api = globalThis.browser ?? globalThis.chrome!;
    return new Intl.DateTimeFormat(api.i18n.getUILanguage(), { weekday: 'long', day: 'numeric', month: 'long' }).format(at);
  }, start);
}

/** The thank-you note expected for this interview, whole, sentence by sentence. */
function thankYou(firstName: string, day: string, topic: string, tidbitLine: string, tidbit: Tidbit): string {
  return [
    `Hi ${firstName},`,
    '',
    `Thank you for taking the time to speak with me on ${day}. I especially enjoyed our conversation about ${topic}.`,
    '',
    'It left me even more interested in the Platform Engineer role at Northwind Payments and in the work your team is doing.',
    '',
    tidbitLine,
    tidbit.title,
    tidbit.url,
    '',
    'If anything else would be useful, I would be glad to talk again whenever it suits you.',
    '',
    'Best regards,',
    'Sam Candidate',
  ].join('\n');
}

/** What a candidate sees at 400 × 600 while editing the note: the send bar on screen, and nothing wider than the popup. */
async function checkFit(page: ExtPage) {
  await page.evaluate(() => (document.querySelector('#compose-body') as HTMLTextAreaElement).focus());
  const fit = await page.evaluate(() => {
    const bar = document.querySelector('.send-bar')!.getBoundingClientRect();
    const buttons = [...document.querySelectorAll('.send-bar__buttons > *')].map((b) => b.getBoundingClientRect());
    const select = document.querySelector('#compose-interview') as HTMLSelectElement;
    const style = getComputedStyle(select);
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const label = select.selectedOptions[0]?.textContent ?? '';
    return {
      barTop: bar.top,
      barBottom: bar.bottom,
      rows: new Set(buttons.map((b) => Math.round(b.top))).size,
      height: innerHeight,
      width: innerWidth,
      scrollWidth: document.documentElement.scrollWidth,
      label,
      // The label must fit beside the arrow: the select's width less its padding and about 24 px for the arrow.
      labelFits: context.measureText(label).width <= select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 24,
      tablistScrolls: getComputedStyle(document.querySelector('[role="tablist"]')!).overflowX,
    };
  });
  expect([fit.width, fit.height]).toEqual([400, 600]);
  expect(fit.barTop).toBeGreaterThanOrEqual(0);
  expect(fit.barBottom).toBeLessThanOrEqual(fit.height);
  expect(fit.rows).toBe(1);
  expect(fit.scrollWidth).toBeLessThanOrEqual(fit.width);
  expect(fit.label.startsWith('Northwind Payments · Platform Engineer · ')).toBe(true);
  expect(fit.labelFits, JSON.stringify(fit)).toBe(true);
  expect(fit.tablistScrolls).toBe('auto');
}

/** The links the composer would open, parsed back; each must carry this recipient, subject and body. */
async function checkLinks(page: ExtPage, to: string, subject: string, body: string) {
  const mailto = new URL(await href(page, 'mailto'));
  expect(mailto.protocol).toBe('mailto:');
  expect(decodeURIComponent(mailto.pathname)).toBe(to);
  expect(mailto.searchParams.get('subject')).toBe(subject);
  expect(mailto.searchParams.get('body')).toBe(body.replace(/\n/g, '\r\n'));

  const gmail = new URL(await href(page, 'gmail'));
  expect(gmail.origin + gmail.pathname).toBe('https://mail.google.com/mail/');
  expect(gmail.searchParams.get('view')).toBe('cm');
  expect([gmail.searchParams.get('to'), gmail.searchParams.get('su'), gmail.searchParams.get('body')]).toEqual([to, subject, body]);

  await page.click('[data-action="open-outlook"]');
  await page.waitFor('[role="menu"]');
  for (const [action, host] of [['outlook-work', 'outlook.office.com'], ['outlook-personal', 'outlook.live.com']] as const) {
    const outlook = new URL(await href(page, action));
    expect(outlook.host).toBe(host);
    expect(outlook.pathname.endsWith('/deeplink/compose')).toBe(true);
    expect([outlook.searchParams.get('to'), outlook.searchParams.get('subject'), outlook.searchParams.get('body')]).toEqual([to, subject, body]);
  }
  await page.press('Escape');
  await page.waitFor('[role="menu"]', { hidden: true });
}

describe.each(BROWSERS)('composer in %s', (browserName) => {
  let ext: ExtBrowser;
  let site: SiteServer;
  let start = 0;
  const tidbits: Record<keyof typeof ARTICLES, Tidbit | null> = { oncall: null, pager: null, ledger: null };
  const shot = (p: ExtPage, name: string) => p.screenshot(`${browserName}-compose-${name}`);

  beforeAll(async () => {
    site = await startSiteServer();
    for (const [path, article] of Object.entries(ARTICLES)) site.route('example.test', `/${path}`, page(article));
    // Reading the clipboard back needs no grant: the test builds carry the
    // clipboardRead permission, which both browsers honour in extension pages
    // (Chromium refuses grantPermissions for a chrome-extension:// origin).
    ext = await launch(browserName);
    await inExtensionPage(ext, 'src/popup/index.html', '.empty-state', seed);
    // The ledger article is saved last, so the newest: on freshness alone it would come first.
    for (const path of ['oncall', 'pager', 'ledger'] as const) tidbits[path] = await saveTidbit(ext, site, `/${path}`);
    start = (await inExtensionPage(ext, 'src/popup/index.html', 'main', readData)).interviews[0]!.start;
  });
  afterAll(async () => {
    await ext?.close();
    await site?.close();
  });

  it('keeps what each saved page says of itself', () => {
    expect(tidbits.oncall).toMatchObject({
      url: site.url('example.test', '/oncall'),
      title: 'Designing humane on-call rotations — Example',
      excerpt: ARTICLES.oncall.description,
      pageText: ARTICLES.oncall.headings.join('\n'),
      interviewId: IDS.interview,
    });
    expect(tidbits.oncall!.topics).toEqual(expect.arrayContaining(['on-call', 'rotations']));
    expect(tidbits.pager!.topics).toEqual(expect.arrayContaining(['pager', 'noise']));
  });

  it('writes, undoes and records a note to each interviewer at the popup’s size, in whole sentences, with the promised tidbit for Priya', async () => {
    const popup = await ext.openExtensionPage('src/popup/index.html');
    await popup.setViewport(400, 600);
    await popup.waitFor('[data-action="compose"]');
    await popup.waitFor('.promise-list');
    expect(await popup.text('.promise-list h3')).toBe('Promises to keep (1)');
    expect(await popup.text('.promise-list li')).toBe('Priya Raman: the article on on-call rotations');
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
    await shot(popup, '01-home');
    expect(await axeViolations(popup)).toEqual([]);
    const day = await interviewDay(popup, start);

    await popup.click('[data-action="compose"]');
    await popup.waitFor('#compose-topic');
    expect(await selectedTab(popup)).toBe('Priya Raman');
    // This browser has no on-device model to offer: no control appears, and the composer below works as it always did.
    expect(await modelOffer(popup)).toEqual({ model: NO_MODEL[browserName], controls: 0 });
    await shot(popup, '02-open');
    // Nothing is marked wrong before anything is touched, and the note already reads whole.
    expect(await popup.evaluate(() => [document.querySelector('.problems'), document.querySelector('[aria-invalid="true"]')])).toEqual([null, null]);
    expect(await popup.text('#compose-topic-hint')).toBe('Completes: “I especially enjoyed our conversation about …”');
    expect(await popup.evaluate(() => [...document.querySelectorAll('.topic-picks .chip')].map((c) => c.textContent))).toEqual([
      'on-call load on the platform team',
      'on-call rotations',
      'moving the ledger to event sourcing',
      'payments volume doubled',
    ]);
    expect(await popup.text('.promise-note')).toMatch(/^You promised Priya the article on on-call rotations\./);
    expect(await popup.text('.tidbit-card__title')).toBe(tidbits.oncall!.title);
    expect(await popup.text('.tidbit-card__promise')).toBe('Keeps your promise: the article on on-call rotations');
    expect(await axeViolations(popup)).toEqual([]);

    await popup.click('.topic-picks .chip');
    const priyaSubject = await value(popup, '#compose-subject');
    const priyaBody = await value(popup, '#compose-body');
    expect(priyaSubject).toBe('Thank you — Platform Engineer interview');
    expect(priyaBody).toBe(thankYou('Priya', day, 'on-call load on the platform team', 'As promised, here is the article on on-call rotations:', tidbits.oncall!));
    await checkFit(popup);
    await shot(popup, '03-editing');
    await checkLinks(popup, 'priya@northwind.test', priyaSubject, priyaBody);

    await popup.click('[data-action="copy"]');
    await waitStatus(popup, 'Copied. Paste it into a new message to Priya Raman, then mark it as sent.');
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe(`Subject: ${priyaSubject}\n\n${priyaBody}`);

    // Recorded, then taken back: the plan is as it was, and so is the note.
    const planBefore = await storedTouches(popup);
    const thanksPriya = planBefore.find((touch) => touch.contactId === IDS.priya && touch.kind === 'thank-you');
    expect(thanksPriya && isPending(thanksPriya)).toBe(true);
    await popup.click('[data-action="mark-sent"]');
    await popup.waitFor('[data-recorded]');
    expect(await popup.text('[data-status="recorded"]')).toMatch(/^Recorded as sent to Priya Raman today at \d{1,2}:\d{2}\s[AP]M\.$/);
    // No form is left behind the record: no second "Mark as sent", no error.
    expect(await popup.evaluate(() => [!!document.querySelector('#compose-panel [data-action="mark-sent"]'), !!document.querySelector('#compose-panel .field__error, #compose-panel [role="alert"]')])).toEqual([false, false]);
    expect((await storedTouches(popup)).find((touch) => touch.id === thanksPriya!.id)).toMatchObject({ status: 'sent', body: priyaBody, tidbitId: tidbits.oncall!.id });
    await shot(popup, '04-recorded');
    expect(await axeViolations(popup)).toEqual([]);

    await popup.click('.recorded-note [data-action="undo-sent"]');
    await waitStatus(popup, 'The note to Priya Raman is no longer recorded as sent. Here it is, ready when you are.');
    await popup.waitForFunction(
      async ([id, status]) => {
        const request = indexedDB.open('afterview');
        const db = await new Promise<IDBDatabase>((done) => (request.onsuccess = () => done(request.result)));
        const get = db.transaction('touchpoints').objectStore('touchpoints').get(id!);
        const touch = await new Promise<{ status: string } | undefined>((done) => (get.onsuccess = () => done(get.result)));
        db.close();
        return touch?.status === status;
      },
      [thanksPriya!.id, thanksPriya!.status],
    );
    expect(await storedTouches(popup)).toEqual(planBefore);
    expect(await value(popup, '#compose-body')).toBe(priyaBody);
    expect(await popup.text('.compose-history')).toContain('Nothing sent yet.');
    await shot(popup, '05-undone');

    await popup.click('[data-action="mark-sent"]');
    await popup.waitFor('[data-recorded]');
    await popup.click('[data-action="next-person"]');
    await popup.waitForFunction(() => document.activeElement?.getAttribute('aria-selected') === 'true' && document.activeElement.textContent === 'Lars Eklund');

    // Lars: his own topic and the tidbit on what he asked about, by keyboard.
    expect(await popup.text('.tidbit-card__title')).toBe(tidbits.pager!.title);
    await popup.click('.topic-picks .chip');
    const larsSubject = await value(popup, '#compose-subject');
    const larsBody = await value(popup, '#compose-body');
    expect(larsSubject).toBe('Thank you — Platform Engineer interview');
    expect(larsBody).toBe(thankYou('Lars', day, 'how to cut pager noise', 'I came across this afterwards and thought you might find it interesting:', tidbits.pager!));
    await checkFit(popup);
    await shot(popup, '05b-lars');
    await popup.evaluate(() => (document.querySelector('[data-action="copy"]') as HTMLElement).focus());
    await popup.press('Enter');
    await waitStatus(popup, 'Copied. Paste it into a new message to Lars Eklund, then mark it as sent.');
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe(`Subject: ${larsSubject}\n\n${larsBody}`);
    await popup.evaluate(() => (document.querySelector('[data-action="mark-sent"]') as HTMLElement).focus());
    await popup.press('Enter');
    await popup.waitFor('[data-recorded]');
    expect(await popup.text('.recorded-note .muted')).toBe('Every interviewer’s note is recorded.');

    // The history shows both, newest first, with the exact text that went out.
    await popup.waitForFunction(() => document.querySelectorAll('.history-item').length === 2);
    const history = await popup.evaluate(() =>
      [...document.querySelectorAll('.history-item')].map((item) => ({
        to: item.querySelector('.history-item__to')?.textContent,
        subject: item.querySelector('.history-item__subject')?.textContent,
        body: item.querySelector('.history-item__body')?.textContent,
      })),
    );
    expect(history).toEqual([
      { to: 'to Lars Eklund <lars@northwind.test>', subject: larsSubject, body: larsBody },
      { to: 'to Priya Raman <priya@northwind.test>', subject: priyaSubject, body: priyaBody },
    ]);
    const stored = await storedTouches(popup);
    expect(stored.filter((touch) => touch.status === 'sent').map((touch) => [touch.contactId, touch.kind, touch.body, touch.tidbitId]).sort()).toEqual(
      [
        [IDS.priya, 'thank-you', priyaBody, tidbits.oncall!.id],
        [IDS.lars, 'thank-you', larsBody, tidbits.pager!.id],
      ].sort(),
    );
    // Each note completed the thank-you planned for that person: none is left owed, none recorded twice.
    expect(stored.filter((touch) => touch.kind === 'thank-you' && isPending(touch))).toEqual([]);
    expect(stored.filter((touch) => touch.kind === 'thank-you')).toHaveLength(2);
    await shot(popup, '06-all-recorded');
    expect(await axeViolations(popup)).toEqual([]);

    // Back home, the promise is kept: nothing is listed any more.
    await popup.click('[data-action="compose-back"]');
    await popup.waitFor('[data-action="compose"]');
    await popup.waitFor('.promise-list', { hidden: true });
    await shot(popup, '07-home-after');
    await popup.close();
  });

  it('opens as a page of its own on the follow-up the background planned, and passes axe-core', async () => {
    // Once the thank-you notes were recorded, the background planned the next touch.
    const probe = await ext.openExtensionPage('src/popup/index.html');
    const next = (await storedTouches(probe)).filter(isPending).find((touch) => touch.kind === 'check-in');
    await probe.close();
    expect(next).toBeDefined();
    const { id, contactId } = next!;

    const compose = await ext.openExtensionPage(`src/compose/index.html?interview=${IDS.interview}&touch=${id}`);
    await compose.waitFor('#compose-topic');
    expect(await selectedTab(compose)).toBe(`${NAMES[contactId]} · sent`);
    expect(await value(compose, '#compose-template')).toBe('builtin-check-in');
    expect(await modelOffer(compose)).toEqual({ model: NO_MODEL[browserName], controls: 0 });
    expect(await value(compose, '#compose-subject')).toBe('Following up — Platform Engineer at Northwind Payments');
    await shot(compose, '08-page-check-in');
    expect(await compose.evaluate(() => [...document.querySelectorAll('.history-item__subject')].map((s) => s.textContent))).toEqual([
      'Thank you — Platform Engineer interview',
      'Thank you — Platform Engineer interview',
    ]);
    expect(await axeViolations(compose)).toEqual([]);

    // The browser takes the mailto: link (tabs.create resolves; a refusal would say it could not be opened).
    await compose.click('[data-action="open-mailto"]');
    await waitStatus(compose, 'Handed to your mail program. Once you have sent it, mark it as sent.');
    await compose.click('[data-action="mark-sent"]');
    await compose.waitFor('[data-recorded]');
    expect(await compose.text('[data-status="recorded"]')).toMatch(new RegExp(`^Recorded as sent to ${NAMES[contactId]} today at \\d{1,2}:\\d{2}\\s[AP]M\\.$`));
    await shot(compose, '09-page-recorded');
    const touch = (await storedTouches(compose)).find((t) => t.id === id);
    expect(touch).toMatchObject({ status: 'sent', kind: 'check-in', asksStatus: true, contactId, subject: 'Following up — Platform Engineer at Northwind Payments' });
    await compose.close();
  });
});
