/**
 * The one toast: says what was just done and offers to undo it. It stays until
 * the user dismisses it (the button, or Escape) or a new message replaces it,
 * so nobody has to race a timer to reach Undo by keyboard. The live region is
 * always in the page, so screen readers announce each new message. It takes the
 * focus only when the focus would otherwise be lost: nothing had it, or the
 * thing that had it (a deleted card) goes; a page that moves the focus itself
 * keeps it where it put it.
 */
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../i18n.ts';

export interface UndoOffer {
  message: string;
  /** Absent for a message with nothing to undo (a failure, a restore). */
  undo?: (() => Promise<void>) | undefined;
}

interface Props {
  /** A new object for every message, so the same words said twice are a new message. */
  offer: UndoOffer | null;
  /** `hadFocus` says whether the focus was in the toast, so the caller can put it somewhere useful. */
  onDone: (hadFocus: boolean) => void;
}

const focusLost = () => !document.activeElement || document.activeElement === document.body;

export function UndoToast({ offer, onDone }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const message = useRef<HTMLParagraphElement>(null);
  const current = useRef(offer);
  current.current = offer;

  useEffect(() => {
    if (!offer) return;
    const had = document.activeElement;
    const rescue = () => {
      if (current.current === offer && focusLost()) message.current?.focus();
    };
    // After the page's own effects, which may move the focus themselves.
    queueMicrotask(rescue);
    // The focused thing may go later, when the list it was in reloads.
    const watch = new MutationObserver(() => {
      if (!had || had === document.body || had.isConnected) return;
      watch.disconnect();
      rescue();
    });
    watch.observe(document.body, { childList: true, subtree: true });
    return () => watch.disconnect();
  }, [offer]);

  const hasFocus = () => Boolean(box.current?.contains(document.activeElement));
  const undo = (chosen: UndoOffer) => {
    const hadFocus = hasFocus();
    void chosen.undo?.().finally(() => {
      // Replaced meanwhile (by "Restored", say): that message stays.
      if (current.current === chosen) onDone(hadFocus);
    });
  };

  return (
    <div role="status" class="toast-region">
      {offer && (
        <div
          class="toast"
          ref={box}
          onKeyDown={(e) => {
            if (e.key === 'Escape') onDone(true);
          }}
        >
          <p class="toast__message" tabIndex={-1} ref={message}>
            {offer.message}
          </p>
          <div class="toast__actions">
            {offer.undo && (
              <button type="button" class="link-button" data-action="undo" aria-keyshortcuts="Control+Z Meta+Z" onClick={() => undo(offer)}>
                {t('undo')}
              </button>
            )}
            <button type="button" class="link-button" data-action="dismiss" onClick={() => onDone(hasFocus())}>
              {t('dashDismiss')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
