/** The dashboard's backup section: the user's data leaves and comes back only through here. */
import { t } from '../../i18n.ts';
import { ExportPanel } from './ExportPanel.tsx';
import { ImportPanel } from './ImportPanel.tsx';

export function BackupSection({ onRestored }: { onRestored: () => void }) {
  return (
    <section id="backup" class="dash-section" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('backupHeading')}</h2>
      <p class="muted">{t('backupIntro')}</p>
      <ExportPanel />
      <ImportPanel onRestored={onRestored} />
    </section>
  );
}
