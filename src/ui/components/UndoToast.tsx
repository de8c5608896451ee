import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../i18n.ts';

export interface UndoOffer {
  message: string;
  undo: () => Promise<void>;
}

/**
 * Says what was just done and offers to undo it. It stays until the user
 * dismisses it or does something else, so nobody has to race a timer to reach
 * Undo by keyboard; it takes the focus when it appears, because the thing the
 * focus was on (a deleted card) is gone.
 */
export function UndoToast({ offer, onDone }: { offer: UndoOffer; onDone: () => void }) {
  const message = useRef<HTMLParagraphElement>(null);
  useEffect(() => message.current?.focus(), [offer]);
  return (
    <div class="toast" role="status">
      <p class="toast__message" tabIndex={-1} ref={message}>
        {offer.message}
      </p>
      <div class="toast__actions">
        <button type="button" class="link-button" data-action="undo" onClick={() => void offer.undo().finally(onDone)}>
          {t('undo')}
        </button>
        <button type="button" class="link-button" data-action="dismiss" onClick={onDone}>
          {t('dashDismiss')}
        </button>
      </div>
    </div>
  );
}
