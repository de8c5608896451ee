/**
 * The composer's state: the loaded records of one interview, a draft per
 * interviewer (kept while switching between them, and saved as it changes so
 * a closing popup loses nothing), which interviewer is open, and what was
 * recorded as sent in this sitting, so it can be undone and is never recorded
 * twice.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Id, Touch } from '../../core/types.ts';
import { errorMessage } from '../../messages/protocol.ts';
import { createTypedSaver } from '../save-as-typed.ts';
import { useBroadcast } from '../use-broadcast.ts';
import { markNoteSent, undoNoteSent, type RecordedNote, type SentNoteInput } from './compose-actions.ts';
import { forgetStaleDrafts, loadDrafts, saveDrafts, type SavedDrafts } from './draft-store.ts';
import { loadComposeData, type ComposeData } from './load-compose.ts';
import type { NoteDraft } from './note-draft.ts';
import { initialDrafts } from './person-note.ts';

export type ComposerLoad = { state: 'loading' } | { state: 'missing' } | { state: 'failed'; error: string } | { state: 'ready'; data: ComposeData };

/** A note recorded as sent in this sitting, with the draft it came from, for undo. */
export interface Recorded extends RecordedNote {
  draft: NoteDraft;
}

export function useComposer(interviewId: Id | null, touchId: Id | null) {
  const [load, setLoad] = useState<ComposerLoad>({ state: 'loading' });
  const [drafts, setDrafts] = useState<Record<Id, NoteDraft>>({});
  const [active, setActive] = useState<Id | null>(null);
  const [recorded, setRecorded] = useState<Record<Id, Recorded>>({});
  /** People the candidate chose to write to again, after a note was sent. */
  const [writing, setWriting] = useState<ReadonlySet<Id>>(new Set());
  // Only what the user changed is saved: a draft is written after the first
  // change, never merely because the composer was opened.
  const [touched, setTouched] = useState(false);

  const saver = useMemo(
    () => (interviewId ? createTypedSaver((json) => saveDrafts(interviewId, JSON.parse(json) as SavedDrafts), () => undefined) : null),
    [interviewId],
  );

  const current = useRef({ drafts, active, recorded, ready: false, interviewId, touchId });
  current.current = { drafts, active, recorded, ready: load.state === 'ready', interviewId, touchId };

  const fetch = useCallback(
    async (reset: ReadonlySet<Id>, keepOpen: boolean, restore: Readonly<Record<Id, NoteDraft>> = {}) => {
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
        const kept = { ...(keepOpen ? current.current.drafts : (saved?.notes ?? {})), ...restore };
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
    setRecorded({});
    setWriting(new Set());
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
      return draft ? { ...all, [contactId]: { ...draft, touched: true, ...change } } : all;
    });
  }, []);

  const open = useCallback((contactId: Id) => {
    setTouched(true);
    setActive(contactId);
  }, []);

  /** Starts a new note to someone already written to. */
  const writeAgain = useCallback((contactId: Id) => {
    setWriting((ids) => new Set([...ids, contactId]));
    setRecorded(({ [contactId]: _done, ...rest }) => rest);
  }, []);

  /** Records the note; that person's draft starts over, and is kept aside until the record is undone. */
  const markSent = useCallback(
    async (contactId: Id, input: SentNoteInput) => {
      const draft = current.current.drafts[contactId];
      const note = await markNoteSent(input);
      if (draft) setRecorded((all) => ({ ...all, [contactId]: { ...note, draft } }));
      setWriting((ids) => new Set([...ids].filter((id) => id !== contactId)));
      setTouched(true);
      await fetch(new Set([contactId]), true);
    },
    [fetch],
  );

  /**
   * Takes a record back: the one made in this sitting exactly (with its
   * draft), or an earlier one from the history, whose words come back as the
   * person's draft so nothing typed is lost. False when it changed meanwhile.
   */
  const undo = useCallback(
    async (touch: Touch) => {
      const mine = Object.values(current.current.recorded).find((r) => r.sent.id === touch.id);
      const done = await undoNoteSent(touch, mine ? mine.before : undefined);
      const draft = current.current.drafts[touch.contactId];
      const restore = mine?.draft ?? (draft && { ...draft, subjectEdit: touch.subject, bodyEdit: touch.body, touched: true });
      setRecorded(({ [touch.contactId]: _undone, ...rest }) => rest);
      setWriting((ids) => new Set([...ids, touch.contactId]));
      setTouched(true);
      await fetch(new Set(), true, done && restore ? { [touch.contactId]: restore } : {});
      return done;
    },
    [fetch],
  );

  // A tidbit saved in another tab, or a plan the background moved on, shows
  // up in an open composer; the notes being written stay as they are. Before
  // the first load there is nothing to refresh, and the load reads it anyway.
  const refresh = useCallback(() => {
    if (current.current.ready) void fetch(new Set(), true);
  }, [fetch]);
  useBroadcast('tidbitsChanged', refresh);
  useBroadcast('touchesChanged', refresh);

  return { load, drafts, active, recorded, writing, update, open, writeAgain, markSent, undo };
}
