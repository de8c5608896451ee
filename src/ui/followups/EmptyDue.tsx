import { t } from '../../i18n.ts';
import type { DueEntry } from '../../db/due-entries.ts';
import { taskText } from './touch-words.ts';
import { dayText } from './due-time-text.ts';

/** "Nothing due. Next: Check in with Jane Doe at Acme on Tue, Jun 9", with a way to send it now. */
export function EmptyDue({ next, busy, onSendEarly }: { next: DueEntry | null; busy: boolean; onSendEarly: (entry: DueEntry) => void }) {
  if (!next) return <p class="due-list__empty">{t('dueNonePlanned')}</p>;
  return (
    <div class="due-list__empty">
      <p id="due-next-text">{t('dueNothingNext', [taskText(next), dayText(next.touch.dueAt)])}</p>
      <button type="button" class="button" data-action="send-early" aria-describedby="due-next-text" disabled={busy} onClick={() => onSendEarly(next)}>
        {t('dueSendEarly')}
      </button>
    </div>
  );
}
