import { RECORD_STORES } from '../../core/backup/backup-file.ts';
import type { ImportSummary } from '../../db/backup.ts';
import { formatCount, t } from '../../i18n.ts';
import { STORE_LABELS } from './store-labels.ts';

export function ImportSummaryView({ summary }: { summary: ImportSummary }) {
  return (
    <div class="import-summary" role="status" data-status="import">
      <p class="notice">{summary.mode === 'replace' ? t('backupDoneReplace') : t('backupDoneMerge')}</p>
      <ul class="store-counts">
        {RECORD_STORES.map((store) => {
          const c = summary.counts[store];
          return (
            <li key={store} data-store={store}>
              {c.removed > 0
                ? t('backupStoreChangesRemoved', [t(STORE_LABELS[store]), formatCount(c.added), formatCount(c.updated), formatCount(c.unchanged), formatCount(c.removed)])
                : t('backupStoreChanges', [t(STORE_LABELS[store]), formatCount(c.added), formatCount(c.updated), formatCount(c.unchanged)])}
            </li>
          );
        })}
      </ul>
      {summary.mergedContacts > 0 && <p>{t('backupDoneMergedPeople', formatCount(summary.mergedContacts))}</p>}
    </div>
  );
}
