/**
 * The library's data: the tidbits in scope, the interviews they can belong to,
 * and whom each tidbit was sent to. Reloaded whenever the background reports a
 * tidbit saved from the context menu, so an open page shows it at once.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { sentToIndex } from '../../core/tidbits/library.ts';
import type { Contact, Id, Interview, Tidbit, Touchpoint } from '../../core/types.ts';
import { listContacts } from '../../db/contacts.ts';
import { listInterviews } from '../../db/interviews.ts';
import { db, type Db } from '../../db/open.ts';
import { listAllTidbits, listTidbitsFor } from '../../db/tidbits.ts';
import { listTouchpointsByStatus } from '../../db/touchpoints.ts';
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
}

export type LibraryLoad = { state: 'loading' } | { state: 'failed'; error: string } | { state: 'ready'; data: LibraryData };

/**
 * One interview's tidbits come through the interviewId index, and whom they
 * were sent to through the touchpoints' tidbitId index, so the popup reads a
 * handful of records however large the library and the history are. The whole
 * library (the dashboard) reads every sent message and person once.
 */
export async function loadLibrary(interviewId: Id | null): Promise<LibraryData> {
  const d = await db();
  if (interviewId) {
    const [tidbits, interviews] = await Promise.all([listTidbitsFor(d, interviewId), listInterviews(d)]);
    const { touchpoints, contacts } = await sentWith(d, tidbits);
    return { tidbits, interviews, sentTo: sentToIndex(touchpoints, contacts) };
  }
  const [tidbits, interviews, sent, contacts] = await Promise.all([
    listAllTidbits(d),
    listInterviews(d),
    listTouchpointsByStatus(d, ['sent']),
    listContacts(d),
  ]);
  return { tidbits, interviews, sentTo: sentToIndex(sent, contacts) };
}

/** The sent touches that carried these tidbits, and the people they went to. */
async function sentWith(d: Db, tidbits: readonly Tidbit[]): Promise<{ touchpoints: Touchpoint[]; contacts: Contact[] }> {
  const tx = d.transaction(['touchpoints', 'contacts']);
  const byTidbit = tx.objectStore('touchpoints').index('tidbitId');
  const touchpoints = (await Promise.all(tidbits.map((t) => byTidbit.getAll(t.id)))).flat().filter((t) => t.status === 'sent');
  const people = await Promise.all([...new Set(touchpoints.map((t) => t.contactId))].map((id) => tx.objectStore('contacts').get(id)));
  await tx.done;
  return { touchpoints, contacts: people.filter((c): c is Contact => c !== undefined) };
}

export function useTidbitLibrary(interviewId: Id | null) {
  const [load, setLoad] = useState<LibraryLoad>({ state: 'loading' });
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    // A reload keeps the list on screen until the new one is there: no flicker, no lost focus.
    loadLibrary(interviewId).then(
      (data) => {
        if (!live) return;
        setLoad({ state: 'ready', data });
        if (interviewId) markOnce(TIDBITS_SHOWN_MARK);
      },
      (error: unknown) => live && setLoad({ state: 'failed', error: errorMessage(error) }),
    );
    return () => {
      live = false;
    };
  }, [interviewId, version]);

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
