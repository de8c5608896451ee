// The touches are read when the button is pressed, not before: the list on screen shows only the coming days.
import { useState } from 'preact/hooks';
import { saveFile } from '../download.ts';
import { errorText, t } from '../../i18n.ts';
import { openDb } from '../use-loaded.ts';

interface Props {
  /** Nothing is pending, so there is nothing to add. */
  disabled: boolean;
  /** Says what happened, in the list's live region. */
  onDone: (message: string, failed: boolean) => void;
}

export function CalendarExport({ disabled, onDone }: Props) {
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    try {
      // The calendar writer loads only when asked for: the popup rarely needs it.
      const [{ followUpsIcs, ICS_FILE_NAME }, entries] = await Promise.all([import('./calendar-export.ts'), Promise.all([import('../db-code.ts'), openDb()]).then(([{ loadPendingEntries }, d]) => loadPendingEntries(d))]);
      saveFile(followUpsIcs(entries, Date.now()), ICS_FILE_NAME, 'text/calendar;charset=utf-8');
      onDone(t('icsSaved', ICS_FILE_NAME), false);
    } catch (error) {
      onDone(errorText(error), true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="calendar-export">
      <button type="button" class="button" data-action="export-ics" disabled={disabled || busy} onClick={() => void save()}>
        {t('icsExport')}
      </button>
    </div>
  );
}
