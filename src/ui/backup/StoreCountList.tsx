import { RECORD_STORES } from '../../core/backup/backup-file.ts';
import { formatCount, t } from '../../i18n.ts';
import type { StoreCounts } from './backup-actions.ts';
import { STORE_LABELS } from './store-labels.ts';

export function StoreCountList({ counts, label }: { counts: StoreCounts; label: string }) {
  return (
    <ul class="store-counts" aria-label={label}>
      {RECORD_STORES.map((store) => (
        <li key={store} data-store={store}>
          {t('backupStoreCount', [t(STORE_LABELS[store]), formatCount(counts[store])])}
        </li>
      ))}
    </ul>
  );
}
