import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { sentToIndex } from '../../core/tidbits/library.ts';
import type { Contact, Id, Interview, Tidbit, Touch } from '../../core/types.ts';
import { listContacts } from '../../db/contacts.ts';
import { listInterviews } from '../../db/interviews.ts';
import type { IDBPTransaction } from 'idb';
import { db, type Db } from '../../db/open.ts';
import type { AfterviewSchema } from '../../db/schema.ts';
import { listAllTidbits, listTidbitsFor } from '../../db/tidbits.ts';
import { listTouchesByStatus } from '../../db/touches.ts';
import { markOnce, TIDBITS_SHOWN_MARK } from '../interactive-mark.ts';
import { useBroadcast } from '../use-broadcast.ts';
import { patchTidbits } from './library-view.ts';
import { errorMessage } from '../../messages/protocol.ts';

export interface LibraryData {
  /** One interview's tidbits, or every tidbit, newest first. */
  tidbits: Tidbit[];
  interviews: Interview[];
  /** For each tidbit that was sent, the names of the people it went to. */
  sentTo: Map<Id, string[]>;
  /** False for the dashboard's first page, shown while every tidbit is read. */
  complete: boolean;
}

export type LibraryLoad = { state: 'loading' } | { state: 'failed'; error: string } | { state: 'ready'; data: LibraryData };

/**
 * One interview's tidbits and whom they were sent to: what the popup shows first, before the interviews the editor offers.
 * They come through the interviewId index, and whom they were sent to through the touchpoints' tidbitId index, so the popup
 * reads a handful of records however large the library and the history are.
 */
async function loadInterviewTidbits(d: Db, interviewId: Id): Promise<LibraryData> {
  const tidbits = await listTidbitsFor(d, interviewId);
  const { touchpoints, contacts } = await sentWith(d, tidbits);
  return { tidbits, interviews: [], sentTo: sentToIndex(touchpoints, contacts), complete: true };
}

/** The whole library (the dashboard): every tidbit, with every sent message and person read once. */
async function loadWhole(d: Db): Promise<LibraryData> {
  const [tidbits, interviews, sent, contacts] = await Promise.all([listAllTidbits(d), listInterviews(d), listTouchesByStatus(d, ['sent']), listContacts(d)]);
  return { tidbits, interviews, sentTo: sentToIndex(sent, contacts), complete: true };
}

/**
 * The newest `count` tidbits with what the list needs to show them: the
 * dashboard shows them at once, and reads every tidbit (ten thousand, with
 * their page text) only after. The savedAt index is walked by key alone to the
 * `count`-th newest (one step, `advance`), then read from there in one
 * request; the interviews read are only those the page names.
 */
async function loadFirstPage(d: Db, count: number): Promise<LibraryData> {
  const tx = d.transaction(['tidbits', 'interviews', 'touchpoints', 'contacts']);
  const bySavedAt = tx.objectStore('tidbits').index('savedAt');
  let cursor = await bySavedAt.openKeyCursor(null, 'prev');
  if (cursor && count > 1) cursor = await cursor.advance(count - 1);
  // Fewer than `count` stored: all of them. Ties at the boundary may add a few.
  const tidbits = (await bySavedAt.getAll(cursor ? IDBKeyRange.lowerBound(cursor.key) : undefined)).reverse();
  const ids = [...new Set(tidbits.flatMap((t) => (t.interviewId ? [t.interviewId] : [])))];
  const [interviews, { touchpoints, contacts }] = await Promise.all([
    Promise.all(ids.map((id) => tx.objectStore('interviews').get(id))),
    sentWith(d, tidbits, tx),
  ]);
  await tx.done;
  return { tidbits, interviews: interviews.filter((i): i is Interview => i !== undefined), sentTo: sentToIndex(touchpoints, contacts), complete: false };
}

type SentTx = IDBPTransaction<AfterviewSchema, ('touchpoints' | 'contacts' | 'tidbits' | 'interviews')[], 'readonly'>;

/** The sent touches that carried these tidbits, and the people they went to (in `given`, a transaction already open, or one of its own). */
async function sentWith(d: Db, tidbits: readonly Tidbit[], given?: SentTx): Promise<{ touchpoints: Touch[]; contacts: Contact[] }> {
  const tx = given ?? d.transaction(['touchpoints', 'contacts']);
  const byTidbit = tx.objectStore('touchpoints').index('tidbitId');
  const touchpoints = (await Promise.all(tidbits.map((t) => byTidbit.getAll(t.id)))).flat().filter((t) => t.status === 'sent');
  const people = await Promise.all([...new Set(touchpoints.map((t) => t.contactId))].map((id) => tx.objectStore('contacts').get(id)));
  if (!given) await tx.done;
  return { touchpoints, contacts: people.filter((c): c is Contact => c !== undefined) };
}

/**
 * After the browser has painted what was just rendered: the next read's work
 * must not hold that paint back. A tab in the background paints no frames, so
 * it waits a tenth of a second at most.
 */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100);
  });
}

/** Reloaded whenever the background reports a tidbit saved from the context menu, so an open page shows it at once. */
export function useTidbitLibrary(interviewId: Id | null, firstPage = 0) {
  const [load, setLoad] = useState<LibraryLoad>({ state: 'loading' });
  const [version, setVersion] = useState(0);
  // Read by the effect: the first page is for a screen that shows nothing yet, not for each reload.
  const waiting = useRef(true);
  waiting.current = load.state === 'loading';
  useEffect(() => {
    let live = true;
    const empty = waiting.current;
    (async () => {
      const d = await db();
      if (interviewId) {
        // The popup: the interview's tidbits first; the interviews the editor can move one to after.
        const first = await loadInterviewTidbits(d, interviewId);
        if (!live) return;
        setLoad((current) => ({ state: 'ready', data: { ...first, interviews: current.state === 'ready' ? current.data.interviews : [] } }));
        markOnce(TIDBITS_SHOWN_MARK);
        const interviews = await listInterviews(d);
        if (live) setLoad((current) => (current.state === 'ready' ? { state: 'ready', data: { ...current.data, interviews } } : current));
        return;
      }
      // The dashboard: while nothing is shown yet, the newest page first, then every tidbit.
      // A reload keeps the list on screen until the new one is there: no flicker, no lost focus.
      if (firstPage > 0 && empty) {
        const page = await loadFirstPage(d, firstPage);
        if (!live) return;
        setLoad({ state: 'ready', data: page });
        await afterPaint();
        if (!live) return;
      }
      const whole = await loadWhole(d);
      if (live) setLoad({ state: 'ready', data: whole });
    })().catch((error: unknown) => live && setLoad({ state: 'failed', error: errorMessage(error) }));
    return () => {
      live = false;
    };
  }, [interviewId, version, firstPage]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  useBroadcast('tidbitsChanged', reload);

  /** Applies a change this page made to its own copy of the list. */
  const patch = useCallback((change: { remove?: readonly Id[]; put?: readonly Tidbit[] }) => {
    setLoad((current) =>
      current.state === 'ready' ? { state: 'ready', data: { ...current.data, tidbits: patchTidbits(current.data.tidbits, change) } } : current,
    );
  }, []);

  return { load, patch };
}
