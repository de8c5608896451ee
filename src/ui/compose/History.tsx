import { useState } from 'preact/hooks';
import type { Contact, Tidbit, Touch } from '../../core/types.ts';
import { formatDayTime } from '../format.ts';
import { t } from '../../i18n.ts';

interface Props {
  touches: readonly Touch[];
  contacts: readonly Contact[];
  tidbits: readonly Tidbit[];
  onUndo: (touch: Touch) => Promise<void>;
}

export function sentHistory(touches: readonly Touch[]): Touch[] {
  return touches.filter((touch) => touch.status === 'sent').sort((a, b) => (b.sentAt ?? b.dueAt) - (a.sentAt ?? a.dueAt));
}

/**
 * Each note exactly as it went out. The newest to each person can be taken
 * back ("Didn't send it? Undo"): a note marked as sent by mistake is not sent.
 */
export function History({ touches, contacts, tidbits, onUndo }: Props) {
  const [busy, setBusy] = useState(false);
  const sent = sentHistory(touches);
  const newest = new Set(sent.filter((touch, index) => sent.findIndex((other) => other.contactId === touch.contactId) === index).map((touch) => touch.id));
  const contactById = new Map(contacts.map((c) => [c.id, c]));
  const tidbitById = new Map(tidbits.map((tb) => [tb.id, tb]));
  return (
    <section class="compose-history" aria-labelledby="compose-history-heading">
      <h3 id="compose-history-heading">{t('composeHistory')}</h3>
      {sent.length === 0 ? (
        <p class="muted">{t('composeHistoryEmpty')}</p>
      ) : (
        <ul class="history-list">
          {sent.map((touch) => {
            const contact = contactById.get(touch.contactId);
            const recipient = contact ? [contact.name, contact.email && `<${contact.email}>`].filter(Boolean).join(' ') : t('composeHistoryUnknown');
            const tidbit = touch.tidbitId ? tidbitById.get(touch.tidbitId) : undefined;
            return (
              <li key={touch.id} class="history-item" data-touch={touch.id}>
                <p class="history-item__meta" id={`history-${touch.id}`}>
                  <span>{formatDayTime(touch.sentAt ?? touch.dueAt)}</span> · <span class="history-item__to">{t('composeHistoryTo', recipient)}</span>
                </p>
                <p class="history-item__subject">{touch.subject}</p>
                {tidbit && <p class="muted">{t('composeHistoryTidbit', tidbit.title || tidbit.url)}</p>}
                <details>
                  <summary>{t('composeHistoryShow')}</summary>
                  <pre class="history-item__body">{touch.body}</pre>
                </details>
                {newest.has(touch.id) && (
                  <button
                    type="button"
                    class="link-button"
                    data-action="undo-sent"
                    disabled={busy}
                    aria-describedby={`history-${touch.id}`}
                    onClick={() => {
                      setBusy(true);
                      void onUndo(touch).finally(() => setBusy(false));
                    }}
                  >
                    {t('composeUndoSent')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
