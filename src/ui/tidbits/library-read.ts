// The tidbit library's reads, apart from its views: the dashboard's entry module starts the first page's read
// before the page's code has loaded (readFirstPageEarly), so this module imports no UI.
import { sentToIndex } from '../../core/tidbits/library.ts';
import type { Contact, Id, Interview, Tidbit, Touch } from '../../core/types.ts';
import { listContacts } from '../../db/contacts.ts';
import { listInterviews } from '../../db/interviews.ts';
import { db, type Db } from '../../db/open.ts';
import { listAllTidbits, listTidbitsFor } from '../../db/tidbits.ts';
import { listTouchesByStatus } from '../../db/touches.ts';

/**
 * How many of the newest tidbits the dashboard reads and shows before it reads
 * them all: more than a tall window shows, few enough to read and draw at once.
 */
export const FIRST_PAGE = 25;

export interface LibraryData {
  /** One interview's tidbits, or every tidbit, newest first. */
  tidbits: Tidbit[];
  interviews: Interview[];
  /**
   * For each tidbit that was sent, the names of the people it went to; null
   * while not read yet (the dashboard's first page, for its first paint).
   */
  sentTo: Map<Id, string[]> | null;
  /** False for the dashboard's first page, shown while every tidbit is read. */
  complete: boolean;
}

/** One interview's tidbits and whom they were sent to: what the popup shows first, before the interviews the editor offers. */
export async function loadInterviewTidbits(d: Db, interviewId: Id): Promise<LibraryData> {
  const tidbits = await listTidbitsFor(d, interviewId);
  const { touchpoints, contacts } = await sentWith(d, tidbits);
  return { tidbits, interviews: [], sentTo: sentToIndex(touchpoints, contacts), complete: true };
}

export async function loadWhole(d: Db): Promise<LibraryData> {
  const [tidbits, interviews, sent, contacts] = await Promise.all([listAllTidbits(d), listInterviews(d), listTouchesByStatus(d, ['sent']), listContacts(d)]);
  return { tidbits, interviews, sentTo: sentToIndex(sent, contacts), complete: true };
}

/**
 * The newest `count` tidbits and the interviews they are for: what the
 * dashboard draws first, in one small transaction, before it reads whom they
 * were sent to (sentToOf) and then every tidbit (ten thousand, with their page
 * text). A cursor walks the savedAt index from the newest and stops at `count`:
 * a getAll from the `count`-th newest time also brought every tidbit saved at
 * that same time (the benchmark's data set has 690 at one time; an import can
 * have as many), and the first page took 100 ms to read instead of a few. The
 * interviews read are only those the page names.
 */
export async function loadFirstPage(d: Db, count: number): Promise<LibraryData> {
  const tx = d.transaction(['tidbits', 'interviews']);
  const tidbits: Tidbit[] = [];
  let cursor = count > 0 ? await tx.objectStore('tidbits').index('savedAt').openCursor(null, 'prev') : null;
  while (cursor) {
    tidbits.push(cursor.value);
    cursor = tidbits.length < count ? await cursor.continue() : null;
  }
  const ids = [...new Set(tidbits.flatMap((t) => (t.interviewId ? [t.interviewId] : [])))];
  const interviews = await Promise.all(ids.map((id) => tx.objectStore('interviews').get(id)));
  await tx.done;
  return { tidbits, interviews: interviews.filter((i): i is Interview => i !== undefined), sentTo: null, complete: false };
}

/** Whom these tidbits were sent to: what the first page adds once it is on screen. */
export async function sentToOf(d: Db, tidbits: readonly Tidbit[]): Promise<Map<Id, string[]>> {
  const { touchpoints, contacts } = await sentWith(d, tidbits);
  return sentToIndex(touchpoints, contacts);
}

/** The sent touches that carried these tidbits, and the people they went to. */
async function sentWith(d: Db, tidbits: readonly Tidbit[]): Promise<{ touchpoints: Touch[]; contacts: Contact[] }> {
  const tx = d.transaction(['touchpoints', 'contacts']);
  const byTidbit = tx.objectStore('touchpoints').index('tidbitId');
  const touchpoints = (await Promise.all(tidbits.map((t) => byTidbit.getAll(t.id)))).flat().filter((t) => t.status === 'sent');
  const people = await Promise.all([...new Set(touchpoints.map((t) => t.contactId))].map((id) => tx.objectStore('contacts').get(id)));
  await tx.done;
  return { touchpoints, contacts: people.filter((c): c is Contact => c !== undefined) };
}

let early: Promise<LibraryData> | null = null;

/**
 * Starts reading the dashboard's first page now, from the entry module of a
 * dashboard opened at its Tidbits address, so the database reads it while the
 * page's code loads; the library takes it (takeEarlyFirstPage) instead of
 * reading it again. A failure is the library's to show, when it takes it.
 */
export function readFirstPageEarly(): void {
  early = db().then((d) => loadFirstPage(d, FIRST_PAGE));
  early.catch(() => undefined);
}

/** The first page readFirstPageEarly started, once (a reload reads afresh), or null. */
export function takeEarlyFirstPage(): Promise<LibraryData> | null {
  const taken = early;
  early = null;
  return taken;
}
