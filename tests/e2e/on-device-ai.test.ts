/**
 * Drafting with the browser's on-device model, walked in real Chromium at the
 * popup's size (400 × 600). No browser here runs a real model, so the test
 * build puts the stand-in LanguageModel (src/compose/e2e-language-model.ts)
 * into the composer's page when this suite leaves it a script: the offer, the
 * one question before a download, its progress, the draft streamed into the
 * note, checked and left for the candidate to edit; then a draft that adds a
 * link the candidate never wrote, refused in plain words with the template's
 * note left as it was. Where the browser offers no model the composer shows no
 * control at all (tests/e2e/compose.test.ts, in both browsers). Closing the
 * browser fails the suite if anything tried to reach the network.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyBackupData } from '../../src/core/backup/backup-file.ts';
import { DEFAULT_SETTINGS } from '../../src/core/types.ts';
import { LANGUAGE_MODEL_STAND_IN_KEY, type StandInLog, type StandInScript } from '../../src/compose/e2e-language-model.ts';
import { contactRecord, linkRecord, interviewRecord, tidbitRecord } from '../support/records.ts';
import { notifyBackground, writeData } from './dashboard-support.ts';
import { axeViolations } from './harness/axe.ts';
import { inExtensionPage, launch } from './harness/launch.ts';
import type { ExtBrowser, ExtPage } from './harness/types.ts';

const IDS = { interview: 'e2e-ai-northwind', priya: 'e2e-ai-priya', tidbit: 'e2e-ai-oncall' };
const LINK = 'https://example.test/on-call-rotations';
const HOUR = 3_600_000;
const SUBJECT = 'Thank you for Tuesday';
const GOOD_BODY = [
  'Hi Priya,',
  '',
  'Thank you for the conversation about on-call load on the platform team. It stayed with me.',
  '',
  'As promised, here is the article on on-call rotations:',
  LINK,
  '',
  'Best regards,',
  'Sam Candidate',
].join('\n');

async function seed(page: ExtPage): Promise<void> {
  const now = Date.now();
  const start = now - 3 * HOUR;
  await writeData(page, {
    ...emptyBackupData(),
    interviews: [
      interviewRecord({
        id: IDS.interview, company: 'Northwind Payments', role: 'Platform Engineer', start, end: start + HOUR,
        notes: 'Team is moving the ledger to event sourcing', createdAt: now, updatedAt: now,
      }),
    ],
    contacts: [contactRecord({ id: IDS.priya, name: 'Priya Raman', title: 'Engineering Manager, Platform', company: 'Northwind Payments', email: 'priya@northwind.test', capturedAt: now })],
    interviewers: [
      linkRecord({ id: 'e2e-ai-link', interviewId: IDS.interview, contactId: IDS.priya, notes: 'Cares about on-call load on the platform team\nPromised her an article on on-call rotations', addedAt: now }),
    ],
    tidbits: [
      tidbitRecord({ id: IDS.tidbit, url: LINK, title: 'Designing humane on-call rotations', foundOn: LINK, topics: ['on-call', 'rotations'], interviewId: IDS.interview, savedAt: now }),
    ],
    settings: { ...DEFAULT_SETTINGS, name: 'Sam Candidate', signature: 'Sam Candidate' },
  });
  await notifyBackground(page);
}

/** The reply as Chrome streams it: the JSON text in pieces. */
function deltas(body: string, pieces = 24): string[] {
  const json = JSON.stringify({ subject: SUBJECT, body });
  const size = Math.ceil(json.length / pieces);
  const out: string[] = [];
  for (let at = 0; at < json.length; at += size) out.push(json.slice(at, at + size));
  return out;
}

/** Opens the composer's page with the stand-in following `script`; the first load only leaves the script in the page's storage. */
async function openWithModel(ext: ExtBrowser, script: StandInScript): Promise<ExtPage> {
  const page = await ext.openExtensionPage(`src/compose/index.html?interview=${IDS.interview}`);
  await page.setViewport(400, 600);
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [LANGUAGE_MODEL_STAND_IN_KEY, JSON.stringify(script)]);
  await page.reload();
  await page.waitFor('#compose-topic');
  await page.waitForFunction(() => !['checking', undefined].includes((document.querySelector('#compose-panel') as HTMLElement | null)?.dataset.model));
  return page;
}

const value = (page: ExtPage, selector: string) => page.evaluate((s) => (document.querySelector(s) as HTMLInputElement | HTMLTextAreaElement).value, selector);
const aiStatus = (page: ExtPage) => page.evaluate(() => document.querySelector('[data-status="ai"]')?.textContent ?? '');
const standInLog = (page: ExtPage) => page.evaluate(() => (globalThis as unknown as { afterviewLanguageModelLog: StandInLog }).afterviewLanguageModelLog);
/** Scrolls what a screenshot is about into the middle of the view (the send bar covers the bottom). */
const show = (page: ExtPage, selector: string) => page.evaluate((s) => document.querySelector(s)!.scrollIntoView({ block: 'center' }), selector);
const fitsWidth = (page: ExtPage) => page.evaluate(() => document.documentElement.scrollWidth <= innerWidth);

describe('drafting with the on-device model in chromium (a stand-in model put in by the test build)', () => {
  let ext: ExtBrowser;
  const shot = (page: ExtPage, name: string) => page.screenshot(`chromium-ai-${name}`);

  beforeAll(async () => {
    ext = await launch('chromium');
    await inExtensionPage(ext, 'src/popup/index.html', '.empty-state', seed);
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('offers, asks once, downloads with progress, streams the draft into the note, checks it, and leaves it to edit', async () => {
    const page = await openWithModel(ext, {
      availability: 'downloadable',
      download: { loaded: [0, 0.25, 0.5, 0.75, 1], everyMs: 400 },
      reply: { deltas: deltas(GOOD_BODY), everyMs: 150 },
    });
    expect(await page.text('[data-action="ai-write"]')).toBe('Write with on-device AI');
    expect(await page.text('[data-action="ai-polish"]')).toBe('Polish my text');
    expect(await page.text('.ai-draft .field__hint')).toBe('Chrome’s own model, on this computer: your notes never leave it. You read every draft before it goes anywhere.');
    const template = { subject: await value(page, '#compose-subject'), body: await value(page, '#compose-body') };
    expect(template.body.startsWith('Hi Priya,')).toBe(true);
    expect(await fitsWidth(page)).toBe(true);
    await show(page, '.ai-draft');
    await shot(page, '01-offer');
    expect(await axeViolations(page)).toEqual([]);

    await page.click('[data-action="ai-write"]');
    expect(await page.text('#compose-ai-ask')).toBe(
      'Chrome first needs to download its on-device model, once. That needs at least 22 GB of free disk space and an unmetered connection. The model then runs on this computer, and your notes never leave it.',
    );
    await shot(page, '02-ask');
    expect(await axeViolations(page)).toEqual([]);

    // The real click's user activation is what lets the download start (the stand-in checks it, as Chrome does).
    await page.click('[data-action="ai-download"]');
    await page.waitForFunction(() => ((document.querySelector('#compose-ai-progress') as HTMLProgressElement | null)?.value ?? 0) >= 25);
    expect(await page.text('label[for="compose-ai-progress"]')).toBe('Chrome is downloading its on-device model');
    expect(await page.text('[data-action="ai-cancel"]')).toBe('Cancel download');
    expect(await fitsWidth(page)).toBe(true);
    await shot(page, '03-download');
    expect(await axeViolations(page)).toEqual([]);

    // Part of the draft in the fields, which cannot be typed into, and nothing can be sent meanwhile.
    const partial = await page.waitForFunction(() => {
      const body = document.querySelector('#compose-body') as HTMLTextAreaElement;
      return body.readOnly && body.value.length > 20 ? body.value : null;
    });
    expect(GOOD_BODY.startsWith(partial!) && partial !== GOOD_BODY).toBe(true);
    expect(await aiStatus(page)).toBe('Writing on this computer from your notes… The draft is checked before you can use it.');
    expect(await page.text('[data-status="compose"]')).toBe('Wait for the draft, or stop it, before sending.');
    expect(await page.evaluate(() => ['copy', 'mark-sent'].map((a) => (document.querySelector(`[data-action="${a}"]`) as HTMLButtonElement).disabled))).toEqual([true, true]);
    expect(await page.text('[data-action="ai-stop"]')).toBe('Stop');
    await show(page, '#compose-body');
    await shot(page, '04-streaming');

    await page.waitForFunction(() => document.querySelector('[data-status="ai"]')?.textContent?.startsWith('Drafted'));
    expect(await aiStatus(page)).toBe('Drafted on this computer from your notes. Read it through before you send it.');
    expect([await value(page, '#compose-subject'), await value(page, '#compose-body')]).toEqual([SUBJECT, GOOD_BODY]);
    expect(await page.text('#compose-body-drift')).toBe('Written by the on-device model, so it no longer follows the template, the topic or the tidbit. Use the template’s text again');
    expect(await fitsWidth(page)).toBe(true);
    await shot(page, '05-drafted');
    await show(page, '#compose-body');
    await shot(page, '06-drafted-body');
    expect(await axeViolations(page)).toEqual([]);

    // What the model was given: Priya's notes, the interview's, the tidbit and the signature; never her address.
    const log = await standInLog(page);
    expect([log.sessions, log.destroyed]).toEqual([1, 1]);
    const prompt = String(log.prompts[0]!.input);
    expect(prompt).toContain('Cares about on-call load on the platform team');
    expect(prompt).toContain('Team is moving the ledger to event sourcing');
    expect(prompt).toContain(LINK);
    expect(prompt).not.toContain('priya@northwind.test');

    // The draft is the candidate's to edit, and is what goes to the mail program.
    await page.fill('#compose-body', `${GOOD_BODY}\nP.S. Good luck with the launch.`);
    const mailto = new URL(await page.evaluate(() => document.querySelector('[data-action="open-mailto"]')!.getAttribute('data-href') ?? ''));
    expect(mailto.searchParams.get('subject')).toBe(SUBJECT);
    expect(mailto.searchParams.get('body')).toBe(`${GOOD_BODY}\nP.S. Good luck with the launch.`.replace(/\n/g, '\r\n'));
    expect(await page.evaluate(() => (document.querySelector('[data-action="copy"]') as HTMLButtonElement).disabled)).toBe(false);

    // Back to the template: its note as it was.
    await page.click('[data-action="reset-body"]');
    await page.click('[data-action="reset-subject"]');
    expect({ subject: await value(page, '#compose-subject'), body: await value(page, '#compose-body') }).toEqual(template);
    await page.close();
  });

  it('refuses a draft that adds a link the candidate never wrote, says why in plain words, and keeps the template’s note', async () => {
    const invented = `${GOOD_BODY}\n\nSee also https://careers.northwind.example/apply`;
    const page = await openWithModel(ext, { availability: 'available', reply: { deltas: deltas(invented), everyMs: 60 } });
    const template = { subject: await value(page, '#compose-subject'), body: await value(page, '#compose-body') };
    await page.click('[data-action="ai-write"]');
    await page.waitForFunction(() => document.querySelector('[data-status="ai"]')?.textContent?.startsWith('Afterview did not use'));
    expect(await page.text('.ai-draft__said')).toBe('Afterview did not use the draft, so your note is as it was:');
    expect(await page.evaluate(() => [...document.querySelectorAll('.ai-draft__reasons li')].map((li) => li.textContent))).toEqual([
      'It added a link you did not write: https://careers.northwind.example/apply',
    ]);
    expect({ subject: await value(page, '#compose-subject'), body: await value(page, '#compose-body') }).toEqual(template);
    expect(await page.evaluate(() => [(document.querySelector('#compose-body') as HTMLTextAreaElement).readOnly, !!document.querySelector('#compose-body-drift')])).toEqual([false, false]);
    expect(await page.evaluate(() => (document.querySelector('[data-action="copy"]') as HTMLButtonElement).disabled)).toBe(false);
    expect(await fitsWidth(page)).toBe(true);
    await shot(page, '07-refused');
    expect(await axeViolations(page)).toEqual([]);
    const log = await standInLog(page);
    expect([log.sessions, log.destroyed]).toEqual([1, 1]);
    await page.close();
  });
});
