/**
 * Notes being written are kept in extension storage, one entry per interview,
 * rewritten on every change. Opening Gmail or the mail program from the popup
 * moves the focus to the new tab, and the browser closes the popup with
 * everything in it; when the user comes back to mark the note as sent, the
 * composer finds it as they left it. A note marked as sent is forgotten.
 *
 * storage.local rather than IndexedDB: a draft is not a record of the
 * domain, is not part of a backup, and goes stale; entries older than
 * DRAFT_TTL_MS are dropped when read, and swept whenever the composer opens.
 */
import browser from 'webextension-polyfill';
import { isPlainObject, LIMITS } from '../../core/text.ts';
import { DAY_MS } from '../../core/local-time.ts';
import type { Id } from '../../core/types.ts';
import { draftKey, isDraftKey } from './draft-key.ts';
import { SEND_TARGETS, type NoteDraft, type SendTarget } from './note-draft.ts';

export interface SavedDrafts {
  savedAt: number;
  /** The interviewer whose note was open. */
  active: Id | null;
  notes: Record<Id, NoteDraft>;
}

/** @internal exported for its tests */
export const DRAFT_TTL_MS = 14 * DAY_MS;

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

export async function saveDrafts(interviewId: Id, drafts: SavedDrafts): Promise<void> {
  await browser.storage.local.set({ [draftKey(interviewId)]: drafts });
}

/**
 * Removes every draft past its time to live, and any entry of the wrong
 * shape, so the drafts of an interview that was deleted (or never opened
 * again) do not stay in storage.
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
