/**
 * The library's data: the tidbits in scope, the interviews they can belong to,
 * and whom each tidbit was sent to. Reloaded whenever the background reports a
 * tidbit saved from the context menu, so an open page shows it at once.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { sentToIndex } from '../../core/tidbits/library.ts';
import type { Contact, Id, Interview, Tidbit, Touch } from '../../core/types.ts';
import { listContacts } from '../../db/contacts.ts';
import { listInterviews } from '../../db/interviews.ts';
import { db, type Db } from '../../db/open.ts';
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
 * One interview's tidbits come through the interviewId index, and whom they
 * were sent to through the touchpoints' tidbitId index, so the popup reads a
 * handful of records however large the library and the history are. The whole
 * library (the dashboard) reads every sent message and person once.
 * `interviews` is a read of them already under way (the first page's), to share.
 * @internal exported for its tests
 */
export async function loadLibrary(interviewId: Id | null, interviews?: Promise<Interview[]>): Promise<LibraryData> {
  const d = await db();
  if (interviewId) {
    const [tidbits, all] = await Promise.all([listTidbitsFor(d, interviewId), interviews ?? listInterviews(d)]);
    const { touchpoints, contacts } = await sentWith(d, tidbits);
    return { tidbits, interviews: all, sentTo: sentToIndex(touchpoints, contacts), complete: true };
  }
  const [tidbits, all, sent, contacts] = await Promise.all([
    listAllTidbits(d),
    interviews ?? listInterviews(d),
    listTouchesByStatus(d, ['sent']),
    listContacts(d),
  ]);
  return { tidbits, interviews: all, sentTo: sentToIndex(sent, contacts), complete: true };
}

/**
 * The newest `count` tidbits with what the list needs to show them, read
 * through the savedAt index: the dashboard shows them at once, while every
 * tidbit (ten thousand, with their page text) is still being read.
 */
async function loadFirstPage(count: number, interviews: Promise<Interview[]>): Promise<LibraryData> {
  const d = await db();
  const tidbits: Tidbit[] = [];
  let cursor = await d.transaction('tidbits').store.index('savedAt').openCursor(null, 'prev');
  while (cursor && tidbits.length < count) {
    tidbits.push(cursor.value);
    cursor = await cursor.continue();
  }
  const [all, { touchpoints, contacts }] = await Promise.all([interviews, sentWith(d, tidbits)]);
  return { tidbits, interviews: all, sentTo: sentToIndex(touchpoints, contacts), complete: false };
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

export function useTidbitLibrary(interviewId: Id | null, firstPage = 0) {
  const [load, setLoad] = useState<LibraryLoad>({ state: 'loading' });
  const [version, setVersion] = useState(0);
  // Read by the effect: the first page is for a screen that shows nothing yet, not for each reload.
  const waiting = useRef(true);
  waiting.current = load.state === 'loading';
  useEffect(() => {
    let live = true;
    let whole = false;
    // Only while nothing is shown yet: a reload keeps the whole list on screen. Both reads share the interviews'.
    let interviews: Promise<Interview[]> | undefined;
    if (firstPage > 0 && !interviewId && waiting.current) {
      interviews = db().then(listInterviews);
      loadFirstPage(firstPage, interviews).then(
        (data) => live && !whole && setLoad((current) => (current.state === 'loading' ? { state: 'ready', data } : current)),
        () => undefined,
      );
    }
    // A reload keeps the list on screen until the new one is there: no flicker, no lost focus.
    loadLibrary(interviewId, interviews).then(
      (data) => {
        whole = true;
        if (!live) return;
        setLoad({ state: 'ready', data });
        if (interviewId) markOnce(TIDBITS_SHOWN_MARK);
      },
      (error: unknown) => live && setLoad({ state: 'failed', error: errorMessage(error) }),
    );
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
