// Every write stores the tidbit with its terms of this version (withTerms; a restore keeps those it had), so ranking reads them instead of tokenising (core/tidbits/terms.ts).
import { applyTidbitEdit, resaveTidbit, type TidbitEdit } from '../core/tidbits/edit.ts';
import { needsTerms, withTerms } from '../core/tidbits/terms.ts';
import { mergeTopics } from '../core/tidbits/topics.ts';
import type { Id, Tidbit } from '../core/types.ts';
import { provideTokeniser } from './migrations.ts';
import type { Db } from './open.ts';

// A page that writes tidbits has the tokeniser: an upgrade that stores their terms (migrations.ts) uses it.
provideTokeniser({ needsTerms, withTerms });

export function getTidbit(d: Db, id: string): Promise<Tidbit | undefined> {
  return d.get('tidbits', id);
}

/** The tidbits saved for one interview, the newest first. */
export async function listTidbitsFor(d: Db, interviewId: string): Promise<Tidbit[]> {
  const list = await d.getAllFromIndex('tidbits', 'interviewId', interviewId);
  return list.sort((a, b) => b.savedAt - a.savedAt);
}

/** Every tidbit, the newest first. */
export async function listAllTidbits(d: Db): Promise<Tidbit[]> {
  return (await d.getAllFromIndex('tidbits', 'savedAt')).reverse();
}

/** @internal exported for its tests */
export async function putTidbit(d: Db, tidbit: Tidbit): Promise<void> {
  await d.put('tidbits', withTerms(tidbit));
}

export interface SavedTidbit {
  tidbit: Tidbit;
  /** False when the same address was already saved for the same interview and was refreshed. */
  created: boolean;
}

/**
 * Stores a drafted tidbit (core/tidbits/draft.ts). Saving an address that is
 * already saved for the same interview (or for no interview, when it has none)
 * refreshes that record instead of adding a second one; the lookup and the
 * write share one transaction, so two quick saves cannot both add.
 */
export async function saveTidbit(d: Db, draft: Tidbit): Promise<SavedTidbit> {
  const tx = d.transaction('tidbits', 'readwrite');
  const same = (await tx.store.index('url').getAll(draft.url)).find((t) => t.interviewId === draft.interviewId);
  const tidbit = withTerms(same ? resaveTidbit(same, draft) : draft);
  await tx.store.put(tidbit);
  await tx.done;
  return { tidbit, created: !same };
}

export interface UpdatedTidbit {
  tidbit: Tidbit;
  /**
   * When the tidbit was moved to an interview that already had the same
   * address, that other record, which was merged into this one and removed
   * (kept here so the move can be undone with restoreTidbit).
   */
  absorbed: Tidbit | null;
}

/** Applies the user's edits in one transaction, keeping one record per address and interview. */
export async function updateTidbit(d: Db, id: Id, edit: TidbitEdit): Promise<UpdatedTidbit> {
  const tx = d.transaction('tidbits', 'readwrite');
  const current = await tx.store.get(id);
  if (!current) throw new Error('errTidbitGone');
  let tidbit = applyTidbitEdit(current, edit);
  let absorbed: Tidbit | null = null;
  if (tidbit.interviewId !== current.interviewId) {
    absorbed =
      (await tx.store.index('url').getAll(tidbit.url)).find((t) => t.id !== id && t.interviewId === tidbit.interviewId) ?? null;
    if (absorbed) {
      tidbit = { ...tidbit, topics: mergeTopics(tidbit.topics, absorbed.topics) };
      await tx.store.delete(absorbed.id);
    }
  }
  tidbit = withTerms(tidbit);
  await tx.store.put(tidbit);
  await tx.done;
  return { tidbit, absorbed };
}

/** Removes a tidbit and returns it, so the caller can offer to undo. */
export async function deleteTidbit(d: Db, id: string): Promise<Tidbit | undefined> {
  const tx = d.transaction('tidbits', 'readwrite');
  const tidbit = await tx.store.get(id);
  if (tidbit) await tx.store.delete(id);
  await tx.done;
  return tidbit;
}

/** Undoes deleteTidbit (or the removal of an absorbed record): puts the record back as it was, its terms computed only if they are not current. */
export async function restoreTidbit(d: Db, tidbit: Tidbit): Promise<void> {
  await d.put('tidbits', needsTerms(tidbit) ? withTerms(tidbit) : tidbit);
}
