/**
 * Test builds only: the benchmark's own page inside the extension. It runs the
 * real modules (the same code the background and pages run) against the real
 * IndexedDB of real Chromium, and exposes them to scripts/bench.mjs.
 */
import { nextAlarmAt } from '../src/core/cadence/scheduler.ts';
import { rankTidbits } from '../src/core/tidbits/rank.ts';
import { withTerms } from '../src/core/tidbits/terms.ts';
import { readTouchesAround } from '../src/db/touches.ts';
import { replanInterviews } from '../src/background/replan.ts';
import { parseBackup } from '../src/core/backup/parse.ts';
import { exportBackupText, restoreFromText } from '../src/db/backup.ts';
import { db, openDatabase } from '../src/db/open.ts';
import { write } from '../src/db/write.ts';
import { makeDataset, seedDatabase } from '../tests/support/seed.ts';

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

const bench = {
  async seed(sizes: { interviews: number; contacts: number; tidbits: number; touchpoints: number }) {
    const d = await db();
    const made = makeDataset({ ...sizes, seed: 7, now: Date.now() });
    // Stored as the extension stores them: each tidbit with its terms.
    const data = { ...made, tidbits: made.tidbits.map(withTerms) };
    // As a page writes: then the background re-plans and rewrites the popup's snapshot.
    await write(['interviews', 'contacts', 'interviewers', 'tidbits', 'touchpoints'], (d) => seedDatabase(d, data));
    return { interviews: await d.count('interviews'), tidbits: await d.count('tidbits'), touchpoints: await d.count('touchpoints') };
  },
  /** Reading the pending touches and deriving the one alarm, as the background does after every change. */
  async nextAlarm() {
    const d = await db();
    return (await timed(async () => nextAlarmAt(await readTouchesAround(d, Date.now()), Date.now()))).ms;
  },
  /** Re-planning every interview, as at browser start. */
  async replan() {
    const d = await db();
    return (await timed(() => replanInterviews(d, Date.now()))).ms;
  },
  /** Ranking every stored tidbit for one interviewer, as the composer does. */
  async rank() {
    const d = await db();
    const [tidbits, touchpoints, contacts, interviews, links] = await Promise.all([
      d.getAll('tidbits'),
      d.getAll('touchpoints'),
      d.getAll('contacts'),
      d.getAll('interviews'),
      d.getAll('interviewers'),
    ]);
    const link = links[0]!;
    const interview = interviews.find((i) => i.id === link.interviewId)!;
    const contact = contacts.find((c) => c.id === link.contactId)!;
    return (await timed(async () => rankTidbits({ tidbits, interview, interviewerNotes: link.notes, contact, touchpoints, contacts }))).ms;
  },
  async exportAll() {
    const d = await db();
    const { ms, value } = await timed(() => exportBackupText(d, { appVersion: 'bench', exportedAt: Date.now() }));
    (globalThis as { lastExport?: string }).lastExport = value;
    return { ms, bytes: value.length };
  },
  /** Reading and checking the export, without writing: the part of an import before the transaction. */
  async parseOnly() {
    const text = (globalThis as { lastExport?: string }).lastExport!;
    return (await timed(async () => parseBackup(text))).ms;
  },
  /** Restoring the export over the data it came from: nothing differs, so almost nothing is written. */
  async importReplace() {
    const d = await db();
    const text = (globalThis as { lastExport?: string }).lastExport!;
    return (await timed(() => restoreFromText(d, text, 'replace'))).ms;
  },
  /** Restoring the export into a new, empty database, as into a fresh profile: every record is written. */
  async importIntoEmpty() {
    const name = `afterview-bench-restore-${Date.now()}`;
    const d = await openDatabase(name);
    const text = (globalThis as { lastExport?: string }).lastExport!;
    const { ms } = await timed(() => restoreFromText(d, text, 'replace'));
    d.close();
    await new Promise((done) => (indexedDB.deleteDatabase(name).onsuccess = done));
    return ms;
  },
};

(globalThis as { afterviewBench?: typeof bench }).afterviewBench = bench;
document.title = 'ready';
