/**
 * The composer's state: the loaded records of one interview, a draft per
 * interviewer (kept while switching between them, and saved as it changes so
 * a closing popup loses nothing), and which interviewer is open.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Id } from '../../core/types.ts';
import { createTypedSaver } from '../save-as-typed.ts';
import { useBroadcast } from '../use-broadcast.ts';
import { forgetStaleDrafts, loadDrafts, saveDrafts, type SavedDrafts } from './draft-store.ts';
import { loadComposeData, type ComposeData } from './load-compose.ts';
import type { NoteDraft } from './note-draft.ts';
import { initialDrafts } from './person-note.ts';
import { errorMessage } from '../../messages/protocol.ts';

export type ComposerLoad = { state: 'loading' } | { state: 'missing' } | { state: 'failed'; error: string } | { state: 'ready'; data: ComposeData };

export function useComposer(interviewId: Id | null, touchId: Id | null) {
  const [load, setLoad] = useState<ComposerLoad>({ state: 'loading' });
  const [drafts, setDrafts] = useState<Record<Id, NoteDraft>>({});
  const [active, setActive] = useState<Id | null>(null);
  // Only what the user changed is saved: a draft is written after the first
  // change, never merely because the composer was opened.
  const [touched, setTouched] = useState(false);

  const saver = useMemo(
    () => (interviewId ? createTypedSaver((json) => saveDrafts(interviewId, JSON.parse(json) as SavedDrafts), () => undefined) : null),
    [interviewId],
  );

  const current = useRef({ drafts, active, ready: false, interviewId, touchId });
  current.current = { drafts, active, ready: load.state === 'ready', interviewId, touchId };

  const fetch = useCallback(
    async (reset: ReadonlySet<Id>, keepOpen: boolean) => {
      if (!interviewId) {
        setLoad({ state: 'missing' });
        return;
      }
      // A load for an interview no longer asked for (another one was picked
      // meanwhile) must not overwrite the newer one's records and drafts.
      const stale = () => current.current.interviewId !== interviewId || current.current.touchId !== touchId;
      try {
        const [data, saved] = await Promise.all([loadComposeData(interviewId, touchId), keepOpen ? null : loadDrafts(interviewId)]);
        if (stale()) return;
        if (!data) {
          setLoad({ state: 'missing' });
          return;
        }
        const kept = keepOpen ? current.current.drafts : (saved?.notes ?? {});
        const next = initialDrafts(data, kept, reset);
        const ids = data.people.map((p) => p.contact.id);
        const wanted = keepOpen ? current.current.active : (data.openedOn?.contactId ?? saved?.active ?? null);
        setDrafts(next);
        setActive(wanted && ids.includes(wanted) ? wanted : (ids[0] ?? null));
        setLoad({ state: 'ready', data });
      } catch (error) {
        if (stale()) return;
        setLoad({ state: 'failed', error: errorMessage(error) });
      }
    },
    [interviewId, touchId],
  );

  useEffect(() => {
    forgetStaleDrafts().catch(() => undefined);
  }, []);

  useEffect(() => {
    setLoad({ state: 'loading' });
    setTouched(false);
    void fetch(new Set(), false);
  }, [fetch]);

  useEffect(() => {
    if (!touched || !saver) return;
    const saved: SavedDrafts = { savedAt: Date.now(), active, notes: drafts };
    void saver.save(JSON.stringify(saved));
  }, [drafts, active, touched, saver]);

  const update = useCallback((contactId: Id, change: Partial<NoteDraft>) => {
    setTouched(true);
    setDrafts((all) => {
      const draft = all[contactId];
      return draft ? { ...all, [contactId]: { ...draft, ...change } } : all;
    });
  }, []);

  const open = useCallback((contactId: Id) => {
    setTouched(true);
    setActive(contactId);
  }, []);

  /** Reloads the records after a note was marked as sent; that person's draft starts over. */
  const afterSent = useCallback((contactId: Id) => fetch(new Set([contactId]), true), [fetch]);

  // A tidbit saved in another tab, or a plan the background moved on, shows
  // up in an open composer; the notes being written stay as they are. Before
  // the first load there is nothing to refresh, and the load reads it anyway.
  const refresh = useCallback(() => {
    if (current.current.ready) void fetch(new Set(), true);
  }, [fetch]);
  useBroadcast('tidbitsChanged', refresh);
  useBroadcast('touchesChanged', refresh);

  return { load, drafts, active, update, open, afterSent };
}
