// Every change goes through write (db/write.ts): the background tells the other open pages (a composer, the popup's list) that tidbits changed.
import type { TidbitEdit } from '../../core/tidbits/edit.ts';
import type { Id, Tidbit } from '../../core/types.ts';
import { deleteTidbit, restoreTidbit, updateTidbit } from '../../db/tidbits.ts';
import { write } from '../../db/write.ts';

/** A change the user can take back from the toast. */
export type Undoable =
  | { kind: 'deleted'; tidbit: Tidbit }
  /** `absorbed` is the record of the same address that the target interview already had, merged away. */
  | { kind: 'moved'; before: Tidbit; after: Tidbit; absorbed: Tidbit | null };

export interface Edited {
  after: Tidbit;
  /** Set when the edit moved the tidbit to another interview, which can be undone. */
  undo: Undoable | null;
}

export async function editTidbit(before: Tidbit, edit: TidbitEdit): Promise<Edited> {
  const { tidbit: after, absorbed } = await write(['tidbits'], (d) => updateTidbit(d, before.id, edit));
  const moved = after.interviewId !== before.interviewId;
  return { after, undo: moved ? { kind: 'moved', before, after, absorbed } : null };
}

/** Deletes the tidbit; null when it was already gone (deleted in another window). */
export async function removeTidbit(id: Id): Promise<Undoable | null> {
  const tidbit = await write(['tidbits'], (d) => deleteTidbit(d, id), (deleted) => (deleted ? undefined : false));
  return tidbit ? { kind: 'deleted', tidbit } : null;
}

/** Puts back exactly what the change removed or replaced; returns those records. */
export async function undoChange(change: Undoable): Promise<Tidbit[]> {
  const back = change.kind === 'deleted' ? [change.tidbit] : [change.before, ...(change.absorbed ? [change.absorbed] : [])];
  // The moved record keeps its id, so putting `before` back replaces it.
  await write(['tidbits'], async (d) => {
    for (const tidbit of back) await restoreTidbit(d, tidbit);
  });
  return back;
}
