// Makes docs/screenshot.png, the README's picture of the popup, from the real
// test build in real Chromium with invented sample data:
//   npm run build:e2e && node scripts/screenshot.mjs
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchWithExtension } from './chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, 'dist/e2e-chrome');
const profile = mkdtempSync(join(tmpdir(), 'afterview-shot-'));
const { context, origin } = await launchWithExtension(dist, { profile, deviceScaleFactor: 2 });
try {
  const setup = await context.newPage();
  await setup.goto(`${origin}src/options/index.html`);
  await setup.evaluate(async () => {
    const open = indexedDB.open('afterview');
    const db = await new Promise((resolve) => (open.onsuccess = () => resolve(open.result)));
    const now = Date.now();
    const today = new Date();
    const start = new Date(today.getFullYear(), today.getMonth(), today.getDate(), 10, 0).getTime() - 86_400_000;
    const tx = db.transaction(['interviews', 'contacts', 'interviewers', 'tidbits'], 'readwrite');
    tx.objectStore('interviews').put({
      id: 'iv1', company: 'Northwind Analytics', role: 'Backend Engineer', round: 2, start, end: start + 3_600_000,
      decisionDate: null, status: 'awaiting', notes: 'Event sourcing, the payments ledger, on-call culture.', sourceUrls: [], repliedAt: null, createdAt: now, updatedAt: now,
    });
    tx.objectStore('interviews').put({
      id: 'iv0', company: 'Lumen Health', role: 'Platform Engineer', round: 1, start: start - 9 * 86_400_000, end: null,
      decisionDate: null, status: 'awaiting', notes: '', sourceUrls: [], repliedAt: null, createdAt: now, updatedAt: now,
    });
    const people = [
      ['c1', 'Priya Raman', 'Engineering Manager', 'priya.raman@northwind.example', 'Cares about on-call load; promised her the article on ledger reconciliation.'],
      ['c2', 'Lars Eklund', 'Staff Engineer', 'lars.eklund@northwind.example', 'Event sourcing in the payments service.'],
    ];
    people.forEach(([id, name, title, email, notes], i) => {
      tx.objectStore('contacts').put({ id, name, title, company: 'Northwind Analytics', email, profileUrl: '', capturedFrom: 'google-calendar', capturedUrl: '', capturedAt: now });
      tx.objectStore('interviewers').put({ id: `l${i}`, interviewId: 'iv1', contactId: id, notes, addedAt: i });
    });
    tx.objectStore('tidbits').put({
      id: 't1', url: 'https://example.org/ledger-reconciliation', title: 'Reconciling a double-entry ledger at scale', excerpt: '', foundOn: 'https://example.org/',
      topics: ['ledger', 'reconciliation'], interviewId: 'iv1', savedAt: now,
    });
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
    await chrome.runtime.sendMessage({ direction: 'ui→background', name: 'dataChanged', request: { stores: ['interviews'] } });
  });
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`${origin}src/popup/index.html`);
  await popup.waitForFunction(() => performance.getEntriesByName('afterview:interactive').length > 0);
  await popup.waitForSelector('.library');
  await popup.screenshot({ path: resolve(root, 'docs/screenshot.png'), fullPage: false });
  console.log('docs/screenshot.png');
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
