/**
 * The short message after a change, with an Undo button while undo is
 * possible. The live region is always in the page, so screen readers announce
 * each new message; the message itself stays for UNDO_MS, and waits for as long
 * as the pointer or the focus is on it, so nobody loses the Undo by being slow.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n.ts';

/** @internal exported for its tests */
export const UNDO_MS = 8_000;

export interface ToastMessage {
  /** A new id for every message, so the same text shown twice restarts the timer. */
  id: number;
  text: string;
  onUndo?: (() => void) | undefined;
}

interface Props {
  toast: ToastMessage | null;
  /** `hadFocus` says whether the focus was in the toast, so the caller can put it somewhere useful. */
  onClose: (hadFocus: boolean) => void;
}

export function UndoToast({ toast, onClose }: Props) {
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const paused = hovered || focused;

  useEffect(() => {
    setHovered(false);
    setFocused(false);
  }, [toast?.id]);

  // A new toast (a new id) restarts the timer; the same toast re-rendered does not.
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed by the toast's id on purpose.
  useEffect(() => {
    if (!toast || paused) return;
    const timer = setTimeout(() => onClose(false), UNDO_MS);
    return () => clearTimeout(timer);
  }, [toast?.id, paused, onClose]);

  return (
    <div role="status" class="library-toast-region">
      {toast && (
        <div
          class="toast library-toast"
          data-toast={toast.id}
          onMouseEnter={() => setHovered(true)}
          onMouseLeave={() => setHovered(false)}
          onFocusIn={() => setFocused(true)}
          onFocusOut={(e) => {
            if (!(e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget))) setFocused(false);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') onClose(true);
          }}
        >
          <span>{toast.text}</span>
          {toast.onUndo && (
            <button type="button" class="link-button" data-action="undo-tidbit" aria-keyshortcuts="Control+Z Meta+Z" onClick={toast.onUndo}>
              {t('undo')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
