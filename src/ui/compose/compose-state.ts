import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { DAY_MS } from '../../core/local-time.ts';
import { isPlainObject, LIMITS } from '../../core/text.ts';
import type { Id, Template, Touch } from '../../core/types.ts';
import { listStoredTemplates } from '../../db/templates.ts';
import { errorMessage } from '../../messages/protocol.ts';
import { createTypedSaver } from '../save-as-typed.ts';
import { useBroadcast } from '../use-broadcast.ts';
import { useLoaded } from '../use-loaded.ts';
import { markNoteSent, undoNoteSent, type RecordedNote, type SentNoteInput } from './compose-actions.ts';
import { draftKey, isDraftKey } from './draft-keys.ts';
import { initialDrafts, loadComposeData, loadTemplates, SEND_TARGETS, type ComposeData, type NoteDraft, type SendTarget } from './compose-data.ts';

export type ComposerLoad = { state: 'loading' } | { state: 'missing' } | { state: 'failed'; error: string } | { state: 'ready'; data: ComposeData };

/** A note recorded as sent in this sitting, with the draft it came from, for undo. */
export interface Recorded extends RecordedNote {
  draft: NoteDraft;
}

/**
 * One interview's records, a draft per interviewer (kept while switching
 * between them, and saved as it changes so a closing popup loses nothing),
 * which interviewer is open, and what was recorded as sent in this sitting,
 * so it can be undone and is never recorded twice.
 */
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

// ── Drafts kept while the popup is closed ──
// Opening Gmail or the mail program from the popup moves the focus to the new
// tab, and the browser closes the popup with everything in it; when the user
// comes back to mark the note as sent, the composer finds it as they left it,
// one entry per interview, rewritten on every change. A note marked as sent is
// forgotten. storage.local rather than IndexedDB: a draft is not a record of
// the domain, is not part of a backup, and goes stale; entries older than
// DRAFT_TTL_MS are dropped when read, and swept whenever the composer opens.

export interface SavedDrafts {
  savedAt: number;
  /** The interviewer whose note was open. */
  active: Id | null;
  notes: Record<Id, NoteDraft>;
}

/** @internal exported for its tests */
export const DRAFT_TTL_MS = 14 * DAY_MS;

/** @internal exported for its tests */
export async function loadDrafts(interviewId: Id, now = Date.now()): Promise<SavedDrafts | null> {
  const key = draftKey(interviewId);
  try {
    const stored = (await browser.storage.local.get(key))[key];
    const drafts = readDrafts(stored);
    if (drafts && now - drafts.savedAt <= DRAFT_TTL_MS) return drafts;
    if (stored !== undefined) await browser.storage.local.remove(key);
  } catch {
    // Storage unavailable: the composer starts fresh, which loses nothing stored.
  }
  return null;
}

/** @internal exported for its tests */
export async function saveDrafts(interviewId: Id, drafts: SavedDrafts): Promise<void> {
  await browser.storage.local.set({ [draftKey(interviewId)]: drafts });
}

/**
 * Removes every draft past its time to live, and any entry of the wrong
 * shape, so the drafts of an interview that was deleted (or never opened
 * again) do not stay in storage.
 * @internal exported for its tests
 */
export async function forgetStaleDrafts(now = Date.now()): Promise<void> {
  const all = await browser.storage.local.get();
  const stale = Object.entries(all)
    .filter(([key, value]) => {
      if (!isDraftKey(key)) return false;
      const drafts = readDrafts(value);
      return !drafts || now - drafts.savedAt > DRAFT_TTL_MS;
    })
    .map(([key]) => key);
  if (stale.length > 0) await browser.storage.local.remove(stale);
}

/**
 * Storage holds only what this module wrote, but an older version or a
 * half-written entry must not break the composer: anything of the wrong
 * shape is dropped, field by field.
 * @internal exported for its tests
 */
export function readDrafts(value: unknown): SavedDrafts | null {
  if (!isPlainObject(value) || typeof value.savedAt !== 'number' || !isPlainObject(value.notes)) return null;
  const notes: Record<Id, NoteDraft> = {};
  for (const [contactId, note] of Object.entries(value.notes)) {
    const draft = readDraft(note);
    if (draft) notes[contactId] = draft;
  }
  return { savedAt: value.savedAt, active: typeof value.active === 'string' ? value.active : null, notes };
}

function readDraft(value: unknown): NoteDraft | null {
  if (!isPlainObject(value) || typeof value.templateId !== 'string' || typeof value.topic !== 'string') return null;
  const text = (field: unknown, max: number) => (typeof field === 'string' ? field.slice(0, max + 1) : null);
  return {
    templateId: value.templateId,
    topic: value.topic.slice(0, LIMITS.line * 4),
    tidbitId: typeof value.tidbitId === 'string' ? value.tidbitId : null,
    subjectEdit: text(value.subjectEdit, LIMITS.subject),
    bodyEdit: text(value.bodyEdit, LIMITS.body),
    handedTo: (SEND_TARGETS as readonly unknown[]).includes(value.handedTo) ? (value.handedTo as SendTarget) : null,
    touched: value.touched === true,
    ...(value.byModel === true ? { byModel: true } : {}),
  };
}

// ── The template editor's list ──

interface TemplateSet {
  /** Built-ins (edited or not) in their fixed order, then the user's own by name. */
  all: Template[];
  /** Ids that have a stored record: the user's own, and built-ins they edited. */
  stored: Set<string>;
}

export function useTemplates() {
  return useLoaded(async (d) => {
    const stored = await listStoredTemplates(d);
    return { all: loadTemplates(stored), stored: new Set(stored.map((template) => template.id)) } satisfies TemplateSet;
  });
}
