// A restore, one step at a time: the file is checked whole and nothing is written while it has a problem;
// a replace first says what it would delete; the write is one transaction behind a progress bar.
import { useRef, useState } from 'preact/hooks';
import type { Backup } from '../../core/backup/backup-file.ts';
import type { Problem } from '../../core/backup/problems.ts';
import { cleanLine } from '../../core/text.ts';
import type { ImportMode, ImportSummary } from '../../db/backup.ts';
import { formatDayTime } from '../format.ts';
import { errorText, t } from '../../i18n.ts';
import { checkBackupFile, countsOf, restoreBackup, restoreFailureText, storedCounts, type StoreCounts } from './backup-actions.ts';
import { BackupProblems } from './BackupProblems.tsx';
import { ImportSummaryView } from './ImportSummaryView.tsx';
import { ProgressBar } from './ProgressBar.tsx';
import { StoreCountList } from './StoreCountList.tsx';

type Step =
  | { name: 'idle' }
  | { name: 'checking'; fileName: string }
  | { name: 'invalid'; fileName: string; errors: Problem[]; count: number }
  | { name: 'ready'; fileName: string; backup: Backup }
  | { name: 'confirm'; fileName: string; backup: Backup; stored: StoreCounts }
  | { name: 'importing'; progress: number }
  | { name: 'done'; summary: ImportSummary }
  | { name: 'failed'; message: string };

/** Lets "Checking…" reach the screen before a large file blocks the page while it is parsed. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function ImportPanel({ onRestored }: { onRestored: () => void }) {
  const [step, setStep] = useState<Step>({ name: 'idle' });
  const [mode, setMode] = useState<ImportMode>('merge');
  const confirmHeading = useRef<HTMLHeadingElement>(null);

  const choose = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const fileName = cleanLine(file.name, 120);
    setStep({ name: 'checking', fileName });
    await nextFrame();
    try {
      const checked = await checkBackupFile(file);
      setStep(checked.ok ? { name: 'ready', fileName, backup: checked.backup } : { name: 'invalid', fileName, ...checked });
    } catch (e) {
      setStep({ name: 'failed', message: errorText(e) });
    }
    // Choosing the same file again (after fixing it) must read it again.
    input.value = '';
  };

  const write = async (backup: Backup) => {
    setStep({ name: 'importing', progress: 0 });
    try {
      const summary = await restoreBackup(backup, mode, (progress) => setStep({ name: 'importing', progress }));
      setStep({ name: 'done', summary });
      onRestored();
    } catch (e) {
      setStep({ name: 'failed', message: restoreFailureText(e) });
    }
  };

  const restore = async () => {
    if (step.name !== 'ready') return;
    if (mode === 'merge') return write(step.backup);
    try {
      const stored = await storedCounts();
      setStep({ name: 'confirm', fileName: step.fileName, backup: step.backup, stored });
      queueMicrotask(() => confirmHeading.current?.focus());
    } catch (e) {
      setStep({ name: 'failed', message: errorText(e) });
    }
  };

  const busy = step.name === 'checking' || step.name === 'importing';
  return (
    <section class="backup-panel" aria-labelledby="import-heading">
      <h3 id="import-heading">{t('backupImportHeading')}</h3>
      <p>{t('backupImportIntro')}</p>
      <div class="field">
        <label for="backup-file">{t('backupChooseFile')}</label>
        <input id="backup-file" type="file" accept=".json,application/json" disabled={busy || step.name === 'confirm'} onChange={(e) => void choose(e)} />
      </div>
      {step.name === 'checking' && <p aria-busy="true">{t('backupChecking', step.fileName)}</p>}
      {step.name === 'invalid' && <BackupProblems fileName={step.fileName} errors={step.errors} count={step.count} />}
      {step.name === 'ready' && (
        <div class="import-ready">
          <p>{t('backupFileHolds', [step.fileName, formatDayTime(Date.parse(step.backup.exportedAt))])}</p>
          <StoreCountList counts={countsOf(step.backup.data)} label={t('backupFileContents')} />
          <fieldset class="field-group import-mode">
            <legend>{t('backupModeLegend')}</legend>
            <label class="choice">
              <input type="radio" name="import-mode" value="merge" checked={mode === 'merge'} onChange={() => setMode('merge')} aria-describedby="mode-merge-hint" />
              {t('backupModeMerge')}
            </label>
            <p class="field__hint choice__hint" id="mode-merge-hint">
              {t('backupModeMergeHint')}
            </p>
            <label class="choice">
              <input type="radio" name="import-mode" value="replace" checked={mode === 'replace'} onChange={() => setMode('replace')} aria-describedby="mode-replace-hint" />
              {t('backupModeReplace')}
            </label>
            <p class="field__hint choice__hint" id="mode-replace-hint">
              {t('backupModeReplaceHint')}
            </p>
          </fieldset>
          <div class="actions">
            <button type="button" class="button button--primary" data-action="restore" onClick={() => void restore()}>
              {t('backupRestore')}
            </button>
            <button type="button" class="button" onClick={() => setStep({ name: 'idle' })}>
              {t('cancel')}
            </button>
          </div>
        </div>
      )}
      {step.name === 'confirm' && (
        <div class="confirm" role="group" aria-labelledby="confirm-heading" aria-describedby="confirm-body">
          <h4 id="confirm-heading" tabIndex={-1} ref={confirmHeading}>
            {t('backupConfirmHeading')}
          </h4>
          <p id="confirm-body">{t('backupConfirmBody', step.fileName)}</p>
          <StoreCountList counts={step.stored} label={t('backupStoredNow')} />
          <div class="actions">
            <button type="button" class="button button--danger-solid" data-action="confirm-replace" onClick={() => void write(step.backup)}>
              {t('backupConfirmReplace')}
            </button>
            <button type="button" class="button" data-action="cancel-replace" onClick={() => setStep({ name: 'ready', fileName: step.fileName, backup: step.backup })}>
              {t('cancel')}
            </button>
          </div>
        </div>
      )}
      {step.name === 'importing' && <ProgressBar id="import-progress" label={t('backupImporting')} fraction={step.progress} />}
      {step.name === 'done' && <ImportSummaryView summary={step.summary} />}
      {step.name === 'failed' && (
        <p class="form-summary" role="alert">
          {step.message}
        </p>
      )}
    </section>
  );
}
