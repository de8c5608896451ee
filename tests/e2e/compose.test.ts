/**
 * The composer in both real browsers: from a stored interview with two
 * interviewers, the popup writes a note to each, copies it (and the clipboard
 * is read back), records it as sent and finds it in the interview's history;
 * the mailto, Gmail and Outlook links it would open are parsed back; the
 * popup and the composer's own page pass axe-core with no violations.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyBackupData } from '../../src/core/backup/format.ts';
import { isPending } from '../../src/core/cadence/touch-state.ts';
import { DEFAULT_SETTINGS } from '../../src/core/types.ts';
import { contactRecord, interviewerRecord, interviewRecord, tidbitRecord } from '../support/records.ts';
import { readData, writeData } from './dashboard-support.ts';
import { axeViolations } from './harness/axe.ts';
import { BROWSERS, inExtensionPage, launch } from './harness/launch.ts';
import type { ExtBrowser, ExtPage } from './harness/types.ts';

const IDS = { interview: 'e2e-interview', anna: 'e2e-anna', ben: 'e2e-ben', kafka: 'e2e-tidbit-kafka', dbt: 'e2e-tidbit-dbt' };
const NAMES: Record<string, string> = { [IDS.anna]: 'Anna Lee', [IDS.ben]: 'Ben Okafor' };
const HOUR = 3_600_000;

/** Writes the records through the page's own IndexedDB (the page has already opened and migrated it). */
async function seed(page: ExtPage): Promise<void> {
  const now = Date.now();
  const start = now - 3 * HOUR;
  const contact = (id: string, name: string, email: string, title: string) =>
    contactRecord({ id, name, title, company: 'Acme Robotics', email, capturedAt: now });
  const tidbit = (id: string, title: string, topics: string[]) =>
    tidbitRecord({ id, url: `https://example.test/${id}?a=1&b=2#part`, title, foundOn: 'https://example.test/', topics, interviewId: IDS.interview, savedAt: now });
  await writeData(page, {
    ...emptyBackupData(),
    interviews: [
      interviewRecord({ id: IDS.interview, company: 'Acme Robotics', role: 'Data Engineer', start, end: start + HOUR, notes: 'Roadmap for 2027', createdAt: now, updatedAt: now }),
    ],
    contacts: [contact(IDS.anna, 'Anna Lee', 'anna@acme.test', 'Head of Data'), contact(IDS.ben, 'Ben Okafor', 'ben@acme.test', 'Staff Engineer')],
    interviewers: [
      interviewerRecord({ id: 'e2e-link-anna', interviewId: IDS.interview, contactId: IDS.anna, notes: 'Kafka migration; on-call rotation', addedAt: now }),
      interviewerRecord({ id: 'e2e-link-ben', interviewId: IDS.interview, contactId: IDS.ben, notes: 'dbt models\nhiring plans', addedAt: now + 1 }),
    ],
    tidbits: [tidbit(IDS.kafka, 'Kafka at scale', ['kafka', 'migration']), tidbit(IDS.dbt, 'dbt models that last', ['dbt', 'models'])],
    settings: { ...DEFAULT_SETTINGS, name: 'Sam Candidate', signature: 'Sam Candidate\n+1 555 0100' },
  });
}

async function storedTouches(page: ExtPage) {
  return (await readData(page)).touchpoints.filter((touch) => touch.interviewId === IDS.interview);
}

const value = (page: ExtPage, selector: string) =>
  page.evaluate((s) => (document.querySelector(s) as HTMLInputElement | HTMLTextAreaElement).value, selector);
const href = (page: ExtPage, action: string) =>
  page.evaluate((a) => document.querySelector(`[data-action="open-${a}"]`)!.getAttribute('data-href') ?? '', action);
const selectedTab = (page: ExtPage) => page.evaluate(() => document.querySelector('[role="tab"][aria-selected="true"]')?.textContent ?? '');

async function waitEnabled(page: ExtPage, action: string) {
  await page.waitForFunction((a) => !(document.querySelector(`[data-action="${a}"]`) as HTMLButtonElement | null)?.disabled, action);
}

async function waitStatus(page: ExtPage, text: string) {
  await page.waitForFunction((t) => document.querySelector('[data-status="compose"]')?.textContent === t, text);
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

  for (const [action, host] of [['outlook-work', 'outlook.office.com'], ['outlook-personal', 'outlook.live.com']] as const) {
    const outlook = new URL(await href(page, action));
    expect(outlook.host).toBe(host);
    expect(outlook.pathname.endsWith('/deeplink/compose')).toBe(true);
    expect([outlook.searchParams.get('to'), outlook.searchParams.get('subject'), outlook.searchParams.get('body')]).toEqual([to, subject, body]);
  }
}

describe.each(BROWSERS)('composer in %s', (browserName) => {
  let ext: ExtBrowser;
  beforeAll(async () => {
    // Reading the clipboard back needs no grant: the test builds carry the
    // clipboardRead permission, which both browsers honour in extension pages
    // (Chromium refuses grantPermissions for a chrome-extension:// origin).
    ext = await launch(browserName);
    await inExtensionPage(ext, 'src/popup/index.html', '.empty-state', seed);
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('writes, copies and records a note to each of two interviewers from the popup, and finds them in the history', async () => {
    const popup = await ext.openExtensionPage('src/popup/index.html');
    await popup.waitFor('[data-action="compose"]');
    expect(await axeViolations(popup)).toEqual([]);

    await popup.click('[data-action="compose"]');
    await popup.waitFor('#compose-topic');
    expect(await selectedTab(popup)).toBe('Anna Lee');
    // Nothing can go out before the topic is filled in.
    expect(await popup.evaluate(() => (document.querySelector('[data-action="copy"]') as HTMLButtonElement).disabled)).toBe(true);
    expect(await popup.text('.problems li')).toBe('{{topic}} has no value for this person. Fill it in or take it out of the note.');
    expect(await axeViolations(popup)).toEqual([]);

    // Anna: a topic picked from her notes, the tidbit that matches them.
    await popup.click('.topic-picks .chip');
    await waitEnabled(popup, 'copy');
    const annaSubject = await value(popup, '#compose-subject');
    const annaBody = await value(popup, '#compose-body');
    expect(annaSubject).toBe('Thank you — Data Engineer interview');
    expect(annaBody).toContain('Hi Anna,');
    expect(annaBody).toContain('our conversation about Kafka migration.');
    expect(annaBody).toContain(`Kafka at scale\nhttps://example.test/${IDS.kafka}?a=1&b=2#part`);
    await checkLinks(popup, 'anna@acme.test', annaSubject, annaBody);

    await popup.click('[data-action="copy"]');
    await waitStatus(popup, 'Copied. Paste it into a new message to Anna Lee, then mark it as sent.');
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe(`Subject: ${annaSubject}\n\n${annaBody}`);
    await popup.click('[data-action="mark-sent"]');
    await waitStatus(popup, 'Recorded the note to Anna Lee as sent.');

    // Ben, by keyboard alone: his tab, his topic (with characters links must encode), copy with Enter.
    await popup.evaluate(() => (document.querySelector('[role="tab"][aria-selected="true"]') as HTMLElement).focus());
    await popup.press('ArrowRight');
    await popup.waitForFunction(() => document.activeElement?.textContent === 'Ben Okafor' && document.activeElement.getAttribute('aria-selected') === 'true');
    await popup.fill('#compose-topic', 'dbt & C++ #1 + naïve 日本語 = fun?');
    await waitEnabled(popup, 'copy');
    const benSubject = await value(popup, '#compose-subject');
    const benBody = await value(popup, '#compose-body');
    expect(benBody).toContain('Hi Ben,');
    expect(benBody).toContain('our conversation about dbt & C++ #1 + naïve 日本語 = fun?.');
    expect(benBody).toContain('dbt models that last');
    await checkLinks(popup, 'ben@acme.test', benSubject, benBody);

    await popup.evaluate(() => (document.querySelector('[data-action="copy"]') as HTMLElement).focus());
    await popup.press('Enter');
    await waitStatus(popup, 'Copied. Paste it into a new message to Ben Okafor, then mark it as sent.');
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe(`Subject: ${benSubject}\n\n${benBody}`);
    await popup.evaluate(() => (document.querySelector('[data-action="mark-sent"]') as HTMLElement).focus());
    await popup.press('Enter');
    await waitStatus(popup, 'Recorded the note to Ben Okafor as sent.');

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
      { to: 'to Ben Okafor <ben@acme.test>', subject: benSubject, body: benBody },
      { to: 'to Anna Lee <anna@acme.test>', subject: annaSubject, body: annaBody },
    ]);
    const stored = await storedTouches(popup);
    expect(stored.filter((touch) => touch.status === 'sent').map((touch) => [touch.contactId, touch.kind, touch.body, touch.tidbitId]).sort()).toEqual(
      [
        [IDS.anna, 'thank-you', annaBody, IDS.kafka],
        [IDS.ben, 'thank-you', benBody, IDS.dbt],
      ].sort(),
    );
    // Each note completed the thank-you planned for that person, if the background had planned one: none is left owed.
    expect(stored.filter((touch) => touch.kind === 'thank-you' && isPending(touch))).toEqual([]);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('opens as a page of its own on the follow-up the background planned, and passes axe-core', async () => {
    // Once the thank-you notes were recorded, the background planned the next touch.
    const probe = await ext.openExtensionPage('src/popup/index.html');
    const next = (await storedTouches(probe)).filter(isPending).find((touch) => touch.kind === 'check-in');
    await probe.close();
    expect(next).toBeDefined();
    const { id, contactId } = next!;

    const page = await ext.openExtensionPage(`src/compose/index.html?interview=${IDS.interview}&touch=${id}`);
    await page.waitFor('#compose-topic');
    expect(await selectedTab(page)).toBe(`${NAMES[contactId]} · sent`);
    expect(await value(page, '#compose-template')).toBe('builtin-check-in');
    expect(await value(page, '#compose-subject')).toBe('Following up — Data Engineer at Acme Robotics');
    expect(await page.text('.history-item__subject')).not.toBe('');
    // Both thank-you notes recorded from the popup, as they went out.
    expect(await page.evaluate(() => [...document.querySelectorAll('.history-item__subject')].map((s) => s.textContent))).toEqual([
      'Thank you — Data Engineer interview',
      'Thank you — Data Engineer interview',
    ]);
    expect(await axeViolations(page)).toEqual([]);

    // The browser takes the mailto: link (tabs.create resolves; a refusal would say it could not be opened).
    await waitEnabled(page, 'open-mailto');
    await page.click('[data-action="open-mailto"]');
    await waitStatus(page, 'Handed to your mail program. Once you have sent it, mark it as sent.');

    await page.click('[data-action="mark-sent"]');
    await waitStatus(page, `Recorded the note to ${NAMES[contactId]} as sent.`);
    const touch = (await storedTouches(page)).find((t) => t.id === id);
    expect(touch).toMatchObject({ status: 'sent', kind: 'check-in', asksStatus: true, contactId, subject: 'Following up — Data Engineer at Acme Robotics' });
    await page.close();
  });
});
