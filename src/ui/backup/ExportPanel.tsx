/** "Export everything" as one JSON file, with its progress, and the interviews as CSV for spreadsheets. */
import { useState } from 'preact/hooks';
import { errorText, formatCount, t } from '../../i18n.ts';
import { exportEverything, exportInterviewsCsv } from './backup-actions.ts';
import { ProgressBar } from './ProgressBar.tsx';

export function ExportPanel() {
  const [progress, setProgress] = useState<number | null>(null);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState('');
  const busy = progress !== null;

  const run = async (work: () => Promise<string>) => {
    setFailure('');
    setStatus('');
    setProgress(0);
    try {
      setStatus(await work());
    } catch (e) {
      setFailure(errorText(e));
    } finally {
      setProgress(null);
    }
  };
  const exportJson = () =>
    run(async () => {
      const { fileName, counts } = await exportEverything(setProgress);
      return t('backupExported', [fileName, formatCount(counts.interviews), formatCount(counts.contacts), formatCount(counts.tidbits), formatCount(counts.touchpoints)]);
    });
  const exportCsv = () =>
    run(async () => {
      const { fileName, rows } = await exportInterviewsCsv();
      return t('backupCsvExported', [fileName, formatCount(rows)]);
    });

  return (
    <section class="backup-panel" aria-labelledby="export-heading">
      <h3 id="export-heading">{t('backupExportHeading')}</h3>
      <p>{t('backupExportIntro')}</p>
      <div class="actions">
        <button type="button" class="button button--primary" data-action="export-json" disabled={busy} onClick={() => void exportJson()}>
          {t('backupExportAll')}
        </button>
        <button type="button" class="button" data-action="export-csv" disabled={busy} onClick={() => void exportCsv()}>
          {t('backupExportCsv')}
        </button>
      </div>
      {progress !== null && <ProgressBar id="export-progress" label={t('backupExporting')} fraction={progress} />}
      <p class="notice" role="status" data-status="export">
        {status}
      </p>
      {failure && <p role="alert">{failure}</p>}
    </section>
  );
}
