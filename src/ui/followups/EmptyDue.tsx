import { canSendEarly } from '../../core/cadence/touch-state.ts';
import { t } from '../../i18n.ts';
import type { DueEntry } from '../../db/due-entries.ts';
import { nothingDueText } from './touch-words.ts';

/** What comes next when nothing is due (nothingDueText), with a way to send it now (canSendEarly: not a thank-you before its interview is over). */
export function EmptyDue({ next, now, busy, onSendEarly }: { next: DueEntry | null; now: number; busy: boolean; onSendEarly: (entry: DueEntry) => void }) {
  if (!next) return <p class="due-list__empty">{t('dueNonePlanned')}</p>;
  return (
    <div class="due-list__empty">
      <p id="due-next-text">{nothingDueText(next, now)}</p>
      {canSendEarly(next.touch, next.interviewEnd, now) && (
        <button type="button" class="button" data-action="send-early" aria-describedby="due-next-text" disabled={busy} onClick={() => onSendEarly(next)}>
          {t('dueSendEarly')}
        </button>
      )}
    </div>
  );
}
