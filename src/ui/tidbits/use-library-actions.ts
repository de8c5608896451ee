import { useCallback, useState } from 'preact/hooks';
import type { TidbitEdit } from '../../core/tidbits/edit.ts';
import type { Id, Tidbit } from '../../core/types.ts';
import { errorText, t } from '../../i18n.ts';
import { neighbourOf } from './library-view.ts';
import { editTidbit, removeTidbit, undoChange, type Undoable } from './tidbit-actions.ts';
import type { UndoOffer } from '../components/UndoToast.tsx';

/** One place the focus may go: a tidbit, or its Edit button. */
export interface FocusTarget {
  id: Id;
  part: 'item' | 'edit';
}

/** Places to try in order once the list is drawn; the library's heading when none is there any more. */
export type FocusRequest = readonly FocusTarget[] | null;

interface Options {
  /** The tidbits on screen, in order. */
  visible: readonly Tidbit[];
  patch: (change: { remove?: readonly Id[]; put?: readonly Tidbit[] }) => void;
  labels: ReadonlyMap<Id, string>;
}

/**
 * Save an edit (or a move), delete, undo, and where the focus goes afterwards:
 * a tidbit that leaves the list hands the focus to its neighbour, so a
 * keyboard user stays in the list instead of being thrown back to the top.
 */
export function useLibraryActions({ visible, patch, labels }: Options) {
  const [editingId, setEditingId] = useState<Id | null>(null);
  const [busy, setBusy] = useState(false);
  const [toast, setToast] = useState<UndoOffer | null>(null);
  const [focus, setFocus] = useState<FocusRequest>(null);

  const show = (message: string, undo?: () => Promise<void>) => setToast({ message, undo });
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      show(errorText(error));
    } finally {
      setBusy(false);
    }
  };
  const neighbour = (id: Id): FocusTarget[] => {
    const next = neighbourOf(visible, id);
    return next ? [{ id: next, part: 'item' }] : [];
  };

  const undo = (change: Undoable) =>
    run(async () => {
      const back = await undoChange(change);
      patch({ put: back });
      const main = back[0]!;
      setFocus([{ id: main.id, part: 'item' }]);
      show(t('libraryRestored', main.title));
    });

  const save = (tidbit: Tidbit, edit: TidbitEdit) =>
    void run(async () => {
      const leaving = neighbour(tidbit.id);
      const { after, undo: change } = await editTidbit(tidbit, edit);
      const absorbed = change?.kind === 'moved' ? change.absorbed : null;
      patch({ remove: absorbed ? [absorbed.id] : [], put: [after] });
      setEditingId(null);
      // Still in the list: back to its Edit button. Moved out of it: to its neighbour.
      setFocus([{ id: after.id, part: 'edit' }, ...leaving]);
      if (change) {
        const where = (after.interviewId && labels.get(after.interviewId)) || t('libraryNoInterview');
        show(absorbed ? t('libraryMovedMerged', [after.title, where]) : t('libraryMoved', [after.title, where]), () => undo(change));
      }
    });

  const remove = (tidbit: Tidbit) =>
    void run(async () => {
      const leaving = neighbour(tidbit.id);
      const change = await removeTidbit(tidbit.id);
      patch({ remove: [tidbit.id] });
      setEditingId((current) => (current === tidbit.id ? null : current));
      setFocus(leaving);
      if (change) show(t('libraryDeleted', tidbit.title), () => undo(change));
    });

  const cancel = (id: Id) => {
    setEditingId(null);
    setFocus([{ id, part: 'edit' }]);
  };

  const closeToast = useCallback((hadFocus: boolean) => {
    setToast(null);
    if (hadFocus) setFocus([]);
  }, []);

  return { editingId, edit: setEditingId, cancel, busy, toast, closeToast, focus, setFocus, save, remove };
}

export type LibraryActions = ReturnType<typeof useLibraryActions>;
