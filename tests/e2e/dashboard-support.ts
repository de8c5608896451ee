/**
 * What the dashboard and backup suites do inside the options page: write a
 * data set straight into its IndexedDB, read every store back, run axe-core
 * (in light, and in dark where the browser can be told to prefer it), and
 * catch the files the page downloads.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { BackupData } from '../../src/core/backup/backup-file.ts';
import type { Contact, Interview, Link, Settings, Template, Tidbit, Touch } from '../../src/core/types.ts';
import { messageBackground } from './harness/background.ts';
import { getRecords, putRecords } from './harness/page-db.ts';
import type { ExtBrowser, ExtPage } from './harness/types.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const RECORD_STORES = ['interviews', 'contacts', 'interviewers', 'tidbits', 'touchpoints', 'templates'] as const;

/**
 * A realistic data set around `now`: interviews in every status, names in
 * several scripts, notes with quotes, commas, line breaks and emoji. Every
 * thank-you is sent and every plan that a decision ended holds only history,
 * so after the background has planned what comes next (in the future), the
 * data is a fixed point of its planner and a restore must reproduce it as is.
 */
export function e2eDataset(now: number): BackupData {
  const at = (daysAgo: number) => {
    const d = new Date(now - daysAgo * DAY);
    d.setHours(10, 0, 0, 0);
    return d.getTime();
  };
  const day = (instant: number) => new Date(instant).toISOString().slice(0, 10);
  const iv = (id: string, company: string, role: string, daysAgo: number, status: Interview['status'], extra: Partial<Interview> = {}): Interview => ({
    id, company, role, round: 1, start: at(daysAgo), end: at(daysAgo) + HOUR, timeKnown: true, decisionDate: null, status, industry: '', location: '', website: '', noteLanguage: '',
    notes: '', sourceUrls: [], repliedAt: null, createdAt: at(daysAgo) - DAY, updatedAt: at(daysAgo) + 2 * HOUR, ...extra,
  });
  const interviews = [
    iv('e2e-acme', 'Acme Robotics', 'Data Engineer', 1, 'awaiting', { notes: 'Kafka migration, "on-call" rotation\nAsked about the 2027 roadmap 🚀', sourceUrls: ['https://calendar.google.com/calendar/u/0/r/eventedit/abc'] }),
    iv('e2e-globex-1', 'Globex', 'Platform Engineer', 20, 'next-round'),
    iv('e2e-globex-2', 'Globex', 'Platform Engineer', 2, 'awaiting', { round: 2, decisionDate: day(now + 10 * DAY), notes: 'Met the whole team; dbt & Postgres' }),
    iv('e2e-initech', 'Initech', 'SRE', 40, 'offer', { repliedAt: at(30) }),
    iv('e2e-umbrella', 'Umbrella Corp', 'Analyste données', 15, 'rejected', { notes: 'Entretien en français, très technique.' }),
    iv('e2e-hooli', '株式会社フーリ', 'データエンジニア', 5, 'withdrawn'),
  ];
  const person = (id: string, name: string, title: string, company: string, email: string, profileUrl = ''): Contact => ({
    id, name, title, company, email, profileUrl, capturedFrom: profileUrl ? 'linkedin-profile' : 'manual', capturedUrl: profileUrl, capturedAt: at(21),
  });
  const contacts = [
    person('e2e-anna', 'Anna Lee', 'Head of Data', 'Acme Robotics', 'anna@acme.test', 'https://www.linkedin.com/in/anna-lee-1/'),
    person('e2e-ben', 'Ben Okafor', 'Staff Engineer', 'Acme Robotics', 'ben@acme.test'),
    person('e2e-chloe', 'Chloé Martin', 'Engineering Manager', 'Globex', 'chloe@globex.test'),
    person('e2e-dmitri', 'Дмитрий Иванов', 'CTO', 'Globex', ''),
    person('e2e-li', '李伟', 'SRE Lead', 'Initech', 'li.wei@initech.test'),
    person('e2e-zoe', 'Zoë Ørsted', 'Data Lead', 'Umbrella Corp', 'zoe@umbrella.test'),
    person('e2e-yamada', '山田 太郎', 'エンジニアリングマネージャー', '株式会社フーリ', 'yamada@hooli.test'),
  ];
  const pairs: [string, string][] = [
    ['e2e-acme', 'e2e-anna'], ['e2e-acme', 'e2e-ben'], ['e2e-globex-1', 'e2e-chloe'], ['e2e-globex-2', 'e2e-chloe'],
    ['e2e-globex-2', 'e2e-dmitri'], ['e2e-initech', 'e2e-li'], ['e2e-umbrella', 'e2e-zoe'], ['e2e-hooli', 'e2e-yamada'],
  ];
  const start = new Map(interviews.map((i) => [i.id, i.start]));
  const interviewers: Link[] = pairs.map(([interviewId, contactId], n) => ({
    id: `e2e-link-${n}`, interviewId, contactId, notes: n % 2 ? '' : `Talked about "${contactId.slice(4)}", roadmaps, hiring`, addedAt: start.get(interviewId)! + n,
  }));
  const tidbit = (id: string, interviewId: string | null, title: string, topics: string[]): Tidbit => ({
    id, url: `https://example.test/${id}?ref=a&b=c`, title, excerpt: `${title}: what it says, briefly.`, foundOn: 'https://example.test/', topics, interviewId, savedAt: at(1) + topics.length,
  });
  const tidbits = [
    tidbit('e2e-t-kafka', 'e2e-acme', 'Kafka at scale', ['kafka', 'migration']),
    tidbit('e2e-t-oncall', 'e2e-acme', 'On-call without burnout', ['on-call']),
    tidbit('e2e-t-dbt', 'e2e-globex-2', 'dbt models that last', ['dbt']),
    tidbit('e2e-t-sre', 'e2e-initech', 'SLOs in practice', ['sre', 'slo']),
    tidbit('e2e-t-free-1', null, 'Data contracts, explained', ['data']),
    tidbit('e2e-t-free-2', null, '日本語の記事', []),
  ];
  const touch = (id: string, interviewId: string, contactId: string, kind: Touch['kind'], status: Touch['status'], dueAt: number, extra: Partial<Touch> = {}): Touch => ({
    id, interviewId, contactId, kind, dueAt, status, notifiedAt: status === 'planned' ? null : dueAt, sentAt: status === 'sent' ? dueAt + HOUR : null,
    subject: status === 'sent' ? `Thank you — ${kind}` : '', body: status === 'sent' ? 'Hi,\n\nThank you, "really".\n\nBest,\nSam' : '', tidbitId: null, asksStatus: kind === 'check-in', ...extra,
  });
  const touchpoints = [
    ...interviewers.map((l, n) => touch(`e2e-ty-${n}`, l.interviewId, l.contactId, 'thank-you', 'sent', start.get(l.interviewId)! + 4 * HOUR)),
    touch('e2e-ci-initech', 'e2e-initech', 'e2e-li', 'check-in', 'sent', at(33)),
    touch('e2e-va-initech', 'e2e-initech', 'e2e-li', 'value-add', 'skipped', at(32), { tidbitId: 'e2e-t-sre' }),
    touch('e2e-ci-umbrella', 'e2e-umbrella', 'e2e-zoe', 'check-in', 'sent', at(9)),
    touch('e2e-ci-globex-1', 'e2e-globex-1', 'e2e-chloe', 'check-in', 'skipped', at(12)),
  ];
  const templates: Template[] = [
    { id: 'e2e-template', kind: 'custom', name: 'Short and warm', subject: 'Thanks, {{firstName}}', body: 'Hi {{firstName}},\n\nThank you!\n\n{{signature}}', builtIn: false, updatedAt: at(3) },
  ];
  const settings: Settings = {
    name: 'Sam Candidate', signature: 'Sam Candidate\n+1 555 0100', myEmails: ['sam@mail.example'], workingDays: [1, 2, 3, 4, 5],
    workStart: 9 * 60, workEnd: 18 * 60, holidays: ['2026-12-25', '2027-01-01'],
    cadence: { checkInAfterWorkingDays: 7, valueAddEveryDays: 14, stopAfterWeeks: 8, maxStatusQuestions: 2, thankYouWithinHours: 48, sameDayBeforeHour: 15 },
    onDeviceAi: true,
  };
  return { interviews, contacts, interviewers, tidbits, touchpoints, templates, settings };
}

/** Writes a data set through the page's own IndexedDB (the page has opened and migrated it already). */
export async function writeData(page: ExtPage, data: BackupData): Promise<void> {
  await putRecords(page, { ...Object.fromEntries(RECORD_STORES.map((store) => [store, data[store]])), ...(data.settings ? { settings: [data.settings] } : {}) });
}

/** Every store as the page's IndexedDB holds it now. */
export async function readData(page: ExtPage): Promise<BackupData> {
  const entries = await Promise.all(RECORD_STORES.map(async (store) => [store, await getRecords(page, store)] as const));
  const [settings] = await getRecords<NonNullable<BackupData['settings']>>(page, 'settings');
  return { ...Object.fromEntries(entries), settings: settings ?? null } as BackupData;
}

/** The stores in a comparable order (by id); settings as they are. */
export { byId as sortedById } from '../support/by-id.ts';

/** Asks the background to re-plan, as a page does after it writes, and waits for its answer. */
export async function notifyBackground(page: ExtPage): Promise<void> {
  const reply = await messageBackground<{ ok: boolean }>(page, 'dataChanged', { stores: [...RECORD_STORES, 'settings'] });
  if (!reply.ok) throw new Error('The background did not take the change');
}

/** Chooses a file in the page's file input, as a user's choice would: through a DataTransfer, then `change`. */
export async function chooseFile(page: ExtPage, inputId: string, file: { name: string; text: string }): Promise<void> {
  await page.evaluate(
    ({ inputId, name, text }) => {
      const input = document.getElementById(inputId) as HTMLInputElement;
      const files = new DataTransfer();
      files.items.add(new File([text], name, { type: 'application/json' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { inputId, name: file.name, text: file.text },
  );
}

/**
 * Catches every file the page downloads: the Blob behind the object URL and the
 * `download` name of the link clicked for it, read in the page (the pages' CSP
 * forbids fetch, even of blob: URLs). With `keepDownload` false the click is
 * cancelled, so the browser saves nothing (Firefox's automation cannot choose
 * where downloads go).
 */
export async function catchDownloads(page: ExtPage, keepDownload: boolean): Promise<void> {
  await page.evaluate((keep) => {
    const caught: { name: string; type: string; text: string }[] = [];
    (globalThis as unknown as { __caughtDownloads: typeof caught }).__caughtDownloads = caught;
    const blobs = new Map<string, Blob>();
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      const url = create(blob);
      blobs.set(url, blob as Blob);
      return url;
    };
    document.addEventListener(
      'click',
      (event) => {
        const link = (event.target as Element | null)?.closest?.('a[download]') as HTMLAnchorElement | null;
        const blob = link && blobs.get(link.href);
        if (!link || !blob) return;
        if (!keep) event.preventDefault();
        void blob.text().then((text) => caught.push({ name: link.download, type: blob.type, text }));
      },
      true,
    );
  }, keepDownload);
}

export async function caughtDownloads(page: ExtPage, count: number): Promise<{ name: string; type: string; text: string }[]> {
  await page.waitForFunction((n) => ((globalThis as unknown as { __caughtDownloads?: unknown[] }).__caughtDownloads?.length ?? 0) >= n, count, 15_000);
  return page.evaluate(() => (globalThis as unknown as { __caughtDownloads: { name: string; type: string; text: string }[] }).__caughtDownloads);
}

/** Chromium's playwright page behind an ExtPage, for what only playwright can do (downloads, colour scheme). */
export async function playwrightPage(ext: ExtBrowser, page: ExtPage): Promise<Page | null> {
  const context = (ext as ExtBrowser & { context?: BrowserContext }).context;
  if (!context) return null;
  const url = await page.url();
  return context.pages().find((p) => p.url() === url) ?? null;
}

/**
 * Turns the page dark the way the browser's preference would. Chromium is told
 * to prefer dark (playwright's emulateMedia). Firefox's automation has no such
 * switch, so the rules of the stylesheet's `prefers-color-scheme: dark` block
 * are appended unconditionally through the CSSOM (which the CSP allows), with
 * `color-scheme: dark` for the browser's own controls: the same colours, only
 * not chosen by the media query.
 */
export async function preferDark(ext: ExtBrowser, page: ExtPage): Promise<'emulated' | 'forced'> {
  const raw = await playwrightPage(ext, page);
  if (raw) {
    await raw.emulateMedia({ colorScheme: 'dark' });
    return 'emulated';
  }
  await page.evaluate(() => {
    for (const sheet of [...document.styleSheets]) {
      const dark: string[] = [];
      for (const rule of [...sheet.cssRules]) {
        if (rule instanceof CSSMediaRule && rule.conditionText.includes('prefers-color-scheme: dark')) for (const inner of [...rule.cssRules]) dark.push(inner.cssText);
      }
      for (const text of [...dark, ':root { color-scheme: dark; }']) if (dark.length > 0) sheet.insertRule(text, sheet.cssRules.length);
    }
  });
  return 'forced';
}

/** The page's background colour, to prove the dark palette is the one in use. */
export function backgroundColour(page: ExtPage): Promise<string> {
  return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
}
